import type { DisclaimerId } from "../model/disclaimer-ids.js";
import type { AsScreenId, BandId, InstrumentId } from "../instruments/registry.js";
import type { ScopeLevel } from "../rules/levels.js";
import type { ReasonCode } from "../rules/table.js";
import type { DimensionId, ModalityId } from "../model/model.js";
import type { CrisisLineId } from "../crisis/ids.js";
import type { RedFlagId, ReferTo } from "../input/referral.js";

/**
 * The message keys of the instruments' bands (`band.phq9.moderately-severe`).
 *
 * @example
 * ```ts
 * const key: BandMessageKey = "band.who5.very-low";
 * ```
 */
export type BandMessageKey = { [I in InstrumentId]: `band.${I}.${BandId<I>}` }[InstrumentId];

/**
 * Every key of a locale's messages. A union type: a locale object with a missing or
 * misspelled key does not compile.
 *
 * @example
 * ```ts
 * const key: MessageKey = "dimension.relationship.coaching";
 * ```
 */
export type MessageKey =
  | `modality.${ModalityId}`
  | `dimension.${DimensionId}.label`
  | `dimension.${DimensionId}.${ModalityId}`
  | `disclaimer.${DisclaimerId}`
  | `level.${ScopeLevel}`
  | `level.${ScopeLevel}.action`
  | "level.refer.inCareAction"
  | `redFlag.${RedFlagId}`
  | `referTo.${ReferTo}`
  | `reason.${ReasonCode}`
  | ReasonVariantKey
  | `instrument.${InstrumentId}.name`
  | BandMessageKey
  | "table.caption"
  | "table.dimensionHeader"
  | `cli.${"record" | "invalidInput" | "askNext" | "item"}`
  | "crisis.instruction"
  | `crisis.kind.${"emergency" | "crisis-line"}`
  | `crisis.reach.${"call" | "text" | "email"}`
  | "crisis.email.notForEmergencies"
  | `crisis.${CrisisLineId}.${"name" | "notes"}`;

/**
 * The keys of the reasons' other messages, where one text cannot say every case truthfully: a
 * WHO-5 item answered 0 or 1 (`reason.who5.item`, `reason.who5-positive.item`), hopelessness
 * noted alone (`reason.indicators.hopelessness`), an urgent or perinatal red flag and unanswered
 * red flags, a minor's unknown age or guardian's answer, and an age that disagrees with "adult".
 *
 * @example
 * ```ts
 * const key: ReasonVariantKey = "reason.who5.item";
 * ```
 */
export type ReasonVariantKey =
  | `reason.${AsScreenId | `${AsScreenId}-positive`}.item`
  | "reason.indicators.hopelessness"
  | `reason.red-flag.${"urgent" | "perinatal" | "unanswered"}`
  | `reason.minor.${"unknown" | "consent" | "refused"}`
  | "reason.inconsistent-answers.client";

/**
 * The keys of a custom model's entries (`modality.mentoring`, `dimension.cost.label`,
 * `dimension.cost.mentoring`), which `overrides` and `translate` may also supply.
 *
 * @example
 * ```ts
 * const key: CustomMessageKey = "modality.mentoring";
 * ```
 */
export type CustomMessageKey = `modality.${string}` | `dimension.${string}`;

/**
 * A locale's strings: one for every {@link MessageKey}. Placeholders use the ICU simple
 * form `{name}`.
 *
 * @example
 * ```ts
 * const messages: Messages = { ...en.messages, "table.caption": "Coaching or therapy?" };
 * ```
 */
export type Messages = { readonly [K in MessageKey]: string };

/**
 * A locale: a plain object passed in as an option. Nothing registers itself on import.
 *
 * @example
 * ```ts
 * import { de } from "coaching-scope/locales/de";
 * const locale: Locale = de;
 * ```
 */
export interface Locale {
  /** A BCP 47 language tag, used as the table's `lang`. */
  readonly code: string;
  /** Writing direction, used as the table's `dir`. */
  readonly dir: "ltr" | "rtl";
  /** The locale's strings, one for every {@link MessageKey}. */
  readonly messages: Messages;
}

/**
 * Values for a message's `{name}` placeholders.
 *
 * @example
 * ```ts
 * const params: MessageParams = { score: 12, threshold: 10 };
 * ```
 */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * A hook into an app's own i18n (i18next, FormatJS, …): return the text for `key`, or
 * `undefined` to fall back. `fallback` is the text the library would use, already formatted.
 *
 * @example
 * ```ts
 * const translate: TranslateFn = (key, params, fallback) =>
 *   i18next.exists(key) ? i18next.t(key, params) : undefined;
 * ```
 */
export type TranslateFn = (
  key: MessageKey | CustomMessageKey,
  params: MessageParams,
  fallback: string,
) => string | undefined;

/**
 * Options taken by every function that produces text.
 *
 * Resolution order for each string: `translate` → `overrides` → `locale` → `en`.
 *
 * @example
 * ```ts
 * const options: LocalizeOptions = {
 *   locale: de,
 *   overrides: { "table.caption": "Coaching oder Psychotherapie?" },
 *   onMissing: (key, code) => console.warn(`${code} lacks ${key}`),
 * };
 * ```
 */
export interface LocalizeOptions {
  /** The locale; English (`en`) by default. */
  readonly locale?: Locale;
  /** Strings that replace the locale's, one by one, without copying a whole locale. */
  readonly overrides?: Partial<Messages> & Partial<Record<CustomMessageKey, string>>;
  /** The app's own translation function, asked first. */
  readonly translate?: TranslateFn;
  /**
   * Called when a string falls past the first source the app configured: `translate`
   * returned `undefined`, or the locale lacks the key and English is used.
   */
  readonly onMissing?: (key: MessageKey | CustomMessageKey, localeCode: string) => void;
}
