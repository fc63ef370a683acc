// Compiled by the typecheck step; docs/clinical-basis.md shows the code below (a test keeps them equal).
export {};
import { assessScope } from "coaching-scope";

const assessed = { imminentDanger: false, assessedRiskLevel: "low", assessedOn: "2026-11-20" } as const;
assessScope({ risk: assessed }, { asOf: "2026-11-30" }).level; //=> "coaching"   (10 days old: it stands in)
assessScope({ risk: assessed }, { asOf: "2026-12-10" }).missing;
//=> ["risk.suicidalThoughts", "risk.recentSuicidalBehavior", "risk.selfHarm", "risk.harmToOthers"]   (20 days old)
assessScope({ risk: { ...assessed, suicidalThoughts: "active" } }, { asOf: "2026-11-30" }).missing;
//=> ["risk.suicidalIntentOrPlan"]   (the client's own answer makes it required)
