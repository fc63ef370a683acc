import { cpSync, mkdirSync, readdirSync } from "node:fs";
import { defineConfig } from "tsup";
import { define } from "./build-define.js";

const dts = { compilerOptions: { ignoreDeprecations: "6.0" } };

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      schema: "src/schema/index.ts",
      fhir: "src/fhir/index.ts",
      crisis: "src/crisis/index.ts",
      "locales/en": "src/locales/en-entry.ts",
      "locales/de": "src/locales/de.ts",
      "locales/es": "src/locales/es.ts",
      "locales/fr": "src/locales/fr.ts",
      intake: "src/intake/index.ts",
      "intake/locales/en": "src/intake/locales/en.ts",
      "intake/locales/de": "src/intake/locales/de.ts",
      "intake/locales/es": "src/intake/locales/es.ts",
      "intake/locales/fr": "src/intake/locales/fr.ts",
    },
    format: ["esm", "cjs"],
    target: "es2022",
    platform: "neutral",
    dts,
    clean: true,
    sourcemap: false,
    treeshake: true,
    splitting: false,
    external: ["zod"],
    define,
    onSuccess: async () => {
      // The JSON Schema documents ship as files too: coaching-scope/schema/<name>.json.
      mkdirSync("dist/schema", { recursive: true });
      for (const file of readdirSync("src/generated")) cpSync(`src/generated/${file}`, `dist/schema/${file}`);
    },
  },
  {
    entry: { cli: "src/cli/bin.ts" },
    define,
    format: ["esm"],
    target: "node20",
    platform: "node",
    clean: false,
    sourcemap: false,
    treeshake: true,
    splitting: false,
  },
]);
