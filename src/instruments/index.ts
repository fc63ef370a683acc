/**
 * The instruments' public metadata, and scoring one instrument's answers.
 *
 * @module
 */
import { EN_BANDS } from "../locales/en.js";
import { checkItems } from "../input/validate.js";
import { quoteValue, unreadable } from "../shared/check.js";
import { checkObject, deepFreeze, type Issues } from "../shared/check.js";
import { ScopeInputError } from "../shared/errors.js";
import type { ChangeDefinition, Direction, InstrumentLicence, ItemScale, LoincCodes, TotalScale } from "./define.js";
import { REGISTRY, type BandId, type Instrument, type InstrumentId, type ScaleId } from "./registry.js";
import { scoreItems, type Answer, type InstrumentScore } from "./scoring.js";

/**
 * One published band of an instrument's total, with its English label.
 *
 * @example
 * ```ts
 * INSTRUMENTS.phq9.bands[2];
 * //=> { id: "moderate", min: 10, max: 14, label: "Moderate" }
 * ```
 */
export interface InstrumentBand<I extends InstrumentId = InstrumentId> {
  /** The band's id. */
  readonly id: BandId<I>;
  /** The lowest total in the band, inclusive. */
  readonly min: number;
  /** The highest total in the band, inclusive. */
  readonly max: number;
  /** The band's English label; locales translate it as `band.<instrument>.<id>`. */
  readonly label: string;
}

/**
 * What the library knows about an instrument: its items, scales, ranges, direction, published
 * bands and severe cut-off, recall window, LOINC codes, citation and licence. Each instrument's
 * default thresholds are in {@link DEFAULT_POLICY}.
 *
 * @example
 * ```ts
 * INSTRUMENTS.who5.licence.commercialUse;
 * //=> false
 * INSTRUMENTS.gad7.severeFrom;
 * //=> 15
 * ```
 */
export interface InstrumentInfo<I extends InstrumentId = InstrumentId> {
  /** The instrument's id. */
  readonly id: I;
  /** Short name, as printed on the form ("PHQ-9"). */
  readonly name: string;
  /** Number of items. */
  readonly itemCount: number;
  /** Lowest and highest answer of one item, on the canonical scale. */
  readonly itemRange: readonly [min: number, max: number];
  /** Lowest and highest total, on the canonical scale. */
  readonly totalRange: readonly [min: number, max: number];
  /** The published item scales; the first is canonical (scores, bands and thresholds are on it). */
  readonly scales: readonly ItemScale<ScaleId<I>>[];
  /** Published scales of the total other than the raw sum (the WHO-5's percentage). */
  readonly totalScales?: readonly TotalScale[];
  /** Whether a higher total means more distress (WHO-5 measures well-being: lower is worse). */
  readonly direction: Direction;
  /**
   * The published bands, from the lowest total to the highest. A short screen's, `negative` and
   * `positive`, are those of the default policy's `positive` threshold; a result's follow its policy.
   */
  readonly bands: readonly InstrumentBand<I>[];
  /** The lowest total of the published severe band, or `null` where none is published. */
  readonly severeFrom: number | null;
  /** The days its questions look back over. */
  readonly recallDays: number;
  /** Its items are these items (indexes from 0) of another instrument (the PHQ-2's are the PHQ-9's first two). */
  readonly itemsOf?: {
    /** The instrument whose items these are. */
    readonly id: InstrumentId;
    /** Which of its items (indexes from 0), in this instrument's order. */
    readonly items: readonly number[];
  };
  /** The number (from 1) of the item that asks about thoughts of death or self-harm. */
  readonly riskItem?: number;
  /** Verified LOINC codes, or `null` where none was verified. */
  readonly loinc: LoincCodes | null;
  /** When a change between two screenings is reliable, and where a case starts; absent where no value was found. */
  readonly change?: ChangeDefinition;
  /** The paper the bands and cut-offs come from. */
  readonly citation: string;
  /** The terms under which the instrument may be reproduced. */
  readonly licence: InstrumentLicence;
}

function info(instrument: Instrument): InstrumentInfo {
  const { definition: d } = instrument;
  const bands = instrument.bands.map((b) => ({ ...b, label: (EN_BANDS as Readonly<Record<string, string>>)[`band.${d.id}.${b.id}`]! }));
  const optional = {
    ...(d.totalScales === undefined ? {} : { totalScales: d.totalScales }),
    ...(d.itemsOf === undefined ? {} : { itemsOf: d.itemsOf }),
    ...(d.riskItem === undefined ? {} : { riskItem: d.riskItem }),
    ...(d.change === undefined ? {} : { change: d.change }),
  };
  const { id, name, itemCount, itemRange, totalRange, scales, direction } = instrument;
  return { id, name, itemCount, itemRange, totalRange, scales, ...optional, direction, bands, severeFrom: d.severeFrom, recallDays: d.recallDays, loinc: d.loinc, citation: d.citation, licence: d.licence } as InstrumentInfo;
}

/**
 * Metadata for every instrument, derived from its definition: name, items, scales, ranges,
 * direction, published bands with their English labels, severe cut-off, recall window, LOINC
 * codes, citation and licence. Deeply frozen.
 *
 * @example
 * ```ts
 * INSTRUMENTS.k10.totalRange;
 * //=> [10, 50]
 * INSTRUMENTS.phq2.itemsOf;
 * //=> { id: "phq9", items: [0, 1] }
 * ```
 */
