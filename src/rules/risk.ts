/**
 * Risk rules beyond single answers: an instrument's risk item (PHQ-9 item 9) and the
 * `thoughts-of-death` indicator.
 *
 * @internal
 * @module
 */
import { DEATH_INDICATOR } from "../input/screening-input.js";
import type { Instrument } from "../instruments/registry.js";
import { int, literal, obj, type ObjectShape } from "../shared/shape.js";
import type { ScopeLevel } from "./levels.js";
import { NONE, finding, type Rule } from "./rule.js";

/** @internal An instrument's risk item answered above its least severe answer gives the level the policy names. */
export /* @__NO_SIDE_EFFECTS__ */ function riskItemRule(instrument: Instrument): Rule {
  const field = instrument.riskField!;
  const least = instrument.answerOrder[0];
  const rule: Rule = {
    code: instrument.riskCode!,
    kind: "risk",
    evidence: obj({ [field]: int(...instrument.itemRange) }) as ObjectShape<Readonly<Record<string, unknown>>>,
    reads: [`instruments.${instrument.id}`],
    find(ctx) {
      const answer = ctx.byId.get(instrument.id)?.riskAnswer;
      if (answer === undefined || answer === null || answer === least) return NONE;
      const level = (ctx.policy as unknown as Readonly<Record<string, ScopeLevel>>)[instrument.riskPolicyKey!]!;
      return [finding(rule, level, { [field]: answer })];
    },
  };
  return rule;
}

export { DEATH_INDICATOR };

/** @internal The ICF's tenth indicator, thoughts of death or suicide: refer immediately. */
export const THOUGHTS_OF_DEATH: Rule<"thoughts-of-death", ObjectShape<{ readonly indicator: "thoughts-of-death" }>> = /* @__PURE__ */ (() => {
  const rule: Rule<"thoughts-of-death", ObjectShape<{ readonly indicator: "thoughts-of-death" }>> = {
    code: "thoughts-of-death",
    kind: "risk",
    evidence: obj({ indicator: literal(DEATH_INDICATOR) }),
    reads: ["indicators"],
    find: (ctx) => (ctx.input.indicators?.includes(DEATH_INDICATOR) === true ? [finding(rule, "refer", { indicator: DEATH_INDICATOR })] : NONE),
  };
  return rule;
})();
