/**
 * The intake as a headless form model: sections of questions with their texts in one language,
 * built from the question catalogue and an intake locale.
 *
 * @module
 */
import type { InstrumentId } from "../instruments/registry.js";
import { checkLocalizeOptions, compile, fill } from "../i18n/localize.js";
import type { MessageParams } from "../i18n/messages.js";
import { checkEnum, checkInt, deepFreeze, isRecord, push, quoteValue, readField, type Issues } from "../shared/check.js";
import { reading, ScopeConfigError, ScopeInputError } from "../shared/errors.js";
import { catalogue, DEFAULT_ADULT_AGE, INSTRUMENT_FACTS, type IntakeQuestionType, type IntakeValue, type QuestionSpec, type SectionSpec, type ShowCondition } from "./catalogue.js";
import { instrumentKeys, intakeKeys, questionKeys, type IntakeLocale } from "./texts.js";

/**
 * One answer option: the value written at the question's path, and its label.
 *
 * @example
 * ```ts
 * const option: IntakeOption = { value: "none", label: "No" };
 * ```
 */
export interface IntakeOption {
  /** Exactly the value written at the question's `path` (`false`, `"none"`, `2`). */
  readonly value: IntakeValue;
  /** The label shown. */
  readonly label: string;
}

/**
 * What to show when a question is left unanswered: a risk question skipped shows crisis
 * resources (`coaching-scope/crisis`) with this text.
 *
 * @example
 * ```ts
 * const onSkip: IntakeSkip = { action: "show-crisis-resources", text: "You can skip any question." };
 * ```
 */
export interface IntakeSkip {
  /** What the app shows: crisis resources, for example `crisisLines` from `coaching-scope/crisis`. */
  readonly action: "show-crisis-resources";
  /** The text shown with them. */
  readonly text: string;
}

/**
 * One question of the intake.
 *
 * @example
 * ```ts
 * import { en } from "coaching-scope/intake/locales/en";
 * const q: IntakeQuestion = buildIntake({ locale: en }).sections[1]!.questions[0]!;
 * q.path;
 * //=> "risk.imminentDanger"
 * ```
 */
export interface IntakeQuestion {
  /** The question's id: the key of its answer in {@link IntakeAnswers}, and its FHIR linkId. */
  readonly id: string;
  /** The `ScreeningInput` path its answer fills, written as `result.missing` writes it. */
  readonly path: string;
  /** The id of its section. */
  readonly section: string;
  /** How it is answered. */
  readonly type: IntakeQuestionType;
  /** The question. */
  readonly text: string;
  /** More about it, where there is more to say. */
  readonly help?: string;
  /** Its answers (none for an `integer` question). */
  readonly options: readonly IntakeOption[];
  /** The smallest answer of an `integer` question. */
  readonly min?: number;
  /** The largest answer of an `integer` question. */
  readonly max?: number;
  /**
   * Whether a form should insist on an answer: the risk and red-flag questions and the age (under
   * the default policy, a client is not cleared without them; a PHQ-9 item 9 answered stands in
   * for the thoughts question), the guardian's consent while shown, and every item of an
   * instrument (its published total needs every item; `assessScope` asks for those that could
   * change the outcome). A follow-up is required only while it is shown.
   */
  readonly required: boolean;
  /** For a follow-up: shown when any of these holds (see {@link isShown}). */
  readonly showWhen?: readonly ShowCondition[];
  /** For a risk question (the risk screen's, and the PHQ-9's item 9): what to show when it is left unanswered. */
  readonly onSkip?: IntakeSkip;
}

/**
 * One section of the intake: the client, the risk screen, context, red flags, indicators,
 * preferences, or one instrument (`instruments.phq9`).
 *
 * @example
 * ```ts
 * import { en } from "coaching-scope/intake/locales/en";
 * buildIntake({ locale: en }).sections.map((s) => s.id);
 * //=> ["client", "risk", "context", "redFlags", "indicators", "preferences", "instruments.phq9", "instruments.gad7"]
 * ```
 */
