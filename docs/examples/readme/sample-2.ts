// Compiled by the typecheck step; README.md shows the code below (a test keeps them equal).
export {};

import { createScopeAssessor } from "coaching-scope";

const assess = createScopeAssessor({ policy: { phq9Item9: "crisis" } });
const risk = { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } as const;
assess({ risk, instruments: { phq9: { total: 3, item9: 1 } } }).level;
//=> "crisis"
assess({ risk, answeredOn: "2026-11-20" }, { asOf: "2026-11-30" }).level; // today, per call
//=> "coaching"
