import { checkEnum, checkObject, isRecord, readField, RESERVED_KEYS, unreadable, typeIssue, unrecognized, type Issues } from "../shared/check.js";
import { ScopeConfigError } from "../shared/errors.js";
import { en } from "../locales/en.js";
import { MESSAGE_KEYS } from "../generated/message-keys.js";
import type { CustomMessageKey, Locale, LocalizeOptions, MessageKey, MessageParams, Messages } from "./messages.js";

/**
 * A localizer: the resolved locale's code and direction, and `t` to look up and format a
 * message.
 *
 * @example
 * ```ts
 * const { t } = createLocalizer();
 * t("reason.phq9", { score: 12, threshold: 10 });
 * //=> "Your PHQ-9 (mood) score is 12, at or above 10."
 * ```
 */
export interface Localizer {
  /** The locale's code (`en`, `de`, …). */
  readonly code: string;
  /** The locale's writing direction. */
  readonly dir: "ltr" | "rtl";
  /** Looks up `key` and fills its `{name}` placeholders; an unknown placeholder stays visible. */
  t(key: MessageKey, params?: MessageParams): string;
}

/** @internal The localizer the library's own functions use. */
export interface InternalLocalizer extends Localizer {
  /** Text of a custom model entry: `translate` → `overrides` → the app's own text. */
  custom(key: CustomMessageKey, text: string): string;
}

/** The library's message keys, built on first use, so importing the library does not pay for it. */
let knownKeys: ReadonlySet<string> | undefined;
/**
 * @internal The library's message keys: generated from the registry and the rules table (a test
 * and the build's drift check keep them equal), so checking a key brings neither into a bundle.
 */
export const libraryKeys = (): ReadonlySet<string> => (knownKeys ??= new Set(MESSAGE_KEYS));
const CUSTOM_KEY = /^(?:modality\.[A-Za-z][\w-]*|dimension\.[A-Za-z][\w-]*\.[A-Za-z][\w-]*)$/;
const OPTION_KEYS = ["locale", "overrides", "translate", "onMissing"] as const;
const LOCALE_KEYS = /* @__PURE__ */ new Set(["code", "dir", "messages"]);
const EMPTY: MessageParams = /* @__PURE__ */ Object.freeze({});
// Per set of known keys: a locale checked for one set of keys is not thereby valid for another.
const checkedLocales = /* @__PURE__ */ new WeakMap<ReadonlySet<string>, WeakMap<object, Locale>>();

/** Checks a messages object and returns a copy of it (null-prototype: own keys only). */
function checkMessages(issues: Issues, path: readonly (string | number)[], value: unknown, known: ReadonlySet<string>): Readonly<Record<string, string>> {
  const isMessageKey = (key: string): boolean => (known.has(key) || CUSTOM_KEY.test(key)) && !RESERVED_KEYS.has(key);
  const copy = Object.create(null) as Record<string, string>;
  let keys: string[];
  try {
    if (!isRecord(value)) {
      typeIssue(issues, path, "object", value);
      return copy;
    }
    keys = Object.keys(value);
  } catch (error) {
    unreadable(issues, path, error);
    return copy;
  }
  const unknown: string[] = [];
  for (const key of keys) {
    const start = issues.length;
    const text = readField(issues, [...path, key], value, key);
    if (issues.length > start) continue;
    if (!isMessageKey(key)) unknown.push(key);
    else if (typeof text !== "string") typeIssue(issues, [...path, key], "string", text);
    else copy[key] = text;
  }
  if (unknown.length > 0) unrecognized(issues, path, unknown);
  return copy;
}

/**
 * @internal Validates an options object whose localization part is `LocalizeOptions` and whose
 * other option names are `extraKeys`, and returns a plain copy of it, each option read once (a
 * locale's messages are read once per locale object). `undefined` when a problem was reported;
 * a value that cannot be read (a getter or a proxy that throws) is a problem, never a raw error.
 */
