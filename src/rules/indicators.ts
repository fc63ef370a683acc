/**
 * The referral-indicator rule: several ICF indicators together mean referral; one or two mean
 * coaching with care (`thoughts-of-death` has its own rule).
 *
 * @internal
 * @module
 */
import { int, literal, obj, oneOf, optional } from "../shared/shape.js";
import type { ScopeLevel } from "./levels.js";
import { finding, type Rule } from "./rule.js";

const evidence = /* @__PURE__ */ obj({
  count: int(),
  threshold: int(),
  thresholdName: oneOf(["care", "refer"]),
  loweredFrom: optional(literal("refer")),
});

/** @internal */
export const INDICATORS: Rule<"indicators", typeof evidence> = /* @__PURE__ */ (() => {
  const rule: Rule<"indicators", typeof evidence> = {
    code: "indicators",
    kind: "symptom",
    evidence,
    reads: ["indicators"],
    find(ctx) {
      const indicators = ctx.input.indicators;
      if (indicators === undefined) return [];
      const count = indicators.filter((id) => id !== "thoughts-of-death").length;
      const t = ctx.policy.thresholds.indicators;
      const level: ScopeLevel = count >= t.refer ? "refer" : count >= t.care ? "coaching-with-care" : "coaching";
      if (level === "coaching") return [];
      const refer = level === "refer";
      return [finding(rule, level, { count, threshold: refer ? t.refer : t.care, thresholdName: refer ? "refer" : "care" })];
    },
    params: (e) => ({ count: e.count, threshold: e.threshold }),
  };
  return rule;
})();
