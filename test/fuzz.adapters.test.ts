// Fuzzing the localization adapters: thousands of generated and hostile values as the locale, the
// options and the namespace, and locales made from `en` with one part broken. The only outcomes
// allowed are a result (strings at every leaf) or the library's own error whose every issue names
// the argument at fault (`locale…` or `options…`), each within a time bound; Object.prototype
// stays unchanged.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { en, isScopeConfigError, isScopeInputError, toFlatMessages, toI18nextResources, type ScopeIssue } from "../src/index.js";
import { configIssues } from "./helpers.js";
import { FUZZ_TIMEOUT_MS, fuzzOutcome } from "./fuzz-outcome.js";

// Every issue's path is in the locale or the options.
const { outcome } = fuzzOutcome((issue) => expect(["locale", "options"]).toContain(issue.path[0]));

/** Strings at every leaf, objects everywhere else. */
function stringTree(value: unknown): void {
  if (typeof value === "string") return;
  expect(typeof value).toBe("object");
  for (const key of Object.keys(value as object)) stringTree((value as Record<string, unknown>)[key]);
}

const revoked = (target: object = {}): object => {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
};
const throwing = (thrown: unknown) => () => {
  throw thrown;
};
/** An object whose every read throws, as does listing its keys. */
const trap = (thrown: unknown): object => new Proxy({}, { get: throwing(thrown), ownKeys: throwing(thrown), getOwnPropertyDescriptor: throwing(thrown), getPrototypeOf: throwing(thrown), has: throwing(thrown) });
const getter = (key: string, thrown: unknown): object => Object.defineProperty({}, key, { enumerable: true, get: throwing(thrown) });
const cycle = (): object => {
  const self: Record<string, unknown> = { code: "en", dir: "ltr" };
  self["messages"] = self;
  return self;
};
/**
 * A value made fresh for each run, from a builder: fast-check never holds the hostile value itself
 * (it would look into it to clone or print it). Printed as `label`.
 */
type Make = () => unknown;
const make = (label: string, build: () => unknown): Make => Object.assign(build, { [fc.toStringMethod]: () => label });
const made = (arb: fc.Arbitrary<unknown>): fc.Arbitrary<Make> => arb.map((value) => make(fc.stringify(value), () => value));

/** What a getter or a trap throws: errors, and values that throw again when looked at. */
const thrownArb: fc.Arbitrary<Make> = fc.constantFrom(
  make("Error", () => new Error("boom")),
  make("RangeError", () => new RangeError("boom")),
  make("42", () => 42),
  make("undefined", () => undefined),
  make("a symbol", () => Symbol("s")),
  make("a revoked proxy", () => revoked()),
  make("a trap", () => trap(new Error("again"))),
  make("an Error whose name throws", () => Object.defineProperty(new Error("x"), "name", { get: throwing(new Error("name")) })),
);

/** Values no plain-data reader expects. */
const hostileArb: fc.Arbitrary<Make> = fc.oneof(
  fc.constantFrom(
    make("10n", () => 10n),
    make("a symbol", () => Symbol("s")),
    make("a revoked proxy", () => revoked()),
    make("a revoked array proxy", () => revoked([])),
    make("a revoked function proxy", () => revoked(() => 1)),
    make("a cycle", cycle),
    make("a null-prototype object", () => Object.create(null)),
    make("a Map", () => new Map([["code", "en"]])),
    make("[]", () => []),
    make("a function", () => () => "en"),
    make('"__proto__"', () => "__proto__"),
    make('""', () => ""),
    make("__proto__ as a key", () => JSON.parse('{"__proto__": {"polluted": 1}}')),
    make("a locale as inherited keys", () => Object.create({ code: "en", dir: "ltr", messages: {} })),
  ),
  thrownArb.map((thrown) => make(`a trap throwing ${String(thrown)}`, () => trap(thrown()))),
  fc.tuple(fc.constantFrom("code", "dir", "messages", "namespace", "x"), thrownArb).map(([key, thrown]) => make(`a getter of ${key} throwing ${String(thrown)}`, () => getter(key, thrown()))),
);

