/**
 * The instrument rules: one per instrument of the registry. A measure's total at or past a
 * threshold gives `coaching-with-care` or `refer`; a positive short screen asks for the full
 * instrument.
 *
 * @internal
 * @module
 */
import type { BandId, Instrument, MeasureId, ReferringScreenId, ScreenNextId, ShortFormId } from "../instruments/registry.js";
import { REFER_TO, referToFor, type ReferTo } from "../input/referral.js";
import { isMinor } from "./client.js";
import type { InstrumentScore } from "../instruments/scoring.js";
import type { CareReferThresholds, PositiveThreshold } from "../policy/policy.js";
import { bool, int, literal, num, obj, oneOf, optional, str, type Infer, type ObjectShape } from "../shared/shape.js";
import type { ScopeLevel } from "./levels.js";
import { NONE, finding, lowerableFinding, scoreText, type Rule, type RuleContext } from "./rule.js";

const scoreFields = (instrument: Instrument) => ({
  instrument: literal(instrument.id),
  score: str(),
  min: int(),
  max: int(),
});

/** The score fields with its band, when exact, and whether it is complete (a measure's, a referring screen's). */
const bandedFields = (instrument: Instrument) => ({
  ...scoreFields(instrument),
  band: optional(oneOf(instrument.bands.map((b) => b.id))),
  complete: bool(),
});

function measureEvidence(instrument: Instrument) {
  return obj({
    ...bandedFields(instrument),
    scale: optional(str()),
    threshold: num(),
    thresholdName: oneOf(["care", "refer", "item"]),
    referTo: optional(oneOf(REFER_TO)),
    loweredFrom: optional(literal("refer")),
  });
}

