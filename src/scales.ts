import { checkInt, typeIssue, type Issues } from "./check.js";

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

/** @internal What scoring needs of an instrument: no citations, no labels. */
export interface Scale {
  readonly id: InstrumentId;
  /** Short name, as printed on the form ("PHQ-9"). */
  readonly name: string;
  readonly itemCount: number;
  readonly itemRange: readonly [min: number, max: number];
  readonly totalRange: readonly [min: number, max: number];
  readonly direction: "higher-is-worse" | "lower-is-worse";
  readonly bands: readonly { readonly id: string; readonly min: number; readonly max: number }[];
}

type Spec = [name: string, count: number, itemMin: number, itemMax: number, bands: [string, number, number][]];

const SPECS: Record<InstrumentId, Spec> = {
  phq9: ["PHQ-9", 9, 0, 3, [["minimal", 0, 4], ["mild", 5, 9], ["moderate", 10, 14], ["moderately-severe", 15, 19], ["severe", 20, 27]]],
  gad7: ["GAD-7", 7, 0, 3, [["minimal", 0, 4], ["mild", 5, 9], ["moderate", 10, 14], ["severe", 15, 21]]],
  phq2: ["PHQ-2", 2, 0, 3, [["negative", 0, 2], ["positive", 3, 6]]],
  gad2: ["GAD-2", 2, 0, 3, [["negative", 0, 2], ["positive", 3, 6]]],
  k10: ["K10", 10, 1, 5, [["low", 10, 15], ["moderate", 16, 21], ["high", 22, 29], ["very-high", 30, 50]]],
  k6: ["K6", 6, 0, 4, [["low", 0, 4], ["moderate", 5, 12], ["serious", 13, 24]]],
  who5: ["WHO-5", 5, 0, 5, [["very-low", 0, 7], ["low", 8, 12], ["adequate", 13, 25]]],
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

/** @internal The scoring data of every instrument. */
export const SCALES: { readonly [I in InstrumentId]: Scale } = /* @__PURE__ */ (() => {
  const out = {} as Record<InstrumentId, Scale>;
  for (const id of INSTRUMENT_IDS) {
    const [name, itemCount, itemMin, itemMax, bands] = SPECS[id];
    out[id] = Object.freeze({
      id,
      name,
      itemCount,
      itemRange: Object.freeze([itemMin, itemMax] as const),
      totalRange: Object.freeze([itemMin * itemCount, itemMax * itemCount] as const),
      direction: id === "who5" ? "lower-is-worse" : "higher-is-worse",
      bands: Object.freeze(bands.map(([band, min, max]) => Object.freeze({ id: band, min, max }))),
    });
  }
  return Object.freeze(out);
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

/** @internal The band id of an exact total in the instrument's range (the bands cover it). */
export function bandOf(info: Scale, total: number): string {
  // The bands are ascending and contiguous, and the total is within the instrument's range.
  const bands = info.bands;
  let i = 0;
  while (total > bands[i]!.max) i++;
  return bands[i]!.id;
}

/** @internal Scores answers already validated. `missing` receives unanswered indexes. */
export function scoreItems(info: Scale, items: readonly Answer[], missing?: number[]): InstrumentScore {
  let sum = 0;
  let unanswered = 0;
  for (let i = 0; i < items.length; i++) {
    const answer = items[i] as Answer;
    if (answer === null) {
      unanswered++;
      missing?.push(i);
    } else sum += answer;
  }
  const min = sum + unanswered * info.itemRange[0];
  const max = sum + unanswered * info.itemRange[1];
  if (unanswered > 0) return { min, max, complete: false };
  return { min, max, complete: true, band: bandOf(info, sum) };
}

/** @internal Validates one item list, reporting under `path`. */
export function checkItems(issues: Issues, path: readonly (string | number)[], info: Scale, items: unknown): items is Answer[] {
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
    // Stryker disable next-line all: a fast path; without it the full check that follows gives the same result.
    if (answer === null || (typeof answer === "number" && Number.isInteger(answer) && answer >= min && answer <= max && !Object.is(answer, -0))) continue;
    checkInt(issues, [...path, i], answer, min, max);
  }
  return issues.length === before;
}

