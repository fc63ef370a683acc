/**
 * The intake as a FHIR R4 Questionnaire.
 *
 * @module
 */
import { isRecord, push, quoteValue, readField, type Issues } from "../shared/check.js";
import { reading, ScopeConfigError } from "../shared/errors.js";
import { INSTRUMENT_FACTS, INTAKE_URN, questionsById, type IntakeValue, type QuestionSpec, type ShowCondition } from "./catalogue.js";
import type { Intake, IntakeQuestion, IntakeSection } from "./build.js";

const LOINC = "http://loinc.org";
const ITEM_WEIGHT = "http://hl7.org/fhir/StructureDefinition/itemWeight";
const ITEM_CONTROL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
const MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
const MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";
/** The code system of the intake's own answer codes (a choice's value). */
const ANSWERS = "urn:coaching-scope:intake";

/**
 * Options of {@link toFhirQuestionnaire}.
 *
 * @example
 * ```ts
 * const options: FhirQuestionnaireOptions = { url: "https://example.org/Questionnaire/intake", version: "1.0.0" };
 * ```
 */
export interface FhirQuestionnaireOptions {
  /** The Questionnaire's `id`. */
  readonly id?: string;
  /** Its canonical `url`. */
  readonly url?: string;
  /** Its `version`. */
  readonly version?: string;
  /** Its `title`; none by default (a form engine shows it above the form). */
  readonly title?: string;
  /** Its `status`; `active` by default. */
  readonly status?: "draft" | "active" | "retired" | "unknown";
}

/**
 * A FHIR R4 Questionnaire, as plain JSON.
 *
 * @example
 * ```ts
 * import { en } from "coaching-scope/intake/locales/en";
 * const q: FhirQuestionnaire = toFhirQuestionnaire(buildIntake({ locale: en }));
 * q.resourceType;
 * //=> "Questionnaire"
 * ```
 */
export interface FhirQuestionnaire {
  /** Always `"Questionnaire"`. */
  readonly resourceType: "Questionnaire";
  /** Its publication status. */
  readonly status: "draft" | "active" | "retired" | "unknown";
  /** The language of its texts (the intake's). */
  readonly language: string;
  /** A group for each section of the intake. */
  readonly item: readonly FhirQuestionnaireItem[];
  /** Its other fields (`url`, `version`, `title`, `id`), as FHIR names them. */
  readonly [key: string]: unknown;
}

/**
 * One item of a {@link FhirQuestionnaire}, as plain JSON.
 *
 * @example
 * ```ts
 * const item: FhirQuestionnaireItem = { linkId: "risk", type: "group", text: "Your safety" };
 * ```
 */
export interface FhirQuestionnaireItem {
  /** The question's id, or `section.<id>` for a section's group. */
  readonly linkId: string;
  /** `group`, `display`, `boolean`, `integer` or `choice`. */
  readonly type: string;
  /** The question, the section's title, or a display item's text. */
  readonly text?: string;
  /** Its other fields (`definition`, `code`, `answerOption`, `enableWhen`, `item`, …), as FHIR names them. */
  readonly [key: string]: unknown;
}

type Json = Record<string, unknown>;

/** A help text, as FHIR writes it: a display item the renderer shows as help. */
function helpItem(linkId: string, text: string): Json {
  return { linkId, type: "display", text, extension: [{ url: ITEM_CONTROL, valueCodeableConcept: { coding: [{ system: "http://hl7.org/fhir/questionnaire-item-control", code: "help", display: "Help-Button" }] } }] };
}

/** An answer option: a LOINC answer where one is verified for the value, else the intake's own code; weighted for an instrument. */
function answerOption(q: QuestionSpec, value: IntakeValue, label: string): Json {
  const loinc = q.instrument === undefined ? undefined : Object.entries(q.instrument.answerCodes ?? {}).find(([, score]) => score === value)?.[0];
  const coding = loinc === undefined ? { system: ANSWERS, code: String(value), display: label } : { system: LOINC, code: loinc, display: label };
  return q.instrument === undefined ? { valueCoding: coding } : { valueCoding: coding, extension: [{ url: ITEM_WEIGHT, valueDecimal: value }] };
}

