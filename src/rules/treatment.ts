/**
 * Treatment: a client in psychotherapy or psychiatric care is coached with care; where the
 * treating professional supports coaching, symptom and fit reasons at `refer` are lowered to
 * `coaching-with-care` ("coaching picks up from where psychotherapy leaves off"). Lowering
 * returns new findings; nothing made earlier is changed.
 *
 * @internal
 * @module
 */
import { bool, list, literal, obj, str } from "../shared/shape.js";
import { finding, type Finding, type Rule } from "./rule.js";

const concurrentEvidence = /* @__PURE__ */ obj({ inPsychotherapy: bool(), inPsychiatricCare: bool() });

/** @internal */
export const CONCURRENT_TREATMENT: Rule<"concurrent-treatment", typeof concurrentEvidence> = /* @__PURE__ */ (() => {
  const rule: Rule<"concurrent-treatment", typeof concurrentEvidence> = {
    code: "concurrent-treatment",
    kind: "context",
    evidence: concurrentEvidence,
    reads: ["treatment.inPsychotherapy", "treatment.inPsychiatricCare"],
    find(ctx) {
      if (!ctx.inTreatment) return [];
      const t = ctx.input.treatment;
      return [finding(rule, "coaching-with-care", { inPsychotherapy: t?.inPsychotherapy === true, inPsychiatricCare: t?.inPsychiatricCare === true })];
    },
  };
  return rule;
})();

const alongsideEvidence = /* @__PURE__ */ obj({ professionalSupportsCoaching: literal(true), lowered: list(str()) });

/** @internal */
export const ALONGSIDE_TREATMENT: Rule<"alongside-treatment", typeof alongsideEvidence> = /* @__PURE__ */ (() => {
  const rule: Rule<"alongside-treatment", typeof alongsideEvidence> = {
    code: "alongside-treatment",
    kind: "context",
    evidence: alongsideEvidence,
    reads: ["treatment"],
    revise(ctx, earlier) {
      if (!ctx.alongside) return earlier;
      const lowered: string[] = [];
      const out: Finding[] = earlier.map((f) => {
        if ((f.kind !== "symptom" && f.kind !== "fit") || f.level !== "refer") return f;
        lowered.push(f.code);
        return { ...f, level: "coaching-with-care", evidence: { ...f.evidence, loweredFrom: "refer" } };
      });
      if (lowered.length > 0) out.push(finding(rule, "coaching-with-care", { professionalSupportsCoaching: true, lowered }));
      return out;
    },
  };
  return rule;
})();
