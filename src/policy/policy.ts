/**
 * The screening policy: thresholds and switches. Its shape, its defaults and its checks are
 * derived from the instrument registry, so an instrument's thresholds are declared once, in its
 * definition.
 *
 * @module
 */
import { deepFreeze, type Issues, type Path } from "../shared/check.js";
import { ScopeConfigError } from "../shared/errors.js";
import { bool, crossedThresholds, int, num, obj, oneOf, optional, type ObjectShape, type Shape } from "../shared/shape.js";
import { compileShape, type Checker } from "../input/validate.js";
import { REGISTRY, type MeasureId, type Registry, type RiskItemPolicyKey, type ScreenId } from "../instruments/registry.js";
import { INDICATOR_IDS } from "../input/screening-input.js";
import { DIMENSION_IDS } from "../model/model.js";

/** @internal The levels a risk item's reason may be set to; the first is the default. */
export const RISK_ITEM_LEVELS = ["refer", "crisis"] as const;

/**
 * The level a risk item's reason may be set to in the policy (`"refer"` by default).
 *
 * @example
 * ```ts
 * const level: RiskItemLevel = "crisis";
 * ```
 */
export type RiskItemLevel = (typeof RISK_ITEM_LEVELS)[number];

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
 * below `care` gives `coaching-with-care` ("talk about what the client expects"). Fit never
 * refers: there is no `refer` threshold.
 *
 * @example
 * ```ts
 * const fit: FitThresholds = { minAnswered: 4, care: 0.5 };
 * ```
 */
export interface FitThresholds {
  /** The fewest stated preferences for the fit rule to apply. */
  readonly minAnswered: number;
  /** The coaching share (0 to 1) below which the rule gives `coaching-with-care`. */
  readonly care: number;
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
 *   supports coaching has the reasons docs/policy.md lists lowered from `refer` to
 *   `coaching-with-care` (never a risk reason, and never a score in its severe band).
 * - `assessmentValidDays`: how many days a professional's risk assessment stands in for
 *   unanswered risk questions (default 14, at most 30).
 * - `requireRedFlags`, `requireAge`: when true (default), unanswered red flags, and an unknown
 *   age, give `incomplete`.
 * - `minAge` (13) and `adultAge` (18, at least 16): under `minAge` a client is referred to youth
 *   services; under `adultAge` a minor is coached only with a guardian's consent.
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
} & { readonly [K in RiskItemPolicyKey]: RiskItemLevel } & {
  /** When true (default), an unanswered risk screen gives `incomplete`. */
  readonly requireRiskScreen: boolean;
  /** When true (default), the reasons docs/policy.md lists are lowered from `refer` for a client whose treating professional supports coaching. */
  readonly alongsideTreatment: boolean;
  /** How many days (0 to 30; default 14) a professional's risk assessment stands in for unanswered risk questions. */
  readonly assessmentValidDays: number;
  /** When true (default), each unanswered red flag gives `incomplete` and is in `missing`. */
  readonly requireRedFlags: boolean;
  /** When true (default), an unknown age (neither `client.age` nor `client.adult`) gives `incomplete`. */
  readonly requireAge: boolean;
  /** Under this age (default 13; 0 to `adultAge`) a client is referred to youth services (`under-minimum-age`). */
  readonly minAge: number;
  /** Under this age (default 18; 16 to 21) a client is a minor: coached only with a guardian's consent (`minor`). */
  readonly adultAge: number;
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
      /** The most lenient `refer` a policy may set (at most it, or at least it where lower is worse). */
      readonly referLimit: number;
      /** The strictest `refer` a policy may set, where it is not the range's end (the PC-PTSD-5's 3). */
      readonly referFloor?: number;
      readonly defaults: CareReferThresholds;
    }
  | { readonly key: string; readonly kind: "positive"; readonly range: readonly [number, number]; readonly defaults: PositiveThreshold }
  | { readonly key: "fit"; readonly kind: "fit"; readonly answered: readonly [number, number]; readonly defaults: FitThresholds };

