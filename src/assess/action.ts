/**
 * What a result asks the coach to do, as a message key.
 *
 * @module
 */
import { IN_CARE_ACTION } from "../i18n/keys.js";
import type { MessageKey } from "../i18n/messages.js";
import { CONCURRENT_TREATMENT } from "../rules/treatment.js";
import { MINOR, UNDER_MINIMUM_AGE } from "../rules/client.js";
import { REFER_TO, referToFor, type ReferTo } from "../input/referral.js";
import { RED_FLAG } from "../rules/red-flags.js";
import type { ScopeAssessment } from "./result.js";
import { checkEnum, isRecord, typeIssue, type Issues } from "../shared/check.js";
import { reading, ScopeInputError } from "../shared/errors.js";
import { SCOPE_LEVELS } from "../rules/levels.js";

/**
 * Runs `use` on a result after checking what the helpers read of it: `levels` (`level`,
 * `worstCase`) each a level, `reasons` a list of objects with a level. Anything else, or a
 * value that throws when read, is a `ScopeInputError` naming the path, never a raw error.
 */
function withResult<R, T>(result: R, levels: readonly ("level" | "worstCase")[], use: (result: R) => T): T {
  return reading("Invalid assessment", () => {
    const issues: Issues = [];
    if (!isRecord(result)) typeIssue(issues, [], "an assessment (a result of assessScope)", result);
    else {
      for (const key of levels) checkEnum(issues, [key], result[key], SCOPE_LEVELS);
      const reasons = result["reasons"];
      if (!Array.isArray(reasons)) typeIssue(issues, ["reasons"], "array", reasons);
      else reasons.forEach((r: unknown, i) => (isRecord(r) ? checkEnum(issues, ["reasons", i, "level"], r["level"], SCOPE_LEVELS) : typeIssue(issues, ["reasons", i], "object", r)));
    }
    if (issues.length > 0) throw new ScopeInputError(issues, "Invalid assessment");
    return use(result);
  }, true);
}

/** Whether a reason's referral is one a treating professional does not replace: a red flag's service, youth services. */
const keepsReferral = (code: string): boolean => code === RED_FLAG.code || code === UNDER_MINIMUM_AGE.code;

/**
 * The message key of the action a result calls for: `level.<level>.action`, or, for a client in
 * psychotherapy or psychiatric care referred for no risk reason, red flag or age under the
 * minimum, `level.refer.inCareAction`
 * ("discuss with the client's treating professional before starting"). A referral for a risk
 * reason, a red flag (it names its own service, sometimes urgently) or an age under the minimum
 * keeps the plain referral's wording, in care or not.
 *
 * @param result - an assessment (its `level` and `reasons` are read).
 * @returns a message key, for `createLocalizer(options).t` or an app's own i18n.
 *
 * @example
 * ```ts
 * const result = assessScope({
 *   risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false },
 *   treatment: { inPsychotherapy: true, professionalSupportsCoaching: false },
 * });
 * actionKey(result);
 * //=> "level.refer.inCareAction"
 * en.messages[actionKey(result)];
 * //=> "Discuss with the client's treating professional before starting any coaching."
 * ```
 */
export function actionKey(result: Pick<ScopeAssessment, "level" | "reasons">): MessageKey {
  return withResult(result, ["level"], actionKeyOf);
}

function actionKeyOf({ level, reasons }: Pick<ScopeAssessment, "level" | "reasons">): MessageKey {
  const inCare =
    level === "refer" && reasons.some((r) => r.code === CONCURRENT_TREATMENT.code) && !reasons.some((r) => r.level === "refer" && (r.kind === "risk" || keepsReferral(r.code)));
  return inCare ? IN_CARE_ACTION : `level.${level}.action`;
}

/**
 * One place to refer the client to, and whether it is urgent.
 *
 * @example
 * ```ts
 * const referral: Referral = { to: "addiction-services", urgent: false };
 * ```
 */
export interface Referral {
  /** Where: its label is the message `referTo.<to>` in every locale. */
  readonly to: ReferTo;
  /** The same day (an urgent red flag, or a crisis). */
  readonly urgent: boolean;
}

