import { checkBoolean, checkEnum, checkInt, checkNumber, checkObject, checkRange, deepFreeze, push, type Issues } from "./check.js";
import { ScopeConfigError } from "./errors.js";
import { SCALES } from "./scales.js";

/**
 * "At or above" thresholds of a symptom score: `care` gives `coaching-with-care`, `refer`
 * gives `refer`. For WHO-5 the thresholds are "at or below" (lower is worse).
 *
 * @example
 * ```ts
 * const phq9: CareReferThresholds = { care: 5, refer: 10 };
 * ```
 */
export interface CareReferThresholds {
  /** The score or count at or above which (WHO-5: at or below) the rule gives `coaching-with-care`. */
  readonly care: number;
  /** The score or count at or above which (WHO-5: at or below) the rule gives `refer`. */
  readonly refer: number;
}

/**
 * The threshold at which a short screen (PHQ-2, GAD-2) is positive and asks for the full
 * instrument.
 *
 * @example
 * ```ts
 * const phq2: PositiveThreshold = { positive: 3 };
 * ```
 */
export interface PositiveThreshold {
  /** The total at or above which the screen is positive. */
  readonly positive: number;
}

/**
 * Thresholds of the fit rule: with at least `minAnswered` preferences, a coaching share
 * below `care` gives `coaching-with-care`, below `refer` gives `refer`.
 *
 * @example
 * ```ts
 * const fit: FitThresholds = { minAnswered: 4, care: 0.5, refer: 0.25 };
 * ```
 */
export interface FitThresholds {
  /** The fewest stated preferences for the fit rule to apply. */
  readonly minAnswered: number;
  /** The coaching share (0 to 1) below which the rule gives `coaching-with-care`. */
  readonly care: number;
  /** The coaching share (0 to 1) below which the rule gives `refer`. */
  readonly refer: number;
}

/**
 * Every threshold of a policy.
 *
 * @example
 * ```ts
 * DEFAULT_POLICY.thresholds.k10;
 * //=> { care: 16, refer: 22 }
 * ```
 */
export interface PolicyThresholds {
  /** PHQ-9 total (0–27), at or above. */
  readonly phq9: CareReferThresholds;
  /** GAD-7 total (0–21), at or above. */
  readonly gad7: CareReferThresholds;
  /** PHQ-2 total (0–6) at which the screen is positive and the PHQ-9 is needed. */
  readonly phq2: PositiveThreshold;
  /** GAD-2 total (0–6) at which the screen is positive and the GAD-7 is needed. */
  readonly gad2: PositiveThreshold;
  /** K10 total (10–50, Australian scoring), at or above. */
  readonly k10: CareReferThresholds;
  /** K6 total (0–24), at or above. */
  readonly k6: CareReferThresholds;
  /** Raw WHO-5 score (0–25), at or below. */
  readonly who5: CareReferThresholds;
  /** Count of referral indicators other than `thoughts-of-death`, at or above. */
  readonly indicators: CareReferThresholds;
  /** Coaching share of the client's stated preferences, below. */
  readonly fit: FitThresholds;
}

/**
 * A complete screening policy: thresholds and switches. See {@link DEFAULT_POLICY} for the
 * defaults and docs/policy.md for the source of each.
 *
 * @example
 * ```ts
 * const policy: Policy = DEFAULT_POLICY;
 * policy.phq9Item9;
 * //=> "refer"
 * ```
 */
export interface Policy {
  /** The thresholds of the score, indicator and fit rules. */
  readonly thresholds: PolicyThresholds;
  /** The level of a PHQ-9 item 9 answer above 0: `refer` (default) or `crisis`. */
  readonly phq9Item9: "refer" | "crisis";
  /** When true (default), an unanswered risk screen gives `incomplete`. */
  readonly requireRiskScreen: boolean;
  /**
   * When true (default), a client in treatment whose professional supports coaching has
   * symptom and fit reasons at `refer` lowered to `coaching-with-care`.
   */
  readonly alongsideTreatment: boolean;
}

/**
 * A deep partial of a type: every property optional, at every depth.
 *
 * @example
 * ```ts
 * const overrides: DeepPartial<Policy> = { thresholds: { phq9: { care: 8 } } };
 * ```
 */
