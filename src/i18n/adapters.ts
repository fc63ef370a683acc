import { checkLocalizeOptions, compile, libraryKeys } from "./localize.js";
import { checkObject, readField, typeIssue, unreadable, type Issues } from "../shared/check.js";
import { ScopeConfigError } from "../shared/errors.js";
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
  /** The i18next namespace to put the messages in, a non-empty string; `"coaching-scope"` by default. */
  readonly namespace?: string;
}

type Template = ReturnType<typeof compile>;
/** The key, under the namespace, of the literal forms of escaped messages: no message key starts with it. */
const LITERAL = "~";
/**
 * i18next fills at most 1,000 values in one text (`interpolation.maxReplaces`), and the literal
 * form of a message with n placeholders fills n + 1 runs of literal text.
 */
const MAX_PLACEHOLDERS = 999;

/** Reads and checks a locale as `createLocalizer` does (each part read once); `undefined` with the issues when it is not one. */
function readLocale(issues: Issues, locale: unknown): Locale | undefined {
  // Required here (an absent locale means English elsewhere): `undefined` is checked as `null`.
  return checkLocalizeOptions(issues, { locale: locale ?? null }, [], libraryKeys())?.["locale"] as Locale | undefined;
}

const I18NEXT_OPTIONS: ReadonlySet<string> = /* @__PURE__ */ new Set(["namespace"]);

/** Reads and checks the options of {@link toI18nextResources}; gives the namespace. */
function readNamespace(issues: Issues, options: unknown): string {
  const fallback = "coaching-scope";
  if (options === undefined) return fallback;
  try {
    if (!checkObject(issues, ["options"], options, I18NEXT_OPTIONS)) return fallback;
  } catch (error) {
    unreadable(issues, ["options"], error);
    return fallback;
  }
  const start = issues.length;
  const namespace = readField(issues, ["options", "namespace"], options, "namespace");
  if (issues.length > start) return fallback;
  if (typeof namespace === "string" && namespace.trim() !== "") return namespace;
  if (namespace !== undefined) typeIssue(issues, ["options", "namespace"], "non-empty string", namespace);
  return fallback;
}

/** The parts of a template: literal text at even indexes, placeholder names at odd ones. */
const partsOf = (template: Template): readonly string[] => (typeof template === "string" ? [template] : template);

/**
 * Whether i18next could read a literal part as its own syntax: `{{` (interpolation, `{{- x}}`,
 * `{{x, format}}`), a `{` that meets the next placeholder's `{{`, or `$t(` (nesting).
 */
function isI18nextSyntax(part: string, i: number, parts: readonly string[]): boolean {
  return i % 2 === 0 && (part.includes("{{") || part.includes("$t(") || (i < parts.length - 1 && part.endsWith("{")));
}

/**
 * Text for a JSON string inside an i18next nesting: quotes, backslashes, braces, `$`, parentheses,
 * control characters, line separators and surrogates as `\u` escapes, so that neither the
 * nesting's parser nor interpolation finds anything in it.
 */