/** A follow-up's conditions as `enableWhen`: on a choice, `<` and `>` become `=` on each option they hold for. */
function enableWhen(conditions: readonly ShowCondition[], byId: ReadonlyMap<string, QuestionSpec>, labels: ReadonlyMap<string, ReadonlyMap<IntakeValue, string>>): Json[] {
  return conditions.flatMap((c): Json[] => {
    const on = byId.get(c.question)!;
    if (on.type === "boolean") return [{ question: c.question, operator: "=", answerBoolean: c.value }];
    if (on.type === "integer") return [{ question: c.question, operator: c.operator, answerInteger: c.value }];
    const holds = on.values.filter((v) => (c.operator === "=" ? v === c.value : c.operator === "<" ? v < c.value : v > c.value));
    return holds.map((v) => ({ question: c.question, operator: "=", answerCoding: answerOption(on, v, labels.get(c.question)?.get(v) ?? String(v))["valueCoding"] }));
  });
}

function questionItem(q: IntakeQuestion, spec: QuestionSpec, byId: ReadonlyMap<string, QuestionSpec>, labels: ReadonlyMap<string, ReadonlyMap<IntakeValue, string>>): Json {
  const code = spec.instrument?.itemCodes?.[spec.item ?? -1];
  const conditions = q.showWhen === undefined ? [] : enableWhen(q.showWhen, byId, labels);
  const type = q.type === "multiple" ? "choice" : q.type;
  return {
    linkId: q.id,
    definition: INTAKE_URN + q.id,
    ...(code !== undefined && { code: [{ system: LOINC, code }] }),
    text: q.text,
    type,
    required: q.required,
    ...(q.type === "multiple" && { repeats: true }),
    ...(conditions.length > 0 && { enableWhen: conditions, ...(conditions.length > 1 && { enableBehavior: "any" }) }),
    ...(q.options.length > 0 && q.type !== "boolean" && { answerOption: q.options.map((o) => answerOption(spec, o.value, o.label)) }),
    ...(q.type === "integer" && { extension: [{ url: MIN_VALUE, valueInteger: q.min }, { url: MAX_VALUE, valueInteger: q.max }] }),
    ...(q.help !== undefined && { item: [helpItem(`${q.id}.help`, q.help)] }),
  };
}

function sectionItem(s: IntakeSection, byId: ReadonlyMap<string, QuestionSpec>, labels: ReadonlyMap<string, ReadonlyMap<IntakeValue, string>>): Json {
  const panel = s.instrument === undefined ? undefined : INSTRUMENT_FACTS.get(s.instrument)?.panel;
  const items: Json[] = [];
  // Sections are named `section.<id>`: a section's id can be a question's (indicators).
  if (s.help !== undefined) items.push({ linkId: `section.${s.id}.help`, type: "display", text: s.help });
  for (const q of s.questions) items.push(questionItem(q, byId.get(q.id)!, byId, labels));
  if (s.notice !== undefined) items.push({ linkId: `section.${s.id}.notice`, type: "display", text: s.notice });
  return { linkId: `section.${s.id}`, ...(panel !== undefined && { code: [{ system: LOINC, code: panel }] }), text: s.title, type: "group", item: items };
}