const anyValue: fc.Arbitrary<Make> = fc.oneof(hostileArb, made(fc.anything({ maxDepth: 2, withBigInt: true, withMap: true, withSet: true, withNullPrototype: true, withDate: true, withTypedArray: true, withSparseArray: true })));
const keyArb = fc.oneof(
  fc.constantFrom(...Object.keys(en.messages)),
  fc.constantFrom("__proto__", "constructor", "prototype", "modality.x", "dimension.a.b", "dimension.constructor.prototype", "level.refr", "~", "~.-"),
  fc.string({ maxLength: 8 }),
);
const textArb = fc.oneof(fc.string(), fc.constantFrom("$t(level.refer)", "{{score}}", "{{- score}}", "{{score, number}}", "{'}", "'{'", "<b>x</b>", "{score}", "{__proto__}"));
const define = (target: object, key: string, descriptor: PropertyDescriptor): object => Object.defineProperty(target, key, { enumerable: true, ...descriptor });

/** `en` with one part broken: a field, a message, a key added, or a part read through a getter or proxy. */
const brokenLocale: fc.Arbitrary<Make> = fc.oneof(
  fc.tuple(fc.constantFrom("code", "dir", "messages", "extra", "__proto__"), anyValue).map(([field, value]) => make(`en with ${field}: ${String(value)}`, () => define({ ...en }, field, { value: value() }))),
  fc.tuple(keyArb, fc.oneof(made(textArb), anyValue)).map(([key, value]) => make(`en with message ${key}: ${String(value)}`, () => ({ ...en, messages: define({ ...en.messages }, key, { value: value() }) }))),
  fc.tuple(keyArb, thrownArb).map(([key, thrown]) => make(`en with message ${key} throwing ${String(thrown)}`, () => ({ ...en, messages: define({ ...en.messages }, key, { get: () => { throw thrown(); } }) }))),
  fc.tuple(fc.constantFrom("code", "dir", "messages"), thrownArb).map(([field, thrown]) => make(`en with ${field} throwing ${String(thrown)}`, () => define({ ...en }, field, { get: () => { throw thrown(); } }))),
  thrownArb.map((thrown) => make(`en with messages a trap throwing ${String(thrown)}`, () => ({ ...en, messages: trap(thrown()) }))),
  made(fc.dictionary(keyArb, textArb, { maxKeys: 4 }).map((messages) => ({ ...en, messages: { ...en.messages, ...messages } }))),
  made(fc.constantFrom("__proto__", "constructor", " ", "x-y", "ar").map((code) => ({ ...en, code }))),
);
const optionsArb: fc.Arbitrary<Make> = fc.oneof(
  made(fc.constant(undefined)),
  anyValue,
  fc.oneof(made(fc.string()), made(fc.constantFrom("__proto__", "constructor", "", " ", "a:b", '"{{x}}$t(')), anyValue).map((namespace) => make(`{ namespace: ${String(namespace)} }`, () => ({ namespace: namespace() }))),
  fc.tuple(fc.string({ maxLength: 6 }), anyValue).map(([key, value]) => make(`{ namespace: "scope", ${JSON.stringify(key)}: ${String(value)} }`, () => define({ namespace: "scope" }, key, { value: value() }))),
);