export const INSTRUMENTS: { readonly [I in InstrumentId]: InstrumentInfo<I> } = /* @__PURE__ */ (() => {
  const out: Record<string, InstrumentInfo> = {};
  for (const instrument of REGISTRY.instruments) out[instrument.id] = info(instrument);
  return deepFreeze(out) as { readonly [I in InstrumentId]: InstrumentInfo<I> };
})();

/**
 * The ids of the instruments, in the order the library reports them.
 *
 * @example
 * ```ts
 * INSTRUMENT_IDS[0];
 * //=> "phq9"
 * INSTRUMENT_IDS.every((id) => INSTRUMENTS[id].id === id);
 * //=> true
 * ```
 */
export const INSTRUMENT_IDS: readonly InstrumentId[] = /* @__PURE__ */ (() => REGISTRY.ids as readonly InstrumentId[])();

/**
 * Options of {@link scoreInstrument}.
 *
 * @example
 * ```ts
 * const options: ScoreOptions<"k10"> = { scale: "0-4" };
 * ```
 */
export interface ScoreOptions<I extends InstrumentId = InstrumentId> {
  /**
   * The scale the answers are on: required where an instrument's items are published on two
   * (K10: `"1-5"` or `"0-4"`; K6: `"0-4"` or `"1-5"`), since the answers cannot show which.
   */
  readonly scale?: ScaleId<I>;
}

function fail(issues: Issues): never {
  throw new ScopeInputError(issues, "Invalid instrument answers");
}

/** The instrument and the scale asked for, or the library's error naming what is wrong. */
function scaleFor(id: unknown, options: unknown): { instrument: Instrument; scale: ItemScale } {
  const instrument = typeof id === "string" ? REGISTRY.byId.get(id) : undefined;
  if (instrument === undefined) fail([{ path: [], code: "invalid_value", message: `Unknown instrument ${quoteValue(id)}: expected one of ${REGISTRY.ids.join(", ")}` }]);
  const issues: Issues = [];
  // Where there is one scale, it is the one; where there are two, the caller names it.
  let scaleId: unknown = instrument.scales.length === 1 ? instrument.scales[0]!.id : undefined;
  try {
    if (options !== undefined && checkObject(issues, ["options"], options, OPTION_KEYS) && options["scale"] !== undefined) scaleId = options["scale"];
  } catch (error) {
    unreadable(issues, ["options"], error, "The options");
  }
  if (issues.length > 0) fail(issues);
  const scale = instrument.scales.find((s) => s.id === scaleId);
  if (scale === undefined) {
    const names = instrument.scales.map((s) => JSON.stringify(s.id)).join(" | ");
    if (scaleId === undefined) {
      const choices = instrument.scales.map((s) => JSON.stringify(s.id)).join(" or ");
      fail([{ path: ["options", "scale"], code: "invalid_type", message: `The ${instrument.name}'s item answers are published on more than one scale: name it with scale, ${choices}` }]);
    }
    fail([{ path: ["options", "scale"], code: "invalid_value", message: `Unknown scale ${quoteValue(scaleId)} for the ${instrument.name}: expected one of ${names}` }]);
  }
  return { instrument, scale };
}

const OPTION_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(["scale"]);

/**
 * Scores one instrument's item answers on its canonical scale. Unanswered items (`null`) widen
 * the result to the range of totals they allow: a missing answer is never counted as 0.
 *
 * @param id - the instrument.
 * @param answers - exactly the instrument's item count, each an integer in the scale's item
 *   range or `null`.
 * @param options - `scale`: the scale the answers are on, for instruments published on two
 *   (K10, K6); they are converted to the canonical scale.
 * @returns `{ min, max, complete, band? }`; the band is present when the total is exact.
 * @throws {@link ScopeInputError} for an unknown instrument, an unknown option or scale, a
 *   wrong length or an out-of-range, non-integer or non-number answer (each with its index as
 *   the path).
 *
 * @example
 * ```ts
 * scoreInstrument("phq9", [1, 1, 2, 1, 0, 1, 2, 1, 0]);
 * //=> { min: 9, max: 9, complete: true, band: "mild" }
 * scoreInstrument("gad7", [1, 2, null, 1, 0, 0, 1]);
 * //=> { min: 5, max: 8, complete: false }
 * scoreInstrument("k10", [0, 1, 0, 0, 1, 0, 0, 0, 2, 0], { scale: "0-4" });
 * //=> { min: 14, max: 14, complete: true, band: "low" }
 * ```
 */
export function scoreInstrument<I extends InstrumentId>(id: I, answers: readonly Answer[], options?: ScoreOptions<I>): InstrumentScore<I> {
  const { instrument, scale } = scaleFor(id, options);
  const shift = instrument.itemRange[0] - scale.itemRange[0];
  const onScale: Instrument = shift === 0 ? instrument : { ...instrument, itemRange: scale.itemRange };
  const issues: Issues = [];
  let checked: unknown;
  try {
    checked = checkItems(issues, [], onScale, answers);
  } catch (error) {
    unreadable(issues, [], error, "The answers");
  }
  if (issues.length > 0) fail(issues);
  const canonical = (checked as Answer[]).map((a) => (a === null ? null : a + shift));
  return scoreItems(instrument, canonical) as unknown as InstrumentScore<I>;
}
