// Compiled by the typecheck step; README.md shows the code below (a test keeps them equal).
export {};

import { actionKey, assessScope, createLocalizer } from "coaching-scope";

const result = assessScope({
  risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false },
  instruments: { phq9: { items: [1, 1, 2, 1, 1, 1, 1, 0, 0] }, gad7: { total: 4 } },
  indicators: ["sleep-disturbance"],
  redFlags: { psychosis: false, mania: false, "substance-use": false, "eating-disorder": false, "abuse-or-violence": false, "cognitive-decline": false },
  client: { age: 35 },
  preferences: { timeFocus: "coaching", driver: "coaching", aim: "coaching", plan: "psychotherapy" },
});

result.level;   //=> "coaching-with-care"
result.inScope; //=> true
result.reasons.map((r) => r.message);
//=> ["Your PHQ-9 (mood) score is 8, at or above 5.",
//    "Signs that talking to a mental-health professional may help: 1 noted, at or above the threshold of 1."]
createLocalizer().t(actionKey(result));
//=> "Coaching can go ahead: name the points below when you agree how you will work together, and coordinate with any treating professional."
