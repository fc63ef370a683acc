// Compiled by the typecheck step; docs/intake.md shows this code.
import { assessScope } from "coaching-scope";
import { fromQuestionnaireResponse } from "coaching-scope/fhir";
import { buildIntake, toFhirQuestionnaire } from "coaching-scope/intake";
import { de } from "coaching-scope/intake/locales/de";

const questionnaire = toFhirQuestionnaire(buildIntake({ locale: de }), { url: "https://example.org/Questionnaire/intake", version: "1.0.0" });
// … a form engine (LHC-Forms, an SDC renderer) shows it and returns a QuestionnaireResponse …
declare const response: unknown;
const { input, recognised, questions, warnings } = fromQuestionnaireResponse(response, { questionnaire });
const result = assessScope(input);
void [recognised, questions, warnings, result];
