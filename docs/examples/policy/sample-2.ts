// Compiled by the typecheck step; docs/policy.md shows the code below (a test keeps them equal).
export {};
import { assessScope } from "coaching-scope";
// On that page, `risk` is a fully answered risk screen, every answer at its least severe, and
// `basics` answers every red flag `false` and the client's age.
const risk = { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } as const;
const basics = { redFlags: { psychosis: false, mania: false, "substance-use": false, "eating-disorder": false, "abuse-or-violence": false, "cognitive-decline": false }, client: { age: 35 } };
const answers = { risk, ...basics, instruments: { phq9: { items: [1, 0, 1, 0, 0, 0, 0, 0, 0] }, k10: { total: 14, scale: "1-5" } } } as const;
assessScope({ ...answers, answeredOn: "2026-11-20" }, { asOf: "2026-11-30" }).level; //=> "coaching"
const old = assessScope({ ...answers, answeredOn: "2026-11-10" }, { asOf: "2026-11-30" });
old.level; //=> "incomplete"
old.missing;
//=> ["risk.imminentDanger", "risk.suicidalThoughts", "risk.recentSuicidalBehavior", "risk.selfHarm", "risk.harmToOthers",
//    "instruments.phq9"]
