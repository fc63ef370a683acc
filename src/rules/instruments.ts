/**
 * The instrument rules: one per instrument of the registry. A measure's total at or past a
 * threshold gives `coaching-with-care` or `refer`; a positive short screen asks for the full
 * instrument.
 *
 * @internal
 * @module
 */
import type { BandId, Instrument, MeasureId, ScreenId, ScreenNextId } from "../instruments/registry.js";
import type { InstrumentScore } from "../instruments/scoring.js";
import type { CareReferThresholds, PositiveThreshold } from "../policy/policy.js";
import { bool, int, literal, num, obj, oneOf, optional, str, type Infer, type ObjectShape } from "../shared/shape.js";
import type { ScopeLevel } from "./levels.js";
import { finding, scoreText, type Rule, type RuleContext } from "./rule.js";

const scoreFields = (instrument: Instrument) => ({
  instrument: literal(instrument.id),
  score: str(),
  min: int(),
  max: int(),
});

function measureEvidence(instrument: Instrument) {
  return obj({
    ...scoreFields(instrument),
    band: optional(oneOf(instrument.bands.map((b) => b.id))),
    complete: bool(),
    threshold: num(),
    thresholdName: oneOf(["care", "refer"]),
    loweredFrom: optional(literal("refer")),
  });
}

function screenEvidence(instrument: Instrument) {
  return obj({ ...scoreFields(instrument), threshold: num(), next: literal(instrument.next!) });
}

/**
 * The evidence of an instrument's score reason: the score (`score` is the text messages show,
 * `min` and `max` the numbers), its band when exact, the threshold crossed, and `loweredFrom`
 * when the alongside-treatment rule lowered it.
 *
 * @example
 * ```ts
 * const evidence: ScoreEvidence<"phq9"> = { instrument: "phq9", score: "12", min: 12, max: 12, band: "moderate", complete: true, threshold: 10, thresholdName: "refer" };
 * ```
 */
export type ScoreEvidence<I extends MeasureId = MeasureId> = I extends MeasureId ? ScoreEvidenceOf<I> : never;

/**
 * The evidence of one measure's score reason; {@link ScoreEvidence} is the union over measures.
 *
 * @example
 * ```ts
 * const evidence: ScoreEvidenceOf<"gad7"> = { instrument: "gad7", score: "8-11", min: 8, max: 11, complete: false, threshold: 5, thresholdName: "care" };
 * ```
 */
export interface ScoreEvidenceOf<I extends MeasureId> {
  /** The instrument's id. */
  readonly instrument: I;
  /** The score as messages show it: the total, or `min-max` when items are unanswered. */
  readonly score: string;
  /** The least total the answers allow. */
  readonly min: number;
  /** The greatest total the answers allow. */
  readonly max: number;
  /** The severity band, when the total is exact. */
  readonly band?: BandId<I> | undefined;
  /** Every item was answered (or a total was given). */
  readonly complete: boolean;
  /** The policy's threshold that was reached. */
  readonly threshold: number;
  /** Which threshold was reached. */
  readonly thresholdName: "care" | "refer";
  /** Set when the alongside-treatment rule lowered the reason from `refer`. */
  readonly loweredFrom?: "refer" | undefined;
}

/**
 * The evidence of a positive short screen: its score, the threshold, and the instrument to give
 * next.
 *
 * @example
 * ```ts
 * const evidence: ScreenEvidence<"phq2"> = { instrument: "phq2", score: "4", min: 4, max: 4, threshold: 3, next: "phq9" };
 * ```
 */
export type ScreenEvidence<I extends ScreenId = ScreenId> = I extends ScreenId ? ScreenEvidenceOf<I> : never;

/**
 * The evidence of one short screen's positive reason; {@link ScreenEvidence} is the union over screens.
 *
 * @example
 * ```ts
 * const evidence: ScreenEvidenceOf<"gad2"> = { instrument: "gad2", score: "3", min: 3, max: 3, threshold: 3, next: "gad7" };
 * ```
 */
export interface ScreenEvidenceOf<I extends ScreenId> {
  /** The screen's id. */
  readonly instrument: I;
  /** The score as messages show it: the total, or `min-max` when items are unanswered. */
  readonly score: string;
  /** The least total the answers allow. */
  readonly min: number;
  /** The greatest total the answers allow. */
  readonly max: number;
  /** The policy's positive threshold. */
  readonly threshold: number;
  /** The full instrument to give next. */
  readonly next: ScreenNextId<I>;
}

