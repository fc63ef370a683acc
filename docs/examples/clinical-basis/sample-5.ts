// Compiled by the typecheck step; docs/clinical-basis.md shows the code below (a test keeps them equal).
export {};
import { assessScope } from "coaching-scope";
// On that page, `risk` is a fully answered risk screen, every answer at its least severe, and
// `basics` answers every red flag `false` and the client's age.
const risk = { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } as const;
const basics = { redFlags: { psychosis: false, mania: false, "substance-use": false, "eating-disorder": false, "abuse-or-violence": false, "cognitive-decline": false }, client: { age: 35 } };
const active = assessScope({ ...basics, risk: { ...risk, suicidalThoughts: "active" } });
[active.level, active.worstCase, active.missing]; //=> ["refer", "crisis", ["risk.suicidalIntentOrPlan"]]
const item9 = assessScope({ risk, ...basics, instruments: { phq9: { items: [0, 0, 0, 0, 0, 0, 0, 0, 1] } } });
[item9.level, item9.missing]; //=> ["refer", ["risk.suicidalIntentOrPlan"]]
assessScope({ ...basics, risk: { imminentDanger: false } }).missing;
//=> ["risk.suicidalThoughts", "risk.recentSuicidalBehavior", "risk.selfHarm", "risk.harmToOthers"]
