/**
 * Red flags: current signs that send the client elsewhere, each `true` a `red-flag` reason at
 * `refer` with where to refer and whether it is urgent; psychosis or mania in a perinatal client
 * is a crisis. Never lowered alongside treatment. Unanswered ones are asked (`requireRedFlags`).
 *
 * @internal
 * @module
 */
import { RED_FLAGS, RED_FLAG_IDS, REFER_TO, referToFor, type RedFlagId } from "../input/referral.js";
import type { Path } from "../shared/check.js";
import { bool, list, literal, obj, oneOf, optional } from "../shared/shape.js";
import { isMinor } from "./client.js";
import { finding, type Finding, type Rule } from "./rule.js";

const evidence = /* @__PURE__ */ obj({
  flag: optional(oneOf(RED_FLAG_IDS)),
  referTo: optional(oneOf(REFER_TO)),
  urgent: optional(bool()),
  perinatal: optional(literal(true)),
  unanswered: optional(list(oneOf(RED_FLAG_IDS))),
});

/** @internal */
export const RED_FLAG: Rule<"red-flag", typeof evidence> = /* @__PURE__ */ (() => {
  const rule: Rule<"red-flag", typeof evidence> = {
    code: "red-flag",
    kind: "context",
    evidence,
    reads: ["redFlags", "client"],
    find(ctx) {
      const flags = ctx.input.redFlags;
      const perinatal = ctx.input.client?.perinatal;
      const minor = isMinor(ctx);
      const out: Finding[] = [];
      for (const flag of RED_FLAGS) {
        if (flags?.[flag.id] !== true) continue;
        const crisis = flag.perinatalCrisis && perinatal === true;
        const e: Record<string, unknown> = { flag: flag.id, referTo: referToFor(flag.referTo, minor), urgent: flag.urgent || crisis };
        if (crisis) e["perinatal"] = true;
        // Whether the client is perinatal decides between refer and crisis: asked when unknown.
        const missing: Path[] | undefined = flag.perinatalCrisis && perinatal === undefined ? [["client", "perinatal"]] : undefined;
        out.push(finding(rule, crisis ? "crisis" : "refer", e, missing));
      }
      if (ctx.policy.requireRedFlags) {
        const unanswered: RedFlagId[] = RED_FLAG_IDS.filter((id) => flags?.[id] === undefined);
        if (unanswered.length > 0) out.push(finding(rule, "incomplete", { unanswered }, unanswered.map((id) => ["redFlags", id])));
      }
      return out;
    },
    variants: ["urgent", "perinatal", "unanswered"],
    variant: (e) => (e.unanswered !== undefined ? "unanswered" : e.perinatal === true ? "perinatal" : e.urgent === true ? "urgent" : undefined),
    params: (e, l) => ({
      flag: e.flag === undefined ? "" : l.t(`redFlag.${e.flag}` as never),
      referTo: e.referTo === undefined ? "" : l.t(`referTo.${e.referTo}` as never),
    }),
  };
  return rule;
})();
