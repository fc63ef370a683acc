/**
 * The intake as a FHIR R4 Questionnaire.
 *
 * @module
 */
import { isRecord, push, quoteValue, readField, type Issues, type Path } from "../shared/check.js";
import { reading, ScopeConfigError } from "../shared/errors.js";
import { catalogue, INTAKE_ANSWERS as ANSWERS, INSTRUMENT_FACTS, INTAKE_URN, questionsById, type IntakeValue, type QuestionSpec, type ShowCondition } from "./catalogue.js";
import type { Intake, IntakeQuestion, IntakeSection } from "./build.js";

const LOINC = "http://loinc.org";
const EXTENSION = "http://hl7.org/fhir/StructureDefinition/";
const ITEM_WEIGHT = `${EXTENSION}itemWeight`;
const ITEM_CONTROL = `${EXTENSION}questionnaire-itemControl`;
const MIN_VALUE = `${EXTENSION}minValue`;
const MAX_VALUE = `${EXTENSION}maxValue`;

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

/** A question's texts, read from the model; everything else comes from the catalogue. */
interface Texts {
  readonly spec: QuestionSpec;
  readonly text: string;
  readonly help: string | undefined;
  readonly labels: ReadonlyMap<IntakeValue, string>;
  /** Its conditions: the catalogue's on questions the intake asks (the age under the model's adult age). */
  readonly showWhen: readonly ShowCondition[];
}

function questionItem(q: Texts, byId: ReadonlyMap<string, QuestionSpec>, labels: ReadonlyMap<string, ReadonlyMap<IntakeValue, string>>): Json {
  const { spec } = q;
  const code = spec.instrument?.itemCodes?.[spec.item ?? -1];
  const conditions = enableWhen(q.showWhen, byId, labels);
  return {
    linkId: spec.id,
    definition: INTAKE_URN + spec.id,
    ...(code !== undefined && { code: [{ system: LOINC, code }] }),
    text: q.text,
    type: spec.type === "multiple" ? "choice" : spec.type,
    required: spec.required,
    ...(spec.type === "multiple" && { repeats: true }),
    ...(conditions.length > 0 && { enableWhen: conditions, ...(conditions.length > 1 && { enableBehavior: "any" }) }),
    ...(spec.values.length > 0 && spec.type !== "boolean" && { answerOption: spec.values.map((v) => answerOption(spec, v, q.labels.get(v)!)) }),
    ...(spec.type === "integer" && { extension: [{ url: MIN_VALUE, valueInteger: spec.min }, { url: MAX_VALUE, valueInteger: spec.max }] }),
    ...(q.help !== undefined && { item: [helpItem(`${spec.id}.help`, q.help)] }),
  };
}

interface SectionTexts {
  readonly id: string;
  readonly title: string;
  readonly help: string | undefined;
  readonly notice: string | undefined;
  readonly panel: string | undefined;
  readonly questions: readonly Texts[];
}

function sectionItem(s: SectionTexts, byId: ReadonlyMap<string, QuestionSpec>, labels: ReadonlyMap<string, ReadonlyMap<IntakeValue, string>>): Json {
  const items: Json[] = [];
  // Sections are named `section.<id>`: a section's id can be a question's (indicators).
  if (s.help !== undefined) items.push({ linkId: `section.${s.id}.help`, type: "display", text: s.help });
  for (const q of s.questions) items.push(questionItem(q, byId, labels));
  if (s.notice !== undefined) items.push({ linkId: `section.${s.id}.notice`, type: "display", text: s.notice });
  return { linkId: `section.${s.id}`, ...(s.panel !== undefined && { code: [{ system: LOINC, code: s.panel }] }), text: s.title, type: "group", item: items };
}

/** A text of the model: a string, or an issue (`optional`: may be left out). */
function textAt(issues: Issues, path: Path, value: unknown, optional = false): string | undefined {
  if (typeof value === "string" || (optional && value === undefined)) return value;
  push(issues, path, "invalid_type", `Expected a text, received ${quoteValue(value)}`);
  return undefined;
}

