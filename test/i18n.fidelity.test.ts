// The adapters' exports read exactly as the library renders: for any message text and any
// parameters, i18next (set up as docs/localization.md says) and intl-messageformat give the text
// `createLocalizer` gives. i18next's own syntax in a text ($t(…) nesting, {{…}} interpolation,
// {{- …}}, {{…, format}}) and ICU's (apostrophes, braces, tags) print as written.
import fc from "fast-check";
import i18next, { type i18n } from "i18next";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { createLocalizer, en, toFlatMessages, toI18nextResources, type Locale, type MessageKey, type MessageParams } from "../src/index.js";
import { configIssues } from "./helpers.js";

const NS = "coaching-scope";
const KEYS = Object.keys(en.messages) as MessageKey[];
// Thousands of values, each through three renderers: far above vitest's 5 s default on a busy machine.
const TIMEOUT_MS = 120_000;

/** A locale: English with some messages replaced. */
function localeWith(messages: Partial<Record<MessageKey, string>>, code = "en"): Locale {
  return { code, dir: "ltr", messages: { ...en.messages, ...messages } };
}

/** An i18next instance set up as docs/localization.md says. */
function documented(locale: Locale): i18n {
  const instance = i18next.createInstance();
  void instance.init({ lng: locale.code, resources: toI18nextResources(locale), defaultNS: NS, interpolation: { escapeValue: false }, initAsync: false });
  return instance;
}

/** `key` rendered by the library, by i18next and by intl-messageformat. */
function render(locale: Locale, key: MessageKey, params: MessageParams = {}) {
  return {
    library: createLocalizer({ locale }).t(key, params),
    i18next: documented(locale).t(key, params),
    icu: new IntlMessageFormat(toFlatMessages(locale)[key], locale.code).format(params),
  };
}

/** Expects all three renderings of `text` (as `table.caption`) to be `expected`. */
function expectAll(text: string, params: MessageParams, expected: string): void {
  expect(render(localeWith({ "table.caption": text }), "table.caption", params)).toEqual({ library: expected, i18next: expected, icu: expected });
}

