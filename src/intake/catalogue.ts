/**
 * The intake's questions without their texts, as the intake entry and the FHIR reader use them:
 * read from `src/generated/intake.ts`, which `npm run schemas` derives from the input's shape,
 * the registry and the default policy (`src/intake/derive.ts`), so that neither entry carries
 * the registry for them.
 *
 * @internal
 * @module
 */
import { INTAKE_CATALOGUE } from "../generated/intake.js";
import { formatIssuePath } from "../shared/errors.js";

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

/** @internal What the intake needs of an instrument (derived from its definition). */
export interface InstrumentFacts {
  readonly id: string;
  readonly name: string;
  readonly itemCount: number;
  /** One item's lowest and highest answer on its canonical scale. */
  readonly itemRange: readonly [number, number];
  /** Its canonical scale, which the intake's questions use. */
  readonly scale: string;
  /** Whether its items name their scale (published on more than one). */
  readonly scaled?: true;
  /** The field of its first question (`exposure`), where it has one. */
  readonly gate?: string;
  /** Its risk item's index (from 0), and the field that carries its answer beside a total (`item9`). */
  readonly riskIndex?: number;
  readonly riskField?: string;
  /** The instrument whose items its items are (`itemsOf`), and which. */
  readonly owner?: string;
  readonly ownerItems?: readonly number[];
  /** Its verified LOINC codes: the panel, each item's, and its answers' with their scores. */
  readonly panel?: string;
  readonly itemCodes?: readonly string[];
  readonly answerCodes?: Readonly<Record<string, number>>;
}

/** @internal One question as the generated data writes it: what is left out is derived. */
export interface QuestionData {
  /** Its id: its path, written as `result.missing` writes it. */
  readonly id: string;
  readonly type: IntakeQuestionType;
  /** Its answers' values; left out for a yes/no question (`true`, `false`). */
  readonly values?: readonly IntakeValue[];
  readonly min?: number;
  readonly max?: number;
  readonly required?: true;
  readonly showWhen?: readonly ShowCondition[];
  /** The other paths of `result.missing` it answers (the "18 or over" question answers `client.age`). */
  readonly also?: readonly string[];
  /** An instrument's first question (the PC-PTSD-5's exposure). */
  readonly gate?: true;
  /** A risk question (the risk screen's, and an instrument's risk item): leaving it unanswered shows crisis resources. */
  readonly crisisOnSkip?: true;
  /** Its most severe answer, where its answers have an order of severity (the input's shape says which). */
  readonly severe?: IntakeValue;
}

/** @internal The generated catalogue. */
export interface CatalogueData {
  /** The adult age the follow-ups were derived for (the default policy's). */
  readonly adultAge: number;
  readonly instruments: readonly InstrumentFacts[];
  /** The sections: an instrument's has no questions here, they follow from its facts. */
  readonly sections: readonly { readonly id: string; readonly instrument?: string; readonly questions?: readonly QuestionData[] }[];
}

/** @internal A question without its texts. */
export interface QuestionSpec {
  readonly id: string;
  readonly path: readonly (string | number)[];
  readonly section: string;
  readonly type: IntakeQuestionType;
  readonly values: readonly IntakeValue[];
  readonly min: number | undefined;
  readonly max: number | undefined;
  readonly required: boolean;
  readonly showWhen: readonly ShowCondition[] | undefined;
  /** The instrument it belongs to, and its item's index (from 0; none for the first question). */
  readonly instrument: InstrumentFacts | undefined;
  readonly item: number | undefined;
  readonly also: readonly string[];
  /** A risk question (the risk screen's, or an instrument's risk item): leaving it unanswered shows crisis resources. */
  readonly crisisOnSkip: boolean;
  /** Its most severe answer, where its answers have one; a choice's values run from the least severe to the most. */
  readonly severe: IntakeValue | undefined;
}