/** Whether a result's reasons show the client is a minor (or under the minimum age). */
function minorIn(reasons: Pick<ScopeAssessment, "reasons">["reasons"]): boolean {
  return reasons.some((r) => r.code === UNDER_MINIMUM_AGE.code || (r.code === MINOR.code && (r.evidence.age !== undefined || r.evidence.adult !== undefined)));
}

/** Whether a result's reasons show the client could be a minor: known to be one, or of an age still to ask. */
function possiblyMinorIn(reasons: Pick<ScopeAssessment, "reasons">["reasons"]): boolean {
  return reasons.some((r) => r.code === UNDER_MINIMUM_AGE.code || r.code === MINOR.code);
}

/**
 * Where a `refer` or `crisis` result sends the client: every reason at `refer` or above, each
 * destination once, urgent ones first, then in {@link REFER_TO}'s order. A reason whose evidence
 * names `referTo` (a red flag, the SCOFF, the PC-PTSD-5, under the minimum age) goes there; any
 * other to a mental-health professional, or for a minor to youth services. A destination is
 * urgent when a reason says so or is at `crisis`. Empty for a result in scope or incomplete.
 *
 * @example
 * ```ts
 * const result = assessScope({
 *   risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false },
 *   redFlags: { psychosis: false, mania: false, "substance-use": true, "eating-disorder": false, "abuse-or-violence": false, "cognitive-decline": false },
 *   client: { age: 40 },
 * });
 * referrals(result);
 * //=> [{ to: "addiction-services", urgent: false }]
 * ```
 */
export function referrals(result: Pick<ScopeAssessment, "level" | "reasons">): Referral[] {
  return withResult(result, ["level"], referralsOf);
}

function referralsOf({ level, reasons }: Pick<ScopeAssessment, "level" | "reasons">): Referral[] {
  if (level !== "refer" && level !== "crisis") return [];
  const minor = minorIn(reasons);
  const found = new Map<ReferTo, boolean>();
  for (const r of reasons) {
    if (r.level !== "refer" && r.level !== "crisis") continue;
    const evidence = r.evidence as { readonly referTo?: ReferTo; readonly urgent?: boolean };
    const to = evidence.referTo ?? referToFor("mental-health", minor);
    found.set(to, found.get(to) === true || evidence.urgent === true || r.level === "crisis");
  }
  const order = (to: ReferTo) => REFER_TO.indexOf(to);
  return [...found].map(([to, urgent]) => ({ to, urgent })).sort((a, b) => Number(b.urgent) - Number(a.urgent) || order(a.to) - order(b.to));
}

/**
 * Whether to show crisis resources with a result: for a `crisis` level, for any `risk` reason
 * (a coach should have the numbers at hand), and when `worstCase` is `crisis` (the questions in
 * `missing` could reveal one). The CLI's `--region` prints them in exactly these cases.
 *
 * @example
 * ```ts
 * showCrisisResources(assessScope({ instruments: { phq9: { items: [3, 3, 3, 3, 3, 3, 3, 3, 3] } } }));
 * //=> true
 * ```
 */
export function showCrisisResources(result: Pick<ScopeAssessment, "level" | "worstCase" | "reasons">): boolean {
  return withResult(result, ["level", "worstCase"], (r) => r.level === "crisis" || r.worstCase === "crisis" || r.reasons.some((reason) => reason.kind === "risk"));
}

/**
 * Whose crisis lines to show: `youth` when the result shows the client is, or could be, a minor
 * (their age, or "not 18 or over", is under the policy's adult age, or their age is still to be
 * asked), else `general`. Youth lines come first and the general ones follow, so nothing is
 * lost for an adult whose age is unknown. Pass it to `crisisLines(region, { audience })`.
 *
 * @example
 * ```ts
 * crisisAudience(assessScope({ risk: { imminentDanger: true }, client: { age: 15 } }));
 * //=> "youth"
 * ```
 */
export function crisisAudience(result: Pick<ScopeAssessment, "reasons">): "general" | "youth" {
  return withResult(result, [], (r) => (possiblyMinorIn(r.reasons) ? "youth" : "general"));
}
