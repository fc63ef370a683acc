/**
 * Change between two screenings of one client: per instrument, on its canonical scale, and of
 * the level.
 *
 * @module
 */
import type { ScopeAssessment } from "../assess/result.js";
import { REGISTRY, type InstrumentId } from "../instruments/registry.js";
import { RANK, type ScopeLevel } from "../rules/levels.js";
import { checkInt, checkObject, readField, unreadable, type Issues } from "../shared/check.js";
import { ScopeConfigError, ScopeInputError } from "../shared/errors.js";
import { instrumentOf, readResult } from "./read.js";

/**
 * How a score moved between two screenings: by at least the instrument's reliable-change
 * threshold towards better or worse, by less (`no-reliable-change`, only when both scores are
 * exact), or `unknown` (no threshold for the instrument, or unanswered items leave it open).
 *
 * @example
 * ```ts
 * const classification: ChangeClassification = "reliable-deterioration";
 * ```
 */
export type ChangeClassification = "reliable-improvement" | "reliable-deterioration" | "no-reliable-change" | "unknown";

/**
 * The lowest and highest total a score allows (equal when every item was answered).
 *
 * @example
 * ```ts
 * const range: ScoreRange = { min: 12, max: 12 };
 * ```
 */
export interface ScoreRange {
  /** The lowest total the answers allow. */
  readonly min: number;
  /** The highest total the answers allow. */
  readonly max: number;
}

/**
 * How one instrument changed between two screenings, on its canonical scale.
 *
 * @example
 * ```ts
 * const change: InstrumentChange = {
 *   before: { min: 8, max: 8 }, after: { min: 15, max: 15 }, change: 7,
 *   classification: "reliable-deterioration", threshold: 6, casenessBefore: false, casenessAfter: true,
 * };
 * ```
 */
export interface InstrumentChange {
  /** The score before. */
  readonly before: ScoreRange;
  /** The score after. */
  readonly after: ScoreRange;
  /** After minus before, when both are exact; `null` when unanswered items leave a range. */
  readonly change: number | null;
  /** How the score moved. */
  readonly classification: ChangeClassification;
  /** The reliable-change threshold used, where the instrument has one. */
  readonly threshold?: number;
  /** Whether the score before was a case, where the instrument has a caseness cut-off and the range says. */
  readonly casenessBefore?: boolean;
  /** Whether the score after is a case, where the instrument has a caseness cut-off and the range says. */
  readonly casenessAfter?: boolean;
}

/**
 * Each instrument's change, keyed by its id.
 *
 * @example
 * ```ts
 * const changes: InstrumentChanges = { gad7: { before: { min: 9, max: 9 }, after: { min: 4, max: 4 }, change: -5, classification: "reliable-improvement", threshold: 4 } };
 * ```
 */
export type InstrumentChanges = { readonly [I in InstrumentId]?: InstrumentChange };

/**
 * How the level moved between two screenings.
 *
 * @example
 * ```ts
 * const move: LevelChange = { before: "coaching", after: "refer", direction: "more-severe" };
 * ```
 */
export interface LevelChange {
  /** The level before. */
  readonly before: ScopeLevel;
  /** The level after. */
  readonly after: ScopeLevel;
  /** Which way it moved, by severity. */
  readonly direction: "more-severe" | "less-severe" | "same";
}

/**
 * Reliable-change thresholds, keyed by instrument id: the smallest change of the canonical total
 * that counts as reliable.
 *
 * @example
 * ```ts
 * const thresholds: ChangeThresholds = { phq9: 5 };
 * ```
 */
export type ChangeThresholds = { readonly [I in InstrumentId]?: number };

/**
 * Two screenings of one client compared: each instrument both scored, the level's move, and
 * whether anything got reliably worse.
 *
 * @example
 * ```ts
 * const comparison: AssessmentComparison = {
 *   instruments: {}, level: { before: "coaching", after: "refer", direction: "more-severe" }, deteriorated: true, mayHaveDeteriorated: true, samePolicy: true,
 * };
 * ```
 */
export interface AssessmentComparison {
  /** Each instrument scored in both results. */
  readonly instruments: InstrumentChanges;
  /** The level before and after, and which way it moved. */
  readonly level: LevelChange;
  /**
   * The flag to alert on: any reliable deterioration; a level, or a worst case, more severe than
   * before; or a reason of kind `risk`, or at `refer` or above, that is new or more severe than
   * before (PHQ-9 item 9 rising while the level stays `refer`).
   */
  readonly deteriorated: boolean;
  /**
   * `deteriorated`, or a change that could be one but cannot be told: unanswered items leave a
   * range whose worst end reaches the threshold, or an instrument without a threshold (the K10,
   * the K6, a short screen) moved towards worse. Worth a look; not an alert.
   */
  readonly mayHaveDeteriorated: boolean;
  /** Whether both results were made under the same policy (`meta.policyId`); they are compared either way. */
  readonly samePolicy: boolean;
}