describe("fuzzing the adapters", { timeout: FUZZ_TIMEOUT_MS }, () => {
  it("toI18nextResources: arbitrary and hostile locales and options (6,000 values)", () => {
    fc.assert(
      fc.property(fc.oneof(anyValue, brokenLocale), optionsArb, (locale, options) => outcome(() => toI18nextResources(locale() as never, options() as never), stringTree)),
      { numRuns: 6_000 },
    );
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("toI18nextResources: en with one part broken, default options (4,000 values)", () => {
    fc.assert(fc.property(brokenLocale, (locale) => outcome(() => toI18nextResources(locale() as never), stringTree)), { numRuns: 4_000 });
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("toFlatMessages: arbitrary, hostile and broken locales (6,000 values)", () => {
    fc.assert(
      fc.property(fc.oneof(anyValue, brokenLocale, brokenLocale), (locale) =>
        outcome(
          () => toFlatMessages(locale() as never),
          (flat) => {
            expect(typeof flat).toBe("object");
            for (const key of Object.keys(flat)) expect(typeof flat[key as keyof typeof flat]).toBe("string");
          },
        ),
      ),
      { numRuns: 6_000 },
    );
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});

/** The first issue of the error `fn` throws. */
const firstIssue = (fn: () => unknown): ScopeIssue | undefined => configIssues(fn)[0];

describe("hostile arguments give the library's error, naming the path", () => {
  it("as the locale, or a part of it", () => {
    for (const fn of [toI18nextResources, toFlatMessages] as const) {
      expect(firstIssue(() => fn(10n as never))).toMatchObject({ path: ["locale"], code: "invalid_type", message: "Expected object, received bigint" });
      expect(firstIssue(() => fn(Symbol("s") as never))).toMatchObject({ path: ["locale"], code: "invalid_type", message: "Expected object, received symbol" });
      expect(firstIssue(() => fn(revoked() as never))).toMatchObject({ path: ["locale"], code: "custom", message: "The value could not be read (reading threw TypeError): expected plain data" });
      expect(firstIssue(() => fn(cycle() as never))).toMatchObject({ path: ["locale", "messages"], code: "unrecognized_keys", keys: ["code", "dir", "messages"] });
      expect(firstIssue(() => fn(getter("code", new RangeError("x")) as never))).toMatchObject({ path: ["locale", "code"], code: "custom", message: "The value could not be read (reading threw RangeError): expected plain data" });
      expect(firstIssue(() => fn({ ...en, dir: revoked() } as never))).toMatchObject({ path: ["locale", "dir"], code: "invalid_value" });
      expect(firstIssue(() => fn({ ...en, messages: trap(revoked()) } as never))).toMatchObject({ path: ["locale", "messages"], code: "custom", message: "The value could not be read (reading threw object): expected plain data" });
      const messages = Object.defineProperty({ ...en.messages }, "reason.phq9", { enumerable: true, get: throwing(undefined) });
      expect(configIssues(() => fn({ ...en, messages } as never))).toEqual([
        { path: ["locale", "messages", "reason.phq9"], code: "custom", message: "The value could not be read (reading threw no value): expected plain data" },
      ]);
      expect(firstIssue(() => fn({ ...en, messages: { ...en.messages, "level.refer": 10n } } as never))).toMatchObject({ path: ["locale", "messages", "level.refer"], code: "invalid_type", message: "Expected string, received bigint" });
    }
  });

  it("as the options or the namespace", () => {
    expect(firstIssue(() => toI18nextResources(en, 10n as never))).toMatchObject({ path: ["options"], code: "invalid_type", message: "Expected object, received bigint" });
    expect(firstIssue(() => toI18nextResources(en, revoked() as never))).toMatchObject({ path: ["options"], code: "custom" });
    expect(firstIssue(() => toI18nextResources(en, getter("namespace", new Error("x")) as never))).toMatchObject({ path: ["options", "namespace"], code: "custom", message: "The value could not be read (reading threw Error): expected plain data" });
    expect(firstIssue(() => toI18nextResources(en, { namespace: "scope", nmespace: 1 } as never))).toMatchObject({ path: ["options"], code: "unrecognized_keys", keys: ["nmespace"] });
    for (const namespace of ["", " ", 10n, Symbol("s"), revoked(), null, 1]) {
      expect(firstIssue(() => toI18nextResources(en, { namespace } as never))).toMatchObject({ path: ["options", "namespace"], code: "invalid_type" });
    }
  });

  it("reports a broken locale and broken options together", () => {
    expect(configIssues(() => toI18nextResources({ ...en, dir: "up" } as never, { namespace: "" }))).toMatchObject([
      { path: ["locale", "dir"], code: "invalid_value" },
      { path: ["options", "namespace"], code: "invalid_type" },
    ]);
  });

  it("__proto__ as the code or the namespace is an own key of the result, and pollutes nothing", () => {
    const resources = toI18nextResources({ ...en, code: "__proto__" }, { namespace: "__proto__" });
    expect(Object.keys(resources)).toEqual(["__proto__"]);
    const namespaces = resources["__proto__"]!;
    expect(Object.keys(namespaces)).toEqual(["__proto__"]);
    expect((namespaces["__proto__"]!["table"] as Record<string, string>)["caption"]).toBe(en.messages["table.caption"]);
    expect(Object.getPrototypeOf(resources)).toBeNull();
    expect(Object.getPrototypeOf(namespaces)).toBeNull();
    expect(({} as Record<string, unknown>)["table"]).toBeUndefined();
    expect(Object.keys(toFlatMessages({ ...en, code: "__proto__" }))).toEqual(Object.keys(en.messages));
  });

  it("reads a locale once: a getter whose value changes is called once, and its first value is exported", () => {
    let reads = 0;
    const locale = Object.defineProperty({ code: "en", dir: "ltr" }, "messages", { enumerable: true, get: () => (reads++ === 0 ? en.messages : { "level.refer": 5 }) });
    expect(toFlatMessages(locale as never)["level.refer"]).toBe(en.messages["level.refer"]);
    expect(reads).toBe(1);
  });
});
