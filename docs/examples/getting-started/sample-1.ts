// Compiled by the typecheck step; docs/getting-started.md shows the code below (a test keeps them equal).
export {};

import { assessScope, createLocalizer } from "coaching-scope";

const result = assessScope({
  risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false },
  instruments: { phq9: { items: [1, 0, 1, 1, 0, 1, 1, 0, 0] }, gad7: { items: [0, 1, 0, 0, 1, null, 0] } },
  indicators: ["sleep-disturbance"],
  redFlags: { psychosis: false, mania: false, "substance-use": false, "eating-disorder": false, "abuse-or-violence": false, "cognitive-decline": false },
  client: { age: 35 },
});

result.level;   // "coaching" | "coaching-with-care" | "incomplete" | "refer" | "crisis"
result.inScope; // true for "coaching" and "coaching-with-care"
for (const reason of result.reasons) console.log(`[${reason.level}] ${reason.message}`);
result.missing; // what to ask next, as input paths: ["instruments.gad7.items[5]"]
result.worstCase; // the most severe level answering `missing` (and its follow-ups) could still give

const { t } = createLocalizer();
t(`level.${result.level}.action`); // what the coach should do next
