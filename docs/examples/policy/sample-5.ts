// Compiled by the typecheck step; docs/policy.md shows the code below (a test keeps them equal).
export {};
import type { ScreeningInput } from "coaching-scope";
declare const input: ScreeningInput;

import { DEFAULT_POLICY, createScopeAssessor } from "coaching-scope";

DEFAULT_POLICY.thresholds.gad7; //=> { care: 5, refer: 10 }

const assess = createScopeAssessor({
  policy: { phq9Item9: "crisis", thresholds: { gad7: { refer: 8 } } },
});
assess(input).policy.thresholds.gad7; //=> { care: 5, refer: 8 }
