// Compiled by the typecheck step; docs/policy.md shows the code below (a test keeps them equal).
export {};

import { createScopeAssessor, isScopeConfigError } from "coaching-scope";

try {
  createScopeAssessor({ policy: { thresholds: { phq9: { refer: 16 } } } });
} catch (error) {
  if (isScopeConfigError(error)) error.issues[0]?.message; //=> "Too big: expected a number <= 15, received 16"
}
