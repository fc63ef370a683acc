// Compiled by the typecheck step; docs/policy.md shows the code below (a test keeps them equal).
export {};
import { assessScope } from "coaching-scope";

assessScope({ preferences: { timeFocus: "coaching", aim: "coaching" } }).reasons.map((r) => r.code);
//=> ["risk-screen-incomplete", "nothing-answered"]
const unscreened = assessScope({ indicators: [] }, { policy: { requireRiskScreen: false } });
[unscreened.level, unscreened.worstCase, unscreened.reasons[0]?.code]; //=> ["coaching-with-care", "crisis", "risk-not-screened"]