describe("i18next syntax in a message prints as written", () => {
  it("$t(…) nesting is not expanded", () => {
    expectAll("See $t(level.refer) now", {}, "See $t(level.refer) now");
    expectAll('$t(level.refer, {"lng": "de"}) and $t(table.caption)', {}, '$t(level.refer, {"lng": "de"}) and $t(table.caption)');
  });

  it("$t(…) around a placeholder is not expanded: the placeholder is filled", () => {
    expectAll("$t(reason.{score}) or $t({score})", { score: "phq9" }, "$t(reason.phq9) or $t(phq9)");
  });

  it("{{name}} around a placeholder is a placeholder in braces", () => {
    expectAll("Score: {{score}}", { score: 12 }, "Score: {12}");
  });

  it("a brace right before a placeholder stays a brace", () => {
    expectAll("{{score} and {{{threshold}", { score: 12, threshold: 10 }, "{12 and {{10");
  });

  it("{{- name}} (unescaped interpolation) is not interpolated", () => {
    expectAll("{{- score}} and {{-score}}", { score: 12 }, "{{- score}} and {{-score}}");
  });

  it("{{name, format}} (formatting) is not interpolated", () => {
    expectAll("{{score, number}} {{ score }} {{threshold,number(minimumFractionDigits: 2)}}", { score: 1234.5, threshold: 10 }, "{{score, number}} {{ score }} {{threshold,number(minimumFractionDigits: 2)}}");
  });

  it("{{name}} of an i18next option is not interpolated", () => {
    expectAll("{{ lng }} {{ ns }} {{ count }} {{count }}", { count: 3 }, "{{ lng }} {{ ns }} {{ count }} {{count }}");
  });

  it("a parameter's value is never read as syntax, in a plain message or an escaped one", () => {
    const value = '$t(level.refer) {{threshold}} {{- threshold}} $t( " \' )';
    expectAll("Score {score} of {threshold}", { score: value, threshold: 10 }, `Score ${value} of 10`);
    expectAll("{{ x }} Score {score} of {threshold} $t(a)", { score: value, threshold: 10 }, `{{ x }} Score ${value} of 10 $t(a)`);
  });

  it("a numeric count finds no plural or other message: the escaped message is used for every count", () => {
    const locale = localeWith({ "reason.indicators": "{{count}} of $t(…) at {threshold}" });
    for (const count of [0, 1, 2, 5, 1.5]) {
      const expected = `{${count}} of $t(…) at 3`;
      expect(render(locale, "reason.indicators", { count, threshold: 3 })).toEqual({ library: expected, i18next: expected, icu: expected });
    }
  });

  it("writes an escaped message as one nesting of a literal form, and a plain one as it is", () => {
    const tree = toI18nextResources(localeWith({ "table.caption": "A {{b}} c {score}" })).en![NS]!;
    expect((tree["table"] as Record<string, string>)["caption"]).toBe('$t(~.b-score-, {"ns":"coaching-scope","0":"A \\u007b","1":"\\u007d c ","2":""})');
    expect(tree["~"]).toEqual({ "b-score-": "{{-0}}{{b}}{{-1}}{{score}}{{-2}}" });
    expect((tree["reason"] as Record<string, string>)["phq9"]).toBe("Your PHQ-9 (mood) score is {{score}}, at or above {{threshold}}.");
  });

  it("an escaped message works with another namespace, named in t(), by prefix or by getFixedT with a key prefix, and through a fallback language", () => {
    const locale = localeWith({ "table.caption": "$t(x) {{score}} {{{threshold}}}" });
    const expected = "$t(x) {12} {{10}}";
    const params = { score: 12, threshold: 10 };
    const resources = toI18nextResources(locale, { namespace: 'my "scope" {{x}} $t(y):z' });
    const instance = i18next.createInstance();
    void instance.init({ lng: "de-AT", fallbackLng: "en", resources, defaultNS: "app", interpolation: { escapeValue: false }, initAsync: false });
    expect(instance.t("table.caption", { ...params, ns: 'my "scope" {{x}} $t(y):z' })).toBe(expected);
    const second = i18next.createInstance();
    void second.init({ lng: "en", resources: toI18nextResources(locale, { namespace: "scope" }), defaultNS: "app", interpolation: { escapeValue: false }, initAsync: false });
    expect(second.t("scope:table.caption", params)).toBe(expected);
    expect(second.getFixedT("en", "scope", "table")("caption", params)).toBe(expected);
  });

  it("with escapeValue: true, i18next escapes the values, never the literal text, in a plain message or an escaped one", () => {
    const locale = localeWith({ "table.caption": "<i>{score}</i> & {threshold}", "reason.phq9": "<i>{score}</i> $t(x) & {threshold}" });
    const instance = i18next.createInstance();
    void instance.init({ lng: "en", resources: toI18nextResources(locale), defaultNS: NS, initAsync: false });
    expect(instance.t("table.caption", { score: "<b>", threshold: "&" })).toBe("<i>&lt;b&gt;</i> & &amp;");
    expect(instance.t("reason.phq9", { score: "<b>", threshold: "&" })).toBe("<i>&lt;b&gt;</i> $t(x) & &amp;");
  });

  it("refuses a message with more than 999 placeholders, naming its path; 999 are filled", () => {
    const many = (n: number) => `{{${"{score}".repeat(n)}`;
    expect(configIssues(() => toI18nextResources(localeWith({ "table.caption": many(1000), "level.refer": "{x}".repeat(1001) })))).toMatchObject([
      { path: ["locale", "messages", "table.caption"], code: "too_big" },
      { path: ["locale", "messages", "level.refer"], code: "too_big" },
    ]);
    expectAll(many(999), { score: 1 }, `{{${"1".repeat(999)}`);
    const flat = toFlatMessages(localeWith({ "table.caption": many(1001) }));
    expect(new IntlMessageFormat(flat["table.caption"], "en").format({ score: 1 })).toBe(`{{${"1".repeat(1001)}`);
  });
});

describe("ICU syntax in a message prints as written", () => {
  it("apostrophes, alone, doubled and before a placeholder", () => {
    expectAll("It's ''quoted'' and ends in '", {}, "It's ''quoted'' and ends in '");
    expectAll("Score'{score}'' and '{threshold}'", { score: 1, threshold: 2 }, "Score'1'' and '2'");
  });

  it("braces, alone and quoted with apostrophes", () => {
    expectAll("'{' and '}' and {not a placeholder} and { score }", {}, "'{' and '}' and {not a placeholder} and { score }");
    expectAll("'{{score}}'", { score: 5 }, "'{5}'");
  });

  it("an apostrophe between two runs of braces or tags", () => {
    expectAll("{'}", {}, "{'}");
    expectAll("{''} <'> }'{ <b>'</b>", {}, "{''} <'> }'{ <b>'</b>");
    expectAll("{ '{score}' }", { score: 7 }, "{ '7' }");
  });

  it("tags, #, | and the characters around them", () => {
    expectAll("<b>bold</b> <br/> a < b > c <1> # | #{score}", { score: 3 }, "<b>bold</b> <br/> a < b > c <1> # | #3");
  });
});

