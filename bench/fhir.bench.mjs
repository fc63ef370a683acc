// The FHIR reader against JSON.parse of the same response, side by side in one run: reading a
// response costs a few parses of it (the walk checks every field it reads). Run with
// `npm run bench:fhir` (it builds first).
import { readFileSync } from "node:fs";
import { createFhirReader, fromQuestionnaireResponse } from "coaching-scope/fhir";
import { N, ROUNDS, keepResults, sideBySide } from "./timing.mjs";

const read = (path) => readFileSync(new URL(`../test/fixtures/fhir/${path}`, import.meta.url), "utf8");
const usCore = read("us-core/QuestionnaireResponse-phq-9-example.json");
const questionnaireText = read("lforms/phq9.R4.Questionnaire.json");
const questionnaire = JSON.parse(questionnaireText);
const LA = ["LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"];
const CODES = ["44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8"];
// The PHQ-9 as LHC-Forms sends it: a group, path-style linkIds, a weight on each answer.
const grouped = JSON.stringify({
  resourceType: "QuestionnaireResponse",
  status: "completed",
  item: [
    {
      linkId: "/44249-1",
      item: CODES.map((code, i) => ({
        linkId: `/44249-1/${code}`,
        answer: [{ valueCoding: { system: "http://loinc.org", code: LA[i % 4], extension: [{ url: "http://hl7.org/fhir/StructureDefinition/ordinalValue", valueDecimal: i % 4 } ] } }],
      })),
    },
  ],
});
const lforms = JSON.stringify({ resourceType: "QuestionnaireResponse", status: "completed", item: CODES.map((code, i) => ({ linkId: `/${code}`, answer: [{ valueCoding: { system: "http://loinc.org", code: LA[i % 4] } }] })) });

console.log(`node ${process.version}, ${ROUNDS} alternating rounds of ${N / 10} calls each; medians`);
const cases = [
  ["US Core PHQ-9", usCore, undefined, [usCore]],
  ["grouped, path-style", grouped, undefined, [grouped]],
  // Against parsing both the response and the 40 KB Questionnaire it reads each time.
  ["with the LHC-Forms Questionnaire", lforms, questionnaire, [lforms, questionnaireText]],
  // The Questionnaire read once (createFhirReader), against parsing the response alone.
  ["prepared reader, same Questionnaire", lforms, createFhirReader({ questionnaire }), [lforms]],
];
for (const [name, text, q, texts] of cases) {
  const value = JSON.parse(text);
  const read = typeof q === "function" ? q : (v) => fromQuestionnaireResponse(v, q === undefined ? undefined : { questionnaire: q });
  if (read(value).recognised.length !== 1) throw new Error(`${name}: nothing read`);
  const { ours, theirs, ratio } = sideBySide(() => read(value).recognised.length, () => texts.every((t) => JSON.parse(t) !== null), N / 10);
  console.log(`${name.padEnd(34)} read ${(ours / 1000).toFixed(1).padStart(6)} µs | JSON.parse ${(theirs / 1000).toFixed(1).padStart(6)} µs | ratio ${ratio.toFixed(2)} ×`);
}
keepResults();