export interface IntakeSection {
  /** The section's id. */
  readonly id: string;
  /** Its title: an instrument's name for an instrument. */
  readonly title: string;
  /** What the section is about; for an instrument, the question its items answer ("Over the last 2 weeks, …"). */
  readonly help?: string;
  /** For an instrument: the copyright or credit line its licence asks to print beside it. */
  readonly notice?: string;
  /** For an instrument: its id. */
  readonly instrument?: InstrumentId;
  /** Its questions, in order. */
  readonly questions: readonly IntakeQuestion[];
}

/**
 * The intake: a headless form model (data, not markup) in one language.
 *
 * @example
 * ```ts
 * import { en } from "coaching-scope/intake/locales/en";
 * const intake: Intake = buildIntake({ locale: en });
 * intake.language;
 * //=> "en"
 * ```
 */
export interface Intake {
  /** The language of its texts (the locale's code). */
  readonly language: string;
  /** Its writing direction. */
  readonly dir: "ltr" | "rtl";
  /** Its sections, in the order they are asked. */
  readonly sections: readonly IntakeSection[];
}

/**
 * The sections of the intake other than the instruments.
 *
 * @example
 * ```ts
 * const sections: IntakeSectionId[] = ["client", "risk", "redFlags"];
 * ```
 */
export type IntakeSectionId = "client" | "risk" | "context" | "redFlags" | "indicators" | "preferences";

/**
 * A hook into an app's own translations: return the text for an intake key, or `undefined` to
 * use the locale's.
 *
 * @example
 * ```ts
 * const translate: IntakeTranslateFn = (key) => (key === "risk.skipped" ? "…" : undefined);
 * ```
 */
export type IntakeTranslateFn = (key: string, params: MessageParams, fallback: string) => string | undefined;

/**
 * The texts of {@link buildIntake} and {@link nextQuestions}: an intake locale (required: the
 * intake entry carries no texts of its own), and the usual overrides and hook.
 *
 * @example
 * ```ts
 * import { de } from "coaching-scope/intake/locales/de";
 * const options: IntakeLocalizeOptions = { locale: de, overrides: { "section.risk": "Ihre Sicherheit" } };
 * ```
 */
export interface IntakeLocalizeOptions {
  /** The texts: `coaching-scope/intake/locales/<code>`. */
  readonly locale: IntakeLocale;
  /** Texts that replace the locale's, one by one; also how an app supplies texts the locale does not ship (the WHO-5's). */
  readonly overrides?: Readonly<Record<string, string>>;
  /** The app's own translation function, asked first. */
  readonly translate?: IntakeTranslateFn;
  /** Called once per key when a text falls past `translate` (it returned `undefined`). */
  readonly onMissing?: (key: string, localeCode: string) => void;
}

/**
 * Options of {@link buildIntake}.
 *
 * @example
 * ```ts
 * import { en } from "coaching-scope/intake/locales/en";
 * const options: IntakeOptions = { locale: en, instruments: ["phq9", "gad7", "k10"], age: "adult" };
 * ```
 */
export interface IntakeOptions extends IntakeLocalizeOptions {
  /** The sections other than instruments, in the intake's order whatever order they are listed in; all six by default. */
  readonly sections?: readonly IntakeSectionId[];
  /**
   * The instruments, in the registry's order. By default the PHQ-9 and the GAD-7, where the
   * locale (or the app) has their texts. An instrument whose texts nobody supplies is an error.
   */
  readonly instruments?: readonly InstrumentId[];
  /** Ask the age in years (`"years"`, the default), or only whether the client is an adult (`"adult"`: the age follows a "no"). */
  readonly age?: "years" | "adult";
  /** The age from which a client is an adult (the policy's `adultAge`; 18 by default): the guardian's consent is asked below it. */
  readonly adultAge?: number;
}

const DEFAULT_INSTRUMENTS: readonly string[] = ["phq9", "gad7"];

