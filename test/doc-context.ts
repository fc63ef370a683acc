// What the examples name without defining it: the locales, a validator for the JSON Schema
// example, the HL7 US Core PHQ-9 response and Questionnaire for the FHIR ones, and an input for
// the samples that declare one.
import Ajv2020Module from "ajv/dist/2020.js";
import { readFileSync } from "node:fs";

export { de } from "../src/locales/de.js";
export { es } from "../src/locales/es.js";
export { fr } from "../src/locales/fr.js";

export const Ajv2020 = (Ajv2020Module as unknown as { default: typeof Ajv2020Module }).default ?? Ajv2020Module;
const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`./fixtures/fhir/${path}`, import.meta.url), "utf8"));
export const response = read("us-core/QuestionnaireResponse-phq-9-example.json");
export const questionnaire = read("us-core/Questionnaire-phq-9-example.json");
export const input = { risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } };
