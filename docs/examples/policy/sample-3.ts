// Compiled by the typecheck step; docs/policy.md shows the code below (a test keeps them equal).
export {};
import { assessScope } from "coaching-scope";
// On that page, `risk` is a fully answered risk screen, every answer at its least severe, and
// `basics` answers every red flag `false` and the client's age.
const risk = { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } as const;
const basics = { redFlags: { psychosis: false, mania: false, "substance-use": false, "eating-disorder": false, "abuse-or-violence": false, "cognitive-decline": false }, client: { age: 35 } };
const both = assessScope({ risk, ...basics, instruments: { phq2: { total: 3 }, phq9: { total: 2, item9: 0 } } });
[both.level, both.reasons[0]?.code, both.missing]; //=> ["incomplete", "inconsistent-answers", ["instruments.phq9", "instruments.phq2"]]
