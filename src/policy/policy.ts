/**
 * The screening policy: thresholds and switches. Its shape, its defaults and its checks are
 * derived from the instrument registry, so an instrument's thresholds are declared once, in its
 * definition.
 *
 * @module
 */
import { checkBoolean, checkEnum, checkInt, checkNumber, checkObject, checkRange, deepFreeze, push, type Issues, type Path } from "../shared/check.js";
import { ScopeConfigError } from "../shared/errors.js";
import { REGISTRY, type MeasureId, type Registry, type RiskItemPolicyKey, type ScreenId } from "../instruments/registry.js";
import { INDICATOR_IDS } from "../input/screening-input.js";
import { DIMENSION_IDS } from "../model/model.js";

/**
 * "At or above" thresholds of a score or count: `care` gives `coaching-with-care`, `refer`
 * gives `refer`. For the WHO-5 they are "at or below" (lower is worse).
 *
 * @example
 * ```ts
 * const phq9: CareReferThresholds = { care: 5, refer: 10 };
 * ```
 */
export interface CareReferThresholds {
  /** The score or count at or past which the rule gives `coaching-with-care`. */
  readonly care: number;
  /** The score or count at or past which the rule gives `refer`. */
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
 * Every threshold of a policy: `care`/`refer` for each instrument that measures (on its
 * canonical total; at or below for the WHO-5), `positive` for each short screen, and the
 * indicator and fit thresholds.
 *
 * @example
 * ```ts
 * DEFAULT_POLICY.thresholds.k10;
 * //=> { care: 16, refer: 22 }
 * ```
 */
export type PolicyThresholds = { readonly [M in MeasureId]: CareReferThresholds } & { readonly [S in ScreenId]: PositiveThreshold } & {
  /** Count of referral indicators other than `thoughts-of-death`, at or above. */
  readonly indicators: CareReferThresholds;
  /** Coaching share of the client's stated preferences, below. */
  readonly fit: FitThresholds;
};

/**
 * A complete screening policy: thresholds and switches. See {@link DEFAULT_POLICY} for the
 * defaults and docs/policy.md for the source of each.
 *
 * - `thresholds`: see {@link PolicyThresholds}.
 * - `phq9Item9`: the level of a PHQ-9 item 9 answer above 0, `refer` (default) or `crisis`.
 * - `requireRiskScreen`: when true (default), an unanswered risk screen gives `incomplete`.
 * - `alongsideTreatment`: when true (default), a client in treatment whose professional
 *   supports coaching has symptom and fit reasons at `refer` lowered to `coaching-with-care`.
 *
 * @example
 * ```ts
 * const policy: Policy = DEFAULT_POLICY;
 * policy.phq9Item9;
 * //=> "refer"
 * ```
 */
export type Policy = {
  /** The thresholds of the score, indicator and fit rules. */
  readonly thresholds: PolicyThresholds;
} & { readonly [K in RiskItemPolicyKey]: "refer" | "crisis" } & {
  /** When true (default), an unanswered risk screen gives `incomplete`. */
  readonly requireRiskScreen: boolean;
  /** When true (default), reasons at `refer` from symptoms and fit are lowered for a client whose treating professional supports coaching. */
  readonly alongsideTreatment: boolean;
};

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

/** @internal How one threshold group is checked, derived from the registry. */
export type ThresholdSpec =
  | {
      readonly key: string;
      readonly kind: "care-refer";
      readonly range: readonly [number, number];
      /** `care-below-refer` where higher is worse; `care-above-refer` where lower is worse. */
      readonly order: "care-below-refer" | "care-above-refer";
      readonly integer: boolean;
      readonly defaults: CareReferThresholds;
    }
  | { readonly key: string; readonly kind: "positive"; readonly range: readonly [number, number]; readonly defaults: PositiveThreshold }
  | { readonly key: "fit"; readonly kind: "fit"; readonly answered: readonly [number, number]; readonly defaults: FitThresholds };

/** @internal Everything a policy holds, as specs: the thresholds, the risk-item levels, the switches. */
export interface PolicySpec {
  readonly thresholds: readonly ThresholdSpec[];
  /** The risk-item policy keys (`phq9Item9`) and their default level. */
  readonly riskItems: readonly string[];
  readonly flags: readonly ("requireRiskScreen" | "alongsideTreatment")[];
  readonly defaults: Policy;
}

/** @internal The policy's specs for a registry's instruments. */
export /* @__NO_SIDE_EFFECTS__ */ function policySpec(registry: Registry): PolicySpec {
  const thresholds: ThresholdSpec[] = registry.instruments.map((i) =>
    "positive" in i.thresholds
      ? { key: i.id, kind: "positive", range: i.totalRange, defaults: i.thresholds }
      : {
          key: i.id,
          kind: "care-refer",
          range: i.totalRange,
          order: i.direction === "higher-is-worse" ? "care-below-refer" : "care-above-refer",
          integer: true,
          defaults: i.thresholds,
        },
  );
  // Every indicator but thoughts-of-death counts towards the indicators threshold.
  thresholds.push(
    { key: "indicators", kind: "care-refer", range: [1, INDICATOR_IDS.length - 1], order: "care-below-refer", integer: true, defaults: { care: 1, refer: 3 } },
    { key: "fit", kind: "fit", answered: [1, DIMENSION_IDS.length], defaults: { minAnswered: 4, care: 0.5, refer: 0.25 } },
  );
  const riskItems = registry.withRiskItem.map((i) => i.riskPolicyKey!);
  const defaults = {
    thresholds: Object.fromEntries(thresholds.map((t) => [t.key, t.defaults])),
    ...Object.fromEntries(riskItems.map((key) => [key, "refer"])),
    requireRiskScreen: true,
    alongsideTreatment: true,
  } as unknown as Policy;
  return { thresholds, riskItems, flags: ["requireRiskScreen", "alongsideTreatment"], defaults: deepFreeze(defaults) };
}

/** @internal The library's policy specs. */
export const POLICY_SPEC: PolicySpec = /* @__PURE__ */ policySpec(REGISTRY);

/**
 * The default policy, deeply frozen. docs/clinical-basis.md gives the source of each
 * default, and says which are the library's own judgement (the `care` thresholds at the start
 * of each "mild" band, the indicator counts, the fit shares) and which rest on an unverified
 * figure (the WHO-5 `refer` threshold). Each instrument's defaults are in its definition
 * (`INSTRUMENTS`):
 *
 * | threshold | care | refer |
 * |---|---|---|
 * | PHQ-9, PHQ-8 total | ≥ 5 (mild) | ≥ 10 (moderate; sens./spec. 88 %) |
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
export const DEFAULT_POLICY: Policy = /* @__PURE__ */ (() => POLICY_SPEC.defaults)();

type Checked = number | typeof Number.NaN;

function checkThreshold(issues: Issues, path: Path, value: unknown, range: readonly [number, number], integer: boolean): Checked {
  const ok = integer ? checkInt(issues, path, value, range[0], range[1]) : checkNumber(issues, path, value) && checkRange(issues, path, value, range[0], range[1]);
  return ok ? (value as number) : Number.NaN;
}

function careRefer(issues: Issues, path: Path, given: Record<string, unknown>, base: CareReferThresholds, spec: { range: readonly [number, number]; order: string; integer: boolean }): CareReferThresholds {
  const care = given["care"] === undefined ? base.care : checkThreshold(issues, [...path, "care"], given["care"], spec.range, spec.integer);
  const refer = given["refer"] === undefined ? base.refer : checkThreshold(issues, [...path, "refer"], given["refer"], spec.range, spec.integer);
  if (!Number.isNaN(care) && !Number.isNaN(refer) && (spec.order === "care-below-refer" ? care > refer : care < refer)) {
    const relation = spec.order === "care-below-refer" ? "at most" : "at least";
    const lower = spec.order === "care-below-refer" ? "" : " and lower scores are worse here";
    push(issues, [...path, given["care"] !== undefined ? "care" : "refer"], "custom", `care (${care}) must be ${relation} refer (${refer}): care is the milder level${lower}`);
  }
  return { care, refer };
}

const CARE_REFER_KEYS = /* @__PURE__ */ new Set(["care", "refer"]);
const POSITIVE_KEYS = /* @__PURE__ */ new Set(["positive"]);
const FIT_KEYS = /* @__PURE__ */ new Set(["minAnswered", "care", "refer"]);

function thresholdGroup(issues: Issues, path: Path, given: unknown, spec: ThresholdSpec): unknown {
  if (given === undefined) return spec.defaults;
  const keys = spec.kind === "care-refer" ? CARE_REFER_KEYS : spec.kind === "positive" ? POSITIVE_KEYS : FIT_KEYS;
  if (!checkObject(issues, path, given, keys)) return spec.defaults;
  switch (spec.kind) {
    case "care-refer":
      return careRefer(issues, path, given, spec.defaults, spec);
    case "positive":
      if (given["positive"] === undefined) return spec.defaults;
      return { positive: checkThreshold(issues, [...path, "positive"], given["positive"], spec.range, true) };
    case "fit": {
      const minAnswered = given["minAnswered"] === undefined ? spec.defaults.minAnswered : checkThreshold(issues, [...path, "minAnswered"], given["minAnswered"], spec.answered, true);
      const shares = careRefer(issues, path, given, spec.defaults, { range: [0, 1], order: "care-above-refer", integer: false });
      return { minAnswered, ...shares };
    }
  }
}

/**
 * @internal Validates overrides and merges them over a policy's defaults. Issue paths start
 * with `prefix` (`["policy"]` from assess options).
 */
export function resolvePolicy(overrides: unknown, prefix: Path = [], spec: PolicySpec = POLICY_SPEC): Policy {
  const d = spec.defaults;
  if (overrides === undefined) return d;
  const issues: Issues = [];
  const topKeys = new Set(["thresholds", ...spec.riskItems, ...spec.flags]);
  if (!checkObject(issues, prefix, overrides, topKeys)) throw new ScopeConfigError(issues, "Invalid policy");
  let thresholds: unknown = d.thresholds;
  const given = overrides["thresholds"];
  const tp = [...prefix, "thresholds"];
  if (given !== undefined && checkObject(issues, tp, given, new Set(spec.thresholds.map((t) => t.key)))) {
    thresholds = Object.fromEntries(spec.thresholds.map((t) => [t.key, thresholdGroup(issues, [...tp, t.key], given[t.key], t)]));
  }
  const out: Record<string, unknown> = { thresholds };
  const base = d as unknown as Record<string, unknown>;
  for (const key of spec.riskItems) {
    const value = overrides[key];
    out[key] = value !== undefined && checkEnum(issues, [...prefix, key], value, ["refer", "crisis"]) ? value : base[key];
  }
  for (const key of spec.flags) {
    const value = overrides[key];
    out[key] = value !== undefined && checkBoolean(issues, [...prefix, key], value) ? value : base[key];
  }
  if (issues.length > 0) throw new ScopeConfigError(issues, "Invalid policy");
  return deepFreeze(out as unknown as Policy);
}
