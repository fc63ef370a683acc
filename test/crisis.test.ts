import { describe, expect, it } from "vitest";
import { CRISIS_LINES, crisisLines, type CrisisLine } from "../src/crisis/index.js";
import { de } from "../src/locales/de.js";
import { es } from "../src/locales/es.js";
import { fr } from "../src/locales/fr.js";
import { en } from "../src/locales/en.js";
import { assessScope, crisisAudience, showCrisisResources } from "../src/index.js";
import { CRISIS_LINE_IDS } from "../src/crisis/ids.js";
import { SCREENED } from "./helpers.js";
import { configIssues } from "./helpers.js";

const own: CrisisLine = {
  region: "DE",
  kind: "crisis-line",
  name: "TelefonSeelsorge",
  number: "0800 111 0 111",
  reach: ["call"],
  hours: "24/7",
  source: "https://www.telefonseelsorge.de/",
  verifiedOn: "2026-11-01",
};

describe("CRISIS_LINES", () => {
  it("names a source and a real verifiedOn date for every entry, and an id and audience", () => {
    expect(CRISIS_LINES.map((l) => l.id)).toEqual([...CRISIS_LINE_IDS]);
    for (const line of CRISIS_LINES) {
      expect(line.source, line.id).toMatch(/^https?:\/\/[^\s/]+\.[a-z]{2,}\/\S*$/);
      expect(line.verifiedOn, line.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const day = new Date(`${line.verifiedOn}T00:00:00Z`);
      expect(day.toISOString().slice(0, 10), line.id).toBe(line.verifiedOn);
      expect(line.verifiedOn >= "2026-11-27" && line.verifiedOn <= "2026-12-01", line.id).toBe(true);
      expect(line.region).toMatch(/^([A-Z]{2}|EU)$/);
      expect(["general", "youth"]).toContain(line.audience);
      expect(line.reach.length).toBeGreaterThan(0);
      expect(line.name.length, line.id).toBeGreaterThan(0);
      expect(line.notes?.length, line.id).toBeGreaterThan(0);
      // An email channel names its address.
      if (line.reach.includes("email")) expect(line.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
    }
  });

  it("holds the verified numbers, and corrects what review found", () => {
    const numbers = (region: string, audience = "general") => CRISIS_LINES.filter((l) => l.region === region && l.audience === audience).map((l) => l.number);
    expect(numbers("US")).toEqual(["911", "988"]);
    expect(numbers("GB")).toEqual(["999", "111", "116 123"]);
    expect(numbers("GB", "youth")).toEqual(["0800 1111"]);
    // 999 works in Ireland as well as 112; the Irish Samaritans were not confirmed by an official copy.
    expect(numbers("IE")).toEqual(["999"]);
    expect(numbers("EU")).toEqual(["112"]);
    expect(numbers("FR")).toEqual(["3114"]);
    expect(numbers("DE")).toEqual(["0800 111 0 111"]);
    expect(numbers("ES")).toEqual(["024"]);
    expect(numbers("DE", "youth")).toEqual(["116 111"]);
    // 106 in Australia is the TTY emergency number, not a text line.
    const au = CRISIS_LINES.find((l) => l.id === "au-000")!;
    expect(au.reach).toEqual(["call"]);
    expect(au.notes).toContain("106 is the emergency number for TTY users");
  });

  it("is frozen", () => {
    expect(() => { (CRISIS_LINES as CrisisLine[]).push(own); }).toThrow(TypeError);
    expect(() => { (CRISIS_LINES[0] as { number: string }).number = "1"; }).toThrow(TypeError);
  });
});

describe("crisisLines", () => {
  it("gives a region's lines with labels, and an instruction", () => {
    const help = crisisLines("US");
    expect(help.region).toBe("US");
    expect(help.instruction).toBe("If you or someone else is in danger now, call your local emergency number.");
    expect(help.lines.map((l) => [l.labels.kind, l.number, l.labels.reach])).toEqual([
      ["Emergency number", "911", "call"],
      ["Crisis line", "988", "call, text"],
    ]);
  });

  it("includes the EU's 112 for a member state, besides the state's own entries", () => {
    expect(crisisLines("de").lines.map((l) => l.number)).toEqual(["0800 111 0 111", "112"]);
    expect(crisisLines("IE").lines.map((l) => l.number)).toEqual(["999", "112"]);
    expect(crisisLines("GB").lines.map((l) => l.number)).toEqual(["999", "111", "116 123"]);
    expect(crisisLines("EU").lines.map((l) => l.number)).toEqual(["112"]);
    expect(crisisLines("FR").lines.map((l) => l.number)).toEqual(["3114", "112"]);
    expect(crisisLines("ES").lines.map((l) => l.number)).toEqual(["024", "112"]);
  });

  it("lists youth lines first for a young person, and the general ones only for an adult", () => {
    expect(crisisLines("DE", { audience: "youth" }).lines.map((l) => [l.number, l.audience])).toEqual([
      ["116 111", "youth"],
      ["0800 111 0 111", "general"],
      ["112", "general"],
    ]);
    expect(crisisLines("AU", { audience: "youth" }).lines.map((l) => l.id)).toEqual(["au-kids-helpline", "au-000", "au-lifeline"]);
    expect(crisisLines("AU").lines.map((l) => l.id)).toEqual(["au-000", "au-lifeline"]);
    expect(configIssues(() => crisisLines("AU", { audience: "teen" as never }))[0]?.path).toEqual(["audience"]);
  });

  it("leaves out a built-in line only where the app's own line for the same audience has its number", () => {
    const youth988: CrisisLine = { ...own, region: "US", number: "988", name: "988 for teens", audience: "youth" };
    expect(crisisLines("US", { lines: [youth988] }).lines.map((l) => l.name)).toEqual(["Emergency services", "988 Suicide & Crisis Lifeline"]);
    expect(crisisLines("US", { lines: [youth988], audience: "youth" }).lines.map((l) => l.name)).toEqual(["988 for teens", "Emergency services"]);
  });

  it("reads the app's entries once: what was checked is what is returned; an entry that cannot be read is the library's error", () => {
    let reads = 0;
    const tricky = { ...own, get source() { return ++reads > 1 ? "javascript:alert(1)" : "https://example.org/"; } };
    const help = crisisLines("DE", { lines: [tricky as CrisisLine] });
    expect(help.lines[0]!.source).toBe("https://example.org/");
    expect(reads).toBe(1);
    const throwing = { ...own, get region(): string { throw new RangeError("no"); } };
    expect(configIssues(() => crisisLines("DE", { lines: [throwing as CrisisLine] }))[0]).toMatchObject({ path: ["lines"], code: "custom" });
  });

  it("marks an email channel as not for emergencies", () => {
    const line = crisisLines("CH", { audience: "youth" }).lines.find((l) => l.id === "ch-147")!;
    expect(line.email).toBe("beratung@147.ch");
    expect(line.labels.email).toBe("Email replies are not immediate: not for emergencies.");
    expect(crisisLines("CH", { audience: "youth", locale: de }).lines[0]!.labels.email).toBe(de.messages["crisis.email.notForEmergencies"]);
    expect(crisisLines("US").lines.every((l) => l.labels.email === undefined)).toBe(true);
  });

  it("validates regions as ISO 3166-1 codes, naming GB for UK", () => {
    expect(configIssues(() => crisisLines("UK"))).toEqual([{ path: ["region"], code: "invalid_value", message: "UK is not an ISO 3166-1 code: use GB" }]);
    expect(configIssues(() => crisisLines("XX"))[0]?.message).toContain("ISO 3166-1 alpha-2");
    expect(configIssues(() => crisisLines("DE", { lines: [{ ...own, region: "UK" }] }))[0]).toMatchObject({ path: ["lines", 0, "region"], message: "UK is not an ISO 3166-1 code: use GB" });
    expect(crisisLines(" gb ").region).toBe("GB");
  });

  it.each([
    ["de", de, "Notruf", "Europäische Notrufnummer"],
    ["es", es, "Servicios de emergencia", "Número europeo de emergencias"],
    ["fr", fr, "Services d’urgence", "Numéro d’urgence européen"],
  ] as const)("gives localized names and notes in %s", (_code, locale, emergency, eu) => {
    expect(crisisLines("US", { locale }).lines[0]!.name).toBe(emergency);
    expect(crisisLines("DE", { locale }).lines.map((l) => l.name)).toEqual(["TelefonSeelsorge", eu]);
    // A German, a French and a Spanish app each get their national crisis line, named in the locale.
    for (const [region, id] of [["DE", "de-telefonseelsorge"], ["FR", "fr-3114"], ["ES", "es-024"]] as const) {
      const line = crisisLines(region, { locale }).lines[0]!;
      expect([line.id, line.kind, line.name, line.notes]).toEqual([id, "crisis-line", locale.messages[`crisis.${id}.name`], locale.messages[`crisis.${id}.notes`]]);
    }
    const fr3114 = crisisLines("FR", { locale }).lines[0]!;
    expect([fr3114.name, fr3114.notes]).toEqual([locale.messages["crisis.fr-3114.name"], locale.messages["crisis.fr-3114.notes"]]);
    expect(fr3114.name).not.toBe(en.messages["crisis.fr-3114.name"]);
  });

  it("snapshots every localized name in de, es and fr", () => {
    for (const locale of [de, es, fr]) {
      expect(Object.fromEntries(CRISIS_LINE_IDS.map((id) => [id, locale.messages[`crisis.${id}.name`]]))).toMatchSnapshot(locale.code);
    }
  });

  it("never answers with nothing: an unknown region gets the instruction alone", () => {
    const help = crisisLines("JP");
    expect(help.lines).toEqual([]);
    expect(help.instruction.length).toBeGreaterThan(20);
  });

  it("puts the app's own entries first, without repeating a number", () => {
    const help = crisisLines("DE", { lines: [own, { ...own, region: "US", number: "988", name: "988 (our wording)" }] });
    expect(help.lines.map((l) => l.name)).toEqual(["TelefonSeelsorge", "European emergency number"]);
    expect(crisisLines("US", { lines: [{ ...own, region: "US", number: "988", name: "988 (our wording)" }] }).lines.map((l) => l.name)).toEqual([
      "988 (our wording)",
      "Emergency services",
    ]);
  });

  it("localizes labels and the instruction", () => {
    const help = crisisLines("GB", { locale: de });
    expect(help.instruction).toBe(de.messages["crisis.instruction"]);
    expect(help.lines.map((l) => l.labels.kind)).toEqual(["Notrufnummer", "Krisentelefon", "Krisentelefon"]);
    expect(help.lines[2]!.labels.reach).toBe("Anruf");
  });

  it.each<[string, unknown, (string | number)[]]>([
    ["no source", { ...own, source: undefined }, ["lines", 0, "source"]],
    ["a source that is not a web address", { ...own, source: "ftp://example.org" }, ["lines", 0, "source"]],
    ["no verifiedOn date", { ...own, verifiedOn: undefined }, ["lines", 0, "verifiedOn"]],
    ["an impossible date", { ...own, verifiedOn: "2026-13-45" }, ["lines", 0, "verifiedOn"]],
    ["a lower-case region", { ...own, region: "de" }, ["lines", 0, "region"]],
    ["an unknown kind", { ...own, kind: "hotline" }, ["lines", 0, "kind"]],
    ["no way to reach it", { ...own, reach: [] }, ["lines", 0, "reach"]],
    ["email without an address", { ...own, reach: ["email"] }, ["lines", 0, "email"]],
    ["an empty number", { ...own, number: " " }, ["lines", 0, "number"]],
    ["an unknown key", { ...own, url: "x" }, ["lines", 0]],
  ])("rejects an app entry with %s, naming the path", (_name, line, path) => {
    expect(configIssues(() => crisisLines("DE", { lines: [line as CrisisLine] }))[0]?.path).toEqual(path);
  });

  it("rejects a malformed region or list", () => {
    expect(configIssues(() => crisisLines("USA"))[0]?.path).toEqual(["region"]);
    expect(configIssues(() => crisisLines("DE", { lines: [{ ...own, audience: "kids" as never }] }))[0]?.path).toEqual(["lines", 0, "audience"]);
    expect(configIssues(() => crisisLines(42 as never))[0]?.path).toEqual(["region"]);
    expect(configIssues(() => crisisLines("US", { lines: {} as never }))[0]?.path).toEqual(["lines"]);
  });
});

describe("when crisis resources show", () => {
  it("for a crisis, for any risk reason, and for a crisis worst case; youth lines for a minor", () => {
    const crisis = assessScope({ ...SCREENED, risk: { ...SCREENED.risk, imminentDanger: true } });
    expect(showCrisisResources(crisis)).toBe(true);
    // A risk reason at refer (self-harm) shows them too.
    const selfHarm = assessScope({ ...SCREENED, risk: { ...SCREENED.risk, selfHarm: true } });
    expect([selfHarm.level, showCrisisResources(selfHarm)]).toEqual(["refer", true]);
    // A past attempt is a risk reason at coaching with care.
    const past = assessScope({ ...SCREENED, risk: { ...SCREENED.risk, pastSuicidalBehavior: true } });
    expect([past.level, showCrisisResources(past)]).toEqual(["coaching-with-care", true]);
    // Nothing answered about safety: the worst case is a crisis.
    const empty = assessScope({});
    expect([empty.level, empty.worstCase, showCrisisResources(empty)]).toEqual(["incomplete", "crisis", true]);
    // A symptom referral with everything answered shows none.
    const symptom = assessScope({ ...SCREENED, instruments: { gad7: { total: 12 } } });
    expect([symptom.level, symptom.worstCase, showCrisisResources(symptom)]).toEqual(["refer", "refer", false]);
    expect(crisisAudience(crisis)).toBe("general");
    expect(crisisAudience(assessScope({ ...SCREENED, client: { age: 15 }, risk: { ...SCREENED.risk, imminentDanger: true } }))).toBe("youth");
    expect(crisisAudience(assessScope({ ...SCREENED, client: { adult: false }, risk: { ...SCREENED.risk, imminentDanger: true } }))).toBe("youth");
    expect(crisisAudience(assessScope({ ...SCREENED, client: { age: 12 } }))).toBe("youth");
    expect(crisisAudience(assessScope({ ...SCREENED, client: { adult: true } }))).toBe("general");
    // An age still to ask could be a minor's: youth lines first, the general ones after them.
    expect(crisisAudience(assessScope({ risk: SCREENED.risk }))).toBe("youth");
    expect(crisisAudience(assessScope({ risk: SCREENED.risk }, { policy: { requireAge: false } }))).toBe("general");
  });
});
