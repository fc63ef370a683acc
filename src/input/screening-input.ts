/**
 * The screening input: its public types, and its shape, derived from the instrument registry,
 * from which the validator, the zod schema, the JSON Schema and the tests' generators are built.
 *
 * @module
 */
import { DIMENSION_IDS, MODALITY_IDS, type DimensionId, type ModalityId } from "../model/model.js";
import type { GateField, InstrumentId, ItemsScaleId, Registry, RiskField, TotalScaleId } from "../instruments/registry.js";
import { RED_FLAG_IDS, type RedFlagId } from "./referral.js";
import type { Answer } from "../instruments/scoring.js";
import { bool, date, instrumentAnswers, int, partial, set, severity, str, type Infer, type ObjectShape, type Shape } from "../shared/shape.js";

/**
 * The ten ICF referral indicators, by the library's short ids (labels paraphrased from
 * the ICF's "Top 10 indicators to refer a client to a mental-health professional"):
 *
 * | id | indicator |
 * |---|---|
 * | `low-mood` | less ability to feel pleasure; more sadness or helplessness (hopelessness has its own id) |
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
 * @internal The questions about the person's safety that must be answered before coaching, in
 * the order people are asked them (intent or plan only when it is asked: see `unansweredRisk`).
 */
export const RISK_SCREEN_QUESTIONS = /* @__PURE__ */ Object.freeze(["imminentDanger", "suicidalThoughts", "suicidalIntentOrPlan", "recentSuicidalBehavior", "selfHarm", "harmToOthers"] as const);

/** @internal The ICF's tenth indicator, thoughts of death or suicide: its own rule, never counted with the others. */
export const DEATH_INDICATOR = "thoughts-of-death" satisfies IndicatorId;

/**
 * Generic risk answers: the app asks its own questions (or takes a professional's
 * assessment) and records the answers here. No licensed instrument's text is used.
 *
 * @example
 * ```ts
 * const risk: RiskAnswers = { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false };
 * ```
 */
export interface RiskAnswers {
  /** At immediate risk of harming oneself or someone else, or a medical emergency, now. */
  readonly imminentDanger?: boolean | undefined;
  /** Thoughts in the past month. `passive`: wishing to be dead; `active`: thinking of killing oneself. */
  readonly suicidalThoughts?: "none" | "passive" | "active" | undefined;
  /** Intent to act on thoughts of suicide, or a plan, in the past month. Asked when thoughts are active (or PHQ-9 item 9 is above 0, or thoughts of death were noted). */
  readonly suicidalIntentOrPlan?: boolean | undefined;
  /** An attempt, or an act to prepare for one, in the past 3 months. */
  readonly recentSuicidalBehavior?: boolean | undefined;
  /** Deliberately injuring oneself in the past 3 months. */
  readonly selfHarm?: boolean | undefined;
  /** Intent or plan to harm someone else in the past month. */
  readonly harmToOthers?: boolean | undefined;
  /** An attempt, or an act to prepare for one, more than 3 months ago. */
  readonly pastSuicidalBehavior?: boolean | undefined;
  /** From a mental-health professional's risk assessment. */
  readonly assessedRiskLevel?: "low" | "moderate" | "high" | undefined;
  /** The day of that assessment, `YYYY-MM-DD`: it stands in for unanswered questions only while recent (`policy.assessmentValidDays`, with `asOf`). */
  readonly assessedOn?: string | undefined;
}

/** The scale field of an instrument's answers, where its answers are published on more than one scale. */
type ScaleField<S> = [S] extends [never] ? unknown : { readonly scale: S };

/**
 * An instrument's answers: every item (`null` for unanswered), or a total alone. An instrument
 * with a risk item (the PHQ-9) also takes that item's answer beside a total (`item9`), since a
 * total alone leaves the risk question unknown. Where answers are published on two scales, the
 * input names the one used (`scale`): K10 and K6 items and totals (`"1-5"` or `"0-4"`), WHO-5
 * totals (`"raw"` or `"percent"`). Scores are reported on the canonical scale. An instrument
 * that asks a question first (the PC-PTSD-5's trauma `exposure`) takes its answer, always:
 * `false` scores the lowest total and takes no other answer.
 *
 * @example
 * ```ts
 * const gad7: InstrumentInput<"gad7"> = { items: [1, 0, 2, null, 1, 0, 1] };
 * const pcptsd5: InstrumentInput<"pcptsd5"> = { exposure: false };
 * const phq9: InstrumentInput<"phq9"> = { total: 7, item9: 0 };
 * const k10: InstrumentInput<"k10"> = { total: 18, scale: "0-4" };
 * ```
 */
export type InstrumentInput<I extends InstrumentId = InstrumentId> = I extends InstrumentId
  ? [GateField<I>] extends [never]
    ? InstrumentAnswersOf<I>
    : { readonly [K in GateField<I>]: false } | ({ readonly [K in GateField<I>]: true } & InstrumentAnswersOf<I>)
  : never;

/**
 * An instrument's item answers or total, without its gate question (see {@link InstrumentInput}).
 *
 * @example
 * ```ts
 * const answers: InstrumentAnswersOf<"pcptsd5"> = { items: [1, 1, 0, 1, 1] };
 * ```
 */
export type InstrumentAnswersOf<I extends InstrumentId = InstrumentId> = I extends InstrumentId
  ?
      | ({
          /** Exactly the instrument's item count of answers, in form order, `null` for unanswered. */
          readonly items: readonly Answer[];
        } & ScaleField<ItemsScaleId<I>>)
      | ({
          /** The total alone: an integer in the instrument's total range on its scale; never accepted with `items`. */
          readonly total: number;
        } & ScaleField<TotalScaleId<I>> & { readonly [K in RiskField<I>]?: number | undefined })
  : never;

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
  /** The treating professional supports coaching alongside the treatment (`false`: advises against it). */
  readonly professionalSupportsCoaching?: boolean | undefined;
  /** Discharged from psychiatric inpatient care or a crisis team in the past 3 months. */
  readonly recentDischarge?: boolean | undefined;
}

