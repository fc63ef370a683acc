import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    "locales/en": "src/locales/en-entry.ts",
    "locales/de": "src/locales/de.ts",
    "locales/es": "src/locales/es.ts",
    "locales/fr": "src/locales/fr.ts",
  },
  format: ["esm", "cjs"],
  target: "es2022",
  platform: "neutral",
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  clean: true,
  sourcemap: false,
  treeshake: true,
  splitting: true,
});