/**
 * Options of {@link compareAssessments}: reliable-change thresholds instead of the registry's
 * (an integer from 1 to the width of the instrument's total range).
 *
 * @example
 * ```ts
 * const options: CompareOptions = { thresholds: { phq9: 5 } };
 * ```
 */
export interface CompareOptions {
  /** Per instrument, the smallest change of its canonical total that counts as reliable. */
  readonly thresholds?: ChangeThresholds;
}

const OPTIONS = /* @__PURE__ */ new Set(["thresholds"]);

/** @internal The thresholds to use: the registry's, with the options' over them (checked). */
export function thresholdsOf(options: unknown): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  for (const i of REGISTRY.instruments) if (i.definition.change !== undefined) out.set(i.id, i.definition.change.reliable);
  if (options === undefined) return out;
  const issues: Issues = [];
  try {
    if (checkObject(issues, [], options, OPTIONS)) {
      const given = readField(issues, ["thresholds"], options, "thresholds");
      if (given !== undefined && checkObject(issues, ["thresholds"], given, new Set(REGISTRY.ids))) {
        for (const id of Object.keys(given)) {
          // Unknown ids are already reported, by checkObject.
          if (!REGISTRY.byId.has(id)) continue;
          const value = readField(issues, ["thresholds", id], given, id);
          const [low, high] = instrumentOf(id).totalRange;
          if (checkInt(issues, ["thresholds", id], value, 1, high - low)) out.set(id, value);
        }
      }
    }
  } catch (error) {
    unreadable(issues, [], error, "The options");
  }
  if (issues.length > 0) throw new ScopeConfigError(issues, "Invalid comparison options");
  return out;
}

/** Whether a range is a case: `true`/`false` when the whole range says, `undefined` when it straddles the cut-off. */
function caseness(range: ScoreRange, cutOff: number, higherIsWorse: boolean): boolean | undefined {
  const [worst, best] = higherIsWorse ? [range.max, range.min] : [-range.min, -range.max];
  const at = higherIsWorse ? cutOff : -cutOff;
  return best >= at ? true : worst < at ? false : undefined;
}

/** @internal One instrument's change between two scores. */
export function instrumentChange(id: string, before: ScoreRange, after: ScoreRange, threshold: number | undefined): InstrumentChange {
  const definition = instrumentOf(id).definition;
  const exact = before.min === before.max && after.min === after.max;
  // The change lies between these, whatever the unanswered items were; towards worse is positive.
  const sign = definition.direction === "higher-is-worse" ? 1 : -1;
  const [low, high] = sign === 1 ? [after.min - before.max, after.max - before.min] : [before.min - after.max, before.max - after.min];
  let classification: ChangeClassification = "unknown";
  if (threshold !== undefined) {
    if (low >= threshold) classification = "reliable-deterioration";
    else if (high <= -threshold) classification = "reliable-improvement";
    else if (exact) classification = "no-reliable-change";
  }
  const out: { -readonly [K in keyof InstrumentChange]: InstrumentChange[K] } = {
    before: { min: before.min, max: before.max },
    after: { min: after.min, max: after.max },
    change: exact ? after.min - before.min : null,
    classification,
  };
  if (threshold !== undefined) out.threshold = threshold;
  const cutOff = definition.change?.caseness;
  if (cutOff !== undefined) {
    const [was, is] = [caseness(before, cutOff, sign === 1), caseness(after, cutOff, sign === 1)];
    if (was !== undefined) out.casenessBefore = was;
    if (is !== undefined) out.casenessAfter = is;
  }
  return out;
}

/** Whether a reason of `after` that matters (of kind `risk`, or at `refer` or above) is new, or more severe than before. */
function seriousReasonRose(before: ScopeAssessment, after: ScopeAssessment): boolean {
  const was = new Map<string, number>();
  for (const r of before.reasons) was.set(r.code, Math.max(was.get(r.code) ?? -1, RANK[r.level]));
  return after.reasons.some((r) => (r.kind === "risk" || RANK[r.level] >= RANK.refer) && RANK[r.level] > (was.get(r.code) ?? -1));
}

