/**
 * Treatment: a client in psychotherapy or psychiatric care is coached with care; where the
 * treating professional supports coaching, the reasons docs/clinical-basis.md lists (scores below their
 * severe band, indicators without hopelessness, daily functioning, self-described unwell, a
 * recent discharge) are lowered from `refer` to `coaching-with-care` ("coaching picks up from
 * where psychotherapy leaves off"). Never a risk reason, and never a treating professional's
 * advice against coaching. Lowering returns new findings; nothing made earlier is changed.
 *
 * @internal
 * @module
 */
import { list, literal, obj, optional, str } from "../shared/shape.js";
import { NONE, finding, type Finding, type Rule } from "./rule.js";

// Only what was answered yes: a question never asked must not read as a "no".
const concurrentEvidence = /* @__PURE__ */ obj({ inPsychotherapy: optional(literal(true)), inPsychiatricCare: optional(literal(true)) });

/** Whether the alongside-treatment rule would lower a finding, were the professional to support coaching. */
const wouldLower = (f: Finding) => f.lowerable && f.level === "refer";

/**
 * @internal In care: coaching with care. Where the professional's view is unknown and it would
 * lower some reason, the question is in `missing`.
 */
export const CONCURRENT_TREATMENT: Rule<"concurrent-treatment", typeof concurrentEvidence> = /* @__PURE__ */ (() => {
  const rule: Rule<"concurrent-treatment", typeof concurrentEvidence> = {
    code: "concurrent-treatment",
    kind: "context",
    evidence: concurrentEvidence,
    reads: ["treatment", "risk", "instruments", "indicators", "dailyFunctioningImpaired", "preferences"],
    find(ctx, earlier) {
      if (!ctx.inTreatment) return NONE;
      const t = ctx.input.treatment;
      const evidence: { inPsychotherapy?: true; inPsychiatricCare?: true } = {};
      if (t?.inPsychotherapy === true) evidence.inPsychotherapy = true;
      if (t?.inPsychiatricCare === true) evidence.inPsychiatricCare = true;
      const ask = t?.professionalSupportsCoaching === undefined && ctx.policy.alongsideTreatment && earlier.some(wouldLower);
      return [finding(rule, "coaching-with-care", evidence, ask ? [["treatment", "professionalSupportsCoaching"]] : undefined)];
    },
  };
  return rule;
})();

const alongsideEvidence = /* @__PURE__ */ obj({ professionalSupportsCoaching: literal(true), lowered: list(str()) });

/** @internal Alongside treatment the professional supports: the reasons it may lower, lowered. */
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
        if (!wouldLower(f)) return f;
        lowered.push(f.code);
        const evidence: Record<string, unknown> = {};
        for (const key in f.evidence) evidence[key] = f.evidence[key];
        evidence["loweredFrom"] = "refer";
        return { code: f.code, kind: f.kind, level: "coaching-with-care", evidence, missing: f.missing, lowerable: false };
      });
      if (lowered.length > 0) out.push(finding(rule, "coaching-with-care", { professionalSupportsCoaching: true, lowered }));
      return out;
    },
  };
  return rule;
})();
