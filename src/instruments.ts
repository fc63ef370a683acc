import { checkInt, typeIssue, type Issues } from "./check.js";
import { ScopeInputError } from "./errors.js";
import { en } from "./locales/en.js";

/**
 * The screening instruments the library scores. All are free to reproduce.
 *
 * @example
 * ```ts
 * const id: InstrumentId = "gad7";
 * ```
 */
export type InstrumentId = "phq9" | "gad7" | "phq2" | "gad2" | "k10" | "k6" | "who5";

/**
 * The band ids of each instrument (`scores.<id>.band`), as published.
 *
 * @example
 * ```ts
 * const band: BandId<"phq9"> = "moderately-severe";
 * ```
 */
export type BandId<I extends InstrumentId = InstrumentId> = {
  /** PHQ-9 totals: minimal 0–4, mild 5–9, moderate 10–14, moderately severe 15–19, severe 20–27. */
  phq9: "minimal" | "mild" | "moderate" | "moderately-severe" | "severe";
  /** GAD-7 totals: minimal 0–4, mild 5–9, moderate 10–14, severe 15–21. */
  gad7: "minimal" | "mild" | "moderate" | "severe";
  /** PHQ-2 totals: negative 0–2, positive 3–6. */
  phq2: "negative" | "positive";
  /** GAD-2 totals: negative 0–2, positive 3–6. */
  gad2: "negative" | "positive";
  /** K10 totals (Australian scoring): low 10–15, moderate 16–21, high 22–29, very high 30–50. */
  k10: "low" | "moderate" | "high" | "very-high";
  /** K6 totals: low 0–4, moderate 5–12, serious 13–24. */
  k6: "low" | "moderate" | "serious";
  /** WHO-5 raw totals: very low 0–7, low 8–12, adequate 13–25. */
  who5: "very-low" | "low" | "adequate";
}[I];

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

type Spec = [name: string, count: number, itemMin: number, itemMax: number, bands: [string, number, number][], citation: string, licence: string, scoring: string];

const PFIZER = "No permission required to reproduce, translate, display or distribute (© Pfizer Inc.).";
const SPECS: Record<InstrumentId, Spec> = {
  phq9: ["PHQ-9", 9, 0, 3, [["minimal", 0, 4], ["mild", 5, 9], ["moderate", 10, 14], ["moderately-severe", 15, 19], ["severe", 20, 27]],
    "Kroenke, Spitzer & Williams, J Gen Intern Med 2001;16:606–13.", PFIZER,
    "9 items scored 0–3; total 0–27. Item 9 asks about thoughts of being better off dead or of self-harm."],
  gad7: ["GAD-7", 7, 0, 3, [["minimal", 0, 4], ["mild", 5, 9], ["moderate", 10, 14], ["severe", 15, 21]],
    "Spitzer et al., Arch Intern Med 2006;166:1092–7.", PFIZER,
    "7 items scored 0–3; total 0–21."],
  phq2: ["PHQ-2", 2, 0, 3, [["negative", 0, 2], ["positive", 3, 6]],
    "Kroenke, Spitzer & Williams, Med Care 2003;41:1284–92.", PFIZER,
    "The first 2 PHQ-9 items, scored 0–3; total 0–6. Positive (3 or more): administer the PHQ-9."],
  gad2: ["GAD-2", 2, 0, 3, [["negative", 0, 2], ["positive", 3, 6]],
    "Kroenke et al., Ann Intern Med 2007;146:317–25 (cut-off figures from a secondary source).", PFIZER,
    "The first 2 GAD-7 items, scored 0–3; total 0–6. Positive (3 or more): administer the GAD-7."],
  k10: ["K10", 10, 1, 5, [["low", 10, 15], ["moderate", 16, 21], ["high", 22, 29], ["very-high", 30, 50]],
    "Andrews & Slade 2001; Australian Bureau of Statistics 4817.0.55.001.",
    "Use of the K6 and K10 is free (Harvard Medical School, National Comorbidity Survey).",
    "Australian scoring: 10 items scored 1–5; total 10–50. US scoring (0–4 per item, 0–40) is not accepted: add 1 to each item."],
  k6: ["K6", 6, 0, 4, [["low", 0, 4], ["moderate", 5, 12], ["serious", 13, 24]],
    "Kessler et al., Arch Gen Psychiatry 2003;60:184–9; Prochaska et al. 2012.",
    "Use of the K6 and K10 is free (Harvard Medical School, National Comorbidity Survey).",
    "6 items scored 0–4; total 0–24."],
  who5: ["WHO-5", 5, 0, 5, [["very-low", 0, 7], ["low", 8, 12], ["adequate", 13, 25]],
    "Topp et al., Psychother Psychosom 2015;84:167–76.",
    "Free to use; credit the Psychiatric Centre North Zealand.",
    "5 items scored 0–5; raw total 0–25 (× 4 gives 0–100 %). Lower is worse. Raw below 13 (50 % or less) is poor well-being; the very-low band (raw 0–7, 28 % or less, \"likely depression\") rests on a secondary source and is unverified."],
};

