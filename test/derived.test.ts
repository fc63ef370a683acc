// What the engine derives from the instruments' definitions, checked on an engine (and a registry)
// derived inside each test from the library's definitions: the registry's relations, scales and
// codes, and the rules built from them (consistency between forms, stale answers, the WHO-5 as a
// screen, bands that follow the policy).
import { describe, expect, it } from "vitest";
import { createAssessorFor, type AssessOptions } from "../src/assess/assess.js";
import { createEngine } from "../src/assess/engine.js";
import { DEFINITIONS } from "../src/generated/instruments.js";
import { checkedRegistry } from "../src/instruments/check.js";
import type { ScopeAssessment, ScreeningInput } from "../src/index.js";
import { ADULT, NO_RED_FLAGS, SAFE, SCREENED, codes, inputIssues, reason } from "./helpers.js";

const registry = () => checkedRegistry(DEFINITIONS);
const assess = (input: ScreeningInput, options?: AssessOptions): ScopeAssessment => createAssessorFor(createEngine(registry()), options)(input);
const ZERO9 = [0, 0, 0, 0, 0, 0, 0, 0, 0];

describe("the registry derived from the definitions", () => {
  it("relates the forms, and names their risk items and codes", () => {
    const r = registry();
    expect(r.ids).toEqual(["phq9", "phq8", "gad7", "phq2", "gad2", "k10", "k6", "who5", "scoff", "pcptsd5"]);
    expect(r.measures.map((i) => i.id)).toEqual(["phq9", "phq8", "gad7", "k10", "k6", "who5", "pcptsd5"]);
    expect(r.screens.map((i) => i.id)).toEqual(["phq2", "gad2", "scoff"]);
    // The short forms ask for their full form; the SCOFF refers, to a doctor; the PC-PTSD-5 asks exposure first.
    expect(r.screens.map((i) => i.next)).toEqual(["phq9", "gad7", undefined]);
    expect(r.byId.get("scoff")?.referTo).toBe("medical");
    expect(r.byId.get("pcptsd5")).toMatchObject({ gate: "exposure", referFloor: 3, referLimit: 4, alongside: "always" });
    expect(r.withRiskItem.map((i) => i.id)).toEqual(["phq9"]);
    expect(r.byId.get("gad7")?.id).toBe("gad7");
    const of = (id: string) => r.byId.get(id)!;
    expect(of("phq9")).toMatchObject({ role: "measure", fullForms: [], next: undefined, riskIndex: 8, riskField: "item9", riskCode: "phq9-item9", riskPolicyKey: "phq9Item9", severeFrom: 20, referLimit: 15, recallDays: 14, answerOrder: [0, 1, 2, 3] });
    expect(of("phq9").itemCodes?.[8]).toBe("44260-8");
    expect(of("phq9").answerCodes?.["LA6571-9"]).toBe(3);
    expect(of("phq8")).toMatchObject({ fullForms: [], riskIndex: undefined, riskField: undefined, riskCode: undefined, riskPolicyKey: undefined, itemCodes: undefined, answerCodes: undefined });
    expect(of("phq2")).toMatchObject({ role: "screen", fullForms: ["phq9", "phq8"], next: "phq9", positiveRange: [1, 3], itemCodes: ["44250-9", "44255-8"] });
    expect(of("phq2").answerCodes?.["LA6568-5"]).toBe(0);
    expect(of("phq2").bands).toEqual([{ id: "negative", min: 0, max: 1 }, { id: "positive", min: 2, max: 6 }]);
    expect(of("gad2")).toMatchObject({ fullForms: ["gad7"], next: "gad7" });
    expect(of("gad2").bands).toEqual([{ id: "negative", min: 0, max: 2 }, { id: "positive", min: 3, max: 6 }]);
    // The WHO-5 screens for depression: the PHQ-9, or a form whose items are all the PHQ-9's.
    expect(of("who5")).toMatchObject({ fullForms: ["phq9", "phq8"], next: "phq9", asScreen: { next: "phq9", itemAtOrBelow: 1 }, answerOrder: [5, 4, 3, 2, 1, 0], itemScales: undefined });
    expect(of("gad7")).toMatchObject({ fullForms: [], next: undefined, asScreen: undefined, itemScales: undefined, totalScales: undefined });
  });

  it("derives the scales an input names, and how each becomes canonical", () => {
    const r = registry();
    expect(r.byId.get("who5")?.totalScales).toEqual([
      { id: "raw", itemRange: undefined, totalRange: [0, 25], factor: 1, shift: 0 },
      { id: "percent", itemRange: undefined, totalRange: [0, 100], factor: 4, shift: 0 },
    ]);
    const k10 = [
      { id: "1-5", itemRange: [1, 5], totalRange: [10, 50], factor: 1, shift: 0 },
      { id: "0-4", itemRange: [0, 4], totalRange: [0, 40], factor: 1, shift: 1 },
    ];
    expect(r.byId.get("k10")).toMatchObject({ itemScales: k10, totalScales: k10 });
    const k6 = [
      { id: "0-4", itemRange: [0, 4], totalRange: [0, 24], factor: 1, shift: 0 },
      { id: "1-5", itemRange: [1, 5], totalRange: [6, 30], factor: 1, shift: -1 },
    ];
    expect(r.byId.get("k6")).toMatchObject({ itemScales: k6, totalScales: k6 });
  });
});