/** @internal A section without its texts. */
export interface SectionSpec {
  readonly id: string;
  readonly instrument: InstrumentFacts | undefined;
  readonly questions: readonly QuestionSpec[];
}

/** @internal The code system of the intake's own answer codes (a choice's value is its code). */
export const INTAKE_ANSWERS = "urn:coaching-scope:intake";

/** @internal The prefix of an exported item's `definition`: `urn:coaching-scope:intake:<questionId>`. */
export const INTAKE_URN = `${INTAKE_ANSWERS}:`;

/** @internal The instruments' facts, by id, in the registry's order. */
export const INSTRUMENT_FACTS: ReadonlyMap<string, InstrumentFacts> = /* @__PURE__ */ new Map(INTAKE_CATALOGUE.instruments.map((i) => [i.id, i]));

/** @internal The default policy's adult age, for which the follow-ups were derived. */
export const DEFAULT_ADULT_AGE: number = INTAKE_CATALOGUE.adultAge;

/** A question id's path: its keys, and an item's index (`instruments.phq9.items[8]`). */
const pathOf = (id: string): (string | number)[] => id.match(/[^.[\]]+/g)!.map((k) => (/^\d+$/.test(k) ? Number(k) : k));

/**
 * An instrument's questions: its first question (the PC-PTSD-5's exposure), then its items on
 * its canonical scale, all required, shown after a yes to the first; its risk item (the PHQ-9's
 * item 9) also answers a total's `item9`, and skipping it shows crisis resources.
 */
function instrumentQuestions(i: InstrumentFacts): QuestionData[] {
  const at = (...keys: (string | number)[]) => formatIssuePath(["instruments", i.id, ...keys]);
  const out: QuestionData[] = [];
  if (i.gate !== undefined) out.push({ id: at(i.gate), type: "boolean", required: true, gate: true });
  const showWhen = i.gate === undefined ? undefined : [{ question: at(i.gate), operator: "=" as const, value: true }];
  const values = Array.from({ length: i.itemRange[1] - i.itemRange[0] + 1 }, (_, k) => i.itemRange[0] + k);
  for (let item = 0; item < i.itemCount; item++) {
    const risk = item === i.riskIndex;
    out.push({ id: at("items", item), type: "choice", values, required: true, ...(showWhen !== undefined && { showWhen }), ...(risk && { also: [at(i.riskField!)], crisisOnSkip: true as const }) });
  }
  return out;
}

/** @internal Every section and question of the intake, for an age from which a client is an adult. */
export function catalogue(adultAge: number = DEFAULT_ADULT_AGE): readonly SectionSpec[] {
  // Built on each call (about a hundred small objects): nothing is kept between calls.
  return INTAKE_CATALOGUE.sections.map((s): SectionSpec => {
    const instrument = s.instrument === undefined ? undefined : INSTRUMENT_FACTS.get(s.instrument);
    let item = 0;
    const questions = (instrument === undefined ? s.questions! : instrumentQuestions(instrument)).map((q): QuestionSpec => {
      // The guardian's consent follows an age under the adult age the app's policy sets.
      const showWhen = q.showWhen?.map((c) => (c.question === "client.age" && c.operator === "<" ? { ...c, value: adultAge } : c));
      return {
        id: q.id,
        path: pathOf(q.id),
        section: s.id,
        type: q.type,
        values: q.values ?? [true, false],
        min: q.min,
        max: q.max,
        required: q.required === true,
        showWhen,
        instrument,
        item: instrument === undefined || q.gate === true ? undefined : item++,
        also: q.also ?? [],
        crisisOnSkip: q.crisisOnSkip === true,
        severe: q.severe,
      };
    });
    return { id: s.id, instrument, questions };
  });
}

/** @internal Every question by its id (built on each call: take it once per task). */
export function questionsById(): ReadonlyMap<string, QuestionSpec> {
  return new Map(catalogue().flatMap((s) => s.questions.map((q) => [q.id, q] as const)));
}