/** @internal Everything a policy holds, as specs: the thresholds, the risk-item levels, the switches. */
export interface PolicySpec {
  readonly thresholds: readonly ThresholdSpec[];
  /** The policy keys that set the level of a risk item's reason (`phq9Item9`); each defaults to `refer`. */
  readonly riskItemKeys: readonly string[];
  readonly flags: readonly PolicyFlag[];
  /** Whole numbers of the policy, with their ranges. */
  readonly counts: readonly { readonly key: PolicyCount; readonly range: readonly [number, number]; readonly default: number }[];
  readonly defaults: Policy;
}

/** @internal The policy's switches and whole numbers, with their defaults and ranges (docs/policy.md). */
const FLAGS = ["requireRiskScreen", "requireRedFlags", "requireAge", "alongsideTreatment"] as const;
type PolicyFlag = (typeof FLAGS)[number];
const COUNTS = [
  { key: "assessmentValidDays", range: [0, 30], default: 14 },
  // Under minAge a client is referred to youth services; adultAge may not be set below 16.
  { key: "minAge", range: [0, 21], default: 13 },
  { key: "adultAge", range: [16, 21], default: 18 },
] as const;
type PolicyCount = (typeof COUNTS)[number]["key"];

/** @internal The policy's specs for a registry's instruments. */
export /* @__NO_SIDE_EFFECTS__ */ function policySpec(registry: Registry): PolicySpec {
  const thresholds: ThresholdSpec[] = registry.instruments.map((i) =>
    "positive" in i.thresholds
      ? { key: i.id, kind: "positive", range: i.positiveRange!, defaults: i.thresholds }
      : {
          key: i.id,
          kind: "care-refer",
          range: i.totalRange,
          order: i.direction === "higher-is-worse" ? "care-below-refer" : "care-above-refer",
          integer: true,
          referLimit: i.referLimit!,
          ...(i.referFloor === undefined ? {} : { referFloor: i.referFloor }),
          defaults: i.thresholds,
        },
  );
  // Every indicator but thoughts-of-death counts towards the indicators threshold; four or more
  // together always refer (docs/policy.md; the ICF's "several emerging together").
  thresholds.push(
    { key: "indicators", kind: "care-refer", range: [1, INDICATOR_IDS.length - 1], order: "care-below-refer", integer: true, referLimit: 4, defaults: { care: 1, refer: 3 } },
    // clientState says how the client describes themself, not what they prefer: it is not counted.
    { key: "fit", kind: "fit", answered: [1, DIMENSION_IDS.length - 1], defaults: { minAnswered: 4, care: 0.5 } },
  );
  const riskItemKeys = registry.withRiskItem.map((i) => i.riskPolicyKey!);
  const defaults = {
    thresholds: Object.fromEntries(thresholds.map((t) => [t.key, t.defaults])),
    ...Object.fromEntries(riskItemKeys.map((key) => [key, RISK_ITEM_LEVELS[0]])),
    ...Object.fromEntries(FLAGS.map((key) => [key, true])),
    ...Object.fromEntries(COUNTS.map((c) => [c.key, c.default])),
  } as unknown as Policy;
  return { thresholds, riskItemKeys, flags: FLAGS, counts: COUNTS, defaults: deepFreeze(defaults) };
}

/** @internal The library's policy specs. */
export const POLICY_SPEC: PolicySpec = /* @__PURE__ */ policySpec(REGISTRY);