const OWN_SECTIONS = ["client", "risk", "context", "redFlags", "indicators", "preferences"] as const;
const LOCALIZE_KEYS = ["locale", "overrides", "translate", "onMissing"];

interface Texts {
  readonly code: string;
  readonly dir: "ltr" | "rtl";
  /** The text of a key, or `undefined` when no source has it. */
  get(key: string, params?: MessageParams): string | undefined;
  /** Reports a key no source has to `onMissing` (once). */
  missing(key: string): void;
}

/** Reads the localization options once, into a lookup: `translate` → `overrides` → `locale`. */
function textsOf(issues: Issues, options: Readonly<Record<string, unknown>>): Texts | undefined {
  const locale = options["locale"] as IntakeLocale | undefined;
  if (locale === undefined) {
    push(issues, ["locale"], "invalid_type", 'Expected an intake locale (import { en } from "coaching-scope/intake/locales/en"): the intake entry carries no texts of its own');
    return undefined;
  }
  const overrides = (options["overrides"] ?? {}) as Readonly<Record<string, string>>;
  const translate = options["translate"] as IntakeTranslateFn | undefined;
  const onMissing = options["onMissing"] as IntakeLocalizeOptions["onMissing"];
  const reported = new Set<string>();
  const own = (messages: Readonly<Record<string, string>>, key: string) => (Object.hasOwn(messages, key) ? messages[key] : undefined);
  const missing = (key: string): void => {
    if (onMissing !== undefined && !reported.has(key)) {
      reported.add(key);
      onMissing(key, locale.code);
    }
  };
  return {
    code: locale.code,
    dir: locale.dir,
    get(key, params = {}) {
      const found = own(overrides, key) ?? own(locale.messages, key);
      const text = found === undefined ? undefined : fill(compile(found), params);
      if (translate === undefined) return text;
      const mine = translate(key, params, text ?? key);
      if (typeof mine === "string") return mine;
      missing(key);
      return text;
    },
    missing,
  };
}

/** Checks the options shared by every function that gives texts, plus `extra` option names. */
function checkOptions(title: string, options: unknown, extra: readonly string[]): { texts: Texts; options: Readonly<Record<string, unknown>> } {
  return reading(title, () => {
    const issues: Issues = [];
    const read = options === undefined ? undefined : checkLocalizeOptions(issues, options, extra, intakeKeys().all);
    const texts = read === undefined ? undefined : textsOf(issues, read);
    if (issues.length > 0 || texts === undefined || read === undefined) throw new ScopeConfigError(issues.length > 0 ? issues : [{ path: [], code: "invalid_type", message: "Expected options with a locale" }], title);
    return { texts, options: read };
  });
}

/** Each issue once (a missing answer label is missing for every item). */
function once(issues: Issues): Issues {
  const seen = new Set<string>();
  return issues.filter((i) => !seen.has(i.message) && seen.add(i.message) !== undefined);
}

/** Whether the texts of an instrument's questions are there (in the locale, overrides or the hook). */
function hasTexts(texts: Texts, id: string): boolean {
  const k = instrumentKeys(INSTRUMENT_FACTS.get(id)!);
  return k.items.every((key) => texts.get(key) !== undefined);
}

/**
 * One question with its texts. A text nobody supplies is an issue naming its key, or (`lenient`:
 * for `nextQuestions`, where a question is never held back) the key itself, with `onMissing`.
 */