function jsonText(text: string): string {
  return text.replace(/[\0-\x1f"'$(){}\\\x7f-\x9f\u2028\u2029\ud800-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * A message as i18next text. Without i18next syntax in its literal text: the text with `{{name}}`
 * placeholders. With it: a nesting of the message's literal form, `$t(~.<names>, {"ns": …,
 * "0": …, "1": …})`, whose options carry the literal runs and whose form, `{{-0}}{{name}}{{-1}}`,
 * puts them back unescaped and unread: i18next never interpolates or nests an inserted value.
 */
function i18nextText(template: Template, namespace: string, literals: I18nextTree): string {
  const parts = partsOf(template);
  if (!parts.some(isI18nextSyntax)) return parts.map((part, i) => (i % 2 === 1 ? `{{${part}}}` : part)).join("");
  // Named by its placeholders, so every locale's form of a name is the same text; the closing `-`
  // keeps i18next's plural keys (`…_one`) from finding another form.
  const name = parts.map((part, i) => (i % 2 === 1 ? `${part}-` : "")).join("") || "-";
  literals[name] = parts.map((part, i) => (i % 2 === 1 ? `{{${part}}}` : `{{-${i / 2}}}`)).join("");
  const runs = parts.map((part, i) => (i % 2 === 0 ? `,"${i / 2}":"${jsonText(part)}"` : "")).join("");
  return `$t(${LITERAL}.${name}, {"ns":"${jsonText(namespace)}"${runs}})`;
}

/** Nests the messages at their keys' dots, shorter keys first; escaped messages' literal forms under `~`. */
function i18nextTree(templates: ReadonlyMap<string, Template>, namespace: string): I18nextTree {
  // Null-prototype nodes: no key segment (`constructor`, `__proto__`) reaches Object.prototype.
  const tree = Object.create(null) as I18nextTree;
  const literals = Object.create(null) as I18nextTree;
  // Shorter keys first, so a message is a leaf before a longer key passes through it.
  const keys = [...templates.keys()].sort((a, b) => a.split(".").length - b.split(".").length);
  for (const key of keys) {
    const parts = key.split(".");
    let node = tree;
    let i = 0;
    for (; i < parts.length - 1; i++) {
      const next = node[parts[i]!];
      if (typeof next === "string") break;
      node = next ?? (node[parts[i]!] = Object.create(null) as I18nextTree);
    }
    node[parts.slice(i).join(".")] = i18nextText(templates.get(key)!, namespace, literals);
  }
  if (Object.keys(literals).length > 0) tree[LITERAL] = literals;
  return tree;
}

/** A null-prototype object with one own key, whatever its name (`__proto__` too). */
function single<T>(key: string, value: T): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  out[key] = value;
  return out;
}

/** Throws the issues found, if any, as one error. */
function throwIfAny(issues: Issues): void {
  if (issues.length > 0) throw new ScopeConfigError(issues, issues.every((issue) => issue.path[0] === "locale") ? "Invalid locale" : "Invalid locale or options");
}

/**
 * Turns a locale into i18next resources: nested keys, `{{name}}` interpolation, under the
 * locale's code and a namespace. Load them with `resources` or `i18next.addResourceBundle`, then
 * wire i18next in as `translate`.
 *
 * A key that is both a message and the start of a longer one (`level.refer` and
 * `level.refer.action`) keeps the longer one's rest as a flat key beside it
 * (`level: { refer: "…", "refer.action": "…" }`), which i18next's default lookup finds.
 *
 * Every message reads in i18next exactly as the library renders it, given a value for each
 * placeholder. A message whose text holds i18next syntax (`$t(`, `{{`, or a `{` right before a
 * placeholder) is written as a nesting of its literal form under the key `~`, which gives its
 * text back unread: `$t(…)`, `{{…}}`, `{{- …}}` and `{{…, format}}` print as written. This needs
 * i18next's default interpolation and nesting settings (delimiters, `skipOnVariables`,
 * `maxReplaces`) and no ICU plugin. Initialise i18next with `interpolation: { escapeValue: false }`:
 * the library's renderers escape their own output.
 *
 * @param locale - the locale to export.
 * @param options - the namespace; `"coaching-scope"` by default.
 * @throws {@link ScopeConfigError} for a malformed locale (as `createLocalizer` checks it), a
 *   value that cannot be read (a getter or a proxy that throws), options that are not
 *   `{ namespace?: non-empty string }`, or a message with more than 999 placeholders, which
 *   i18next does not fill (`locale.messages["table.caption"]`).
 *
 * @example
 * ```ts
 * const resources = toI18nextResources(en);
 * resources.en["coaching-scope"].table;
 * //=> { caption: "Coaching and psychotherapy compared", dimensionHeader: "Dimension" }
 * ```
 */
export function toI18nextResources(locale: Locale, options?: I18nextOptions): I18nextResources {
  const issues: Issues = [];
  const read = readLocale(issues, locale);
  const namespace = readNamespace(issues, options);
  const templates = new Map<string, Template>();
  for (const [key, text] of Object.entries(read?.messages ?? {})) {
    const template = compile(text);
    const placeholders = (partsOf(template).length - 1) / 2;
    if (placeholders > MAX_PLACEHOLDERS) {
      issues.push({ path: ["locale", "messages", key], code: "too_big", message: `Too big: expected at most ${MAX_PLACEHOLDERS} placeholders (i18next fills at most 1,000 values in one text), received ${placeholders}` });
    }
    templates.set(key, template);
  }
  throwIfAny(issues);
  return single(read!.code, single(namespace, i18nextTree(templates, namespace)));
}

/**
 * Literal text in ICU MessageFormat, as intl-messageformat reads it: every `'` doubled, and from
 * the first `{`, `}`, `<` or `>` to the end, quoted (`'…'`), so that no brace is an argument and
 * no `<b>` a tag. `#` and `|` are plain text outside a plural.
 */
function icuLiteral(text: string): string {
  const at = text.search(/[{}<>]/);
  const doubled = (part: string): string => part.replace(/'/g, "''");
  return at === -1 ? doubled(text) : `${doubled(text.slice(0, at))}'${doubled(text.slice(at))}'`;
}

/**
 * Turns a locale into flat FormatJS messages: `{ "level.refer": "…" }`, with ICU `{name}`
 * arguments. Apostrophes are doubled and a run of text from its first `{`, `}`, `<` or `>` up to
 * the next argument is quoted, so every message parses with `intl-messageformat` and, given a
 * value for each placeholder, reads exactly as the library renders it.
 *
 * @throws {@link ScopeConfigError} for a malformed locale (as `createLocalizer` checks it) or a
 *   value that cannot be read (a getter or a proxy that throws).
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
  const issues: Issues = [];
  const read = readLocale(issues, locale);
  throwIfAny(issues);
  const out = {} as Record<MessageKey, string>;
  for (const key of Object.keys(read!.messages) as MessageKey[]) {
    out[key] = partsOf(compile(read!.messages[key])).map((part, i) => (i % 2 === 1 ? `{${part}}` : icuLiteral(part))).join("");
  }
  return out;
}
