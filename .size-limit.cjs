// Size budgets: what an app's bundle takes for each import, minified and brotli-compressed
// (size-limit's small-lib preset). `npm run size` checks them.
const includeZod = (config) => ({ ...config, external: (config.external ?? []).filter((name) => !name.startsWith("zod")) });

module.exports = [
  { name: "{ DISCLAIMERS }", path: "dist/index.js", import: "{ DISCLAIMERS }", limit: "700 B" },
  { name: "{ COMPARISON_MODEL }", path: "dist/index.js", import: "{ COMPARISON_MODEL }", limit: "2 kB" },
  // 11 kB until the clinical rules v2 (the five-question risk screen, dates and stale answers,
  // named scales, consistency between forms, the alongside-treatment list, eight new reasons and
  // their English messages) added 3.7 kB; docs/performance.md says what each part adds. 15 kB until
  // §D (red flags, the client, SCOFF and PC-PTSD-5, referrals, and the message keys of 27 crisis
  // lines the locale check derives) added 3.4 kB. 18.5 kB until options were read once under a
  // guard, and every quoted value escaped by one function (docs/safety.md, "Hostile arguments").
  // 19 kB until the validator read results too (lists, unions, literals, required fields: one
  // compiler for inputs, policies and stored results) and the registry carried reliable-change
  // thresholds (docs/over-time.md).
  { name: "{ assessScope }", path: "dist/index.js", import: "{ assessScope }", limit: "19.5 kB" },
  // 5 kB until the table was hardened: a hand-made model or table is read once into a snapshot
  // and checked (defineComparisonModel comes along), every path is linear, and a checked model's
  // texts are kept per locale (building and rendering the table costs about 3 × a template
  // literal; docs/performance.md).
  { name: "{ buildComparisonTable, renderHtml }", path: "dist/index.js", import: "{ buildComparisonTable, renderHtml }", limit: "7.5 kB" },
  // 18 kB until the clinical rules v2 (as above); 20.5 kB until §D (as above, with the English
  // names and notes of the crisis lines that `en` carries); 25 kB until every public function
  // read its arguments under a guard (options once, results and levels checked, quoted values
  // escaped and cut by one function) and `en` carried the command line's four labels, the
  // localization adapters wrote i18next syntax as literal text, and the table was hardened (as
  // above).
  // 28.5 kB until the comparisons over time and decision records (SPEC-v2 §G) joined the core
  // entry, reading stored results against the result's shape (docs/performance.md).
  { name: "everything from coaching-scope", path: "dist/index.js", import: "*", limit: "31.5 kB" },
  // 6 kB until §D added the red flags, referral destinations, the new reasons and the names and
  // notes of 29 crisis lines to every locale.
  { name: "coaching-scope/locales/de", path: "dist/locales/de.js", import: "*", limit: "7 kB" },
  { name: "coaching-scope/locales/es", path: "dist/locales/es.js", import: "*", limit: "7 kB" },
  { name: "coaching-scope/locales/fr", path: "dist/locales/fr.js", import: "*", limit: "7 kB" },
  { name: "coaching-scope/locales/en", path: "dist/locales/en.js", import: "*", limit: "7 kB" },
  // 5 kB until the FHIR code tables were derived from the instruments' definitions, which the
  // entry now carries (docs/performance.md).
  // The crisis lines with their English names and notes, the ISO 3166-1 codes and the localizer.
  // 7 kB until its options were read once under a guard and quoted values escaped.
  { name: "coaching-scope/crisis", path: "dist/crisis.js", import: "{ crisisLines }", limit: "7.5 kB" },
  // 5.5 kB until §D's input fields and instruments joined the shapes it derives from; 6 kB until
  // FHIR v2 (§E) read every recognised shape and failed closed (docs/performance.md); 11.5 kB
  // until the shared check escaped every quoted value (it quotes with the FHIR reader's quoteText).
  // 12 kB until it read items the intake exported back to their paths (SPEC-v2 §E): it carries
  // the intake's questions without their texts (src/generated/intake.ts).
  { name: "coaching-scope/fhir", path: "dist/fhir.js", import: "{ fromQuestionnaireResponse }", limit: "15 kB" },
  // The intake (SPEC-v2 §F) without its texts: the questions as generated data (not the registry
  // and the input's shape they are derived from), the form model, answers to an input, the next
  // questions and the FHIR Questionnaire. The issue asks for 8 kB: 7.66 kB met it until the
  // review's hardening (a changed model checked against the catalogue, isShown's arguments
  // checked, lists copied before they are checked) took it to 8.14 kB (docs/performance.md).
  { name: "coaching-scope/intake", path: "dist/intake.js", import: "*", limit: "8.5 kB" },
  // An intake locale: the project's own texts, the instruments' published texts it ships and the
  // comparison model's texts of the core locale, with the questions' keys.
  { name: "coaching-scope/intake/locales/en", path: "dist/intake/locales/en.js", import: "*", limit: "11 kB" },
  { name: "coaching-scope/intake/locales/de", path: "dist/intake/locales/de.js", import: "*", limit: "11 kB" },
  { name: "coaching-scope/intake/locales/es", path: "dist/intake/locales/es.js", import: "*", limit: "11 kB" },
  { name: "coaching-scope/intake/locales/fr", path: "dist/intake/locales/fr.js", import: "*", limit: "11 kB" },
  {
    name: "coaching-scope/schema, zod included",
    path: "dist/schema.js",
    import: "{ ScreeningInput, parseScreeningInput }",
    // 12 kB until the schemas were derived from the engine's shapes and the result's schema typed
    // each reason's evidence: the entry now carries the registry and the rules table
    // (docs/performance.md); 16 kB until the clinical rules v2 added their rules and evidence; 19 kB
    // until §D added its rules, fields and evidence.
    // 22 kB until the shared checks escaped every quoted value and read options once under a guard.
    // 22.5 kB until the decision record's JSON Schema and shape.
    limit: "23 kB",
    modifyEsbuildConfig: includeZod,
  },
];
