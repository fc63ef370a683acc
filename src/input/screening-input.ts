/**
 * The screening input: its public types, and its shape, derived from the instrument registry,
 * from which the validator, the zod schema, the JSON Schema and the tests' generators are built.
 *
 * @module
 */
import { DIMENSION_IDS, MODALITY_IDS, type DimensionId, type ModalityId } from "../model/model.js";
import type { InstrumentId, Registry, RiskField } from "../instruments/registry.js";
import type { Answer } from "../instruments/scoring.js";
import { bool, instrumentAnswers, partial, set, severity, str, type Infer, type ObjectShape, type Shape } from "../shared/shape.js";

/**
 * The ten ICF referral indicators, by the library's short ids (labels paraphrased from
 * the ICF's "Top 10 indicators to refer a client to a mental-health professional"):
 *
 * | id | indicator |
 * |---|---|
 * | `low-mood` | less ability to feel pleasure; more sadness, hopelessness, helplessness |
 * | `poor-concentration` | intrusive thoughts, or cannot concentrate or focus |
 * | `sleep-disturbance` | cannot get to sleep, wakes and cannot get back to sleep, or sleeps too much |
 * | `appetite-change` | change in appetite, up or down |
 * | `survivor-guilt` | guilt because others have suffered or died |
 * | `hopelessness` | despair or hopelessness |
 * | `hyperalert-or-exhausted` | hyper-alert, or excessively tired |
 * | `irritability` | more irritability or outbursts of anger |
 * | `impulsive-risk-taking` | impulsive, risk-taking behaviour |
 * | `thoughts-of-death` | thoughts of death and/or suicide: refer immediately |
 *
 * @example
 * ```ts
 * const noted: IndicatorId[] = ["sleep-disturbance", "irritability"];
 * ```
 */
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/**
 * Every indicator id, in the ICF list's order.
 *
 * @example
 * ```ts
 * INDICATOR_IDS.length;
 * //=> 10
 * ```
 */
export const INDICATOR_IDS = /* @__PURE__ */ Object.freeze([
  "low-mood",
  "poor-concentration",
  "sleep-disturbance",
  "appetite-change",
  "survivor-guilt",
  "hopelessness",
  "hyperalert-or-exhausted",
  "irritability",
  "impulsive-risk-taking",
  "thoughts-of-death",
] as const);

/**
 * Generic risk answers: the app asks its own questions (or takes a professional's
 * assessment) and records the answers here. No licensed instrument's text is used.
 *
 * @example
 * ```ts
 * const risk: RiskAnswers = { imminentDanger: false, suicidalThoughts: "none" };
 * ```
 */
export interface RiskAnswers {
  /** At immediate risk to self or others, or a medical emergency. */
  readonly imminentDanger?: boolean | undefined;
  /** `passive`: wishes to be dead; `active`: thinks of killing oneself. */
  readonly suicidalThoughts?: "none" | "passive" | "active" | undefined;
  /** Intent to act, or a plan, in the past month. */
  readonly suicidalIntentOrPlan?: boolean | undefined;
  /** Any attempt or preparatory act in the past 3 months. */
  readonly recentSuicidalBehavior?: boolean | undefined;
  /** Current self-harm. */
  readonly selfHarm?: boolean | undefined;
  /** Intent or plan to harm someone. */
  readonly harmToOthers?: boolean | undefined;
  /** From a professional's assessment with a licensed instrument. */
  readonly assessedRiskLevel?: "low" | "moderate" | "high" | undefined;
}

/**
 * An instrument's answers: every item (`null` for unanswered) on the canonical scale, or a total
 * alone. An instrument with a risk item (the PHQ-9) also takes that item's answer beside a
 * total (`item9`), since a total alone leaves the risk question unknown.
 *
 * @example
 * ```ts
 * const gad7: InstrumentInput<"gad7"> = { items: [1, 0, 2, null, 1, 0, 1] };
 * const phq9: InstrumentInput<"phq9"> = { total: 7, item9: 0 };
 * ```
 */
export type InstrumentInput<I extends InstrumentId = InstrumentId> =
  | {
      /** Exactly the instrument's item count of answers, in form order, `null` for unanswered. */
      readonly items: readonly Answer[];
    }
  | ({
      /** The total alone: an integer in the instrument's total range; never accepted with `items`. */
      readonly total: number;
    } & { readonly [K in RiskField<I>]?: number | undefined });

/**
 * PHQ-9 answers: every item, or a total with item 9 (a total alone leaves item 9, the
 * risk question, unknown).
 *
 * @example
 * ```ts
 * const phq9: Phq9Input = { total: 7, item9: 0 };
 * ```
 */
export type Phq9Input = InstrumentInput<"phq9">;

/**
 * Answers to the standard instruments, one field per instrument; `INSTRUMENTS[id]` gives each
 * one's item count, item range and total range.
 *
 * @example
 * ```ts
 * const instruments: InstrumentAnswers = { phq9: { items: [0, 1, 0, 0, 1, 0, 0, 0, 0] }, k6: { total: 4 } };
 * ```
 */
export type InstrumentAnswers = { readonly [I in InstrumentId]?: InstrumentInput<I> | undefined };

