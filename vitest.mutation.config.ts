// The tests Stryker runs against each mutant: the unit tests of the registry, the engine, the
// validators, the schemas and the FHIR adapter (no build output, no child processes).
// test/mutation-config.test.ts checks that these globs and stryker.config.json's cover the
// folders they name.
import { defineConfig } from "vitest/config";
import { define } from "./build-define.js";

export default defineConfig({
  define,
  test: {
    include: [
      "test/assess.*.test.ts",
      "test/registry.test.ts",
      "test/snapshot.test.ts",
      "test/phq8.test.ts",
      "test/meta.test.ts",
      "test/errors.test.ts",
      "test/shape.test.ts",
      "test/model.test.ts",
      "test/table.test.ts",
      "test/input.errors.test.ts",
      "test/policy.test.ts",
      "test/fhir.test.ts",
      "test/fhir.v2.test.ts",
      "test/fhir.messages.test.ts",
      "test/schema.test.ts",
      "test/localize.test.ts",
      "test/vignettes.test.ts",
      "test/derived.test.ts",
      "test/referral.test.ts",
      "test/hardening.test.ts",
      "test/over-time.test.ts",
      "test/action.test.ts",
      "test/intake.test.ts",
      "test/intake.messages.test.ts",
    ],
  },
});