export type DeepPartial<T> = { readonly [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

/**
 * Changes to {@link DEFAULT_POLICY}, merged deeply over it: name only what you change.
 *
 * @example
 * ```ts
 * const stricter: PolicyOverrides = { phq9Item9: "crisis", thresholds: { gad7: { refer: 8 } } };
 * ```
 */
export type PolicyOverrides = DeepPartial<Policy>;

/**
 * The default policy, deeply frozen. docs/clinical-basis.md gives the source of each
 * default, and says which are the library's own judgement (the `care` thresholds at the start
 * of each "mild" band, the indicator counts, the fit shares) and which rest on an unverified
 * figure (the WHO-5 `refer` threshold):
 *
 * | threshold | care | refer |
 * |---|---|---|
 * | PHQ-9 total | ≥ 5 (mild) | ≥ 10 (moderate; sens./spec. 88 %) |
 * | GAD-7 total | ≥ 5 (mild) | ≥ 10 (further evaluation) |
 * | PHQ-2, GAD-2 | positive ≥ 3: ask for the full instrument | |
 * | K10 (10–50) | ≥ 16 (moderate) | ≥ 22 (high) |
 * | K6 (0–24) | ≥ 5 (moderate distress) | ≥ 13 (serious distress) |
 * | WHO-5 raw (0–25) | ≤ 12 (poor well-being) | ≤ 7 (≤ 28 %, unverified) |
 * | ICF indicators | ≥ 1 (the library's own) | ≥ 3 (the library's own) |
 * | fit (coaching share, ≥ 4 answers) | < 0.5 (the library's own) | < 0.25 (the library's own) |
 *
 * @example
 * ```ts
 * DEFAULT_POLICY.thresholds.phq9;
 * //=> { care: 5, refer: 10 }
 * Object.isFrozen(DEFAULT_POLICY.thresholds.phq9);
 * //=> true
 * ```
 */
export const DEFAULT_POLICY: Policy = /* @__PURE__ */ deepFreeze({
  thresholds: {
    phq9: { care: 5, refer: 10 },
    gad7: { care: 5, refer: 10 },
    phq2: { positive: 3 },
    gad2: { positive: 3 },
    k10: { care: 16, refer: 22 },
    k6: { care: 5, refer: 13 },
    who5: { care: 12, refer: 7 },
    indicators: { care: 1, refer: 3 },
    fit: { minAnswered: 4, care: 0.5, refer: 0.25 },
  },
  phq9Item9: "refer",
  requireRiskScreen: true,
  alongsideTreatment: true,
});

const POLICY_KEYS = /* @__PURE__ */ new Set(["thresholds", "phq9Item9", "requireRiskScreen", "alongsideTreatment"]);
const THRESHOLD_KEYS = /* @__PURE__ */ (() => new Set(Object.keys(DEFAULT_POLICY.thresholds)))();
const CARE_REFER = /* @__PURE__ */ new Set(["care", "refer"]);
const POSITIVE = /* @__PURE__ */ new Set(["positive"]);
const FIT_KEYS = /* @__PURE__ */ new Set(["minAnswered", "care", "refer"]);
/** The most indicators other than thoughts-of-death a client can have. */
const INDICATOR_COUNT = 9;

type Ordered = "care-below-refer" | "care-above-refer";

function careRefer(
  issues: Issues,
  path: readonly string[],
  given: unknown,
  base: CareReferThresholds,
  range: readonly [number, number],
  order: Ordered,
  integer: boolean,
): CareReferThresholds {
  if (given === undefined) return base;
  if (!checkObject(issues, path, given, CARE_REFER)) return base;
  const check = (key: "care" | "refer"): number => {
    const value = given[key];
    if (value === undefined) return base[key];
    const ok = integer
      ? checkInt(issues, [...path, key], value, range[0], range[1])
      : checkNumber(issues, [...path, key], value) && checkRange(issues, [...path, key], value, range[0], range[1]);
    return ok ? (value as number) : Number.NaN;
  };
  const care = check("care");
  const refer = check("refer");
  if (!Number.isNaN(care) && !Number.isNaN(refer)) {
    const wrong = order === "care-below-refer" ? care > refer : care < refer;
    if (wrong) {
      const at = given.care !== undefined ? "care" : "refer";
      const relation = order === "care-below-refer" ? "at most" : "at least";
      push(
        issues,
        [...path, at],
        "custom",
        `care (${care}) must be ${relation} refer (${refer}): care is the milder level` +
          (order === "care-above-refer" ? " and lower scores are worse here" : ""),
      );
    }
  }
  return { care, refer };
}

function positive(issues: Issues, path: readonly string[], given: unknown, base: PositiveThreshold, max: number): PositiveThreshold {
  if (given === undefined) return base;
  if (!checkObject(issues, path, given, POSITIVE)) return base;
  if (given.positive === undefined) return base;
  return checkInt(issues, [...path, "positive"], given.positive, 0, max) ? { positive: given.positive } : base;
}

function fit(issues: Issues, path: readonly string[], given: unknown, base: FitThresholds): FitThresholds {
  if (given === undefined) return base;
  if (!checkObject(issues, path, given, FIT_KEYS)) return base;
  let minAnswered = base.minAnswered;
  if (given.minAnswered !== undefined && checkInt(issues, [...path, "minAnswered"], given.minAnswered, 1, 12)) {
    minAnswered = given.minAnswered;
  }
  const { care, refer } = careRefer(issues, path, { care: given.care, refer: given.refer }, base, [0, 1], "care-above-refer", false);
  return { minAnswered, care, refer };
}

/**
 * @internal Validates overrides and merges them over the default policy. Issue paths start
 * with `prefix` (`["policy"]` from assess options).
 */
export function resolvePolicy(overrides: unknown, prefix: readonly string[] = []): Policy {
  if (overrides === undefined) return DEFAULT_POLICY;
  const issues: Issues = [];
  const d = DEFAULT_POLICY;
  if (!checkObject(issues, prefix, overrides, POLICY_KEYS)) throw new ScopeConfigError(issues, "Invalid policy");
  let thresholds = d.thresholds;
  const t = overrides.thresholds;
  const tp = [...prefix, "thresholds"];
  if (t !== undefined && checkObject(issues, tp, t, THRESHOLD_KEYS)) {
    const range = (id: "phq9" | "gad7" | "k10" | "k6" | "who5"): readonly [number, number] => SCALES[id].totalRange;
    thresholds = {
      phq9: careRefer(issues, [...tp, "phq9"], t.phq9, d.thresholds.phq9, range("phq9"), "care-below-refer", true),
      gad7: careRefer(issues, [...tp, "gad7"], t.gad7, d.thresholds.gad7, range("gad7"), "care-below-refer", true),
      phq2: positive(issues, [...tp, "phq2"], t.phq2, d.thresholds.phq2, SCALES.phq2.totalRange[1]),
      gad2: positive(issues, [...tp, "gad2"], t.gad2, d.thresholds.gad2, SCALES.gad2.totalRange[1]),
      k10: careRefer(issues, [...tp, "k10"], t.k10, d.thresholds.k10, range("k10"), "care-below-refer", true),
      k6: careRefer(issues, [...tp, "k6"], t.k6, d.thresholds.k6, range("k6"), "care-below-refer", true),
      who5: careRefer(issues, [...tp, "who5"], t.who5, d.thresholds.who5, range("who5"), "care-above-refer", true),
      indicators: careRefer(issues, [...tp, "indicators"], t.indicators, d.thresholds.indicators, [1, INDICATOR_COUNT], "care-below-refer", true),
      fit: fit(issues, [...tp, "fit"], t.fit, d.thresholds.fit),
    };
  }
  let phq9Item9 = d.phq9Item9;
  if (overrides.phq9Item9 !== undefined && checkEnum(issues, [...prefix, "phq9Item9"], overrides.phq9Item9, ["refer", "crisis"])) {
    phq9Item9 = overrides.phq9Item9;
  }
  const flag = (key: "requireRiskScreen" | "alongsideTreatment"): boolean => {
    const value = overrides[key];
    return value !== undefined && checkBoolean(issues, [...prefix, key], value) ? value : d[key];
  };
  const requireRiskScreen = flag("requireRiskScreen");
  const alongsideTreatment = flag("alongsideTreatment");
  if (issues.length > 0) throw new ScopeConfigError(issues, "Invalid policy");
  return deepFreeze({ thresholds, phq9Item9, requireRiskScreen, alongsideTreatment });
}