/**
 * The default policy, deeply frozen. Each instrument's thresholds come from its definition;
 * docs/clinical-basis.md gives the source of every default, and says which are the library's
 * own judgement (the `care` thresholds at the start of each "mild" band, the indicator counts,
 * the fit shares) and which rest on an unverified figure (the WHO-5 `refer` threshold).
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

function groupShape(t: ThresholdSpec, partial: boolean): ObjectShape {
  const field = (s: Shape) => (partial ? optional(s) : s);
  switch (t.kind) {
    case "care-refer": {
      const [low, high] = t.range;
      const value = (min: number, max: number) => (t.integer ? int(min, max) : num(min, max));
      // refer may not be set past its limit: a more lenient policy would clear people the sources say to refer.
      const refer = t.order === "care-below-refer" ? value(t.referFloor ?? low, t.referLimit) : value(t.referLimit, high);
      const problem = t.order === "care-below-refer" ? (care: number, refer: number) => crossedThresholds(care, refer, t.order) : (refer: number, care: number) => crossedThresholds(care, refer, t.order);
      const [lowKey, highKey] = t.order === "care-below-refer" ? ["care", "refer"] : ["refer", "care"];
      return { ...obj({ care: field(value(low, high)), refer: field(refer) }), order: { low: lowKey!, high: highKey!, defaults: t.defaults as unknown as Readonly<Record<string, number>>, problem } };
    }
    case "positive":
      return obj({ positive: field(int(t.range[0], t.range[1])) });
    case "fit":
      return {
        ...obj({ minAnswered: field(int(t.answered[0], t.answered[1])), care: field(num(0, 1)) }),
      };
  }
}

/**
 * @internal The shape of a policy (`partial`: of overrides, every field optional at every
 * depth), from which its validation, its zod schema and its JSON Schema are all derived.
 */
export function policyShape(spec: PolicySpec, partial: boolean): ObjectShape {
  const field = (s: Shape) => (partial ? optional(s) : s);
  const thresholds = obj(Object.fromEntries(spec.thresholds.map((t) => [t.key, field(groupShape(t, partial))])));
  const shape = obj({
    thresholds: field(thresholds),
    ...Object.fromEntries(spec.riskItemKeys.map((key) => [key, field(oneOf(RISK_ITEM_LEVELS))])),
    ...Object.fromEntries(spec.flags.map((key) => [key, field(bool())])),
    ...Object.fromEntries(spec.counts.map((c) => [c.key, field(int(c.range[0], c.range[1]))])),
  });
  // The minimum age may not be past the adult age (the one left out is its default).
  return { ...shape, order: { low: "minAge", high: "adultAge", defaults: spec.defaults as unknown as Readonly<Record<string, number>>, problem: agesProblem } };
}

/** The problem with a minimum age past the adult age, in words; `undefined` when there is none. */
function agesProblem(minAge: number, adultAge: number): string | undefined {
  return minAge <= adultAge ? undefined : `minAge (${minAge}) must be at most adultAge (${adultAge}): under minAge a client is referred, under adultAge a minor`;
}

/** The overrides' checker of each policy spec, compiled on first use. */
const checkers = /* @__PURE__ */ new WeakMap<PolicySpec, Checker>();

/** Overrides, checked, merged over the defaults: each threshold group key by key. */
function merge(defaults: Policy, given: Readonly<Record<string, unknown>>): Policy {
  const base = defaults as unknown as Readonly<Record<string, unknown>>;
  const out: Record<string, unknown> = { ...base, ...given };
  const groups = given["thresholds"] as Readonly<Record<string, object>> | undefined;
  if (groups !== undefined) {
    const thresholds = { ...(base["thresholds"] as Readonly<Record<string, object>>) };
    for (const key of Object.keys(groups)) thresholds[key] = { ...thresholds[key], ...groups[key] };
    out["thresholds"] = thresholds;
  }
  return out as unknown as Policy;
}

/**
 * @internal Validates overrides and merges them over a policy's defaults. Issue paths start
 * with `prefix` (`["policy"]` from assess options).
 */
export function resolvePolicy(overrides: unknown, prefix: Path = [], spec: PolicySpec = POLICY_SPEC): Policy {
  if (overrides === undefined) return spec.defaults;
  let check = checkers.get(spec);
  if (check === undefined) checkers.set(spec, (check = compileShape(policyShape(spec, true), [])));
  const issues: Issues = [];
  const given = check(overrides, issues);
  if (issues.length > 0) {
    throw new ScopeConfigError(issues.map((i) => ({ ...i, path: [...prefix, ...i.path] })), "Invalid policy");
  }
  return deepFreeze(merge(spec.defaults, given as Readonly<Record<string, unknown>>));
}
