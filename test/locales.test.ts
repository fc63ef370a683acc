import i18next from "i18next";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import {
  assessScope,
  buildComparisonTable,
  createLocalizer,
  en,
  getDisclaimer,
  renderHtml,
  toFlatMessages,
  toI18nextResources,
  type Locale,
  type MessageKey,
} from "../src/index.js";
import { de } from "../src/locales/de.js";
import { es } from "../src/locales/es.js";
import { fr } from "../src/locales/fr.js";

const LOCALES: Locale[] = [en, de, es, fr];
const TRANSLATED = [de, es, fr];
const KEYS = Object.keys(en.messages) as MessageKey[];
/** Keys whose text may equal the English: names, not words. */
// Names kept as the services and instruments call themselves (some crisis lines' names are translated).
const NAMES = new Set<string>([...KEYS.filter((k) => k.startsWith("instrument.") || /^crisis\.[a-z0-9-]+\.name$/.test(k)), "modality.coaching"]);
const SAMPLE = { score: "9\u201312", threshold: 10, count: 3, instrument: "PHQ-9", items: "8, 9", answered: 5, coaching: 1, psychotherapy: 4, first: "PHQ-2", second: "PHQ-9", ageDays: 20, flag: "new problems with memory or thinking", referTo: "a doctor", age: 15, minAge: 13, adultAge: 18, line: 7, number: 6 };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function snapshot(locale: Locale): string {
  const lines = [`# ${locale.code} (${locale.dir})`, "", "| key | text |", "| --- | --- |"];
  for (const key of KEYS) lines.push(`| \`${key}\` | ${locale.messages[key].replace(/\|/g, "\\|")} |`);
  return `${lines.join("\n")}\n`;
}

describe.each(LOCALES.map((l) => [l.code, l] as const))("locale %s", (code, locale) => {
  it("has exactly the English keys, every message non-empty", () => {
    expect(Object.keys(locale.messages).sort()).toEqual([...KEYS].sort());
    for (const key of KEYS) {
      expect(typeof locale.messages[key]).toBe("string");
      expect(locale.messages[key].trim().length, key).toBeGreaterThan(0);
      expect(locale.messages[key], key).toBe(locale.messages[key].trim());
    }
  });

  it("keeps exactly the placeholders of each English message", () => {
    for (const key of KEYS) expect(placeholders(locale.messages[key]), key).toEqual(placeholders(en.messages[key]));
  });

  it("matches its reviewed snapshot", async () => {
    await expect(snapshot(locale)).toMatchFileSnapshot(`./locales/${code}.snapshot.md`);
  });

  it("is frozen", () => {
    expect(Object.isFrozen(locale)).toBe(true);
    expect(Object.isFrozen(locale.messages)).toBe(true);
  });

  it("renders the same through i18next as through createLocalizer", async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: code, resources: toI18nextResources(locale), ns: ["coaching-scope"], defaultNS: "coaching-scope", interpolation: { escapeValue: false }, initAsync: false });
    const { t } = createLocalizer({ locale });
    for (const key of KEYS) expect(i18n.t(key, SAMPLE), key).toBe(t(key, SAMPLE));
  });

  it("renders the same through intl-messageformat as through createLocalizer", () => {
    const flat = toFlatMessages(locale);
    const { t } = createLocalizer({ locale });
    for (const key of KEYS) expect(new IntlMessageFormat(flat[key], code).format(SAMPLE), key).toBe(t(key, SAMPLE));
  });
});