describe("named scales, converted to the canonical one", () => {
  it("scores K6 answers on 1-5 as 0-4, a WHO-5 percentage as raw, and names the scale in the evidence", () => {
    expect(assess({ ...SCREENED, instruments: { k6: { items: [1, 1, 1, 1, 1, 1], scale: "1-5" } } }).scores.k6).toEqual({ min: 0, max: 0, complete: true, band: "low" });
    expect(assess({ ...SCREENED, instruments: { k6: { total: 19, scale: "1-5" } } }).scores.k6).toEqual({ min: 13, max: 13, complete: true, band: "serious" });
    expect(reason(assess({ ...SCREENED, instruments: { k6: { total: 19, scale: "1-5" } } }), "k6")?.evidence).toMatchObject({ scale: "1-5", score: "13", threshold: 13 });
    const who5 = assess({ ...SCREENED, instruments: { who5: { total: 48, scale: "percent" }, phq9: { items: ZERO9 } } });
    expect(who5.scores.who5).toEqual({ min: 12, max: 12, complete: true, band: "low" });
    expect(reason(who5, "who5")?.evidence).toMatchObject({ scale: "percent", score: "12", threshold: 12, thresholdName: "care" });
    expect(reason(assess({ ...SCREENED, instruments: { gad7: { total: 6 } } }), "gad7")?.evidence).not.toHaveProperty("scale");
  });

  it("says which answers need a scale: items or a total", () => {
    expect(inputIssues(() => assess({ instruments: { k10: { items: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1] } } as never }))).toEqual([
      { path: ["instruments", "k10", "scale"], code: "invalid_type", message: 'The K10\'s item answers are published on more than one scale: name it with scale, "1-5" or "0-4" (a wrongly named scale cannot be detected)' },
    ]);
    expect(inputIssues(() => assess({ instruments: { phq9: { total: 3, scale: "0-3" } } as never }))[0]).toMatchObject({ code: "unrecognized_keys", keys: ["scale"] });
    expect(inputIssues(() => assess({ instruments: { k6: { total: 31, scale: "1-5" } } as never }))[0]).toMatchObject({ path: ["instruments", "k6", "total"], code: "too_big" });
  });
});

