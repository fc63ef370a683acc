import { ScopeConfigError } from "../shared/errors.js";
import { quoteValue } from "../shared/check.js";
import { DISCLAIMER_IDS, type DisclaimerId } from "./disclaimer-ids.js";
import { EN_DISCLAIMERS } from "../locales/en.js";
import { localizerFor } from "../i18n/localize.js";
import type { LocalizeOptions } from "../i18n/messages.js";
import { SEED_COMPLEMENT, SEED_ESSENTIAL_DIFFERENCE, SEED_NOT_PSYCHOTHERAPY } from "./seed.js";

/**
 * The source's disclaimers, in English, word for word (its en dash included). Frozen.
 *
 * - `notPsychotherapy`: coaching and peer support are not psychotherapy.
 * - `essentialDifference`: how the two meet a client.
 * - `complement`: coaching picks up where psychotherapy leaves off.
 *
 * @example
 * ```ts
 * DISCLAIMERS.notPsychotherapy;
 * //=> "Coaching and peer support are NOT psychotherapy. They cannot replace psychiatric or psychotherapeutic intervention."
 * ```
 */
export const DISCLAIMERS: Readonly<Record<DisclaimerId, string>> = /* @__PURE__ */ Object.freeze({
  notPsychotherapy: SEED_NOT_PSYCHOTHERAPY,
  essentialDifference: SEED_ESSENTIAL_DIFFERENCE,
  complement: SEED_COMPLEMENT,
});

/**
 * Returns one disclaimer, localized.
 *
 * @param id - which disclaimer.
 * @param options - locale, overrides, translate hook.
 * @throws {@link ScopeConfigError} for an unknown id or invalid options.
 *
 * @example
 * ```ts
 * getDisclaimer("notPsychotherapy");
 * //=> "Coaching and peer support are NOT psychotherapy. They cannot replace psychiatric or psychotherapeutic intervention."
 * getDisclaimer("notPsychotherapy", { overrides: { "disclaimer.notPsychotherapy": "Coaching is not therapy." } });
 * //=> "Coaching is not therapy."
 * ```
 */
export function getDisclaimer(id: DisclaimerId, options?: LocalizeOptions): string {
  if (!(DISCLAIMER_IDS as readonly unknown[]).includes(id)) {
    throw new ScopeConfigError(
      [{ path: ["id"], code: "invalid_value", message: `Unknown disclaimer ${quoteValue(id)}: expected one of ${DISCLAIMER_IDS.join(", ")}` }],
      "Unknown disclaimer",
    );
  }
  return localizerFor(options, [], "Invalid localization options", EN_DISCLAIMERS).t(`disclaimer.${id}`);
}

export { DISCLAIMER_IDS, type DisclaimerId } from "./disclaimer-ids.js";