describe("French typography", () => {
  it("uses a no-break space before ; : ? ! and the typographic apostrophe, in every message", () => {
    const fr = TRANSLATED.find((l) => l.code === "fr")!;
    const bad = KEYS.filter((key) => / [;:?!]|'/.test(fr.messages[key]));
    expect(bad).toEqual([]);
  });
});

describe.each(TRANSLATED.map((l) => [l.code, l] as const))("translation %s", (_code, locale) => {
  it("translates every message that is not a name", () => {
    const untranslated = KEYS.filter((key) => !NAMES.has(key) && locale.messages[key] === en.messages[key]);
    expect(untranslated).toEqual([]);
  });

  it("keeps the disclaimer's emphasis", () => {
    expect(locale.messages["disclaimer.notPsychotherapy"]).toMatch(/\b\p{Lu}{2,}\b/u);
  });

  it("translates a whole table, disclaimer and assessment", () => {
    const table = buildComparisonTable({ locale });
    expect(table.lang).toBe(locale.code);
    expect(table.caption).toBe(locale.messages["table.caption"]);
    expect(table.rows[0]!.cells[0]!.text).toBe(locale.messages["dimension.relationship.coaching"]);
    expect(getDisclaimer("essentialDifference", { locale })).toBe(locale.messages["disclaimer.essentialDifference"]);
    const result = assessScope({ risk: { imminentDanger: true } }, { locale });
    expect(result.reasons[0]!.message).toBe(locale.messages["reason.imminent-danger"]);
    expect(result.disclaimer).toBe(locale.messages["disclaimer.notPsychotherapy"]);
  });
});

describe("adapters", () => {
  it("nest i18next keys, keeping a message and a longer key beside it", () => {
    const tree = toI18nextResources(en)["en"]!["coaching-scope"] as Record<string, Record<string, unknown>>;
    expect(tree["table"]).toEqual({ caption: en.messages["table.caption"], dimensionHeader: "Dimension" });
    expect(tree["level"]!["refer"]).toBe(en.messages["level.refer"]);
    expect(tree["level"]!["refer.action"]).toBe(en.messages["level.refer.action"]);
    expect((tree["reason"] as Record<string, string>)["phq9"]).toBe("Your PHQ-9 (mood) score is {{score}}, at or above {{threshold}}.");
    expect(Object.keys(toI18nextResources(de, { namespace: "scope" })["de"]!)).toEqual(["scope"]);
  });

  it("quote ICU syntax in FormatJS messages", () => {
    const odd: Locale = { ...en, messages: { ...en.messages, "table.caption": "It's {not} a {placeholder or <b>tag</b> # | '' ok", "level.refer": "{score} {x}" } };
    const flat = toFlatMessages(odd);
    const { t } = createLocalizer({ locale: odd });
    expect(new IntlMessageFormat(flat["table.caption"], "en").format({ not: "NOT" })).toBe(t("table.caption", { not: "NOT" }));
    expect(t("table.caption", { not: "NOT" })).toBe("It's NOT a {placeholder or <b>tag</b> # | '' ok");
    expect(new IntlMessageFormat(flat["level.refer"], "en").format({ score: 1, x: "y" })).toBe(t("level.refer", { score: 1, x: "y" }));
  });
});

describe("the translate hook with a real i18next instance", () => {
  it("gives the app's strings in a table, a disclaimer and reasons, and reports what the app lacks", async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: "de",
      initAsync: false,
      interpolation: { escapeValue: false },
      resources: {
        de: {
          translation: {
            "table.caption": "Unser Vergleich",
            "disclaimer.notPsychotherapy": "Coaching ist keine Therapie (App-Text).",
            "reason.phq9": "PHQ-9: {{score}} (Schwelle {{threshold}}) – App-Text",
          },
        },
      },
      keySeparator: false,
    });
    const missing: string[] = [];
    const options = {
      locale: de,
      translate: (key: string, params: Record<string, string | number>) => (i18n.exists(key) ? i18n.t(key, params) : undefined),
      onMissing: (key: string) => missing.push(key),
    };
    expect(buildComparisonTable(options).caption).toBe("Unser Vergleich");
    expect(buildComparisonTable(options).rows[0]!.header).toBe(de.messages["dimension.relationship.label"]);
    expect(getDisclaimer("notPsychotherapy", options)).toBe("Coaching ist keine Therapie (App-Text).");
    const result = assessScope({ risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false }, instruments: { phq9: { items: [2, 2, 2, 2, 2, 0, 0, 0, 0] } } }, options);
    expect(result.reasons[0]!.message).toBe("PHQ-9: 10 (Schwelle 10) – App-Text");
    expect(result.disclaimer).toBe("Coaching ist keine Therapie (App-Text).");
    expect(missing).toContain("dimension.relationship.label");
    expect(missing).not.toContain("table.caption");
  });
});

describe("right-to-left", () => {
  const he: Locale = {
    code: "he",
    dir: "rtl",
    messages: { ...en.messages, "table.caption": "אימון ופסיכותרפיה בהשוואה", "modality.coaching": "אימון", "modality.psychotherapy": "פסיכותרפיה" },
  };

  it("carries dir=rtl into the table data and the HTML", () => {
    const table = buildComparisonTable({ locale: he });
    expect(table).toMatchObject({ lang: "he", dir: "rtl", caption: "אימון ופסיכותרפיה בהשוואה" });
    expect(table.columns.map((c) => c.header)).toEqual(["אימון", "פסיכותרפיה"]);
    expect(renderHtml(table)).toMatch(/^<table lang="he" dir="rtl"><caption>אימון ופסיכותרפיה בהשוואה<\/caption>/);
  });
});
