/**
 * The referral-indicator rule: several ICF indicators together mean referral; one or two mean
 * coaching with care (`thoughts-of-death` has its own rule).
 *
 * @internal
 * @module
 */
import { INDICATOR_IDS, type IndicatorId } from "../input/screening-input.js";
import { int, list, literal, obj, oneOf, optional } from "../shared/shape.js";
import type { ScopeLevel } from "./levels.js";
import { DEATH_INDICATOR } from "./risk.js";
import { NONE, finding, lowerableFinding, type Rule } from "./rule.js";

const evidence = /* @__PURE__ */ obj({
  indicators: list(oneOf(INDICATOR_IDS)),
  count: int(),
  threshold: int(),
  thresholdName: oneOf(["care", "refer", "hopelessness"]),
  loweredFrom: optional(literal("refer")),
});

/** The indicator that always gives at least coaching with care, and is never lowered: a long-established predictor of suicide (Beck 1985). */
const HOPELESSNESS = "hopelessness" satisfies IndicatorId;

/** @internal */
export const INDICATORS: Rule<"indicators", typeof evidence> = /* @__PURE__ */ (() => {
  const rule: Rule<"indicators", typeof evidence> = {
    code: "indicators",
    kind: "symptom",
    evidence,
    reads: ["indicators"],
    find(ctx) {
      const noted = ctx.input.indicators;
      if (noted === undefined) return NONE;
      const indicators = noted.filter((id) => id !== DEATH_INDICATOR);
      const count = indicators.length;
      const hopeless = indicators.includes(HOPELESSNESS);
      const t = ctx.policy.thresholds.indicators;
      const byCount: ScopeLevel = count >= t.refer ? "refer" : count >= t.care ? "coaching-with-care" : "coaching";
      const level: ScopeLevel = byCount === "coaching" && hopeless ? "coaching-with-care" : byCount;
      if (level === "coaching") return NONE;
      const thresholdName = byCount === "refer" ? "refer" : byCount === "coaching-with-care" ? "care" : "hopelessness";
      const e = { indicators, count, threshold: thresholdName === "refer" ? t.refer : thresholdName === "care" ? t.care : 1, thresholdName };
      return [hopeless ? finding(rule, level, e) : lowerableFinding(rule, level, e)];
    },
    variants: ["hopelessness"],
    variant: (e) => (e.thresholdName === "hopelessness" ? "hopelessness" : undefined),
    params: (e) => ({ count: e.count, threshold: e.threshold }),
  };
  return rule;
})();
