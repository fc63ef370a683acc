// Compiled by the typecheck step; docs/clinical-basis.md shows the code below (a test keeps them equal).
export {};
import { assessScope } from "coaching-scope";

const noRiskAnswers = assessScope({ instruments: { phq9: { items: [3, 3, 3, 3, 3, 3, 3, 3, 3] } } });
noRiskAnswers.level;     //=> "refer"
noRiskAnswers.worstCase; //=> "crisis"
noRiskAnswers.missing;
//=> ["risk.imminentDanger", "risk.suicidalIntentOrPlan", "risk.recentSuicidalBehavior", "risk.selfHarm", "risk.harmToOthers"]
