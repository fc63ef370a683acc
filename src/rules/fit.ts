/**
 * The fit rule: what the client is looking for, row by row of the comparison, against the
 * coaching column.
 *
 * @internal
 * @module
 */
import { int, literal, num, obj, oneOf, optional } from "../shared/shape.js";
import type { ScopeLevel } from "./levels.js";
import { finding, type Rule } from "./rule.js";

const evidence = /* @__PURE__ */ obj({
  answered: int(),
  coaching: int(),
  psychotherapy: int(),
  coachingShare: num(),
  threshold: num(),
  thresholdName: oneOf(["care", "refer"]),
  loweredFrom: optional(literal("refer")),
});

/** @internal */
export const FIT: Rule<"fit", typeof evidence> = /* @__PURE__ */ (() => {
  const rule: Rule<"fit", typeof evidence> = {
    code: "fit",
    kind: "fit",
    evidence,
    reads: ["preferences"],
    find(ctx) {
      const fit = ctx.fit;
      const t = ctx.policy.thresholds.fit;
      if (fit === undefined || fit.answered < t.minAnswered) return [];
      const level: ScopeLevel = fit.coachingShare < t.refer ? "refer" : fit.coachingShare < t.care ? "coaching-with-care" : "coaching";
      if (level === "coaching") return [];
      const refer = level === "refer";
      return [finding(rule, level, { ...fit, threshold: refer ? t.refer : t.care, thresholdName: refer ? "refer" : "care" })];
    },
    params: (e) => ({ answered: e.answered, coaching: e.coaching, psychotherapy: e.psychotherapy }),
  };
  return rule;
})();
