/**
 * Rules that read one answer and give a level for some of its values: the risk answers, the
 * professional's assessment, medical stability and daily functioning.
 *
 * @internal
 * @module
 */
import { literal, obj, oneOf, optional, type EnumShape, type LiteralShape, type ObjectShape, type Optional, type Shape } from "../shared/shape.js";
import type { ReasonKind, ScopeLevel } from "./levels.js";
import { SELF_DESCRIPTION } from "./context.js";
import { NONE, finding, lowerableFinding, type Rule } from "./rule.js";

type Field = Shape | Optional;

type Value = string | boolean;
type ValueShape<V extends Value> = V extends boolean ? LiteralShape<V> : EnumShape<V & string>;

/**
 * @internal A rule that fires when the answer at `path` is one of `levels`' values, at that
 * value's level. Its evidence is `{ <last key of path>: value }`. A `lowerable` rule's findings
 * may be lowered alongside treatment (its evidence then says `loweredFrom`).
 */
export /* @__NO_SIDE_EFFECTS__ */ function answerRule<const C extends string, const K extends string, const V extends Value>(
  code: C,
  kind: ReasonKind,
  path: readonly [string, K] | readonly [K],
  levels: readonly (readonly [V, ScopeLevel])[],
  lowerable = false,
): Rule<C, ObjectShape<{ readonly [P in K]: V }>> {
  const key = path[path.length - 1] as K;
  const values = levels.map(([v]) => v);
  const shape = (typeof values[0] === "boolean" && values.length === 1 ? literal(values[0]) : oneOf(values as string[])) as ValueShape<V>;
  const fields: Record<string, Field> = { [key]: shape };
  if (lowerable) fields["loweredFrom"] = optional(literal("refer"));
  const levelOf = new Map<unknown, ScopeLevel>(levels);
  const make = lowerable ? lowerableFinding : finding;
  const rule: Rule<C, ObjectShape<{ readonly [P in K]: V }>> = {
    code,
    kind,
    evidence: obj(fields) as unknown as ObjectShape<{ readonly [P in K]: V }>,
    reads: [path.join(".")],
    find(ctx) {
      const parent = (path.length === 1 ? ctx.input : ctx.input[path[0] as "risk"]) as Readonly<Record<string, unknown>> | undefined;
      const value = parent?.[key];
      const level = value === undefined ? undefined : levelOf.get(value);
      return level === undefined ? NONE : [make(rule, level, { [key]: value })];
    },
  };
  return rule;
}

/** @internal */
export const IMMINENT_DANGER = /* @__PURE__ */ answerRule("imminent-danger", "risk", ["risk", "imminentDanger"], [[true, "crisis"]]);
/** @internal */
export const INTENT_OR_PLAN = /* @__PURE__ */ answerRule("suicidal-intent-or-plan", "risk", ["risk", "suicidalIntentOrPlan"], [[true, "crisis"]]);
/** @internal */
export const RECENT_BEHAVIOR = /* @__PURE__ */ answerRule("recent-suicidal-behavior", "risk", ["risk", "recentSuicidalBehavior"], [[true, "crisis"]]);
/** @internal */
export const HARM_TO_OTHERS = /* @__PURE__ */ answerRule("harm-to-others", "risk", ["risk", "harmToOthers"], [[true, "crisis"]]);
/** @internal */
export const ASSESSED_RISK = /* @__PURE__ */ answerRule("assessed-risk", "risk", ["risk", "assessedRiskLevel"], [
  ["moderate", "refer"],
  ["high", "crisis"],
]);
/** @internal */
export const SUICIDAL_THOUGHTS = /* @__PURE__ */ answerRule("suicidal-thoughts", "risk", ["risk", "suicidalThoughts"], [
  ["passive", "refer"],
  ["active", "refer"],
]);
/** @internal */
export const SELF_HARM = /* @__PURE__ */ answerRule("self-harm", "risk", ["risk", "selfHarm"], [[true, "refer"]]);
/** @internal An attempt or preparatory act more than 3 months ago. */
export const PAST_BEHAVIOR = /* @__PURE__ */ answerRule("past-suicidal-behavior", "risk", ["risk", "pastSuicidalBehavior"], [[true, "coaching-with-care"]]);
/** @internal Discharged from psychiatric inpatient care or a crisis team in the past 3 months. */
export const RECENT_DISCHARGE = /* @__PURE__ */ answerRule("recent-discharge", "context", ["treatment", "recentDischarge"], [[true, "refer"]], true);
/** @internal The treating professional advises against coaching, in care or not. */
export const ADVISES_AGAINST = /* @__PURE__ */ answerRule("professional-advises-against", "context", ["treatment", "professionalSupportsCoaching"], [[false, "refer"]]);
/** @internal */
export const MEDICALLY_UNSTABLE = /* @__PURE__ */ answerRule("medically-unstable", "context", ["medicallyStable"], [[false, "refer"]]);
/** @internal */
export const DAILY_FUNCTIONING = /* @__PURE__ */ answerRule("daily-functioning", "context", ["dailyFunctioningImpaired"], [[true, "refer"]], true);
/**
 * @internal The client describes themself as unwell and wants help with that
 * (`preferences.clientState: "psychotherapy"`): not a preference, a reason to refer.
 */
export const SELF_DESCRIBED_UNWELL = /* @__PURE__ */ answerRule("self-described-unwell", "symptom", ["preferences", SELF_DESCRIPTION], [["psychotherapy", "refer"]], true);

