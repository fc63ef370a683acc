/**
 * Rules that read one answer and give a level for some of its values: the risk answers, the
 * professional's assessment, medical stability and daily functioning.
 *
 * @internal
 * @module
 */
import { literal, obj, oneOf, type EnumShape, type LiteralShape, type ObjectShape } from "../shared/shape.js";
import type { ReasonKind, ScopeLevel } from "./levels.js";
import { finding, type Rule } from "./rule.js";

type Value = string | boolean;
type ValueShape<V extends Value> = V extends boolean ? LiteralShape<V> : EnumShape<V & string>;

/**
 * @internal A rule that fires when the answer at `path` is one of `levels`' values, at that
 * value's level. Its evidence is `{ <last key of path>: value }`.
 */
export /* @__NO_SIDE_EFFECTS__ */ function answerRule<const C extends string, const K extends string, const V extends Value>(
  code: C,
  kind: ReasonKind,
  path: readonly [string, K] | readonly [K],
  levels: readonly (readonly [V, ScopeLevel])[],
): Rule<C, ObjectShape<{ readonly [P in K]: V }>> {
  const key = path[path.length - 1] as K;
  const values = levels.map(([v]) => v);
  const shape = (typeof values[0] === "boolean" && values.length === 1 ? literal(values[0]) : oneOf(values as string[])) as ValueShape<V>;
  const levelOf = new Map<unknown, ScopeLevel>(levels);
  const rule: Rule<C, ObjectShape<{ readonly [P in K]: V }>> = {
    code,
    kind,
    evidence: obj({ [key]: shape } as Record<K, ValueShape<V>>) as unknown as ObjectShape<{ readonly [P in K]: V }>,
    reads: [path.join(".")],
    find(ctx) {
      const parent = (path.length === 1 ? ctx.input : ctx.input[path[0] as "risk"]) as Readonly<Record<string, unknown>> | undefined;
      const value = parent?.[key];
      const level = value === undefined ? undefined : levelOf.get(value);
      return level === undefined ? [] : [finding(rule, level, { [key]: value })];
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
/** @internal */
export const MEDICALLY_UNSTABLE = /* @__PURE__ */ answerRule("medically-unstable", "context", ["medicallyStable"], [[false, "refer"]]);
/** @internal */
export const DAILY_FUNCTIONING = /* @__PURE__ */ answerRule("daily-functioning", "context", ["dailyFunctioningImpaired"], [[true, "refer"]]);

