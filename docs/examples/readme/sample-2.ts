// Compiled by the typecheck step; README.md shows the code below (a test keeps them equal).
export {};

import { createScopeAssessor } from "coaching-scope";

const assess = createScopeAssessor({ policy: { phq9Item9: "crisis" } });
const risk = { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } as const;
const redFlags = { psychosis: false, mania: false, "substance-use": false, "eating-disorder": false, "abuse-or-violence": false, "cognitive-decline": false };
assess({ risk, instruments: { phq9: { total: 3, item9: 1 } } }).level;
//=> "crisis"
assess({ risk, redFlags, client: { age: 35 }, answeredOn: "2026-11-20" }, { asOf: "2026-11-30" }).level; // today, per call
//=> "coaching"