describe("forms that share items must agree", () => {
  const pair = (instruments: object) => assess({ ...SCREENED, instruments } as ScreeningInput);
  const disagree = (instruments: object) => codes(pair(instruments)).includes("inconsistent-answers");

  it.each<[string, object, boolean]>([
    ["PHQ-2 items equal to the PHQ-9's first two", { phq2: { items: [2, 1] }, phq9: { items: [2, 1, 0, 0, 0, 0, 0, 0, 0] } }, false],
    ["PHQ-2 item 2 differing", { phq2: { items: [2, 0] }, phq9: { items: [2, 1, 0, 0, 0, 0, 0, 0, 0] } }, true],
    ["PHQ-2 item 2 unanswered", { phq2: { items: [2, null] }, phq9: { items: [2, 1, 0, 0, 0, 0, 0, 0, 0] } }, false],
    ["the PHQ-9's item 2 unanswered", { phq2: { items: [2, 3] }, phq9: { items: [2, null, 0, 0, 0, 0, 0, 0, 0] } }, false],
    ["a PHQ-2 total equal to the two items", { phq2: { total: 3 }, phq9: { items: [2, 1, 0, 0, 0, 0, 0, 0, 0] } }, false],
    ["a PHQ-2 total above them", { phq2: { total: 4 }, phq9: { items: [2, 1, 0, 0, 0, 0, 0, 0, 0] } }, true],
    ["a PHQ-2 total below them", { phq2: { total: 2 }, phq9: { items: [2, 1, 0, 0, 0, 0, 0, 0, 0] } }, true],
    ["a PHQ-2 total with one of the two items unanswered", { phq2: { total: 4 }, phq9: { items: [2, null, 0, 0, 0, 0, 0, 0, 0] } }, false],
    ["a PHQ-2 of 6 beside a PHQ-9 total of 5", { phq2: { items: [3, 3] }, phq9: { total: 5 } }, true],
    ["a PHQ-2 of 6 beside a PHQ-9 total of 27", { phq2: { items: [3, 3] }, phq9: { total: 27 } }, false],
    ["a PHQ-2 of 5 beside a PHQ-9 total of 27 (the other 7 items give at most 21)", { phq2: { total: 5 }, phq9: { total: 27 } }, true],
    ["a PHQ-8 total equal to the PHQ-9 total less item 9", { phq8: { total: 10 }, phq9: { total: 12, item9: 2 } }, false],
    ["a PHQ-8 total one above it", { phq8: { total: 11 }, phq9: { total: 12, item9: 2 } }, true],
    ["a PHQ-8 total one below it", { phq8: { total: 9 }, phq9: { total: 12, item9: 2 } }, true],
    ["a PHQ-8 total 3 below a PHQ-9 total without item 9", { phq8: { total: 9 }, phq9: { total: 12 } }, false],
    ["a PHQ-8 total 4 below it", { phq8: { total: 8 }, phq9: { total: 12 } }, true],
    ["a PHQ-8 total above the PHQ-9's", { phq8: { total: 13 }, phq9: { total: 12 } }, true],
    ["PHQ-8 items beside PHQ-9 items, equal", { phq8: { items: [1, 1, 1, 1, 0, 0, 0, 0] }, phq9: { items: [1, 1, 1, 1, 0, 0, 0, 0, 2] } }, false],
    ["PHQ-8 item 8 differing", { phq8: { items: [1, 1, 1, 1, 0, 0, 0, 1] }, phq9: { items: [1, 1, 1, 1, 0, 0, 0, 0, 2] } }, true],
    ["PHQ-2 items beside a PHQ-8 total", { phq2: { items: [3, 3] }, phq8: { total: 5 } }, true],
    ["GAD-2 items beside GAD-7 items, equal", { gad2: { items: [1, 2] }, gad7: { items: [1, 2, 0, 0, 0, 0, 0] } }, false],
    ["GAD-2 items beside GAD-7 items, differing", { gad2: { items: [1, 1] }, gad7: { items: [1, 2, 0, 0, 0, 0, 0] } }, true],
    ["a GAD-2 total beside GAD-7 items with one unanswered", { gad2: { total: 5 }, gad7: { items: [2, null, 0, 0, 0, 0, 0] } }, false],
    ["a GAD-2 total beyond them", { gad2: { total: 6 }, gad7: { items: [2, 1, null, 0, 0, 0, 0] } }, true],
  ])("%s", (_name, instruments, inconsistent) => {
    expect(disagree(instruments)).toBe(inconsistent);
  });

  it("names both forms, asks for both again, and lowers nothing", () => {
    const result = pair({ phq2: { items: [3, 3] }, phq9: { items: [3, 0, 3, 3, 3, 0, 0, 0, 0] } });
    expect(reason(result, "inconsistent-answers")).toEqual({
      code: "inconsistent-answers",
      kind: "completeness",
      level: "incomplete",
      message: "Your PHQ-9 and PHQ-2 answers disagree on the questions they share: both need to be asked again.",
      evidence: { instruments: ["phq9", "phq2"] },
    });
    expect(result.missing).toEqual(["instruments.phq9", "instruments.phq2"]);
    expect(result.level).toBe("refer");
    // A GAD-2 of 0 beside a GAD-7 of 21 disagrees; forms that share no item (PHQ-9, GAD-7, K6) never do.
    expect(disagree({ phq9: { items: ZERO9 }, gad7: { total: 21 }, gad2: { total: 0 }, k6: { total: 3, scale: "0-4" } })).toBe(true);
    expect(disagree({ phq9: { items: ZERO9 }, gad7: { total: 21 }, k6: { total: 3, scale: "0-4" } })).toBe(false);
  });
});

describe("stale answers", () => {
  const input: ScreeningInput = {
    risk: { ...SAFE, assessedRiskLevel: "low", assessedOn: "2026-11-29" },
    redFlags: NO_RED_FLAGS,
    client: ADULT,
    medicallyStable: true,
    dailyFunctioningImpaired: false,
    instruments: { phq9: { items: ZERO9 }, k10: { items: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1], scale: "1-5" } },
    indicators: [],
    treatment: { inPsychotherapy: false, professionalSupportsCoaching: true },
    preferences: { aim: "coaching" },
  };
  const on = (answeredOn: string) => assess({ ...input, answeredOn }, { asOf: "2026-11-30" });
  const RISK = ["risk.imminentDanger", "risk.suicidalThoughts", "risk.recentSuicidalBehavior", "risk.selfHarm", "risk.harmToOthers"];

  it("asks again every answer older than its window, and only those, naming them", () => {
    expect(on("2026-11-16").missing).toEqual([]);
    const fifteen = on("2026-11-15");
    expect(fifteen.missing).toEqual([...RISK, "instruments.phq9"]);
    expect(reason(fifteen, "stale-answers")).toEqual({
      code: "stale-answers",
      kind: "completeness",
      level: "incomplete",
      message: "Some answers were given 15 days ago, longer ago than they stay valid: they need to be asked again.",
      evidence: { answeredOn: "2026-11-15", ageDays: 15, paths: [...RISK, "instruments.phq9"] },
    });
    expect(on("2026-10-31").missing).toEqual([...RISK, "instruments.phq9"]);
    const old = on("2026-10-30");
    expect(old.missing).toEqual([
      ...RISK,
      "medicallyStable",
      "dailyFunctioningImpaired",
      "instruments.phq9",
      "instruments.k10",
      "indicators",
      // Red flags go stale with the context answers (30 days); the client's age does not.
      ...Object.keys(NO_RED_FLAGS).map((id) => `redFlags.${id}`),
      "treatment.inPsychotherapy",
      "treatment.professionalSupportsCoaching",
    ]);
    expect(old.level).toBe("incomplete");
  });
});

