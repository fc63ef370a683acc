import { describe, expect, it } from "vitest";
import { CRISIS_LINES, crisisLines, type CrisisLine } from "../src/crisis/index.js";
import { de } from "../src/locales/de.js";
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
  it("names a source and a verifiedOn date for every entry", () => {
    expect(CRISIS_LINES.length).toBeGreaterThanOrEqual(7);
    for (const line of CRISIS_LINES) {
      expect(line.source, line.name).toMatch(/^https:\/\/\S+$/);
      expect(line.verifiedOn, line.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(line.verifiedOn))).toBe(false);
      expect(line.region).toMatch(/^([A-Z]{2}|EU)$/);
      expect(line.reach.length).toBeGreaterThan(0);
    }
  });

  it("holds the verified numbers", () => {
    const numbers = (region: string) => CRISIS_LINES.filter((l) => l.region === region).map((l) => l.number);
    expect(numbers("US")).toEqual(["911", "988"]);
    expect(numbers("GB")).toEqual(["999", "116 123"]);
    expect(numbers("IE")).toEqual(["116 123"]);
    expect(numbers("EU")).toEqual(["112"]);
    expect(numbers("AU")).toEqual(["000"]);
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
    expect(crisisLines("de").lines.map((l) => l.number)).toEqual(["112"]);
    expect(crisisLines("IE").lines.map((l) => l.number)).toEqual(["116 123", "112"]);
    expect(crisisLines("GB").lines.map((l) => l.number)).toEqual(["999", "116 123"]);
    expect(crisisLines("EU").lines.map((l) => l.number)).toEqual(["112"]);
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
    expect(help.lines.map((l) => l.labels.kind)).toEqual(["Notrufnummer", "Krisentelefon"]);
    expect(help.lines[1]!.labels.reach).toBe("Anruf, E-Mail");
  });

  it.each<[string, unknown, (string | number)[]]>([
    ["no source", { ...own, source: undefined }, ["lines", 0, "source"]],
    ["an http source", { ...own, source: "http://example.org" }, ["lines", 0, "source"]],
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
    expect(configIssues(() => crisisLines(42 as never))[0]?.path).toEqual(["region"]);
    expect(configIssues(() => crisisLines("US", { lines: {} as never }))[0]?.path).toEqual(["lines"]);
  });
});
