// Compiled by the typecheck step; docs/over-time.md shows the code below (a test keeps them equal).
export {};

import { assessScope, compareAssessments } from "coaching-scope";

const screened = {
  risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false },
  redFlags: { psychosis: false, mania: false, "substance-use": false, "eating-disorder": false, "abuse-or-violence": false, "cognitive-decline": false },
  client: { age: 35 },
} as const;
const october = assessScope({ ...screened, instruments: { phq9: { items: [1, 1, 1, 1, 1, 1, 1, 1, 0] }, gad7: { items: [1, 1, 1, 1, 1, 1, 0] } } });
const november = assessScope({ ...screened, instruments: { phq9: { items: [2, 2, 2, 2, 2, 2, 1, 1, 0] }, gad7: { items: [1, 1, 1, 1, 1, 0, 0] } } });

const comparison = compareAssessments(october, november);
comparison.instruments.phq9;
//=> { before: { min: 8, max: 8 }, after: { min: 14, max: 14 }, change: 6, classification: "reliable-deterioration", threshold: 6, casenessBefore: false, casenessAfter: true }
comparison.instruments.gad7;
//=> { before: { min: 6, max: 6 }, after: { min: 5, max: 5 }, change: -1, classification: "no-reliable-change", threshold: 4, casenessBefore: false, casenessAfter: false }
comparison.level;
//=> { before: "coaching-with-care", after: "refer", direction: "more-severe" }
comparison.deteriorated;
//=> true