// The documented types and the evidence shapes must agree: a compile error here means they drifted.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type Loose<T> = Omit<T, "instrument" | "band" | "next">;
// eslint-disable-next-line @typescript-eslint/no-unused-vars
type EvidenceMatches = [
  Assert<Same<Loose<Infer<ReturnType<typeof measureEvidence>>>, Loose<ScoreEvidence>>>,
  Assert<Same<Loose<Infer<ReturnType<typeof screenEvidence>>>, Loose<ScreenEvidence>>>,
];

/** @internal The level of an exact total under care/refer thresholds. */
export function levelAt(instrument: Instrument, t: CareReferThresholds, total: number): ScopeLevel {
  if (instrument.direction === "lower-is-worse") return total <= t.refer ? "refer" : total <= t.care ? "coaching-with-care" : "coaching";
  return total >= t.refer ? "refer" : total >= t.care ? "coaching-with-care" : "coaching";
}

/** @internal The least and the most severe totals a score allows. */
export function ends(instrument: Instrument, score: InstrumentScore): { best: number; worst: number } {
  return instrument.direction === "lower-is-worse" ? { best: score.max, worst: score.min } : { best: score.min, worst: score.max };
}

/** @internal The thresholds of an instrument under the context's policy. */
export function thresholdsOf<T extends CareReferThresholds | PositiveThreshold>(ctx: RuleContext, instrument: Instrument): T {
  return (ctx.policy.thresholds as unknown as Readonly<Record<string, T>>)[instrument.id]!;
}

/** @internal A measure's rule: the level every total its answers allow reaches. */
export /* @__NO_SIDE_EFFECTS__ */ function measureRule(instrument: Instrument): Rule {
  const rule: Rule = {
    code: instrument.id,
    kind: "symptom",
    evidence: measureEvidence(instrument) as ObjectShape<Readonly<Record<string, unknown>>>,
    reads: [`instruments.${instrument.id}`],
    find(ctx) {
      const scored = ctx.byId.get(instrument.id);
      if (scored === undefined) return [];
      const t = thresholdsOf<CareReferThresholds>(ctx, instrument);
      const { score } = scored;
      const level = levelAt(instrument, t, ends(instrument, score).best);
      if (level === "coaching") return [];
      const refer = level === "refer";
      // Field by field in the evidence's order: an object spread of a sometimes-empty object
      // takes V8's slow path (docs/performance.md).
      const evidence: Record<string, unknown> = { instrument: instrument.id, score: scoreText(score), min: score.min, max: score.max };
      if (score.band !== undefined) evidence["band"] = score.band;
      evidence["complete"] = score.complete;
      evidence["threshold"] = refer ? t.refer : t.care;
      evidence["thresholdName"] = refer ? "refer" : "care";
      return [finding(rule, level, evidence)];
    },
    params: (e) => ({ score: e["score"] as string, threshold: e["threshold"] as number }),
  };
  return rule;
}

/** @internal Whether a full form of a screen was given (then the screen asks for nothing). */
export function fullFormGiven(ctx: RuleContext, screen: Instrument): boolean {
  return screen.fullForms.some((id) => ctx.byId.has(id));
}

/** @internal A short screen's rule: positive without a full form asks for the full instrument. */
export /* @__NO_SIDE_EFFECTS__ */ function screenRule(instrument: Instrument): Rule {
  const rule: Rule = {
    code: `${instrument.id}-positive`,
    kind: "symptom",
    evidence: screenEvidence(instrument) as ObjectShape<Readonly<Record<string, unknown>>>,
    reads: [`instruments.${instrument.id}`, ...instrument.fullForms.map((id) => `instruments.${id}`)],
    find(ctx) {
      const scored = ctx.byId.get(instrument.id);
      if (scored === undefined || fullFormGiven(ctx, instrument)) return [];
      const { positive } = thresholdsOf<PositiveThreshold>(ctx, instrument);
      const { score } = scored;
      if (score.min < positive) return [];
      const evidence = { instrument: instrument.id, score: scoreText(score), min: score.min, max: score.max, threshold: positive, next: instrument.next };
      return [finding(rule, "incomplete", evidence, [["instruments", instrument.next!]])];
    },
    params: (e) => ({ score: e["score"] as string, threshold: e["threshold"] as number }),
  };
  return rule;
}