function question(q: QuestionSpec, texts: Texts, issues: Issues, showWhen: readonly ShowCondition[] | undefined, adultAge: number, lenient = false): IntakeQuestion {
  const k = questionKeys(q);
  const need = (key: string, params?: MessageParams): string => {
    const text = texts.get(key, params);
    if (text !== undefined) return text;
    if (lenient) {
      texts.missing(key);
      return key;
    }
    const why = q.instrument !== undefined ? `the locale "${texts.code}" does not ship ${q.instrument.name}'s texts` : `the locale "${texts.code}" lacks it`;
    push(issues, ["overrides", key], "custom", `No text for ${quoteValue(key)}: ${why}. Supply it in overrides or through translate.`);
    return "";
  };
  const params = q.section === "preferences" ? { dimension: need(`dimension.${q.path[1] as string}.label`) } : { adultAge };
  const help = texts.get(k.help);
  return {
    id: q.id,
    path: q.id,
    section: q.section,
    type: q.type,
    text: need(k.text, params),
    ...(help !== undefined && { help }),
    options: q.values.map((value) => ({ value, label: need(k.option(value)) })),
    ...(q.min !== undefined && { min: q.min, max: q.max! }),
    required: q.required,
    ...(showWhen !== undefined && showWhen.length > 0 && { showWhen }),
    ...(q.crisisOnSkip && { onSkip: { action: "show-crisis-resources" as const, text: need("risk.skipped") } }),
  };
}

/** One section with its texts. */
function section(s: SectionSpec, questions: readonly IntakeQuestion[], texts: Texts, issues: Issues): IntakeSection {
  const instrument = s.instrument;
  if (instrument === undefined) {
    const title = texts.get(`section.${s.id}`);
    if (title === undefined) push(issues, ["overrides", `section.${s.id}`], "custom", `No text for "section.${s.id}": the locale "${texts.code}" lacks it. Supply it in overrides or through translate.`);
    const help = texts.get(`section.${s.id}.help`);
    return { id: s.id, title: title ?? "", ...(help !== undefined && { help }), questions };
  }
  const k = instrumentKeys(instrument);
  const help = texts.get(k.stem);
  const notice = texts.get(k.copyright);
  return { id: s.id, title: instrument.name, ...(help !== undefined && { help }), ...(notice !== undefined && { notice }), instrument: instrument.id as InstrumentId, questions };
}

function checkChoice(issues: Issues, path: string, value: unknown, allowed: readonly string[]): readonly string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    push(issues, [path], "invalid_type", `Expected a list of ${allowed.map((a) => `"${a}"`).join(", ")}, received ${quoteValue(value)}`);
    return undefined;
  }
  value.forEach((v, i) => checkEnum(issues, [path, i], v, allowed));
  return value as readonly string[];
}

/**
 * Builds the intake: the questions an app asks before `assessScope`, as a headless form model —
 * sections of questions, each with the `ScreeningInput` path its answer fills, its text and
 * options in the locale's language, whether it is required, and when a follow-up is shown. The
 * app renders it as it likes (React, Vue, plain DOM: docs/intake.md), collects
 * `{ [question.id]: value }`, and turns that into a `ScreeningInput` with
 * {@link toScreeningInput}.
 *
 * The texts come from an intake locale (`coaching-scope/intake/locales/<code>`): the project's
 * own wording for the client, risk, context, red-flag, indicator and preference questions, and
 * the instruments' published texts where their licence lets them ship. Apps supply the others
 * (the WHO-5's, the SCOFF's, and instruments a locale has no official translation of) through
 * `overrides` or `translate`.
 *
 * @throws `ScopeConfigError` (recognise it with `isScopeConfigError` from `coaching-scope`) for a missing or malformed locale, an unknown option,
 *   section or instrument, and for a question whose text nobody supplies (its key is the issue's
 *   path under `overrides`).
 *
 * @example
 * ```ts
 * import { buildIntake } from "coaching-scope/intake";
 * import { en } from "coaching-scope/intake/locales/en";
 *
 * const intake = buildIntake({ locale: en, sections: ["risk"], instruments: [] });
 * intake.sections[0]!.questions.map((q) => q.id);
 * //=> ["risk.imminentDanger", "risk.suicidalThoughts", "risk.suicidalIntentOrPlan", "risk.recentSuicidalBehavior", "risk.selfHarm", "risk.harmToOthers", "risk.pastSuicidalBehavior"]
 * ```
 */
