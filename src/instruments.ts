import { ScopeInputError } from "./errors.js";
import { EN_BANDS } from "./locales/en.js";
import { checkItems, INSTRUMENT_IDS, SCALES, scoreItems, type Answer, type BandId, type InstrumentId, type InstrumentScore, type Scale } from "./scales.js";

export { INSTRUMENT_IDS, type Answer, type BandId, type InstrumentId, type InstrumentScore } from "./scales.js";

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
 * What the library knows about an instrument: its items, ranges, direction, published bands,
 * citation and licence.
 *
 * @example
 * ```ts
 * INSTRUMENTS.who5.direction;
 * //=> "lower-is-worse"
 * ```
 */
export interface InstrumentInfo<I extends InstrumentId = InstrumentId> {
  /** The instrument's id. */
  readonly id: I;
  /** Short name, as printed on the form ("PHQ-9"). */
  readonly name: string;
  /** Number of items. */
  readonly itemCount: number;
  /** Lowest and highest answer of one item. */
  readonly itemRange: readonly [min: number, max: number];
  /** Lowest and highest total. */
  readonly totalRange: readonly [min: number, max: number];
  /** Whether a higher total means more distress (WHO-5 measures well-being: lower is worse). */
  readonly direction: "higher-is-worse" | "lower-is-worse";
  /** The published bands, from the lowest total to the highest. */
  readonly bands: readonly InstrumentBand<I>[];
  /** The paper the bands and cut-offs come from. */
  readonly citation: string;
  /** The terms under which the instrument may be reproduced. */
  readonly licence: string;
  /** How the items are scored, where the instrument has more than one convention. */
  readonly scoring: string;
}

const PFIZER = "No permission required to reproduce, translate, display or distribute (© Pfizer Inc.).";
const KESSLER = "Use of the K6 and K10 is free (Harvard Medical School, National Comorbidity Survey).";
/** Citation, licence and scoring note of each instrument. */
const SOURCES: Record<InstrumentId, [citation: string, licence: string, scoring: string]> = {
  phq9: ["Kroenke, Spitzer & Williams, J Gen Intern Med 2001;16:606–13.", PFIZER,
    "9 items scored 0–3; total 0–27. Item 9 asks about thoughts of being better off dead or of self-harm."],
  gad7: ["Spitzer et al., Arch Intern Med 2006;166:1092–7.", PFIZER, "7 items scored 0–3; total 0–21."],
  phq2: ["Kroenke, Spitzer & Williams, Med Care 2003;41:1284–92.", PFIZER,
    "The first 2 PHQ-9 items, scored 0–3; total 0–6. Positive (3 or more): administer the PHQ-9."],
  gad2: ["Kroenke et al., Ann Intern Med 2007;146:317–25 (cut-off figures from a secondary source).", PFIZER,
    "The first 2 GAD-7 items, scored 0–3; total 0–6. Positive (3 or more): administer the GAD-7."],
  k10: ["Andrews & Slade 2001; Australian Bureau of Statistics 4817.0.55.001.", KESSLER,
    "Australian scoring: 10 items scored 1–5; total 10–50. US scoring (0–4 per item, 0–40) is not accepted: add 1 to each item."],
  k6: ["Kessler et al., Arch Gen Psychiatry 2003;60:184–9; Prochaska et al. 2012.", KESSLER, "6 items scored 0–4; total 0–24."],
  who5: ["Topp et al., Psychother Psychosom 2015;84:167–76.", "Free to use; credit the Psychiatric Centre North Zealand.",
    "5 items scored 0–5; raw total 0–25 (× 4 gives 0–100 %). Lower is worse. Raw below 13 (50 % or less) is poor well-being; the very-low band (raw 0–7, 28 % or less, \"likely depression\") rests on a secondary source and is unverified."],
};

/**
 * Metadata for every instrument: name, item count and range, total range, direction,
 * published bands with their English labels, citation and licence. Deeply frozen.
 *
 * @example
 * ```ts
 * INSTRUMENTS.k10.totalRange;
 * //=> [10, 50]
 * ```
 */
export const INSTRUMENTS: { readonly [I in InstrumentId]: InstrumentInfo<I> } = /* @__PURE__ */ (() => {
  const out: Record<string, InstrumentInfo> = {};
  for (const id of INSTRUMENT_IDS) {
    const scale = SCALES[id];
    const [citation, licence, scoring] = SOURCES[id];
    out[id] = Object.freeze({
      ...scale,
      bands: Object.freeze(
        scale.bands.map((band) => Object.freeze({ ...band, id: band.id as BandId, label: EN_BANDS[`band.${id}.${band.id}` as keyof typeof EN_BANDS] })),
      ),
      citation,
      licence,
      scoring,
    });
  }
  return Object.freeze(out) as { readonly [I in InstrumentId]: InstrumentInfo<I> };
})();

/**
 * Scores one instrument's item answers. Unanswered items (`null`) widen the result to the
 * range of totals they allow: a missing answer is never counted as 0.
 *
 * @param id - the instrument.
 * @param answers - exactly the instrument's item count, each an integer in its item range
 *   or `null`.
 * @returns `{ min, max, complete, band? }`; the band is present when the total is exact.
 * @throws {@link ScopeInputError} for an unknown instrument, a wrong length or an
 *   out-of-range, non-integer or non-number answer (each with its index as the path).
 *
 * @example
 * ```ts
 * scoreInstrument("phq9", [1, 1, 2, 1, 0, 1, 2, 1, 0]);
 * //=> { min: 9, max: 9, complete: true, band: "mild" }
 * scoreInstrument("gad7", [1, 2, null, 1, 0, 0, 1]);
 * //=> { min: 5, max: 8, complete: false }
 * ```
 */
export function scoreInstrument(id: InstrumentId, answers: readonly Answer[]): InstrumentScore {
  const info = (SCALES as Record<string, Scale | undefined>)[id];
  if (info === undefined || !Object.hasOwn(SCALES, id)) {
    throw new ScopeInputError(
      [{ path: [], code: "invalid_value", message: `Unknown instrument ${JSON.stringify(id)}: expected one of ${INSTRUMENT_IDS.join(", ")}` }],
      "Invalid instrument answers",
    );
  }
  const issues: Parameters<typeof checkItems>[0] = [];
  if (!checkItems(issues, [], info, answers)) throw new ScopeInputError(issues, "Invalid instrument answers");
  return scoreItems(info, answers);
}