/**
 * Current signs (past month, not past diagnoses) that send a client somewhere other than
 * coaching: `true` (present), `false` (absent); each left out is unanswered. {@link RED_FLAGS}
 * says where each one refers.
 *
 * @example
 * ```ts
 * const redFlags: RedFlagAnswers = { psychosis: false, mania: false, "substance-use": true, "eating-disorder": false, "abuse-or-violence": false, "cognitive-decline": false };
 * ```
 */
export type RedFlagAnswers = { readonly [F in RedFlagId]?: boolean | undefined };

/**
 * About the client: age (or only whether they are an adult), a guardian's consent for a minor,
 * and whether they are pregnant or gave birth in the past 12 months.
 *
 * @example
 * ```ts
 * const client: ClientInfo = { age: 16, guardianConsent: true };
 * ```
 */
export interface ClientInfo {
  /** Age in whole years (0 to 120). */
  readonly age?: number | undefined;
  /** Whether the client is at least the policy's `adultAge`, where the age itself is not asked. */
  readonly adult?: boolean | undefined;
  /** For a minor: a parent or guardian consents to coaching. */
  readonly guardianConsent?: boolean | undefined;
  /** Pregnant, or gave birth in the past 12 months. */
  readonly perinatal?: boolean | undefined;
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
 *   risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false },
 *   instruments: { phq9: { items: [1, 0, 1, 0, 1, 0, 0, 1, 0] } },
 *   indicators: ["sleep-disturbance"],
 *   preferences: { timeFocus: "coaching", orientation: "coaching" },
 * };
 * ```
 */
export interface ScreeningInput {
  /** Answers to the app's own risk questions. */
  readonly risk?: RiskAnswers | undefined;
  /** About the client: age, a guardian's consent, perinatal. */
  readonly client?: ClientInfo | undefined;
  /** Current signs that send the client elsewhere (each unanswered one is asked by default). */
  readonly redFlags?: RedFlagAnswers | undefined;
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
  /** The day the answers were given, `YYYY-MM-DD`: with `asOf`, answers older than their window must be asked again. */
  readonly answeredOn?: string | undefined;
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
  pastSuicidalBehavior: bool(true),
  assessedRiskLevel: severity(["low", "moderate", "high"]),
  assessedOn: date(),
});
// Being in care is neither better nor worse: it changes which rules apply.
const TREATMENT = /* @__PURE__ */ partial({ inPsychotherapy: bool(), inPsychiatricCare: bool(), professionalSupportsCoaching: bool(false), recentDischarge: bool(true) });

/** The oldest age accepted, in whole years. */
const AGE_MAX = 120;
// The youngest age, no adult, no consent and perinatal are the answers that ask the most care.
const CLIENT = /* @__PURE__ */ partial({ age: int(0, AGE_MAX, 0), adult: bool(false), guardianConsent: bool(false), perinatal: bool(true) });
const RED_FLAGS_SHAPE = /* @__PURE__ */ (() => {
  const fields: Record<string, Shape> = {};
  for (const id of RED_FLAG_IDS) fields[id] = bool(true);
  return partial(fields) as unknown as ObjectShape<RedFlagAnswers>;
})();

/** Which column each preference may name; "psychotherapy" is the answer further from coaching. */
const PREFERENCES = /* @__PURE__ */ (() => {
  const fields: Record<string, Shape> = {};
  for (const id of DIMENSION_IDS) fields[id] = severity(MODALITY_IDS);
  return partial(fields) as unknown as ObjectShape<Preferences>;
})();

/** Every field but the instruments, which come from the registry. */
const FIELDS = /* @__PURE__ */ (() => ({
  risk: RISK,
  client: CLIENT,
  redFlags: RED_FLAGS_SHAPE,
  medicallyStable: bool(false),
  dailyFunctioningImpaired: bool(true),
  indicators: set(INDICATOR_IDS, "indicator", "an"),
  treatment: TREATMENT,
  preferences: PREFERENCES,
  answeredOn: date(),
  ref: str(REF_MAX),
}))();

/** @internal The shape of a screening input, for a registry's instruments. */
export function screeningInputShape(registry: Registry): ObjectShape<ScreeningInput> {
  const instruments: Record<string, Shape> = {};
  for (const instrument of registry.instruments) instruments[instrument.id] = instrumentAnswers(instrument);
  const { risk, client, redFlags, medicallyStable, dailyFunctioningImpaired, ...rest } = FIELDS;
  // The instruments in their documented place, after the context answers.
  return partial({ risk, client, redFlags, medicallyStable, dailyFunctioningImpaired, instruments: partial(instruments), ...rest }) as unknown as ObjectShape<ScreeningInput>;
}

// The shapes and the documented types must agree: a compile error here means they drifted.
// (The instruments' type is derived from the registry's types, their shape from its data.)
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
// eslint-disable-next-line @typescript-eslint/no-unused-vars
type ShapesMatch = [
  Assert<Same<Infer<typeof RISK>, RiskAnswers>>,
  Assert<Same<Infer<typeof TREATMENT>, TreatmentStatus>>,
  Assert<Same<Infer<typeof CLIENT>, ClientInfo>>,
  Assert<Same<Infer<ReturnType<typeof partial<typeof FIELDS>>>, Omit<ScreeningInput, "instruments">>>,
];