/** @internal Two results compared, both already read. */
export function compareRead(before: ScopeAssessment, after: ScopeAssessment, thresholds: ReadonlyMap<string, number>): AssessmentComparison {
  const instruments: Record<string, InstrumentChange> = {};
  let reliable = false;
  let possible = false;
  for (const i of REGISTRY.instruments) {
    const was = (before.scores as Readonly<Record<string, ScoreRange | undefined>>)[i.id];
    const is = (after.scores as Readonly<Record<string, ScoreRange | undefined>>)[i.id];
    if (was === undefined || is === undefined) continue;
    const threshold = thresholds.get(i.id);
    const change = instrumentChange(i.id, was, is, threshold);
    instruments[i.id] = change;
    if (change.classification === "reliable-deterioration") reliable = true;
    // The worst the change could be, towards worse: reaching the threshold, or any worsening without one.
    const worst = i.direction === "higher-is-worse" ? is.max - was.min : was.max - is.min;
    if (change.classification === "unknown" && worst >= (threshold ?? 1)) possible = true;
  }
  const move = RANK[after.level] - RANK[before.level];
  const deteriorated = reliable || move > 0 || RANK[after.worstCase] > RANK[before.worstCase] || seriousReasonRose(before, after);
  return {
    instruments,
    level: { before: before.level, after: after.level, direction: move > 0 ? "more-severe" : move < 0 ? "less-severe" : "same" },
    deteriorated,
    mayHaveDeteriorated: deteriorated || possible,
    samePolicy: before.meta.policyId === after.meta.policyId,
  };
}

/** @internal Reads two results for a comparison, or throws the library's error naming `before…`/`after…`. */
export function readPair(before: unknown, after: unknown): [ScopeAssessment, ScopeAssessment] {
  const issues: Issues = [];
  const pair: [ScopeAssessment, ScopeAssessment] = [readResult(issues, ["before"], before), readResult(issues, ["after"], after)];
  if (issues.length > 0) throw new ScopeInputError(issues, "Invalid results to compare");
  return pair;
}

/**
 * Compares two results of the same client, earlier first. For each instrument scored in both,
 * the change of its total on the canonical scale (results of an instrument given on different
 * scales compare on that scale) and its classification: a change of at least the instrument's
 * reliable-change threshold (`INSTRUMENTS[id].change`: PHQ-9 and PHQ-8 6, GAD-7 4, WHO-5 raw 3;
 * none for the K10 and K6, whose change is reported and classified `unknown`) is reliable, a
 * smaller one between exact scores is not, and a range that could be either is `unknown`.
 * Caseness before and after where the instrument has a cut-off (PHQ-9 and PHQ-8 10, GAD-7 8).
 * `deteriorated` is the flag to alert on: any reliable deterioration; a level or worst case more
 * severe than before; or a new or more severe reason of kind `risk`, or at `refer` or above.
 * `mayHaveDeteriorated` adds changes that could be a deterioration but cannot be told.
 *
 * Results made under different policies are compared, and `samePolicy` says so. Results are
 * read as `coaching-scope/schema`'s `assessment` describes them (a result that went through
 * JSON is read as the result itself).
 *
 * @param before - the earlier result.
 * @param after - the later result.
 * @param options - `thresholds`, per instrument, instead of the registry's.
 * @throws {@link ScopeInputError} for a value that is not a result (naming its path under
 *   `before` or `after`: an unknown instrument, a score outside its range), or a result of a
 *   release whose results this one does not read (another minor version while 0.x).
 * @throws {@link ScopeConfigError} for invalid options.
 *
 * @example
 * ```ts
 * const screened = { risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } } as const;
 * const before = assessScope({ ...screened, instruments: { phq9: { items: [1, 1, 1, 1, 1, 1, 1, 1, 0] } } });
 * const after = assessScope({ ...screened, instruments: { phq9: { items: [2, 2, 2, 2, 2, 2, 1, 1, 0] } } });
 * const comparison = compareAssessments(before, after);
 * comparison.instruments.phq9;
 * //=> { before: { min: 8, max: 8 }, after: { min: 14, max: 14 }, change: 6, classification: "reliable-deterioration", threshold: 6, casenessBefore: false, casenessAfter: true }
 * comparison.deteriorated;
 * //=> true
 * ```
 */
export function compareAssessments(before: ScopeAssessment, after: ScopeAssessment, options?: CompareOptions): AssessmentComparison {
  const thresholds = thresholdsOf(options);
  const [was, is] = readPair(before, after);
  return compareRead(was, is, thresholds);
}
