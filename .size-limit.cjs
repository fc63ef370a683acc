// Size budgets: what an app's bundle takes for each import, minified and brotli-compressed
// (size-limit's small-lib preset). `npm run size` checks them.
const includeZod = (config) => ({ ...config, external: (config.external ?? []).filter((name) => !name.startsWith("zod")) });

module.exports = [
  { name: "{ DISCLAIMERS }", path: "dist/index.js", import: "{ DISCLAIMERS }", limit: "700 B" },
  { name: "{ COMPARISON_MODEL }", path: "dist/index.js", import: "{ COMPARISON_MODEL }", limit: "2 kB" },
  // Goal 7 kB; measured 7.76 kB: the validator, the policy checks and the English
  // reason messages are all in it. See docs/performance.md, "Size budgets".
  { name: "{ assessScope }", path: "dist/index.js", import: "{ assessScope }", limit: "7.8 kB" },
  { name: "{ buildComparisonTable, renderHtml }", path: "dist/index.js", import: "{ buildComparisonTable, renderHtml }", limit: "5 kB" },
  // Goal 12 kB; measured 12.82 kB. See docs/performance.md, "Size budgets".
  { name: "everything from coaching-scope", path: "dist/index.js", import: "*", limit: "12.9 kB" },
  { name: "coaching-scope/locales/de", path: "dist/locales/de.js", import: "*", limit: "4 kB" },
  { name: "coaching-scope/fhir", path: "dist/fhir.js", import: "{ fromQuestionnaireResponse }", limit: "5 kB" },
  {
    name: "coaching-scope/schema, zod included",
    path: "dist/schema.js",
    import: "{ ScreeningInput, parseScreeningInput }",
    limit: "12 kB",
    modifyEsbuildConfig: includeZod,
  },
];
