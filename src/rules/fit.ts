/**
 * The fit rule: what the client is looking for, row by row of the comparison, against the
 * coaching column.
 *
 * @internal
 * @module
 */
import { int, num, obj } from "../shared/shape.js";
import { NONE, finding, type Rule } from "./rule.js";

const evidence = /* @__PURE__ */ obj({
  answered: int(),
  coaching: int(),
  psychotherapy: int(),
  coachingShare: num(),
  threshold: num(),
});

/** @internal What the client expects, against the comparison: at most `coaching-with-care` ("talk about what the client expects"); fit never refers. */
export const FIT: Rule<"fit", typeof evidence> = /* @__PURE__ */ (() => {
  const rule: Rule<"fit", typeof evidence> = {
    code: "fit",
    kind: "fit",
    evidence,
    reads: ["preferences"],
    find(ctx) {
      const fit = ctx.fit;
      const t = ctx.policy.thresholds.fit;
      if (fit === undefined || fit.answered < t.minAnswered || fit.coachingShare >= t.care) return NONE;
      return [finding(rule, "coaching-with-care", { answered: fit.answered, coaching: fit.coaching, psychotherapy: fit.psychotherapy, coachingShare: fit.coachingShare, threshold: t.care })];
    },
    params: (e) => ({ answered: e.answered, coaching: e.coaching, psychotherapy: e.psychotherapy }),
  };
  return rule;
})();
