// The tests Stryker runs against each mutant: the unit tests of the engine, the validators and
// the FHIR adapter (no build output, no child processes).
import { defineConfig } from "vitest/config";
import { define } from "./build-define.js";

export default defineConfig({
  define,
  test: {
    include: [
      "test/assess.*.test.ts",
      "test/input.errors.test.ts",
      "test/policy.test.ts",
      "test/fhir.test.ts",
      "test/schema.test.ts",
      "test/localize.test.ts",
    ],
  },
});