export function checkLocalizeOptions(
  issues: Issues,
  options: unknown,
  extraKeys: readonly string[],
  known: ReadonlySet<string>,
): Readonly<Record<string, unknown>> | undefined {
  if (options === undefined) return {};
  const before = issues.length;
  const out: Record<string, unknown> = {};
  try {
    if (!checkObject(issues, [], options, new Set([...OPTION_KEYS, ...extraKeys]))) return undefined;
    for (const key of [...OPTION_KEYS, ...extraKeys]) {
      const value = readField(issues, [key], options, key);
      if (value !== undefined) out[key] = value;
    }
    if (out["locale"] !== undefined) out["locale"] = checkLocale(issues, out["locale"], known);
    if (out["overrides"] !== undefined) out["overrides"] = checkMessages(issues, ["overrides"], out["overrides"], known);
  } catch (error) {
    unreadable(issues, [], error, "The options");
  }
  const { translate, onMissing } = out;
  if (translate !== undefined && typeof translate !== "function") typeIssue(issues, ["translate"], "function", translate);
  if (onMissing !== undefined && typeof onMissing !== "function") typeIssue(issues, ["onMissing"], "function", onMissing);
  return issues.length === before ? out : undefined;
}

/** A locale, checked and copied the first time it is used: a locale is plain data, read once. */
function checkLocale(issues: Issues, locale: unknown, known: ReadonlySet<string>): Locale | undefined {
  let checked = checkedLocales.get(known);
  if (checked === undefined) checkedLocales.set(known, (checked = new WeakMap()));
  const seen = typeof locale === "object" && locale !== null ? checked.get(locale) : undefined;
  if (seen !== undefined) return seen;
  const start = issues.length;
  try {
    if (!checkObject(issues, ["locale"], locale, LOCALE_KEYS)) return undefined;
  } catch (error) {
    unreadable(issues, ["locale"], error);
    return undefined;
  }
  const [code, dir, messages] = ["code", "dir", "messages"].map((key) => readField(issues, ["locale", key], locale, key));
  if (issues.length > start) return undefined;
  if (typeof code !== "string" || code.trim() === "") typeIssue(issues, ["locale", "code"], "non-empty string", code);
  checkEnum(issues, ["locale", "dir"], dir, ["ltr", "rtl"]);
  const copy = checkMessages(issues, ["locale", "messages"], messages, known);
  if (issues.length > start) return undefined;
  const read = Object.freeze({ code, dir, messages: copy }) as Locale;
  checked.set(locale as object, read);
  return read;
}

type Template = string | readonly string[];

/** @internal Splits `a {x} b` into `["a ", "x", " b"]`: literals at even indexes. */
export function compile(text: string): Template {
  if (!text.includes("{")) return text;
  const parts = text.split(/\{([A-Za-z_][\w]*)\}/);
  // Placeholder names become property keys of an object, which interns them: looking them up
  // in the parameters then costs no hashing on the hot path.
  for (let i = 1; i < parts.length; i += 2) parts[i] = Object.keys({ [parts[i]!]: 0 })[0]!;
  return parts.length === 1 ? text : parts;
}

/** A message of its own, never an inherited property. */
function own(messages: Readonly<Record<string, string | undefined>> | undefined, key: string): string | undefined {
  return messages !== undefined && Object.hasOwn(messages, key) ? messages[key] : undefined;
}

/** @internal Fills a compiled template. */
export function fill(template: Template, params: MessageParams): string {
  if (typeof template === "string") return template;
  let out = template[0]!;
  for (let i = 1; i < template.length; i += 2) {
    const name = template[i]!;
    // Own parameters only: `{constructor}` never reads Object.prototype.
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    out += (value === undefined ? `{${name}}` : String(value)) + template[i + 1]!;
  }
  return out;
}