/**
 * The ids of the instruments, in the order the library reports them.
 *
 * @example
 * ```ts
 * INSTRUMENT_IDS;
 * //=> ["phq9", "gad7", "phq2", "gad2", "k10", "k6", "who5"]
 * ```
 */
export const INSTRUMENT_IDS: readonly InstrumentId[] = /* @__PURE__ */ Object.freeze(["phq9", "gad7", "phq2", "gad2", "k10", "k6", "who5"]);

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
    const [name, itemCount, itemMin, itemMax, bands, citation, licence, scoring] = SPECS[id];
    out[id] = Object.freeze({
      id,
      name,
      itemCount,
      itemRange: Object.freeze([itemMin, itemMax] as const),
      totalRange: Object.freeze([itemMin * itemCount, itemMax * itemCount] as const),
      direction: id === "who5" ? "lower-is-worse" : "higher-is-worse",
      bands: Object.freeze(
        bands.map(([band, min, max]) =>
          Object.freeze({ id: band as BandId, min, max, label: en.messages[`band.${id}.${band}` as keyof typeof en.messages] }),
        ),
      ),
      citation,
      licence,
      scoring,
    });
  }
  return Object.freeze(out) as { readonly [I in InstrumentId]: InstrumentInfo<I> };
})();

/**
 * An instrument's score: the range of totals the answers allow, whether every item was
 * answered, and the band when the total is known exactly.
 *
 * @example
 * ```ts
 * const score: InstrumentScore = { min: 7, max: 10, complete: false };
 * ```
 */
export interface InstrumentScore {
  /** Lowest possible total (every unanswered item at its lowest). */
  readonly min: number;
  /** Highest possible total (every unanswered item at its highest). */
  readonly max: number;
  /** True when the total is known exactly. */
  readonly complete: boolean;
  /** The published band of the total, when it is known exactly. */
  readonly band?: string;
}

/**
 * One item's answer: an integer in the instrument's item range, or `null` for unanswered.
 *
 * @example
 * ```ts
 * const answers: Answer[] = [1, 0, null, 2, 0, 1, 0, 0, 0];
 * ```
 */
export type Answer = number | null;

/** @internal The band id of an exact total. */
export function bandOf(info: InstrumentInfo, total: number): string | undefined {
  const bands = info.bands;
  for (let i = 0; i < bands.length; i++) {
    const band = bands[i]!;
    if (total >= band.min && total <= band.max) return band.id;
  }
  return undefined;
}

/** @internal Scores answers already validated. `missing` receives unanswered indexes. */
export function scoreItems(info: InstrumentInfo, items: readonly Answer[], missing?: number[]): InstrumentScore {
  let sum = 0;
  let unanswered = 0;
  for (let i = 0; i < items.length; i++) {
    const answer = items[i];
    if (answer === null || answer === undefined) {
      unanswered++;
      missing?.push(i);
    } else sum += answer;
  }
  const min = sum + unanswered * info.itemRange[0];
  const max = sum + unanswered * info.itemRange[1];
  if (unanswered > 0) return { min, max, complete: false };
  const band = bandOf(info, sum);
  return band === undefined ? { min, max, complete: true } : { min, max, complete: true, band };
}

/** @internal Validates one item list, reporting under `path`. */
export function checkItems(issues: Issues, path: readonly (string | number)[], info: InstrumentInfo, items: unknown): items is Answer[] {
  if (!Array.isArray(items)) {
    typeIssue(issues, path, "array", items);
    return false;
  }
  if (items.length !== info.itemCount) {
    issues.push({
      path: [...path],
      code: items.length < info.itemCount ? "too_small" : "too_big",
      message: `Expected exactly ${info.itemCount} answers for the ${info.name}, received ${items.length}`,
    });
    return false;
  }
  const before = issues.length;
  const min = info.itemRange[0];
  const max = info.itemRange[1];
  for (let i = 0; i < items.length; i++) {
    const answer: unknown = items[i];
    // Fast path for a valid answer; the path array is built only for a problem.
    if (answer === null || (typeof answer === "number" && Number.isInteger(answer) && answer >= min && answer <= max && !Object.is(answer, -0))) continue;
    checkInt(issues, [...path, i], answer, min, max);
  }
  return issues.length === before;
}

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
  const info = (INSTRUMENTS as Record<string, InstrumentInfo | undefined>)[id];
  if (info === undefined || !Object.hasOwn(INSTRUMENTS, id)) {
    throw new ScopeInputError(
      [{ path: [], code: "invalid_value", message: `Unknown instrument ${JSON.stringify(id)}: expected one of ${INSTRUMENT_IDS.join(", ")}` }],
      "Invalid instrument answers",
    );
  }
  const issues: Issues = [];
  if (!checkItems(issues, [], info, answers)) throw new ScopeInputError(issues, "Invalid instrument answers");
  return scoreItems(info, answers);
}
