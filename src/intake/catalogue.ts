/**
 * The intake's questions without their texts, derived from the screening input's shape and the
 * registry: every answer a client can give, where it is written (`path`), the values it takes,
 * and when it is asked. Shared by the intake entry and the FHIR reader, which maps items the
 * intake exported back to their paths (so it carries no text).
 *
 * @internal
 * @module
 */
import { DEFAULT_POLICY } from "../policy/policy.js";
import { REGISTRY, type Instrument } from "../instruments/registry.js";
import { DEATH_INDICATOR, RISK_SCREEN_QUESTIONS, screeningInputShape } from "../input/screening-input.js";
import { formatIssuePath } from "../shared/errors.js";
import { fieldShape, type ObjectShape, type Shape } from "../shared/shape.js";

/**
 * A value an answer option writes at its question's path: `true`/`false`, a number (an
 * instrument's item answer, an age) or a string (`"none"`, `"coaching"`, an indicator id).
 *
 * @example
 * ```ts
 * const values: IntakeValue[] = [true, 2, "passive"];
 * ```
 */
export type IntakeValue = boolean | number | string;

/**
 * How a question is answered: `boolean` (yes or no), `choice` (one of its options), `integer`
 * (a whole number from `min` to `max`: the age) or `multiple` (any of its options, as a list).
 *
 * @example
 * ```ts
 * const type: IntakeQuestionType = "choice";
 * ```
 */
export type IntakeQuestionType = "boolean" | "choice" | "integer" | "multiple";

/**
 * One condition of a follow-up question: shown when the answer to `question` is `=`, `<` or `>`
 * than `value` (for a `multiple` question, `=` means the answer includes it). A question with
 * several conditions is shown when any of them holds.
 *
 * @example
 * ```ts
 * const when: ShowCondition = { question: "risk.suicidalThoughts", operator: "=", value: "active" };
 * ```
 */
export interface ShowCondition {
  /** The id of the question whose answer decides. */
  readonly question: string;
  /** How its answer is compared with `value` (as FHIR's `enableWhen.operator`). */
  readonly operator: "=" | "<" | ">";
  /** The value compared with. */
  readonly value: IntakeValue;
}

/** @internal A question without its texts. */
export interface QuestionSpec {
  /** The question's id: its path, written as `result.missing` writes it. */
  readonly id: string;
  readonly path: readonly (string | number)[];
  /** The id of its section. */
  readonly section: string;
  readonly type: IntakeQuestionType;
  /** The values of its options, in the order they are shown (none for an `integer`). */
  readonly values: readonly IntakeValue[];
  readonly min: number | undefined;
  readonly max: number | undefined;
  readonly required: boolean;
  readonly showWhen: readonly ShowCondition[] | undefined;
  /** The instrument it belongs to, its item's index (from 0), or whether it is the gate question. */
  readonly instrument: Instrument | undefined;
  readonly item: number | undefined;
  /** The other paths of `result.missing` it answers (the "18 or over" question answers `client.age`). */
  readonly also: readonly string[];
  /** A risk question: leaving it unanswered shows crisis resources. */
  readonly crisisOnSkip: boolean;
}

/** @internal A section without its texts. */
export interface SectionSpec {
  readonly id: string;
  readonly instrument: Instrument | undefined;
  readonly questions: readonly QuestionSpec[];
}

/** The sections of the input's fields, in the order a client is asked them; the instruments come after. */
const SECTIONS: Readonly<Record<string, readonly string[]>> = {
  client: ["client"],
  risk: ["risk"],
  context: ["medicallyStable", "dailyFunctioningImpaired", "treatment"],
  redFlags: ["redFlags"],
  indicators: ["indicators"],
  preferences: ["preferences"],
};

/**
 * @internal The input's fields no client is asked: a professional's risk assessment, and what the
 * app writes itself (the day of the answers, its own reference). A test checks that every other
 * field of the input is some question's path.
 */
export const NOT_ASKED: readonly string[] = ["risk.assessedRiskLevel", "risk.assessedOn", "answeredOn", "ref"];

/** @internal The prefix of an exported item's `definition`: `urn:coaching-scope:intake:<questionId>`. */
export const INTAKE_URN = "urn:coaching-scope:intake:";

const id = (path: readonly (string | number)[]): string => formatIssuePath(path);

/** The questions a follow-up depends on, by the field of the input. */
function followUps(field: string, adultAge: number, instruments: readonly Instrument[]): readonly ShowCondition[] | undefined {
  const when = (path: readonly (string | number)[], operator: ShowCondition["operator"], value: IntakeValue): ShowCondition => ({ question: id(path), operator, value });
  switch (field) {
    // Intent or plan is asked when thoughts are active, a risk item is above its lowest answer, or thoughts of death were noted.
    case "risk.suicidalIntentOrPlan":
      return [
        when(["risk", "suicidalThoughts"], "=", "active"),
        ...instruments.filter((i) => i.riskIndex !== undefined).map((i) => when(["instruments", i.id, "items", i.riskIndex!], ">", i.answerOrder[0]!)),
        when(["indicators"], "=", DEATH_INDICATOR),
      ];
    case "client.guardianConsent":
      return [when(["client", "age"], "<", adultAge), when(["client", "adult"], "=", false)];
    case "client.age":
      return [when(["client", "adult"], "=", false)];
    case "treatment.professionalSupportsCoaching":
      return [when(["treatment", "inPsychotherapy"], "=", true), when(["treatment", "inPsychiatricCare"], "=", true)];
    default:
      return undefined;
  }
}

