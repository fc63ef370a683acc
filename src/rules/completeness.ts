/**
 * Completeness: answers that are missing and could change the outcome keep the client from
 * being cleared (`incomplete`), and `missing` says what to ask.
 *
 * @internal
 * @module
 */
import type { Instrument } from "../instruments/registry.js";
import type { CareReferThresholds, PositiveThreshold } from "../policy/policy.js";
import type { Path } from "../shared/check.js";
import { bool, int, list, obj, str } from "../shared/shape.js";
import { RANK, type ScopeLevel } from "./levels.js";
import { capped, finding, worse, type Finding, type Rule, type RuleContext, type Scored } from "./rule.js";
import { ends, fullFormGiven, levelAt, thresholdsOf } from "./instruments.js";

const incompleteEvidence = /* @__PURE__ */ obj({ instrument: str(), min: int(), max: int(), items: list(int()) });

function itemPaths(instrument: Instrument, indexes: readonly number[]): Path[] {
  return indexes.map((i) => ["instruments", instrument.id, "items", i]);
}

/** A measure whose unanswered items (or unknown risk item) could give a more severe level than its answers do. */
function measureIncomplete(ctx: RuleContext, s: Scored): Finding | undefined {
  const { instrument, score } = s;
  const t = thresholdsOf<CareReferThresholds>(ctx, instrument);
  const { best, worst } = ends(instrument, score);
  const sure = capped(ctx, levelAt(instrument, t, best));
  let worstLevel: ScopeLevel = capped(ctx, levelAt(instrument, t, worst));
  // An unknown risk item could reach the level its rule gives, whatever the total.
  if (s.riskAnswer === null) worstLevel = worse(worstLevel, (ctx.policy as unknown as Readonly<Record<string, ScopeLevel>>)[instrument.riskPolicyKey!]!);
  if (RANK[worstLevel] <= RANK[sure]) return undefined;
  const riskOnly = s.totalOnly && s.riskAnswer === null;
  const indexes = riskOnly ? [instrument.riskIndex!] : s.unanswered;
  const missing = riskOnly ? [["instruments", instrument.id, instrument.riskField!]] : itemPaths(instrument, s.unanswered);
  return finding(INSTRUMENT_INCOMPLETE, "incomplete", { instrument: instrument.id, min: score.min, max: score.max, items: indexes.map((i) => i + 1) }, missing);
}

/** A screen whose unanswered items could make it positive. */
function screenIncomplete(ctx: RuleContext, s: Scored): Finding | undefined {
  const { instrument, score } = s;
  if (fullFormGiven(ctx, instrument)) return undefined;
  const { positive } = thresholdsOf<PositiveThreshold>(ctx, instrument);
  if (score.min >= positive || score.max < positive) return undefined;
  const evidence = { instrument: instrument.id, min: score.min, max: score.max, items: s.unanswered.map((i) => i + 1) };
  return finding(INSTRUMENT_INCOMPLETE, "incomplete", evidence, itemPaths(instrument, s.unanswered));
}

/** @internal */
export const INSTRUMENT_INCOMPLETE: Rule<"instrument-incomplete", typeof incompleteEvidence> = /* @__PURE__ */ (() => ({
  code: "instrument-incomplete",
  kind: "completeness",
  evidence: incompleteEvidence,
  reads: ["instruments", "treatment"],
  find(ctx) {
    const out: Finding[] = [];
    for (const group of [ctx.registry.measures, ctx.registry.screens]) {
      for (const instrument of group) {
        const s = ctx.byId.get(instrument.id);
        const f = s === undefined ? undefined : instrument.role === "measure" ? measureIncomplete(ctx, s) : screenIncomplete(ctx, s);
        if (f !== undefined) out.push(f);
      }
    }
    return out;
  },
  params: (e, l) => ({ instrument: l.t(`instrument.${e.instrument}.name` as never), items: e.items.join(", ") }),
}))();

const riskScreenEvidence = /* @__PURE__ */ obj({ imminentDanger: bool(), suicidalThoughts: bool() });

/** @internal The risk screen: whether the person is in danger now, and whether they have thoughts of suicide. */
export const RISK_SCREEN_INCOMPLETE: Rule<"risk-screen-incomplete", typeof riskScreenEvidence> = /* @__PURE__ */ (() => {
  const rule: Rule<"risk-screen-incomplete", typeof riskScreenEvidence> = {
    code: "risk-screen-incomplete",
    kind: "completeness",
    evidence: riskScreenEvidence,
    reads: ["risk.imminentDanger", "risk.suicidalThoughts", "risk.assessedRiskLevel", "instruments"],
    find(ctx) {
      if (!ctx.policy.requireRiskScreen) return [];
      const risk = ctx.input.risk;
      const dangerKnown = risk?.imminentDanger !== undefined;
      const thoughtsKnown =
        risk?.suicidalThoughts !== undefined || risk?.assessedRiskLevel !== undefined || ctx.scored.some((s) => typeof s.riskAnswer === "number");
      if (dangerKnown && thoughtsKnown) return [];
      const missing: Path[] = [];
      if (!dangerKnown) missing.push(["risk", "imminentDanger"]);
      if (!thoughtsKnown) missing.push(["risk", "suicidalThoughts"]);
      return [finding(rule, "incomplete", { imminentDanger: dangerKnown, suicidalThoughts: thoughtsKnown }, missing)];
    },
  };
  return rule;
})();