/** Names of i18next's `t` options: an app passes the library's parameters, none of which is one, except `count`. */
const I18NEXT_OPTIONS = new Set(["lng", "lngs", "ns", "defaultValue", "context", "replace", "returnObjects", "returnDetails", "joinArrays", "postProcess", "interpolation", "keyPrefix", "nsSeparator", "keySeparator", "ordinal", "fallbackLng", "skipInterpolation", "nest", "formatParams"]);
/** The library's own parameter names, and a few more. */
const NAMES = ["score", "threshold", "count", "instrument", "items", "answered", "coaching", "psychotherapy", "first", "second", "ageDays", "flag", "referTo", "age", "minAge", "adultAge", "x", "_y", "Z9"] as const;
const SYNTAX = ["'", "''", "{", "}", "#", "<", ">", "</", "<b>", "/>", "/", "$t(", "$", "t(", ")", "(", "{{", "}}", "{{-", "-", ",", ", number", " ", "\n", '"', "|", "é", "😀", "\ud800", "{1x}", "{ x }", "{}", "a", "Bc"];
const token = fc.oneof(fc.constantFrom(...SYNTAX), fc.string({ unit: "binary", maxLength: 3 }), fc.constantFrom(...NAMES).map((n) => `{${n}}`));
const messageText = fc.array(token, { maxLength: 16 }).map((parts) => parts.join(""));
const value = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom("$t(level.refer)", "{{score}}", "{{- score}}", "{score}", "'", "''", "", "$t(", ")", '"', "<b>", "#"),
  fc.string({ maxLength: 6 }),
  fc.array(token, { maxLength: 4 }).map((parts) => parts.join("")),
);
const paramsArb = fc.record(Object.fromEntries(NAMES.map((n) => [n, value])) as Record<(typeof NAMES)[number], fc.Arbitrary<string | number>>);
const messagesArb = fc.dictionary(fc.constantFrom(...KEYS), messageText, { minKeys: 1, maxKeys: 3 });

/** The parameters, with a value for every `{name}` of `text` too. */
function withEveryName(text: string, params: Record<string, string | number>): Record<string, string | number> {
  const out = { ...params };
  for (const [, name] of text.matchAll(/\{([A-Za-z_]\w*)\}/g)) if (!Object.hasOwn(out, name!)) out[name!] = `<${name!}>`;
  return out;
}

describe("for any message text and parameters", { timeout: TIMEOUT_MS }, () => {
  it("i18next and intl-messageformat give exactly the library's text (5,000 locales)", () => {
    fc.assert(
      fc.property(messagesArb, paramsArb, fc.constantFrom("en", "de", "fr"), (messages, base, code) => {
        const locale = localeWith(messages, code);
        const { t } = createLocalizer({ locale });
        const instance = documented(locale);
        const flat = toFlatMessages(locale);
        for (const [key, text] of Object.entries(messages) as [MessageKey, string][]) {
          const params = withEveryName(text, base);
          fc.pre(Object.keys(params).every((name) => !I18NEXT_OPTIONS.has(name)));
          const expected = t(key, params);
          expect(instance.t(key, params), key).toBe(expected);
          expect(new IntlMessageFormat(flat[key], code).format(params), key).toBe(expected);
        }
      }),
      { numRuns: 5_000 },
    );
  });

  it("i18next gives the library's text under another namespace, named in t() or as fallbackNS, through a fallback language (2,000 locales)", () => {
    const namespace = fc.constantFrom("scope", 'x"{{y}}$t(', "a:b", "a.b", "'", "__proto__", " ns ");
    fc.assert(
      fc.property(messagesArb, paramsArb, namespace, fc.boolean(), (messages, base, ns, asFallback) => {
        const locale = localeWith(messages, "de");
        const { t } = createLocalizer({ locale });
        const instance = i18next.createInstance();
        void instance.init({ lng: "de-CH", fallbackLng: "fr", resources: toI18nextResources(locale, { namespace: ns }), defaultNS: "app", fallbackNS: asFallback ? ns : false, interpolation: { escapeValue: false }, initAsync: false });
        for (const [key, text] of Object.entries(messages) as [MessageKey, string][]) {
          const params = withEveryName(text, base);
          fc.pre(Object.keys(params).every((name) => !I18NEXT_OPTIONS.has(name)));
          expect(asFallback ? instance.t(key, params) : instance.t(key, { ...params, ns }), key).toBe(t(key, params));
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
