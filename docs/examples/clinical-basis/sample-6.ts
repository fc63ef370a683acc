// Compiled by the typecheck step; docs/clinical-basis.md shows the code below (a test keeps them equal).
export {};
import { assessScope } from "coaching-scope";
// On that page, `risk` is a fully answered risk screen, every answer at its least severe, and
// `basics` answers every red flag `false` and the client's age.
const risk = { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } as const;
const basics = { redFlags: { psychosis: false, mania: false, "substance-use": false, "eating-disorder": false, "abuse-or-violence": false, "cognitive-decline": false }, client: { age: 35 } };
const assessed = { imminentDanger: false, assessedRiskLevel: "low", assessedOn: "2026-11-20" } as const;
assessScope({ ...basics, risk: assessed }, { asOf: "2026-11-30" }).level; //=> "coaching"   (10 days old: it stands in)
assessScope({ ...basics, risk: assessed }, { asOf: "2026-12-10" }).missing;
//=> ["risk.suicidalThoughts", "risk.recentSuicidalBehavior", "risk.selfHarm", "risk.harmToOthers"]   (20 days old)
assessScope({ ...basics, risk: { ...assessed, suicidalThoughts: "active" } }, { asOf: "2026-11-30" }).missing;
//=> ["risk.suicidalIntentOrPlan"]   (the client's own answer makes it required)
