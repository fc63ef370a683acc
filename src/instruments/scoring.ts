/**
 * Scoring: the range of totals that item answers allow, and the published band of a total.
 *
 * @internal
 * @module
 */
import type { Instrument } from "./registry.js";
import type { BandId, InstrumentId } from "./registry.js";

/**
 * One item's answer: an integer in the instrument's item range, or `null` for unanswered.
 *
 * @example
 * ```ts
 * const answers: Answer[] = [1, 0, null, 2, 0, 1, 0, 0, 0];
 * ```
 */
export type Answer = number | null;

/**
 * An instrument's score on its canonical scale: the range of totals the answers allow, whether
 * every item was answered, and the band when the total is known exactly.
 *
 * @example
 * ```ts
 * const score: InstrumentScore<"gad7"> = { min: 7, max: 10, complete: false };
 * ```
 */
export interface InstrumentScore<I extends InstrumentId = InstrumentId> {
  /** Lowest possible total (every unanswered item at its lowest). */
  readonly min: number;
  /** Highest possible total (every unanswered item at its highest). */
  readonly max: number;
  /** True when the total is known exactly. */
  readonly complete: boolean;
  /** The published band of the total, when it is known exactly. */
  readonly band?: BandId<I>;
}

/** @internal The band id of an exact total in the instrument's range (the bands cover it). */
export function bandOf(instrument: Instrument, total: number): string {
  // The definitions' bands are ascending, contiguous and cover the total range (checkDefinitions,
  // which the build runs over the library's definitions).
  let i = 0;
  while (total > instrument.bands[i]!.max) i++;
  return instrument.bands[i]!.id;
}

/** @internal The score of an exact total. */
export function scoreTotal(instrument: Instrument, total: number): InstrumentScore {
  return { min: total, max: total, complete: true, band: bandOf(instrument, total) as BandId };
}

/** @internal Scores item answers on the canonical scale, already validated. */
export function scoreItems(instrument: Instrument, items: readonly Answer[]): InstrumentScore {
  let sum = 0;
  let unanswered = 0;
  for (const answer of items) {
    if (answer === null) unanswered++;
    else sum += answer;
  }
  if (unanswered === 0) return scoreTotal(instrument, sum);
  const [low, high] = instrument.itemRange;
  return { min: sum + unanswered * low, max: sum + unanswered * high, complete: false };
}

/** @internal The indexes of the unanswered items. */
export function unansweredItems(items: readonly Answer[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < items.length; i++) if (items[i] === null) out.push(i);
  return out;
}
