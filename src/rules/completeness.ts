/**
 * Completeness: answers that are missing and could change the outcome keep the client from
 * being cleared (`incomplete`), and `missing` says what to ask.
 *
 * @internal
 * @module
 */
import type { Instrument } from "../instruments/registry.js";
import type { PositiveThreshold } from "../policy/policy.js";
import type { Path } from "../shared/check.js";
import { int, list, obj, oneOf, str } from "../shared/shape.js";
import { RANK, type ScopeLevel } from "./levels.js";
import { NONE, capped, finding, type Finding, type Rule, type RuleContext, type Scored } from "./rule.js";
import { DEATH_INDICATOR, RISK_SCREEN_QUESTIONS } from "../input/screening-input.js";
import { ends, fullFormGiven, itemPositive, lowerableRange, measureLevel, thresholdsOf } from "./instruments.js";

const incompleteEvidence = /* @__PURE__ */ obj({ instrument: str(), min: int(), max: int(), items: list(int()) });

function itemPaths(instrument: Instrument, indexes: readonly number[]): Path[] {
  return indexes.map((i) => ["instruments", instrument.id, "items", i]);
}

/** A measure whose unanswered items (or unknown risk item) could give a more severe level than its answers do. */
function measureIncomplete(ctx: RuleContext, s: Scored): Finding | undefined {
  const { instrument, score } = s;
  const { best, worst } = ends(instrument, score);
  const positive = itemPositive(ctx, instrument);
  // What its answers give now (as its reason does), and what its unanswered items could give.
  const sure = capped(ctx, measureLevel(ctx, instrument, best, positive), lowerableRange(ctx, instrument, worst));
  const worstLevel = capped(ctx, measureLevel(ctx, instrument, worst, positive || s.unanswered.length > 0), lowerableRange(ctx, instrument, worst));
  const itemsMatter = RANK[worstLevel] > RANK[sure];
  // An unknown risk item is a risk question left unanswered: it is always asked, whatever the
  // total (above its least answer it makes the intent-or-plan question required).
  const riskUnknown = s.riskAnswer === null;
  if (!itemsMatter && !riskUnknown) return undefined;
  const indexes = itemsMatter ? s.unanswered : [instrument.riskIndex!];
  const missing = s.totalOnly ? [["instruments", instrument.id, instrument.riskField!]] : itemPaths(instrument, indexes);
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

/** The questions about the person's safety, in the order people are asked them. */
const RISK_QUESTIONS = RISK_SCREEN_QUESTIONS;
type RiskQuestion = (typeof RISK_QUESTIONS)[number];

/**
 * @internal The risk questions still unanswered, in the order people are asked: danger, thoughts,
 * intent or plan (asked when thoughts are active, the PHQ-9's item 9 is above 0, or thoughts of
 * death were noted), behaviour, self-harm, harm to others. A recent professional assessment
 * stands in for every question but danger, and for intent or plan only where the client's own
 * answers did not make it required (it never overrides what the client said); a known item 9
 * answers the thoughts question.
 */
export function unansweredRisk(ctx: RuleContext): RiskQuestion[] {
  const risk = ctx.input.risk;
  const out: RiskQuestion[] = [];
  const riskItems = ctx.scored.filter((s) => typeof s.riskAnswer === "number");
  const itemAbove = riskItems.some((s) => s.riskAnswer !== s.instrument.answerOrder[0]);
  const intentAsked = risk?.suicidalThoughts === "active" || itemAbove || ctx.input.indicators?.includes(DEATH_INDICATOR) === true;
  for (const question of RISK_QUESTIONS) {
    if (risk?.[question] !== undefined) continue;
    if (question === "imminentDanger") out.push(question);
    else if (question === "suicidalIntentOrPlan") {
      if (intentAsked) out.push(question);
    } else if (ctx.assessmentStandsIn) continue;
    else if (question !== "suicidalThoughts" || riskItems.length === 0) out.push(question);
  }
  return out;
}

const riskScreenEvidence = /* @__PURE__ */ obj({ unanswered: list(oneOf(RISK_QUESTIONS)) });

/** A completeness rule over the unanswered risk questions, at `level`, when `applies` to the policy. */
function riskScreenRule<const C extends string>(code: C, level: ScopeLevel, applies: (ctx: RuleContext) => boolean): Rule<C, typeof riskScreenEvidence> {
  const rule: Rule<C, typeof riskScreenEvidence> = {
    code,
    kind: "completeness",
    evidence: riskScreenEvidence,
    reads: ["risk", "instruments", "indicators"],
    find(ctx) {
      if (!applies(ctx)) return NONE;
      const unanswered = unansweredRisk(ctx);
      if (unanswered.length === 0) return NONE;
      return [finding(rule, level, { unanswered }, unanswered.map((q) => ["risk", q]))];
    },
  };
  return rule;
}

/** @internal The questions about the person's safety must be answered before coaching (`requireRiskScreen`). */
export const RISK_SCREEN_INCOMPLETE = /* @__PURE__ */ riskScreenRule("risk-screen-incomplete", "incomplete", (ctx) => ctx.policy.requireRiskScreen);

/** @internal Without `requireRiskScreen`, an unanswered risk screen still never clears: coaching with care, the questions in `missing`. */
export const RISK_NOT_SCREENED = /* @__PURE__ */ riskScreenRule("risk-not-screened", "coaching-with-care", (ctx) => !ctx.policy.requireRiskScreen);

const nothingEvidence = /* @__PURE__ */ obj({});

/**
 * @internal Never clear without a clinical answer: no risk answer, instrument, indicator,
 * red-flag or context answer (only preferences, the client's age, or nothing) is `incomplete`.
 */
export const NOTHING_ANSWERED: Rule<"nothing-answered", typeof nothingEvidence> = /* @__PURE__ */ (() => {
  const rule: Rule<"nothing-answered", typeof nothingEvidence> = {
    code: "nothing-answered",
    kind: "completeness",
    evidence: nothingEvidence,
    reads: ["risk", "instruments", "indicators", "redFlags", "medicallyStable", "dailyFunctioningImpaired", "treatment"],
    find(ctx) {
      const i = ctx.input;
      const some = (part: object | undefined) => part !== undefined && Object.keys(part).length > 0;
      // Preferences and the client's age, consent or perinatal state are not clinical answers.
      if (some(i.risk) || ctx.scored.length > 0 || i.indicators !== undefined || some(i.redFlags) || i.medicallyStable !== undefined || i.dailyFunctioningImpaired !== undefined || some(i.treatment)) return NONE;
      return [finding(rule, "incomplete", {})];
    },
  };
  return rule;
})();