function referringEvidence(instrument: Instrument) {
  return obj({
    ...bandedFields(instrument),
    threshold: num(),
    referTo: oneOf(REFER_TO),
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
 * The score fields every scored reason's evidence shares: the instrument, the score as text and
 * as numbers, its band when exact, and whether every item was answered.
 *
 * @example
 * ```ts
 * const fields: ScoreFields<"scoff"> = { instrument: "scoff", score: "2", min: 2, max: 2, band: "positive", complete: true };
 * ```
 */
export interface ScoreFields<I extends MeasureId | ReferringScreenId> {
  /** The instrument's id. */
  readonly instrument: I;
  /** The score as messages show it: the total, or `min-max` when items are unanswered. */
  readonly score: string;
  /** The least total the answers allow. */
  readonly min: number;
  /** The greatest total the answers allow. */
  readonly max: number;
  /** The band, when the total is exact. */
  readonly band?: BandId<I> | undefined;
  /** Every item was answered (or a total was given). */
  readonly complete: boolean;
}

/**
 * The evidence of one measure's score reason; {@link ScoreEvidence} is the union over measures.
 *
 * @example
 * ```ts
 * const evidence: ScoreEvidenceOf<"gad7"> = { instrument: "gad7", score: "8-11", min: 8, max: 11, complete: false, threshold: 5, thresholdName: "care" };
 * ```
 */
export interface ScoreEvidenceOf<I extends MeasureId> extends ScoreFields<I> {
  /** The scale the answers were given on, where the input named one (`"0-4"`, `"percent"`); the score is on the canonical scale. */
  readonly scale?: string | undefined;
  /** The policy's threshold that was reached (with `item`: the item answer at or past which the WHO-5 asks for a depression test). */
  readonly threshold: number;
  /** Which threshold was reached: `care`, `refer`, or `item` (a WHO-5 item answered 0 or 1). */
  readonly thresholdName: "care" | "refer" | "item";
  /** Where to refer, for an instrument whose definition names it (the PC-PTSD-5: `mental-health`, `youth-services` for a minor). */
  readonly referTo?: ReferTo | undefined;
  /** Set when the alongside-treatment rule lowered the reason from `refer`. */
  readonly loweredFrom?: "refer" | undefined;
}

/**
 * The evidence of a positive screen that refers (the SCOFF): its score, the policy's `positive`
 * threshold and where to refer. Its wording is "needs an assessment", never a finding.
 *
 * @example
 * ```ts
 * const evidence: ReferringScreenEvidence<"scoff"> = { instrument: "scoff", score: "2", min: 2, max: 2, band: "positive", complete: true, threshold: 2, referTo: "medical" };
 * ```
 */
export interface ReferringScreenEvidence<I extends ReferringScreenId = ReferringScreenId> extends ScoreFields<I> {
  /** The policy's `positive` threshold. */
  readonly threshold: number;
  /** Where to refer (`medical` for the SCOFF). */
  readonly referTo: ReferTo;
  /** Set when the alongside-treatment rule lowered the reason from `refer`. */
  readonly loweredFrom?: "refer" | undefined;
}

/**
 * The evidence of a positive short screen: its score, the threshold, and the instrument to give
 * next.
 *
 * @example
 * ```ts
 * const evidence: ScreenEvidence<"phq2"> = { instrument: "phq2", score: "4", min: 4, max: 4, threshold: 2, next: "phq9" };
 * ```
 */
export type ScreenEvidence<I extends ShortFormId = ShortFormId> = I extends ShortFormId ? ScreenEvidenceOf<I> : never;

/**
 * The evidence of one short screen's positive reason; {@link ScreenEvidence} is the union over screens.
 *
 * @example
 * ```ts
 * const evidence: ScreenEvidenceOf<"gad2"> = { instrument: "gad2", score: "3", min: 3, max: 3, threshold: 3, next: "gad7" };
 * ```
 */
export interface ScreenEvidenceOf<I extends ShortFormId> {
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
  Assert<Same<Loose<Infer<ReturnType<typeof referringEvidence>>>, Loose<ReferringScreenEvidence>>>,
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

/** @internal Whether a full form of a screen (or of a measure that also screens) was given. */
export function fullFormGiven(ctx: RuleContext, screen: Instrument): boolean {
  return screen.fullForms.some((id) => ctx.byId.has(id));
}

/**
 * @internal Whether an instrument's reason over the totals from `least` to `most` (in severity)
 * may be lowered alongside treatment: every total below its severe band; for a measure that
 * also screens (the WHO-5), only beside a complete full form below its own severe band.
 */
export function lowerableRange(ctx: RuleContext, instrument: Instrument, most: number): boolean {
  // Without a severe band, the definition says when (PC-PTSD-5 always; SCOFF only medically stable).
  if (instrument.alongside !== undefined) return instrument.alongside === "always" || ctx.input.medicallyStable === true;
  if (instrument.asScreen !== undefined) {
    return instrument.fullForms.some((id) => {
      const s = ctx.byId.get(id);
      return s !== undefined && s.score.complete && s.instrument.severeFrom !== null && s.score.max < s.instrument.severeFrom;
    });
  }
  return instrument.severeFrom !== null && instrument.direction === "higher-is-worse" && most < instrument.severeFrom;
}

/** @internal Whether an answered item of a measure that also screens is at or past its item cut-off (a WHO-5 item 0 or 1). */
export function itemPositive(ctx: RuleContext, instrument: Instrument): boolean {
  const cut = instrument.asScreen?.itemAtOrBelow;
  if (cut === undefined) return false;
  const items = (ctx.input.instruments as Readonly<Record<string, { readonly items?: readonly (number | null)[] }>> | undefined)?.[instrument.id]?.items;
  return items !== undefined && items.some((a) => a !== null && a <= cut);
}

/**
 * @internal The level a measure's total gives, before lowering. A measure that also screens
 * (the WHO-5) gives `incomplete` where it asks for its full form and none was given.
 */
export function measureLevel(ctx: RuleContext, instrument: Instrument, total: number, positiveItem: boolean): ScopeLevel {
  const level = levelAt(instrument, thresholdsOf<CareReferThresholds>(ctx, instrument), total);
  if (instrument.asScreen === undefined || level === "refer") return level;
  if (level === "coaching" && !positiveItem) return "coaching";
  return fullFormGiven(ctx, instrument) ? "coaching-with-care" : "incomplete";
}

/** @internal A measure's rule: the level every total its answers allow reaches. */
export /* @__NO_SIDE_EFFECTS__ */ function measureRule(instrument: Instrument): Rule {
  const rule: Rule = {
    code: instrument.id,
    kind: "symptom",
    evidence: measureEvidence(instrument) as ObjectShape<Readonly<Record<string, unknown>>>,
    // Where it names its referral, the client's age decides it (youth services for a minor).
    reads: [`instruments.${instrument.id}`, ...instrument.fullForms.map((id) => `instruments.${id}`), ...(instrument.referTo === undefined ? [] : ["client"])],
    find(ctx) {
      const scored = ctx.byId.get(instrument.id);
      if (scored === undefined) return NONE;
      const t = thresholdsOf<CareReferThresholds>(ctx, instrument);
      const { score } = scored;
      const { best, worst } = ends(instrument, score);
      const positiveItem = itemPositive(ctx, instrument);
      const level = measureLevel(ctx, instrument, best, positiveItem);
      // A measure that also screens and asks for its full form gives its own reason (who5-positive).
      if (level === "coaching" || level === "incomplete") return NONE;
      const refer = level === "refer";
      const byItem = !refer && positiveItem && levelAt(instrument, t, best) === "coaching";
      // Field by field in the evidence's order: an object spread of a sometimes-empty object
      // takes V8's slow path (docs/performance.md).
      const evidence: Record<string, unknown> = { instrument: instrument.id, score: scoreText(score), min: score.min, max: score.max };
      if (score.band !== undefined) evidence["band"] = score.band;
      evidence["complete"] = score.complete;
      const scale = (ctx.input.instruments as Readonly<Record<string, { readonly scale?: string }>>)[instrument.id]!.scale;
      if (scale !== undefined) evidence["scale"] = scale;
      evidence["threshold"] = byItem ? instrument.asScreen!.itemAtOrBelow : refer ? t.refer : t.care;
      evidence["thresholdName"] = byItem ? "item" : refer ? "refer" : "care";
      if (instrument.referTo !== undefined) evidence["referTo"] = referToFor(instrument.referTo, isMinor(ctx));
      // A WHO-5 that refers without a depression inventory asks for one too.
      const missing = refer && instrument.asScreen !== undefined && !fullFormGiven(ctx, instrument) ? [["instruments", instrument.asScreen.next]] : undefined;
      // A WHO-5 that asks for a PHQ has none beside it, so it is never lowerable.
      if (missing !== undefined) return [finding(rule, level, evidence, missing)];
      return [lowerableRange(ctx, instrument, worst) ? lowerableFinding(rule, level, evidence) : finding(rule, level, evidence)];
    },
    // Only a measure that also screens reaches a threshold by one item.
    ...(instrument.asScreen === undefined ? {} : { variants: ["item"], variant: (e: Readonly<Record<string, unknown>>) => (e["thresholdName"] === "item" ? "item" : undefined) }),
    params: (e) => ({ score: e["score"] as string, threshold: e["threshold"] as number }),
  };
  return rule;
}

/**
 * @internal The rule of a screen that refers when positive (the SCOFF): its code is its id, and
 * its evidence says where to refer.
 */
export /* @__NO_SIDE_EFFECTS__ */ function referringScreenRule(instrument: Instrument): Rule {
  const rule: Rule = {
    code: instrument.id,
    kind: "symptom",
    evidence: referringEvidence(instrument) as ObjectShape<Readonly<Record<string, unknown>>>,
    reads: [`instruments.${instrument.id}`, "medicallyStable", "client", "treatment"],
    find(ctx) {
      const scored = ctx.byId.get(instrument.id);
      if (scored === undefined) return NONE;
      const { positive } = thresholdsOf<PositiveThreshold>(ctx, instrument);
      const { score } = scored;
      if (score.min < positive) return NONE;
      const evidence: Record<string, unknown> = { instrument: instrument.id, score: scoreText(score), min: score.min, max: score.max };
      if (score.band !== undefined) evidence["band"] = score.band;
      evidence["complete"] = score.complete;
      evidence["threshold"] = positive;
      evidence["referTo"] = referToFor(instrument.referTo!, isMinor(ctx));
      if (lowerableRange(ctx, instrument, score.max)) return [lowerableFinding(rule, "refer", evidence)];
      // In care, a screen lowered only for a medically stable client asks whether they are.
      const ask = ctx.inTreatment && ctx.policy.alongsideTreatment && instrument.alongside === "medically-stable" && ctx.input.medicallyStable === undefined;
      return [finding(rule, "refer", evidence, ask ? [["medicallyStable"]] : undefined)];
    },
    params: (e, l) => ({ score: e["score"] as string, threshold: e["threshold"] as number, referTo: l.t(`referTo.${e["referTo"] as string}` as never) }),
  };
  return rule;
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
      if (scored === undefined || fullFormGiven(ctx, instrument)) return NONE;
      const { positive } = thresholdsOf<PositiveThreshold>(ctx, instrument);
      const { score } = scored;
      if (score.min < positive) return NONE;
      const evidence = { instrument: instrument.id, score: scoreText(score), min: score.min, max: score.max, threshold: positive, next: instrument.next };
      return [finding(rule, "incomplete", evidence, [["instruments", instrument.next!]])];
    },
    params: (e) => ({ score: e["score"] as string, threshold: e["threshold"] as number }),
  };
  return rule;
}

const asScreenEvidence = (instrument: Instrument) =>
  obj({ ...scoreFields(instrument), threshold: num(), thresholdName: oneOf(["care", "item"]), next: literal(instrument.asScreen!.next) });

/**
 * @internal A measure that also screens (the WHO-5's "test for depression"): at or past its care
 * threshold, or with an item at its cut-off, and no full form given, the full form is needed.
 */
export /* @__NO_SIDE_EFFECTS__ */ function asScreenRule(instrument: Instrument): Rule {
  const rule: Rule = {
    code: `${instrument.id}-positive`,
    kind: "symptom",
    evidence: asScreenEvidence(instrument) as ObjectShape<Readonly<Record<string, unknown>>>,
    reads: [`instruments.${instrument.id}`, ...instrument.fullForms.map((id) => `instruments.${id}`)],
    find(ctx) {
      const scored = ctx.byId.get(instrument.id);
      if (scored === undefined) return NONE;
      const { score } = scored;
      const best = ends(instrument, score).best;
      const positiveItem = itemPositive(ctx, instrument);
      if (measureLevel(ctx, instrument, best, positiveItem) !== "incomplete") return NONE;
      const t = thresholdsOf<CareReferThresholds>(ctx, instrument);
      const byItem = levelAt(instrument, t, best) === "coaching";
      const next = instrument.asScreen!.next;
      const evidence = {
        instrument: instrument.id,
        score: scoreText(score),
        min: score.min,
        max: score.max,
        threshold: byItem ? instrument.asScreen!.itemAtOrBelow : t.care,
        thresholdName: byItem ? "item" : "care",
        next,
      };
      return [finding(rule, "incomplete", evidence, [["instruments", next]])];
    },
    variants: ["item"],
    variant: (e) => (e["thresholdName"] === "item" ? "item" : undefined),
    params: (e) => ({ score: e["score"] as string, threshold: e["threshold"] as number }),
  };
  return rule;
}