/** Whether leaving the question unanswered keeps a client from being cleared under the default policy. */
function isRequired(field: string): boolean {
  const [top, key] = field.split(".");
  if (top === "risk") return (RISK_SCREEN_QUESTIONS as readonly string[]).includes(key!);
  if (top === "redFlags") return DEFAULT_POLICY.requireRedFlags;
  if (field === "client.age" || field === "client.adult") return DEFAULT_POLICY.requireAge;
  return field === "client.guardianConsent";
}

/** The question of one field of the input (`undefined` for a field no client is asked). */
function fieldQuestion(path: readonly string[], shape: Shape, section: string, adultAge: number, instruments: readonly Instrument[]): QuestionSpec | undefined {
  const text = path.join(".");
  if (NOT_ASKED.includes(text)) return undefined;
  const base = { id: id(path), path, section, min: undefined, max: undefined, required: isRequired(text), showWhen: followUps(text, adultAge, instruments), instrument: undefined, item: undefined, crisisOnSkip: section === "risk" };
  const also = text === "client.adult" ? [id(["client", "age"])] : [];
  switch (shape.kind) {
    case "boolean":
      return { ...base, type: "boolean", values: [true, false], also };
    case "enum":
      return { ...base, type: "choice", values: shape.values, also };
    case "set":
      return { ...base, type: "multiple", values: shape.values, also };
    case "number":
      return { ...base, type: "integer", values: [], min: shape.min, max: shape.max, also };
    default:
      return undefined;
  }
}

/** An instrument's questions: its first question (the PC-PTSD-5's exposure), then its items, on its canonical scale. */
function instrumentQuestions(instrument: Instrument): QuestionSpec[] {
  const section = id(["instruments", instrument.id]);
  const [low, high] = instrument.itemRange;
  const values = Array.from({ length: high - low + 1 }, (_, i) => low + i);
  const base = { section, min: undefined, max: undefined, required: true, instrument, crisisOnSkip: false };
  const out: QuestionSpec[] = [];
  const gate = instrument.gate;
  if (gate !== undefined) {
    const path = ["instruments", instrument.id, gate];
    out.push({ ...base, id: id(path), path, type: "boolean", values: [true, false], showWhen: undefined, item: undefined, also: [] });
  }
  const showWhen = gate === undefined ? undefined : [{ question: id(["instruments", instrument.id, gate]), operator: "=" as const, value: true }];
  for (let item = 0; item < instrument.itemCount; item++) {
    const path = ["instruments", instrument.id, "items", item];
    const also = item === instrument.riskIndex ? [id(["instruments", instrument.id, instrument.riskField!])] : [];
    out.push({ ...base, id: id(path), path, type: "choice", values, showWhen, item, also });
  }
  return out;
}

/** @internal Every section and question of the intake, for an age from which a client is an adult. */
export function catalogue(adultAge: number = DEFAULT_POLICY.adultAge): readonly SectionSpec[] {
  const cached = cache.get(adultAge);
  if (cached !== undefined) return cached;
  const shape = screeningInputShape(REGISTRY);
  const instruments = REGISTRY.instruments;
  const sections: SectionSpec[] = [];
  for (const [section, fields] of Object.entries(SECTIONS)) {
    const questions: QuestionSpec[] = [];
    for (const field of fields) {
      const s = fieldShape(shape.fields[field]!);
      const leaves: [string[], Shape][] = s.kind === "object" ? Object.entries((s as ObjectShape).fields).map(([k, f]) => [[field, k], fieldShape(f)]) : [[[field], s]];
      for (const [path, leaf] of leaves) {
        const q = fieldQuestion(path, leaf, section, adultAge, instruments);
        if (q !== undefined) questions.push(q);
      }
    }
    sections.push({ id: section, instrument: undefined, questions });
  }
  for (const instrument of instruments) sections.push({ id: id(["instruments", instrument.id]), instrument, questions: instrumentQuestions(instrument) });
  cache.set(adultAge, sections);
  return sections;
}
const cache = new Map<number, readonly SectionSpec[]>();

/** @internal Every question by its id. */
export function questionsById(): ReadonlyMap<string, QuestionSpec> {
  return (byId ??= new Map(catalogue().flatMap((s) => s.questions.map((q) => [q.id, q] as const))));
}
let byId: ReadonlyMap<string, QuestionSpec> | undefined;