/**
 * Whether the client is in treatment, and whether the treating professional supports
 * coaching alongside it.
 *
 * @example
 * ```ts
 * const treatment: TreatmentStatus = { inPsychotherapy: true, professionalSupportsCoaching: true };
 * ```
 */
export interface TreatmentStatus {
  /** The client is currently in psychotherapy. */
  readonly inPsychotherapy?: boolean | undefined;
  /** The client is currently in psychiatric care. */
  readonly inPsychiatricCare?: boolean | undefined;
  /** The treating professional supports coaching alongside the treatment. */
  readonly professionalSupportsCoaching?: boolean | undefined;
}

/**
 * Which column of the comparison the client's request matches, dimension by dimension.
 *
 * @example
 * ```ts
 * const preferences: Preferences = { timeFocus: "coaching", driver: "psychotherapy" };
 * ```
 */
export type Preferences = { readonly [D in DimensionId]?: ModalityId | undefined };

/**
 * What an intake knows about a client. Every field is optional; unknown keys are rejected at
 * every depth, so a typo is an error, never silently ignored.
 *
 * @example
 * ```ts
 * const input: ScreeningInput = {
 *   risk: { imminentDanger: false, suicidalThoughts: "none" },
 *   instruments: { phq9: { items: [1, 0, 1, 0, 1, 0, 0, 1, 0] } },
 *   indicators: ["sleep-disturbance"],
 *   preferences: { timeFocus: "coaching", orientation: "coaching" },
 * };
 * ```
 */
export interface ScreeningInput {
  /** Answers to the app's own risk questions. */
  readonly risk?: RiskAnswers | undefined;
  /** The source's precondition for coaching: "medically stable (not in imminent danger)". */
  readonly medicallyStable?: boolean | undefined;
  /** The concerns interfere with daily functioning (an ICF reason to refer). */
  readonly dailyFunctioningImpaired?: boolean | undefined;
  /** Answers to the standard screening instruments. */
  readonly instruments?: InstrumentAnswers | undefined;
  /** ICF referral indicators noted, without duplicates. */
  readonly indicators?: readonly IndicatorId[] | undefined;
  /** Whether the client is in treatment, and whether the professional supports coaching. */
  readonly treatment?: TreatmentStatus | undefined;
  /** Which modality the client's request matches, dimension by dimension. */
  readonly preferences?: Preferences | undefined;
  /** The caller's own reference (a record id), echoed in the result's `ref`; at most 200 characters. */
  readonly ref?: string | undefined;
}

/** The longest `ref` accepted. */
const REF_MAX = 200;

const RISK = /* @__PURE__ */ partial({
  imminentDanger: bool(true),
  suicidalThoughts: severity(["none", "passive", "active"]),
  suicidalIntentOrPlan: bool(true),
  recentSuicidalBehavior: bool(true),
  selfHarm: bool(true),
  harmToOthers: bool(true),
  assessedRiskLevel: severity(["low", "moderate", "high"]),
});
// Being in care is neither better nor worse: it changes which rules apply.
const TREATMENT = /* @__PURE__ */ partial({ inPsychotherapy: bool(), inPsychiatricCare: bool(), professionalSupportsCoaching: bool(false) });

/** Which column each preference may name; "psychotherapy" is the answer further from coaching. */
const PREFERENCES = /* @__PURE__ */ (() => {
  const fields: Record<string, Shape> = {};
  for (const id of DIMENSION_IDS) fields[id] = severity(MODALITY_IDS);
  return partial(fields) as unknown as ObjectShape<Preferences>;
})();

/** Every field but the instruments, which come from the registry. */
const FIELDS = /* @__PURE__ */ (() => ({
  risk: RISK,
  medicallyStable: bool(false),
  dailyFunctioningImpaired: bool(true),
  indicators: set(INDICATOR_IDS, "indicator", "an"),
  treatment: TREATMENT,
  preferences: PREFERENCES,
  ref: str(REF_MAX),
}))();

/** @internal The shape of a screening input, for a registry's instruments. */
export function screeningInputShape(registry: Registry): ObjectShape<ScreeningInput> {
  const instruments: Record<string, Shape> = {};
  for (const instrument of registry.instruments) instruments[instrument.id] = instrumentAnswers(instrument);
  const { risk, medicallyStable, dailyFunctioningImpaired, ...rest } = FIELDS;
  // The instruments in their documented place, after the context answers.
  return partial({ risk, medicallyStable, dailyFunctioningImpaired, instruments: partial(instruments), ...rest }) as unknown as ObjectShape<ScreeningInput>;
}

// The shapes and the documented types must agree: a compile error here means they drifted.
// (The instruments' type is derived from the registry's types, their shape from its data.)
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
// eslint-disable-next-line @typescript-eslint/no-unused-vars
type ShapesMatch = [
  Assert<Same<Infer<typeof RISK>, RiskAnswers>>,
  Assert<Same<Infer<typeof TREATMENT>, TreatmentStatus>>,
  Assert<Same<Infer<ReturnType<typeof partial<typeof FIELDS>>>, Omit<ScreeningInput, "instruments">>>,
];
