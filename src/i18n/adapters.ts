import { compile, localizerFor } from "./localize.js";
import { en } from "../locales/en.js";
import type { Locale, MessageKey } from "./messages.js";

/**
 * Nested i18next resources: `{ [code]: { [namespace]: tree } }`.
 *
 * @example
 * ```ts
 * const resources: I18nextResources = { en: { "coaching-scope": { level: { refer: "Refer" } } } };
 * ```
 */
export type I18nextResources = Record<string, Record<string, I18nextTree>>;

/**
 * A tree of i18next messages: nested objects with strings at the leaves.
 *
 * @example
 * ```ts
 * const tree: I18nextTree = { table: { caption: "Coaching and psychotherapy compared" } };
 * ```
 */
export interface I18nextTree {
  [key: string]: string | I18nextTree;
}

/**
 * Options of {@link toI18nextResources}.
 *
 * @example
 * ```ts
 * const options: I18nextOptions = { namespace: "scope" };
 * ```
 */
export interface I18nextOptions {
  /** The i18next namespace to put the messages in; `"coaching-scope"` by default. */
  readonly namespace?: string;
}

/**
 * Turns a locale into i18next resources: nested keys, `{{name}}` interpolation, under the
 * locale's code and a namespace. Load them with `i18next.addResourceBundle` or `resources`,
 * then wire i18next in as `translate`.
 *
 * A key that is both a message and the start of a longer one (`level.refer` and
 * `level.refer.action`) keeps the longer one's rest as a flat key beside it
 * (`level: { refer: "…", "refer.action": "…" }`), which i18next's default lookup finds.
 * Initialise i18next with `interpolation: { escapeValue: false }`: the library's renderers
 * escape their own output.
 *
 * @example
 * ```ts
 * const resources = toI18nextResources(en);
 * resources.en["coaching-scope"].table;
 * //=> { caption: "Coaching and psychotherapy compared", dimensionHeader: "Dimension" }
 * ```
 */
export function toI18nextResources(locale: Locale, options?: I18nextOptions): I18nextResources {
  checked(locale);
  // Null-prototype nodes: no key segment (`constructor`, `__proto__`) reaches Object.prototype.
  const tree: I18nextTree = Object.create(null) as I18nextTree;
  // Shorter keys first, so a message is a leaf before a longer key passes through it.
  const keys = (Object.keys(locale.messages) as MessageKey[]).sort((a, b) => a.split(".").length - b.split(".").length);
  for (const key of keys) {
    const parts = key.split(".");
    let node = tree;
    let i = 0;
    for (; i < parts.length - 1; i++) {
      const next = node[parts[i]!];
      if (typeof next === "string") break;
      node = next ?? (node[parts[i]!] = Object.create(null) as I18nextTree);
    }
    node[parts.slice(i).join(".")] = toI18nextText(locale.messages[key]);
  }
  return { [locale.code]: { [options?.namespace ?? "coaching-scope"]: tree } };
}

/** Checks a locale as `createLocalizer` does (a `ScopeConfigError` naming the path). */
function checked(locale: Locale): void {
  // Required here (an absent locale means English elsewhere): `null` is checked as a locale.
  localizerFor({ locale: locale ?? null }, [], "Invalid locale", en.messages);
}

function toI18nextText(text: string): string {
  const template = compile(text);
  if (typeof template === "string") return template;
  return template.map((part, i) => (i % 2 === 1 ? `{{${part}}}` : part)).join("");
}

/** Quotes the characters that ICU MessageFormat (as intl-messageformat reads it) treats as syntax outside plurals. */
function icuLiteral(text: string): string {
  return text.replace(/'/g, "''").replace(/[{}<>]+/g, (special) => `'${special}'`);
}

/**
 * Turns a locale into flat FormatJS messages: `{ "level.refer": "…" }`, with ICU `{name}`
 * arguments. Literal apostrophes and ICU syntax characters are quoted, so every message
 * parses with `intl-messageformat` and reads exactly as the library renders it.
 *
 * @example
 * ```ts
 * const messages = toFlatMessages(en);
 * messages["reason.phq9"];
 * //=> "Your PHQ-9 (mood) score is {score}, at or above {threshold}."
 * messages["reason.assessed-risk"];
 * //=> "A mental-health professional''s risk assessment found a level of risk that calls for this step."
 * ```
 */
export function toFlatMessages(locale: Locale): Record<MessageKey, string> {
  checked(locale);
  const out = {} as Record<MessageKey, string>;
  for (const key of Object.keys(locale.messages) as MessageKey[]) {
    const template = compile(locale.messages[key]);
    out[key] =
      typeof template === "string"
        ? icuLiteral(template)
        : template.map((part, i) => (i % 2 === 1 ? `{${part}}` : icuLiteral(part))).join("");
  }
  return out;
}
