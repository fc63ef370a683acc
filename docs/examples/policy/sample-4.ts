// Compiled by the typecheck step; docs/policy.md shows the code below (a test keeps them equal).
export {};
import { assessScope } from "coaching-scope";
// On that page, `risk` is a fully answered risk screen, every answer at its least severe, and
// `basics` answers every red flag `false` and the client's age.
const risk = { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } as const;
const basics = { redFlags: { psychosis: false, mania: false, "substance-use": false, "eating-disorder": false, "abuse-or-violence": false, "cognitive-decline": false }, client: { age: 35 } };
assessScope({ preferences: { timeFocus: "coaching", aim: "coaching" } }).reasons.map((r) => r.code);
//=> ["red-flag", "minor", "risk-screen-incomplete", "nothing-answered"]
const unscreened = assessScope({ ...basics, indicators: [] }, { policy: { requireRiskScreen: false } });
[unscreened.level, unscreened.worstCase, unscreened.reasons[0]?.code]; //=> ["coaching-with-care", "crisis", "risk-not-screened"]
