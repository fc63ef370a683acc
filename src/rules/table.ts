/**
 * The rules table: every rule, in order. The order is the order of equal reasons in a result
 * (`REASON_CODES`); the rules run in it too, so the alongside-treatment rule sees every symptom
 * and fit finding before it, and the completeness rules see everything.
 *
 * @module
 */
import { REGISTRY, type AsScreenId, type MeasureId, type ReferringScreenId, type Registry, type RiskItemCode, type ShortFormId } from "../instruments/registry.js";
import {
  ADVISES_AGAINST,
  ASSESSED_RISK,
  DAILY_FUNCTIONING,
  HARM_TO_OTHERS,
  IMMINENT_DANGER,
  INTENT_OR_PLAN,
  MEDICALLY_UNSTABLE,
  PAST_BEHAVIOR,
  RECENT_BEHAVIOR,
  RECENT_DISCHARGE,
  SELF_DESCRIBED_UNWELL,
  SELF_HARM,
  SUICIDAL_THOUGHTS,
} from "./answers.js";
import { INSTRUMENT_INCOMPLETE, NOTHING_ANSWERED, RISK_NOT_SCREENED, RISK_SCREEN_INCOMPLETE } from "./completeness.js";
import { consistencyRule } from "./consistency.js";
import { FIT } from "./fit.js";
import { INDICATORS } from "./indicators.js";
import { asScreenRule, measureRule, referringScreenRule, screenRule } from "./instruments.js";
import { MINOR, PERINATAL, UNDER_MINIMUM_AGE } from "./client.js";
import { RED_FLAG } from "./red-flags.js";
import { riskItemRule, THOUGHTS_OF_DEATH } from "./risk.js";
import type { Rule } from "./rule.js";
import { STALE_ANSWERS } from "./stale.js";
import { ALONGSIDE_TREATMENT, CONCURRENT_TREATMENT } from "./treatment.js";

const RISK_ANSWERS = [IMMINENT_DANGER, INTENT_OR_PLAN, RECENT_BEHAVIOR, HARM_TO_OTHERS, ASSESSED_RISK, SUICIDAL_THOUGHTS, SELF_HARM] as const;
const CONTEXT_ANSWERS = [RECENT_DISCHARGE, ADVISES_AGAINST, MEDICALLY_UNSTABLE, DAILY_FUNCTIONING] as const;
const CLIENT = [UNDER_MINIMUM_AGE, MINOR, PERINATAL] as const;
const TREATMENT = [INDICATORS, FIT, CONCURRENT_TREATMENT, ALONGSIDE_TREATMENT] as const;
const COMPLETENESS = [STALE_ANSWERS, INSTRUMENT_INCOMPLETE, RISK_SCREEN_INCOMPLETE, RISK_NOT_SCREENED, NOTHING_ANSWERED] as const;

/** @internal The rules that do not come from the registry. */
export type FixedRule =
  | (typeof RISK_ANSWERS)[number]
  | typeof THOUGHTS_OF_DEATH
  | typeof PAST_BEHAVIOR
  | typeof RED_FLAG
  | (typeof CONTEXT_ANSWERS)[number]
  | (typeof CLIENT)[number]
  | typeof SELF_DESCRIBED_UNWELL
  | (typeof TREATMENT)[number]
  | ReturnType<typeof consistencyRule>
  | (typeof COMPLETENESS)[number];

/**
 * The code of a reason in a {@link ScopeAssessment}, one per rule of the rules table: the fixed
 * rules' codes, each instrument's (`phq9`, `scoff`, `phq2-positive`, `who5-positive`) and the risk item's
 * (`phq9-item9`).
 *
 * @example
 * ```ts
 * const code: ReasonCode = "phq9-item9";
 * ```
 */
export type ReasonCode = FixedRule["code"] | RiskItemCode | MeasureId | ReferringScreenId | `${ShortFormId | AsScreenId}-positive`;

/** @internal The rules table for a registry's instruments. */
export /* @__NO_SIDE_EFFECTS__ */ function buildRules(registry: Registry): readonly Rule[] {
  return Object.freeze([
    ...RISK_ANSWERS,
    ...registry.withRiskItem.map(riskItemRule),
    THOUGHTS_OF_DEATH,
    PAST_BEHAVIOR,
    RED_FLAG,
    ...CONTEXT_ANSWERS,
    ...CLIENT,
    // Measures and the screens that refer, in registry order; then the short forms.
    ...registry.instruments.filter((i) => i.role === "measure" || i.next === undefined).map((i) => (i.role === "measure" ? measureRule(i) : referringScreenRule(i))),
    SELF_DESCRIBED_UNWELL,
    ...registry.screens.filter((i) => i.next !== undefined).map(screenRule),
    ...registry.measures.filter((m) => m.asScreen !== undefined).map(asScreenRule),
    ...TREATMENT,
    consistencyRule(registry),
    ...COMPLETENESS,
  ] as readonly Rule[]);
}

/** @internal The library's rules table. */
export const RULES: readonly Rule[] = /* @__PURE__ */ buildRules(REGISTRY);

/**
 * Every reason code, in the order of the rules table: reasons of equal level are listed in
 * this order.
 *
 * @example
 * ```ts
 * REASON_CODES[0];
 * //=> "imminent-danger"
 * REASON_CODES.includes("who5-positive");
 * //=> true
 * ```
 */
export const REASON_CODES: readonly ReasonCode[] = /* @__PURE__ */ (() => Object.freeze(RULES.map((r) => r.code as ReasonCode)))();