export function buildIntake(options: IntakeOptions): Intake {
  const title = "Invalid intake options";
  const { texts, options: o } = checkOptions(title, options, ["sections", "instruments", "age", "adultAge"]);
  return reading(title, () => {
    const issues: Issues = [];
    const sections = checkChoice(issues, "sections", o["sections"], OWN_SECTIONS) ?? OWN_SECTIONS;
    const chosen = checkChoice(issues, "instruments", o["instruments"], [...INSTRUMENT_FACTS.keys()]);
    const age = o["age"] ?? "years";
    checkEnum(issues, ["age"], age, ["years", "adult"]);
    const adultAge = o["adultAge"];
    if (adultAge !== undefined) checkInt(issues, ["adultAge"], adultAge, 1, 120);
    // One form of a family: the PHQ-9 holds the PHQ-2's items, so an intake asks one or the other.
    const owners = new Map<string, string>();
    (chosen ?? []).forEach((id, i) => {
      const owner = INSTRUMENT_FACTS.get(id)?.owner ?? id;
      const other = owners.get(owner);
      if (other !== undefined && other !== id) push(issues, ["instruments", i], "invalid_value", `${quoteValue(id)} asks items of ${quoteValue(other)}, which is asked already: choose one of them`);
      owners.set(owner, id);
    });
    if (issues.length > 0) throw new ScopeConfigError(issues, title);
    const instruments = chosen ?? DEFAULT_INSTRUMENTS.filter((id) => hasTexts(texts, id));
    const specs = catalogue(adultAge as number | undefined).filter((s) => (s.instrument === undefined ? sections.includes(s.id as IntakeSectionId) : instruments.includes(s.instrument.id)));
    const dropped = age === "years" ? "client.adult" : undefined;
    const asked = new Set(specs.flatMap((s) => s.questions.map((q) => q.id)).filter((id) => id !== dropped));
    const out = specs.map((s) => {
      const questions = s.questions.filter((q) => asked.has(q.id)).map((q) => question(q, texts, issues, q.showWhen?.filter((c) => asked.has(c.question)), (adultAge as number | undefined) ?? DEFAULT_ADULT_AGE));
      return section(s, questions, texts, issues);
    });
    if (issues.length > 0) throw new ScopeConfigError(once(issues), title);
    return deepFreeze({ language: texts.code, dir: texts.dir, sections: out });
  });
}

/**
 * The questions to ask next: for each path of `result.missing`, in order, every question whose
 * path equals it or lies under it (`instruments.phq9` gives the nine PHQ-9 items), and the
 * questions that answer it another way (`client.age` also gives the "18 or over" question;
 * the PHQ-9's `item9` gives its item 9). Each once, with no `showWhen`: the result already
 * says they are needed now.
 *
 * A question whose text nobody supplies (the WHO-5's; the PHQ-9's in French) still comes, with
 * its text's key as its text, and `onMissing` hears of the key: a risk question is never held
 * back because another question lacks a text.
 *
 * @throws `ScopeConfigError` (recognise it with `isScopeConfigError` from `coaching-scope`) for
 *   malformed options; `ScopeInputError` (recognise it with `isScopeInputError` from
 *   `coaching-scope`) when `result` has no list of paths in `missing`.
 *
 * @example
 * ```ts
 * import { en } from "coaching-scope/intake/locales/en";
 * const result = assessScope({ risk: { imminentDanger: false } });
 * nextQuestions(result, { locale: en }).slice(0, 2).map((q) => q.text);
 * //=> ["In the past month, have you thought you would be better off dead, wished you were not alive, or thought about killing yourself?", "In the past 3 months, have you tried to end your life, started to and then stopped or been stopped, or done anything to get ready to?"]
 * ```
 */
