/**
 * What a result asks the coach to do, as a message key.
 *
 * @module
 */
import { IN_CARE_ACTION } from "../i18n/keys.js";
import type { MessageKey } from "../i18n/messages.js";
import { CONCURRENT_TREATMENT } from "../rules/treatment.js";
import type { ScopeAssessment } from "./result.js";

/**
 * The message key of the action a result calls for: `level.<level>.action`, or, for a client in
 * psychotherapy or psychiatric care referred for no risk reason, `level.refer.inCareAction`
 * ("discuss with the client's treating professional before starting"). A referral for a risk
 * reason keeps the plain referral's wording, in care or not.
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
  const { level, reasons } = result;
  const inCare = level === "refer" && reasons.some((r) => r.code === CONCURRENT_TREATMENT.code) && !reasons.some((r) => r.kind === "risk" && r.level === "refer");
  return inCare ? IN_CARE_ACTION : `level.${level}.action`;
}