/** One question of the model: known, asked once, with its own path, type and options, and texts. */
function checkQuestion(issues: Issues, at: Path, q: IntakeQuestion, seen: Set<string>, byId: ReadonlyMap<string, QuestionSpec>): Omit<Texts, "showWhen"> | undefined {
  const spec = byId.get(q?.id);
  const options: unknown[] = Array.isArray(q?.options) ? [...q.options] : [];
  const values = options.map((o) => (isRecord(o) ? o["value"] : undefined));
  const same = spec !== undefined && q.path === spec.id && q.type === spec.type && values.length === spec.values.length && values.every((v, k) => v === spec.values[k]);
  if (!same || seen.has(spec.id)) {
    push(issues, at, "invalid_value", `Expected a question of buildIntake, once, with its own path, type and options, received ${quoteValue(q?.id)}`);
    return undefined;
  }
  seen.add(spec.id);
  const text = textAt(issues, [...at, "text"], q.text);
  const help = textAt(issues, [...at, "help"], q.help, true);
  const labels = new Map<IntakeValue, string>();
  options.forEach((o, k) => labels.set(spec.values[k]!, textAt(issues, [...at, "options", k, "label"], (o as Record<string, unknown>)["label"]) ?? ""));
  return { spec, text: text ?? "", help, labels };
}

/** The adult age a model's guardian's-consent condition uses (`buildIntake`'s `adultAge`), if it has one. */
function adultAgeOf(issues: Issues, sections: readonly IntakeSection[]): number | undefined {
  const consent = sections.flatMap((s) => (Array.isArray(s?.questions) ? s.questions : [])).find((q) => q?.id === "client.guardianConsent");
  const value = Array.isArray(consent?.showWhen) ? consent.showWhen.find((c: ShowCondition) => c?.question === "client.age" && c.operator === "<")?.value : undefined;
  if (value === undefined) return undefined;
  if (typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 120) return value;
  push(issues, ["client.guardianConsent", "showWhen"], "invalid_value", `Expected the adult age, a whole number from 1 to 120, received ${quoteValue(value)}`);
  return undefined;
}

/**
 * Reads the intake `buildIntake` made: its questions must be the catalogue's, each once, with
 * their own paths, types and options; its texts must be texts. Everything else (`required`,
 * follow-ups, ranges, codes) is taken from the catalogue, never from the model.
 */
function checkIntake(intake: unknown): { language: string; sections: SectionTexts[] } {
  const issues: Issues = [];
  const sections = isRecord(intake) ? readField(issues, ["sections"], intake, "sections") : undefined;
  if (!Array.isArray(sections)) {
    push(issues, ["sections"], "invalid_type", `Expected an intake made by buildIntake, received ${quoteValue(sections ?? intake)}`);
    throw new ScopeConfigError(issues, "Invalid intake");
  }
  const language = textAt(issues, ["language"], readField(issues, ["language"], intake as Record<string, unknown>, "language"));
  const list = [...(sections as IntakeSection[])];
  const seen = new Set<string>();
  const byId = questionsById();
  const read = list.map((s, i) => ({ s, i, questions: (Array.isArray(s?.questions) ? [...s.questions] : []).map((q: IntakeQuestion, j: number) => checkQuestion(issues, ["sections", i, "questions", j], q, seen, byId)) }));
  const specs = new Map(catalogue(adultAgeOf(issues, list)).flatMap((x) => x.questions.map((q) => [q.id, q] as const)));
  const out = read.map(({ s, i, questions }): SectionTexts => {
    const field = (key: string) => (isRecord(s) ? (s as unknown as Record<string, unknown>)[key] : undefined);
    const instrument = typeof field("instrument") === "string" ? INSTRUMENT_FACTS.get(field("instrument") as string) : undefined;
    return {
      id: textAt(issues, ["sections", i, "id"], field("id")) ?? "",
      title: textAt(issues, ["sections", i, "title"], field("title")) ?? "",
      help: textAt(issues, ["sections", i, "help"], field("help"), true),
      notice: textAt(issues, ["sections", i, "notice"], field("notice"), true),
      panel: instrument?.panel,
      questions: questions.flatMap((q) => (q === undefined ? [] : [{ ...q, showWhen: (specs.get(q.spec.id)!.showWhen ?? []).filter((c) => seen.has(c.question)) }])),
    };
  });
  if (issues.length > 0) throw new ScopeConfigError(issues, "Invalid intake");
  return { language: language!, sections: out };
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
    const labels = new Map(checked.sections.flatMap((s) => s.questions.map((q) => [q.spec.id, q.labels] as const)));
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
