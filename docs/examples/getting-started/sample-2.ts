// Compiled by the typecheck step; docs/getting-started.md shows the code below (a test keeps them equal).
export {};

import { assessScope, isScopeInputError } from "coaching-scope";

try {
  assessScope(JSON.parse('{"risk": {"imminentDangr": false}}'));
} catch (error) {
  if (isScopeInputError(error)) console.log(error.issues); // [{ path: ["risk"], code: "unrecognized_keys", keys: ["imminentDangr"], … }]
}