/** Checks that the intake is one {@link buildIntake} made: known questions, with their own paths and options. */
function checkIntake(intake: unknown): Intake {
  const issues: Issues = [];
  const byId = questionsById();
  const sections = isRecord(intake) ? readField(issues, ["sections"], intake, "sections") : undefined;
  if (!Array.isArray(sections)) push(issues, ["sections"], "invalid_type", `Expected an intake made by buildIntake, received ${quoteValue(sections ?? intake)}`);
  else {
    sections.forEach((s: IntakeSection, i) => {
      (Array.isArray(s?.questions) ? s.questions : []).forEach((q: IntakeQuestion, j: number) => {
        const spec = byId.get(q?.id);
        const values: unknown[] = Array.isArray(q?.options) ? q.options.map((o) => o?.value) : [];
        const same = spec !== undefined && q.path === spec.id && q.type === spec.type && values.length === spec.values.length && values.every((v, k) => v === spec.values[k]);
        if (!same) push(issues, ["sections", i, "questions", j], "invalid_value", `Expected a question of buildIntake, with its own path, type and options, received ${quoteValue(q?.id)}`);
      });
    });
  }
  if (issues.length > 0) throw new ScopeConfigError(issues, "Invalid intake");
  return intake as Intake;
}

/**
 * The intake as a FHIR R4 Questionnaire, in its language: a group per section; each question an
 * item whose `linkId` is the question's id and whose `definition` is
 * `urn:coaching-scope:intake:<questionId>` (so `coaching-scope/fhir` maps its answers back to
 * their paths), with its LOINC code where one is verified, `required`, `enableWhen` for
 * follow-ups (`enableBehavior: "any"`), answer options (LOINC answers where verified, else the
 * intake's own codes) weighted with `itemWeight` for an instrument, help as display items, and
 * an instrument's stem and copyright line as display items around its questions.
 *
 * @throws `ScopeConfigError` (recognise it with `isScopeConfigError` from `coaching-scope`) when `intake` is not one `buildIntake` made, or an option is malformed.
 *
 * @example
 * ```ts
 * import { en } from "coaching-scope/intake/locales/en";
 * const q = toFhirQuestionnaire(buildIntake({ locale: en, sections: ["risk"], instruments: [] }));
 * q.item[0]!.item;
 * ```
 */
export function toFhirQuestionnaire(intake: Intake, options?: FhirQuestionnaireOptions): FhirQuestionnaire {
  return reading("Invalid intake", () => {
    const checked = checkIntake(intake);
    const o = checkQuestionnaireOptions(options);
    const byId = questionsById();
    const labels = new Map(checked.sections.flatMap((s) => s.questions.map((q) => [q.id, new Map(q.options.map((x) => [x.value, x.label]))] as const)));
    return {
      resourceType: "Questionnaire",
      ...(o.id !== undefined && { id: o.id }),
      ...(o.url !== undefined && { url: o.url }),
      ...(o.version !== undefined && { version: o.version }),
      ...(o.title !== undefined && { title: o.title }),
      status: o.status ?? "active",
      language: checked.language,
      item: checked.sections.map((s) => sectionItem(s, byId, labels)) as unknown as FhirQuestionnaireItem[],
    };
  });
}

const OPTION_NAMES = ["id", "url", "version", "title", "status"];

function checkQuestionnaireOptions(options: unknown): FhirQuestionnaireOptions {
  if (options === undefined) return {};
  const issues: Issues = [];
  if (!isRecord(options)) push(issues, [], "invalid_type", `Expected options, received ${quoteValue(options)}`);
  else {
    for (const key of Object.keys(options)) {
      const value = readField(issues, [key], options, key);
      if (!OPTION_NAMES.includes(key)) push(issues, [key], "unrecognized_keys", `Unknown option ${quoteValue(key)}: expected ${OPTION_NAMES.join(", ")}`);
      else if (key === "status" ? !["draft", "active", "retired", "unknown"].includes(value as string) : typeof value !== "string" || value === "") push(issues, [key], "invalid_type", `Expected ${key === "status" ? "draft, active, retired or unknown" : "a non-empty string"}, received ${quoteValue(value)}`);
    }
  }
  if (issues.length > 0) throw new ScopeConfigError(issues, "Invalid questionnaire options");
  return options as FhirQuestionnaireOptions;
}
