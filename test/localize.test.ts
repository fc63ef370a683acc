import { describe, expect, it, vi } from "vitest";
import {
  DISCLAIMERS,
  createLocalizer,
  en,
  getDisclaimer,
  toFlatMessages,
  toI18nextResources,
  type Locale,
  type Messages,
} from "../src/index.js";
import { configIssues } from "./helpers.js";


const pirate: Locale = {
  code: "en-x-pirate",
  dir: "ltr",
  messages: { ...en.messages, "level.refer": "Send 'em to the ship's surgeon", "reason.phq9": "Arr, {score} be over {threshold}" },
};

describe("createLocalizer", () => {
  it("defaults to English", () => {
    const l = createLocalizer();
    expect(l.code).toBe("en");
    expect(l.dir).toBe("ltr");
    expect(l.t("level.crisis")).toBe("Crisis: get help now");
  });

  it("fills {name} placeholders and keeps a placeholder with no value visible", () => {
    const { t } = createLocalizer();
    expect(t("reason.phq9", { score: 12, threshold: 10 })).toBe("Your PHQ-9 (mood) score is 12, at or above 10.");
    expect(t("reason.phq9", { score: "9\u201312" })).toBe("Your PHQ-9 (mood) score is 9\u201312, at or above {threshold}.");
    expect(t("reason.phq9")).not.toContain("undefined");
  });

  it("resolves translate → overrides → locale → en", () => {
    const partial = { code: "xx", dir: "rtl", messages: { "level.refer": "locale refer", "level.crisis": "locale crisis" } } as unknown as Locale;
    const l = createLocalizer({
      locale: partial,
      overrides: { "level.crisis": "override crisis", "level.coaching": "override coaching" },
      translate: (key) => (key === "level.coaching" ? "translated coaching" : undefined),
    });
    expect(l.t("level.coaching")).toBe("translated coaching");
    expect(l.t("level.crisis")).toBe("override crisis");
    expect(l.t("level.refer")).toBe("locale refer");
    expect(l.t("level.incomplete")).toBe(en.messages["level.incomplete"]);
    expect(l.dir).toBe("rtl");
  });

  it("gives translate the key, the params and the formatted fallback", () => {
    const translate = vi.fn(() => undefined);
    createLocalizer({ locale: pirate, translate }).t("reason.phq9", { score: 3, threshold: 5 });
    expect(translate).toHaveBeenCalledWith("reason.phq9", { score: 3, threshold: 5 }, "Arr, 3 be over 5");
  });

  it("ignores a translate answer that is not a string", () => {
    const l = createLocalizer({ translate: () => null as unknown as undefined });
    expect(l.t("level.refer")).toBe(en.messages["level.refer"]);
  });

  it("reports missing keys once per localizer", () => {
    const onMissing = vi.fn();
    const partial = { code: "xx", dir: "ltr", messages: { "level.refer": "R" } } as unknown as Locale;
    const l = createLocalizer({ locale: partial, onMissing });
    l.t("level.crisis");
    l.t("level.crisis");
    l.t("level.refer");
    expect(onMissing).toHaveBeenCalledTimes(1);
    expect(onMissing).toHaveBeenCalledWith("level.crisis", "xx");
  });

  it("reports keys the translate hook lacks", () => {
    const onMissing = vi.fn();
    const l = createLocalizer({ translate: (key) => (key === "level.refer" ? "R" : undefined), onMissing });
    expect(l.t("level.refer")).toBe("R");
    expect(l.t("level.coaching")).toBe("In scope for coaching");
    expect(onMissing.mock.calls).toEqual([["level.coaching", "en"]]);
  });

  it.each<[string, unknown, (string | number)[], string]>([
    ["an unknown option", { locale: en, lang: "de" }, [], "unrecognized_keys"],
    ["an override with an unknown key", { overrides: { "level.refr": "x" } }, ["overrides"], "unrecognized_keys"],
    ["an override that is not a string", { overrides: { "level.refer": 1 } }, ["overrides", "level.refer"], "invalid_type"],
    ["a prototype key in overrides", { overrides: JSON.parse('{"__proto__":"x"}') }, ["overrides"], "unrecognized_keys"],
    ["a locale without messages", { locale: { code: "xx", dir: "ltr" } }, ["locale", "messages"], "invalid_type"],
    ["a locale with a bad direction", { locale: { code: "xx", dir: "up", messages: {} } }, ["locale", "dir"], "invalid_value"],
    ["a locale with an empty code", { locale: { code: "", dir: "ltr", messages: {} } }, ["locale", "code"], "invalid_type"],
    ["a translate that is not a function", { translate: "t" }, ["translate"], "invalid_type"],
    ["an onMissing that is not a function", { onMissing: {} }, ["onMissing"], "invalid_type"],
    ["options that are not an object", "en", [], "invalid_type"],
  ])("rejects %s", (_name, options, path, code) => {
    const issues = configIssues(() => createLocalizer(options as never));
    expect(issues).toContainEqual(expect.objectContaining({ path, code }));
  });

  it("says what was wrong in its messages", () => {
    const messages = (options: unknown) => configIssues(() => createLocalizer(options as never)).map((i) => i.message);
    expect(messages({ locale: { code: "xx", dir: "up", messages: {} } })).toContain('Invalid option: expected one of "ltr" | "rtl", received "up"');
    expect(messages({ locale: { code: "xx", dir: 1, messages: {} } })).toContain('Invalid option: expected one of "ltr" | "rtl", received number');
    expect(messages({ locale: { code: "xx", dir: "ltr" } })).toEqual(["Expected object, received no value"]);
  });

  it("accepts overrides for a custom model's keys", () => {
    expect(() => createLocalizer({ overrides: { "modality.mentoring": "Mentoring", "dimension.cost.label": "Cost" } })).not.toThrow();
  });

  it("cannot be changed through the en locale", () => {
    expect(() => { (en.messages as { -readonly [K in keyof Messages]: string })["level.refer"] = "x"; }).toThrow(TypeError);
  });

  it("rejects a locale with a missing or extra key at compile time", () => {
    // @ts-expect-error a locale must have every key
    const missing: Locale = { code: "xx", dir: "ltr", messages: { "level.refer": "R" } };
    // @ts-expect-error a misspelled key is not a MessageKey
    const extra: Messages = { ...en.messages, "level.refr": "R" };
    expect(missing.code).toBe("xx");
    expect(extra["level.refer"]).toBe(en.messages["level.refer"]);
  });
});

