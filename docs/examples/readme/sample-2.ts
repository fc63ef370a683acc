// Compiled by the typecheck step; README.md shows the code below (a test keeps them equal).
export {};

import { createScopeAssessor } from "coaching-scope";

const assess = createScopeAssessor({ policy: { phq9Item9: "crisis" } });
assess({ risk: { imminentDanger: false }, instruments: { phq9: { total: 3, item9: 1 } } }).level;
//=> "crisis"