/**
 * @internal Builds a localizer from options already validated. `fallback` holds the English
 * text of the keys the caller uses (a whole locale's, or a part's), so that a bundle carries
 * only the English it needs; without a locale, it is also the locale.
 */
export function makeLocalizer(options: LocalizeOptions | undefined, fallback: Readonly<Partial<Messages>>): InternalLocalizer {
  const locale: Locale = options?.locale ?? { code: "en", dir: "ltr", messages: fallback as Messages };
  const overrides = options?.overrides as Readonly<Record<string, string | undefined>> | undefined;
  const translate = options?.translate;
  const onMissing = options?.onMissing;
  const messages = locale.messages as Readonly<Record<string, string | undefined>>;
  const fallbackMessages = fallback as Readonly<Record<string, string>>;
  const compiled = new Map<string, Template>();
  const reported = new Set<string>();
  const report = (key: MessageKey | CustomMessageKey): void => {
    if (onMissing !== undefined && !reported.has(key)) {
      reported.add(key);
      onMissing(key, locale.code);
    }
  };

  const resolve = (key: MessageKey): Template => {
    let template = compiled.get(key);
    if (template === undefined) {
      // Own keys only: `t("__proto__")` is an unknown key, never Object.prototype.
      let text = own(overrides, key) ?? own(messages, key);
      if (text === undefined) {
        report(key);
        text = own(fallbackMessages, key) ?? key;
      }
      template = compile(text);
      compiled.set(key, template);
    }
    return template;
  };

  return {
    code: locale.code,
    dir: locale.dir,
    t(key, params = EMPTY) {
      const text = fill(resolve(key), params);
      if (translate === undefined) return text;
      const own = translate(key, params, text);
      if (typeof own === "string") return own;
      report(key);
      return text;
    },
    custom(key, text) {
      const fallback = overrides?.[key] ?? text;
      if (translate === undefined) return fallback;
      const own = translate(key, EMPTY, fallback);
      return typeof own === "string" ? own : fallback;
    },
  };
}

/**
 * Creates a localizer. Each string is looked up in this order: the `translate` hook, then
 * `overrides`, then `locale`, then English. Placeholders use the ICU simple form `{name}`; a
 * placeholder with no value stays visible (`{total}`), never `undefined`.
 *
 * `onMissing` is called once per key and localizer when a string falls past the first
 * source the app configured (`translate` gave `undefined`, or the locale lacks the key).
 *
 * @param options - locale, overrides, translate hook, onMissing.
 * @throws {@link ScopeConfigError} for an unknown option, a malformed locale, an override
 *   with an unknown key or a non-string value, or a hook that is not a function.
 *
 * @example
 * ```ts
 * const l = createLocalizer({ overrides: { "level.refer": "Please see a therapist first" } });
 * l.t("level.refer");
 * //=> "Please see a therapist first"
 * l.t("reason.phq9", { score: 12 });
 * //=> "Your PHQ-9 (mood) score is 12, at or above {threshold}."
 * ```
 */
export function createLocalizer(options?: LocalizeOptions): Localizer {
  const issues: Issues = [];
  const read = checkLocalizeOptions(issues, options, [], libraryKeys());
  if (read === undefined) throw new ScopeConfigError(issues, "Invalid localization options");
  const { code, dir, t } = makeLocalizer(read as LocalizeOptions, en.messages);
  return { code, dir, t };
}

/**
 * @internal Validates options and returns the internal localizer, with `options`: the options as
 * read, once (throws ScopeConfigError).
 */
export function localizerFor(
  options: unknown,
  extraKeys: readonly string[],
  title: string,
  fallback: Readonly<Partial<Messages>>,
): InternalLocalizer & { readonly options: Readonly<Record<string, unknown>> } {
  const issues: Issues = [];
  const read = checkLocalizeOptions(issues, options, extraKeys, libraryKeys());
  if (read === undefined) throw new ScopeConfigError(issues, title);
  return { ...makeLocalizer(read as LocalizeOptions, fallback), options: read };
}
