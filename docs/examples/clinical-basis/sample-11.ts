// Compiled by the typecheck step; docs/clinical-basis.md shows the code below (a test keeps them equal).
export {};
import { assessScope } from "coaching-scope";
// On that page, `risk` is a fully answered risk screen, every answer at its least severe, and
// `basics` answers every red flag `false` and the client's age.
const risk = { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } as const;
const basics = { redFlags: { psychosis: false, mania: false, "substance-use": false, "eating-disorder": false, "abuse-or-violence": false, "cognitive-decline": false }, client: { age: 35 } };
import { referrals } from "coaching-scope";

const scoff = assessScope({ risk, ...basics, instruments: { scoff: { items: [1, 0, 1, 0, 0] } } });
scoff.level; //=> "refer"
scoff.scores.scoff; //=> { min: 2, max: 2, complete: true, band: "positive" }
referrals(scoff); //=> [{ to: "medical", urgent: false }]