describe("the WHO-5 alongside treatment", () => {
  const inCare = { inPsychotherapy: true, professionalSupportsCoaching: true };
  const who5 = { items: [1, 1, 1, 1, 1] };
  const level = (instruments: object) => reason(assess({ ...SCREENED, treatment: inCare, instruments } as ScreeningInput), "who5")?.level;

  it("is lowered only beside a complete PHQ-9 or PHQ-8 below its severe band", () => {
    expect(level({ who5, phq9: { items: [3, 3, 3, 3, 3, 3, 1, 0, 0] } })).toBe("coaching-with-care");
    expect(level({ who5, phq9: { items: [3, 3, 3, 3, 3, 3, 2, 0, 0] } })).toBe("refer");
    expect(level({ who5, phq9: { items: [3, 3, 3, 0, 0, 0, 0, 0, null] } })).toBe("refer");
    expect(level({ who5, phq8: { total: 19 } })).toBe("coaching-with-care");
    expect(level({ who5, phq8: { total: 20 } })).toBe("refer");
    expect(level({ who5, gad7: { total: 3 } })).toBe("refer");
  });
});

describe("bands and thresholds that follow the policy", () => {
  it("a short screen's band, from items or a total", () => {
    expect(assess({ ...SCREENED, instruments: { phq2: { items: [1, 1] } } }).scores.phq2?.band).toBe("positive");
    const three = { policy: { thresholds: { phq2: { positive: 3 } } } };
    expect(assess({ ...SCREENED, instruments: { phq2: { items: [1, 1] } } }, three)).toMatchObject({ level: "coaching", scores: { phq2: { band: "negative" } } });
    expect(assess({ ...SCREENED, instruments: { phq2: { total: 3 } } }, three).scores.phq2?.band).toBe("positive");
    expect(assess({ ...SCREENED, instruments: { phq2: { items: [1, null] } } }).scores.phq2).toEqual({ min: 1, max: 4, complete: false });
  });

  it("hopelessness alone: care, with its own message and threshold", () => {
    const result = assess({ ...SCREENED, indicators: ["hopelessness"] }, { policy: { thresholds: { indicators: { care: 3, refer: 4 } } } });
    expect(reason(result, "indicators")).toMatchObject({ level: "coaching-with-care", evidence: { indicators: ["hopelessness"], count: 1, threshold: 1, thresholdName: "hopelessness" } });
    expect(reason(assess({ ...SCREENED, indicators: ["hopelessness", "irritability", "low-mood"] }, { policy: { thresholds: { indicators: { care: 3, refer: 4 } } } }), "indicators")?.evidence).toMatchObject({ threshold: 3, thresholdName: "care" });
  });
});

describe("dates", () => {
  it("refuses a date after asOf, wherever it is, naming its path", () => {
    expect(inputIssues(() => assess({ ...SCREENED, risk: { ...SAFE, assessedOn: "2026-12-01", assessedRiskLevel: "low" }, answeredOn: "2026-12-02" }, { asOf: "2026-11-30" }))).toEqual([
      { path: ["risk", "assessedOn"], code: "custom", message: "The date 2026-12-01 is after asOf: answers and assessments cannot come from the future" },
      { path: ["answeredOn"], code: "custom", message: "The date 2026-12-02 is after asOf: answers and assessments cannot come from the future" },
    ]);
    expect(inputIssues(() => assess({ ...SCREENED, risk: { ...SAFE, assessedOn: "2026-11-31" } }, { asOf: "2026-11-30" }))).toEqual([
      { path: ["risk", "assessedOn"], code: "invalid_format", message: 'Invalid date: "2026-11-31" is not a day that exists' },
    ]);
    expect(assess({ ...SCREENED, answeredOn: "2026-11-30" }, { asOf: "2026-11-30" }).level).toBe("coaching");
  });
});