export function nextQuestions(result: { readonly missing: readonly string[] }, options: IntakeLocalizeOptions & { readonly adultAge?: number }): IntakeQuestion[] {
  const missing = reading(
    "Invalid assessment result",
    () => {
      const issues: Issues = [];
      const list = isRecord(result) ? readField(issues, ["missing"], result, "missing") : undefined;
      if (!Array.isArray(list) || !list.every((p) => typeof p === "string")) {
        push(issues, ["missing"], "invalid_type", `Expected the result of assessScope, with a list of paths in missing, received ${quoteValue(list ?? result)}`);
        throw new ScopeInputError(issues, "Invalid assessment result");
      }
      return [...(list as string[])];
    },
    true,
  );
  const { texts, options: o } = checkOptions("Invalid intake options", options, ["adultAge"]);
  const issues: Issues = [];
  const adultAge = (o["adultAge"] as number | undefined) ?? DEFAULT_ADULT_AGE;
  if (!checkInt(issues, ["adultAge"], adultAge, 1, 120)) throw new ScopeConfigError(issues, "Invalid intake options");
  const all = catalogue(adultAge).flatMap((s) => s.questions);
  const seen = new Set<string>();
  const out: IntakeQuestion[] = [];
  for (const path of missing) {
    // The questions at or under the path first, then those that answer it another way.
    const at = all.filter((q) => q.id === path || q.id.startsWith(`${path}.`) || q.id.startsWith(`${path}[`));
    for (const q of [...at, ...all.filter((q) => q.also.includes(path))]) {
      if (seen.has(q.id)) continue;
      seen.add(q.id);
      out.push(question(q, texts, issues, undefined, adultAge, true));
    }
  }
  return out;
}

/**
 * Whether a question is shown, given the answers so far: always, unless it is a follow-up
 * (`showWhen`), then when any of its conditions holds.
 *
 * @example
 * ```ts
 * import { en } from "coaching-scope/intake/locales/en";
 * const intent = buildIntake({ locale: en }).sections[1]!.questions[2]!;
 * isShown(intent, { "risk.suicidalThoughts": "active" });
 * //=> true
 * isShown(intent, { "risk.suicidalThoughts": "none" });
 * //=> false
 * ```
 */
export function isShown(question: Pick<IntakeQuestion, "showWhen">, answers: IntakeAnswers): boolean {
  const title = "Invalid arguments of isShown";
  return reading(
    title,
    () => {
      const issues: Issues = [];
      const when = isRecord(question) ? readField(issues, ["question", "showWhen"], question, "showWhen") : undefined;
      if (!isRecord(question)) push(issues, ["question"], "invalid_type", `Expected a question of the intake, received ${quoteValue(question)}`);
      else if (when !== undefined && (!Array.isArray(when) || !when.every((c) => isRecord(c) && typeof c["question"] === "string" && ["=", "<", ">"].includes(c["operator"] as string)))) {
        push(issues, ["question", "showWhen"], "invalid_type", "Expected a list of conditions ({ question, operator, value })");
      }
      if (!isRecord(answers)) push(issues, ["answers"], "invalid_type", `Expected the answers by question id, received ${quoteValue(answers)}`);
      if (issues.length > 0) throw new ScopeInputError(issues, title);
      if (when === undefined) return true;
      return (when as readonly ShowCondition[]).some((c) => {
        const a = Object.hasOwn(answers, c.question) ? answers[c.question] : undefined;
        if (a === undefined || a === null) return false;
        if (Array.isArray(a)) return c.operator === "=" && a.includes(c.value as never);
        if (c.operator === "=") return a === c.value;
        return typeof a === "number" && typeof c.value === "number" && (c.operator === "<" ? a < c.value : a > c.value);
      });
    },
    true,
  );
}

/**
 * The answers an app collects: each question's value by its id; a `multiple` question's is a
 * list. `null` or a missing id is unanswered.
 *
 * @example
 * ```ts
 * const answers: IntakeAnswers = { "risk.imminentDanger": false, "indicators": ["sleep-disturbance"], "instruments.phq9.items[0]": 1 };
 * ```
 */
export type IntakeAnswers = Readonly<Record<string, IntakeValue | readonly IntakeValue[] | null | undefined>>;

