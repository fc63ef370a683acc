/**
 * `coaching-scope/intake`: the questions an app asks before `assessScope`, as data — so no app
 * invents the most sensitive wording in its product. A headless form model to render in any UI,
 * answers to a `ScreeningInput`, the next questions from a result's `missing`, and a FHIR R4
 * Questionnaire. Its texts live in `coaching-scope/intake/locales/<code>`.
 *
 * @module
 */
export { buildIntake, nextQuestions, isShown } from "./build.js";
export type { Intake, IntakeSection, IntakeQuestion, IntakeOption, IntakeSkip, IntakeOptions, IntakeLocalizeOptions, IntakeSectionId, IntakeTranslateFn, IntakeAnswers } from "./build.js";
export type { IntakeValue, IntakeQuestionType, ShowCondition } from "./catalogue.js";
export type { IntakeLocale } from "./texts.js";
export { toScreeningInput } from "./answers.js";
export { toFhirQuestionnaire } from "./questionnaire.js";
export type { FhirQuestionnaire, FhirQuestionnaireItem, FhirQuestionnaireOptions } from "./questionnaire.js";
