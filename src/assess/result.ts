/**
 * The result of a screen, typed: each reason's evidence has a known type per code.
 *
 * @module
 */
import type { InstrumentId, MeasureId, ReferringScreenId, RiskField, RiskItemInstrumentId, ShortFormId } from "../instruments/registry.js";
import type { InstrumentScore } from "../instruments/scoring.js";
import type { ClientInfo, RiskAnswers, TreatmentStatus } from "../input/screening-input.js";
import type { RedFlagId } from "../input/referral.js";
import type { Policy } from "../policy/policy.js";
import type { ReferringScreenEvidence, ScoreEvidence, ScreenEvidence } from "../rules/instruments.js";
import type { ReasonKind, ScopeLevel } from "../rules/levels.js";
import type { FitSummary } from "../rules/rule.js";
import type { FixedRule, ReasonCode } from "../rules/table.js";
import type { Infer } from "../shared/shape.js";

/** The evidence shape of a rule that does not come from the registry. */
type FixedEvidence<C extends FixedRule["code"]> = Infer<Extract<FixedRule, { readonly code: C }>["evidence"]>;

/**
 * The evidence of one reason code: the answers, scores and thresholds that made its rule fire.
 * Score reasons carry `min` and `max` as numbers and `score` as the text their message shows.
 *
 * @example
 * ```ts
 * const evidence: ReasonEvidenceOf<"phq9-item9"> = { item9: 2 };
 * const danger: ReasonEvidenceOf<"imminent-danger"> = { imminentDanger: true };
 * ```
 */
export type ReasonEvidenceOf<C extends ReasonCode> = C extends FixedRule["code"]
  ? FixedEvidence<C>
  : C extends MeasureId
    ? ScoreEvidence<C>
    : C extends ReferringScreenId
      ? ReferringScreenEvidence<C>
      : C extends `${infer S extends ShortFormId}-positive`
      ? ScreenEvidence<S>
      : C extends `${infer I extends RiskItemInstrumentId}-item${string}`
        ? { readonly [K in RiskField<I>]: number }
        : never;

/**
 * The evidence of any reason: the union of every code's evidence type.
 *
 * @example
 * ```ts
 * const evidence: ReasonEvidence = { instrument: "phq9", score: "12", min: 12, max: 12, band: "moderate", complete: true, threshold: 10, thresholdName: "refer" };
 * ```
 */
export type ReasonEvidence = { [C in ReasonCode]: ReasonEvidenceOf<C> }[ReasonCode];

/**
 * One reason for the level: which rule fired, at what level, why (a localized sentence a
 * coach can read to the client), and on what evidence. A union on `code`: narrowing on the code
 * gives the evidence its type.
 *
 * @example
 * ```ts
 * const reason = assessScope({ risk: { imminentDanger: false }, instruments: { phq9: { total: 12, item9: 0 } } }).reasons[0];
 * reason?.code === "phq9" ? reason.evidence.band : undefined;
 * //=> "moderate"
 * ```
 */
export type ScopeReason = {
  [C in ReasonCode]: {
    /** Which rule fired. */
    readonly code: C;
    /** What the rule is about: risk, context, symptom, fit or completeness. */
    readonly kind: ReasonKind;
    /** The level this reason gives; the assessment's level is the most severe of these. */
    readonly level: ScopeLevel;
    /** Why, as a localized sentence a coach can read to the client. */
    readonly message: string;
    /** The answers, scores and thresholds that made the rule fire. */
    readonly evidence: ReasonEvidenceOf<C>;
  };
}[ReasonCode];

/**
 * A path in `missing`: the input field whose answer would let the assessment go further, in
 * the library's dotted form (`risk.imminentDanger`, `instruments.phq9.items[8]`).
 *
 * @example
 * ```ts
 * const path: MissingPath = "instruments.phq9.items[8]";
 * ```
 */
export type MissingPath =
  | `risk.${keyof RiskAnswers & string}`
  | `treatment.${keyof TreatmentStatus & string}`
  | `client.${keyof ClientInfo & string}`
  | `redFlags.${RedFlagId}`
  | "medicallyStable"
  | "dailyFunctioningImpaired"
  | "indicators"
  | `instruments.${InstrumentId}`
  | `instruments.${InstrumentId}.items[${number}]`
  | { [I in RiskItemInstrumentId]: `instruments.${I}.${RiskField<I>}` }[RiskItemInstrumentId];

/**
 * The score of every instrument given, keyed by its id, on the canonical scale.
 *
 * @example
 * ```ts
 * const scores: InstrumentScores = { phq9: { min: 12, max: 12, complete: true, band: "moderate" } };
 * ```
 */
export type InstrumentScores = { readonly [I in InstrumentId]?: InstrumentScore<I> };

/**
 * Where a result came from: the library and its version, the policy (as a stable hash of the
 * resolved policy: equal policies give equal ids everywhere) and the locale of its messages.
 *
 * @example
 * ```ts
 * assessScope({ risk: { imminentDanger: true } }).meta.library;
 * //=> "coaching-scope"
 * ```
 */
export interface AssessmentMeta {
  /** Always `"coaching-scope"`. */
  readonly library: "coaching-scope";
  /** The library's version. */
  readonly version: string;
  /** A stable hash (16 hex digits) of the resolved policy's canonical JSON. */
  readonly policyId: string;
  /** The code of the locale the messages are in. */
  readonly locale: string;
}

/**
 * The result of a screen. `level` is the most severe level among `reasons` (`coaching`
 * when there are none); `inScope` is true for `coaching` and `coaching-with-care` only;
 * `worstCase` is the most severe level that answering `missing` could still give.
 *
 * @example
 * ```ts
 * const result: ScopeAssessment = assessScope({
 *   risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false },
 *   redFlags: { psychosis: false, mania: false, "substance-use": false, "eating-disorder": false, "abuse-or-violence": false, "cognitive-decline": false },
 *   client: { age: 35 },
 * });
 * result.level;
 * //=> "coaching"
 * ```
 */
export interface ScopeAssessment {
  /** The input's `ref`, echoed, for joining results to records. */
  readonly ref?: string;
  /** The most severe level among `reasons`; `coaching` when there are none. */
  readonly level: ScopeLevel;
  /** True only when `level` is `coaching` or `coaching-with-care`. */
  readonly inScope: boolean;
  /**
   * The most severe level that answering the questions in `missing` could still give, with the
   * follow-up questions those answers would make required (thoughts of suicide can lead to the
   * intent-or-plan question): never below `level`, and equal to it when nothing is missing. It
   * covers the required questions only (nothing the screen does not ask) and is not a risk
   * estimate. If it is `crisis`, ask the questions in `missing` now.
   */
  readonly worstCase: ScopeLevel;
  /** Every reason that led to the level, most severe first; ties in the rules table's order. */
  readonly reasons: readonly ScopeReason[];
  /** The score of every instrument given. */
  readonly scores: InstrumentScores;
  /** Present when the client stated at least one preference. */
  readonly fit?: FitSummary;
  /** Dotted input paths whose answers would let the assessment go further, most urgent first. */
  readonly missing: readonly MissingPath[];
  /** The resolved policy used. */
  readonly policy: Policy;
  /** The "not psychotherapy" disclaimer, localized. */
  readonly disclaimer: string;
  /** The library, version, policy id and locale that made the result. */
  readonly meta: AssessmentMeta;
}