describe("getDisclaimer", () => {
  it("returns the source's words in English by default", () => {
    expect(getDisclaimer("notPsychotherapy")).toBe(DISCLAIMERS.notPsychotherapy);
    expect(getDisclaimer("essentialDifference")).toBe(DISCLAIMERS.essentialDifference);
    expect(getDisclaimer("complement")).toBe(DISCLAIMERS.complement);
  });

  it("is localized by overrides, locale and translate", () => {
    expect(getDisclaimer("complement", { overrides: { "disclaimer.complement": "C" } })).toBe("C");
    expect(getDisclaimer("complement", { translate: (key) => `T:${key}` })).toBe("T:disclaimer.complement");
  });

  it("rejects an unknown id", () => {
    expect(configIssues(() => getDisclaimer("nope" as "complement"))[0]).toMatchObject({ path: ["id"], code: "invalid_value" });
  });
});

describe("hostile keys and placeholders never reach Object.prototype", () => {
  it("looks up only own messages: t('__proto__') is an unknown key, reported and shown as the key", () => {
    const onMissing = vi.fn();
    const { t } = createLocalizer({ onMissing });
    for (const key of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      expect(t(key as never)).toBe(key);
    }
    expect(onMissing).toHaveBeenCalledTimes(4);
  });

  it("fills only own parameters: {constructor} stays a visible placeholder", () => {
    const locale = { ...en, messages: { ...en.messages, "level.refer": "A {constructor} B {toString} C {score}" } };
    const { t } = createLocalizer({ locale });
    expect(t("level.refer", { score: 3 })).toBe("A {constructor} B {toString} C 3");
  });

  it("builds i18next trees from null-prototype objects, and checks the locale first", () => {
    const locale = { ...en, messages: { ...en.messages, "dimension.constructor.prototype": "x", "modality.constructor": "y" } };
    const resources = toI18nextResources(locale as never);
    const tree = resources.en!["coaching-scope"]!;
    expect(Object.getPrototypeOf(tree)).toBeNull();
    expect(((tree["dimension"] as Record<string, Record<string, string>>)["constructor"])!["prototype"]).toBe("x");
    expect(Object.prototype).not.toHaveProperty("x");
    expect(({} as Record<string, unknown>)["prototype"]).toBeUndefined();
    expect(toFlatMessages(locale as never)["modality.constructor" as never]).toBe("y");
    for (const fn of [toI18nextResources, toFlatMessages] as const) {
      expect(configIssues(() => fn({ ...en, messages: JSON.parse('{"__proto__": "x"}') } as never))[0]).toMatchObject({ path: ["locale", "messages"], code: "unrecognized_keys" });
      expect(configIssues(() => fn({ ...en, messages: null } as never))[0]).toMatchObject({ path: ["locale", "messages"] });
      expect(configIssues(() => fn({ ...en, messages: { ...en.messages, "level.refer": 5 } } as never))[0]).toMatchObject({ path: ["locale", "messages", "level.refer"] });
      expect(configIssues(() => fn(undefined as never))[0]).toBeDefined();
    }
  });
});
