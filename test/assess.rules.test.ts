import { describe, expect, it } from "vitest";
import pkg from "../package.json" with { type: "json" };
import {
  DEFAULT_POLICY,
  DISCLAIMERS,
  actionKey,
  REASON_CODES,
  assessScope,
  createScopeAssessor,
  en,
  type InstrumentId,
  type ScreeningInput,
} from "../src/index.js";
import { createAssessorFor } from "../src/assess/assess.js";
import { createEngine } from "../src/assess/engine.js";
import { checkedRegistry } from "../src/instruments/check.js";
import { DEFINITIONS } from "../src/generated/instruments.js";
import { ADULT, NO_RED_FLAGS, SAFE, SCREENED, codes, configIssues, inputIssues, itemsFor, reason } from "./helpers.js";

/** The risk screen without its thoughts question (answered elsewhere: by the PHQ-9's item 9). */
const REST = { imminentDanger: false, recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } as const;

// The rules are checked on an engine derived in the test from the library's definitions, so that
// the registry's derivation (roles, risk items, short forms' full forms) is checked by the rules'
// expectations; the library's own engine, derived once on import, is the same derivation and is
// checked by the other suites. It is derived at each call, as mutation testing needs. Each input
// also answers the red flags ("no") and an adult's age, which the default policy asks (docs/policy.md),
// unless it gives its own; `assessBare` takes the input as it is.
const assessBare = (input: ScreeningInput) => createAssessorFor(createEngine(checkedRegistry(DEFINITIONS)))(input);
const assess = (input: ScreeningInput) => assessBare({ redFlags: NO_RED_FLAGS, client: ADULT, ...input });

describe("levels and results", () => {
  it("clears a client with an answered risk screen and nothing to report", () => {
    const result = assessScope({ ...SCREENED });
    // Strict: a result without preferences has no `fit` key at all, not one set to undefined.
    expect(result).toStrictEqual({
      level: "coaching",
      inScope: true,
      worstCase: "coaching",
      reasons: [],
      scores: {},
      missing: [],
      policy: DEFAULT_POLICY,
      disclaimer: DISCLAIMERS.notPsychotherapy,
      meta: { library: "coaching-scope", version: pkg.version, policyId: result.meta.policyId, locale: "en" },
    });
    expect(result.meta.policyId).toMatch(/^[0-9a-f]{16}$/);
    expect(result.policy).toBe(DEFAULT_POLICY);
  });

  it("never clears an empty input: the risk screen is required", () => {
    const result = assessBare({});
    expect(result.level).toBe("incomplete");
    expect(result.inScope).toBe(false);
    // The risk questions first, then the red flags and the age the default policy asks.
    expect(result.missing).toEqual([
      "risk.imminentDanger",
      "risk.suicidalThoughts",
      "risk.recentSuicidalBehavior",
      "risk.selfHarm",
      "risk.harmToOthers",
      ...Object.keys(NO_RED_FLAGS).map((id) => `redFlags.${id}`),
      "client.age",
    ]);
    expect(codes(result)).toEqual(["red-flag", "minor", "risk-screen-incomplete", "nothing-answered"]);
  });

  it("takes the most severe level among the reasons and sorts them most severe first, ties in table order", () => {
    const result = assess({
      risk: { imminentDanger: false, suicidalThoughts: "passive", harmToOthers: true, selfHarm: true },
      medicallyStable: false,
      instruments: { gad7: { total: 6 } },
    });
    expect(result.level).toBe("crisis");
    expect(codes(result)).toEqual(["harm-to-others", "suicidal-thoughts", "self-harm", "medically-unstable", "risk-screen-incomplete", "gad7"]);
    expect(result.reasons.map((r) => r.level)).toEqual(["crisis", "refer", "refer", "refer", "incomplete", "coaching-with-care"]);
    expect(result.missing).toEqual(["risk.recentSuicidalBehavior"]);
  });

  it("gives every reason a message from the locale and no undefined", () => {
    const result = assess({
      risk: { imminentDanger: true, suicidalThoughts: "active", suicidalIntentOrPlan: true, recentSuicidalBehavior: true, selfHarm: true, harmToOthers: true, assessedRiskLevel: "high" },
      medicallyStable: false,
      dailyFunctioningImpaired: true,
      instruments: {
        phq9: { items: [3, 3, 3, 3, 3, 3, 3, 3, 3] }, gad7: { total: 21 }, k10: { total: 50, scale: "1-5" }, k6: { total: 24, scale: "0-4" }, who5: { total: 0, scale: "raw" },
        phq2: { total: 6 }, gad2: { total: 6 },
      },
      indicators: ["low-mood", "hopelessness", "irritability", "thoughts-of-death"],
      preferences: { timeFocus: "psychotherapy", driver: "psychotherapy", aim: "psychotherapy", plan: "psychotherapy" },
      treatment: { inPsychotherapy: true },
    });
    for (const r of result.reasons) {
      expect(r.message).not.toMatch(/undefined|\{\w+\}/);
      expect(r.message.length).toBeGreaterThan(10);
    }
    const messages = Object.fromEntries(result.reasons.map((r) => [r.code, r.message]));
    expect(messages["phq9"]).toBe("Your PHQ-9 (mood) score is 27, at or above 10.");
    expect(messages["who5"]).toBe("Your WHO-5 (well-being) score is 0, at or below 7.");
    expect(messages["imminent-danger"]).toBe(en.messages["reason.imminent-danger"]);
  });
});

describe("risk rules", () => {
  it.each([
    ["imminentDanger", "imminent-danger", "crisis"],
    ["suicidalIntentOrPlan", "suicidal-intent-or-plan", "crisis"],
    ["recentSuicidalBehavior", "recent-suicidal-behavior", "crisis"],
    ["harmToOthers", "harm-to-others", "crisis"],
    ["selfHarm", "self-harm", "refer"],
  ] as const)("%s: true fires %s at %s; false does not", (field, code, level) => {
    const on = assess({ risk: { ...SAFE, [field]: true } });
    expect(on.level).toBe(level);
    expect(reason(on, code)).toMatchObject({ kind: "risk", level, evidence: { [field]: true } });
    expect(assess({ risk: { ...SAFE, [field]: false } }).level).toBe("coaching");
  });

  it.each([
    ["high", "crisis"],
    ["moderate", "refer"],
  ] as const)("assessed risk %s gives %s", (assessedRiskLevel, level) => {
    const result = assess({ risk: { imminentDanger: false, assessedRiskLevel } });
    expect(result.level).toBe(level);
    expect(reason(result, "assessed-risk")).toMatchObject({ level, evidence: { assessedRiskLevel } });
  });

  it("assessed risk low, recent and dated, stands in for the risk questions but danger, without a reason", () => {
    const low = { imminentDanger: false, assessedRiskLevel: "low", assessedOn: "2026-11-20" } as const;
    expect(createAssessorFor(createEngine(checkedRegistry(DEFINITIONS)), { asOf: "2026-11-30" })({ risk: low, redFlags: NO_RED_FLAGS, client: ADULT })).toMatchObject({ level: "coaching", reasons: [], missing: [] });
    // Undated, it stands in for nothing: no error, the questions stay in missing.
    expect(assess({ risk: { imminentDanger: false, assessedRiskLevel: "low" } }).missing).toEqual(["risk.suicidalThoughts", "risk.recentSuicidalBehavior", "risk.selfHarm", "risk.harmToOthers"]);
  });

  it.each(["passive", "active"] as const)("suicidal thoughts %s refer", (suicidalThoughts) => {
    const result = assess({ risk: { ...SAFE, suicidalThoughts, ...(suicidalThoughts === "active" ? { suicidalIntentOrPlan: false } : {}) } });
    expect(result.level).toBe("refer");
    expect(reason(result, "suicidal-thoughts")?.evidence).toEqual({ suicidalThoughts });
  });

  it("PHQ-9 item 9 above 0 refers whatever the total, at the policy's level", () => {
    const items = [0, 0, 0, 0, 0, 0, 0, 0, 1];
    const result = assess({ risk: REST, instruments: { phq9: { items } } });
    expect(result.level).toBe("refer");
    expect(reason(result, "phq9-item9")).toMatchObject({ kind: "risk", level: "refer", evidence: { item9: 1 } });
    expect(assessScope({ ...SCREENED, risk: REST, instruments: { phq9: { items } } }, { policy: { phq9Item9: "crisis" } }).level).toBe("crisis");
    // Item 9 above 0 makes the intent-or-plan question required.
    expect(result.missing).toEqual(["risk.suicidalIntentOrPlan"]);
    expect(result.worstCase).toBe("crisis");
    expect(assess({ risk: REST, instruments: { phq9: { items: [3, 3, 0, 0, 0, 0, 0, 0, 0] } } }).reasons.map((r) => r.code)).toEqual(["phq9"]);
    expect(assess({ risk: { ...REST, suicidalIntentOrPlan: false }, instruments: { phq9: { items } } }).missing).toEqual([]);
  });

  it("PHQ-9 item 9 given beside a total is used", () => {
    expect(assess({ risk: { ...REST, suicidalIntentOrPlan: false }, instruments: { phq9: { total: 4, item9: 2 } } }).level).toBe("refer");
    expect(assess({ risk: REST, instruments: { phq9: { total: 4, item9: 0 } } }).level).toBe("coaching");
  });

  it("the thoughts-of-death indicator refers at once, and is not counted with the others", () => {
    const result = assess({ risk: { ...SAFE, suicidalIntentOrPlan: false }, indicators: ["thoughts-of-death"] });
    expect(result.level).toBe("refer");
    expect(codes(result)).toEqual(["thoughts-of-death"]);
    // It makes the intent-or-plan question required.
    expect(assess({ ...SCREENED, indicators: ["thoughts-of-death"] }).missing).toEqual(["risk.suicidalIntentOrPlan"]);
  });
});

describe("context rules", () => {
  it("medically unstable refers; stable or unknown does not", () => {
    expect(reason(assess({ ...SCREENED, medicallyStable: false }), "medically-unstable")).toMatchObject({ kind: "context", level: "refer" });
    expect(assess({ ...SCREENED, medicallyStable: true }).level).toBe("coaching");
  });

  it("impaired daily functioning refers", () => {
    expect(reason(assess({ ...SCREENED, dailyFunctioningImpaired: true }), "daily-functioning")).toMatchObject({ kind: "context", level: "refer" });
    expect(assess({ ...SCREENED, dailyFunctioningImpaired: false }).level).toBe("coaching");
  });

  it.each([{ inPsychotherapy: true }, { inPsychiatricCare: true }])("concurrent treatment %o gives coaching-with-care", (treatment) => {
    const result = assess({ ...SCREENED, treatment });
    expect(result.level).toBe("coaching-with-care");
    expect(codes(result)).toEqual(["concurrent-treatment"]);
  });

  it("no treatment, or support without treatment, adds nothing", () => {
    expect(assess({ ...SCREENED, treatment: { inPsychotherapy: false, inPsychiatricCare: false, professionalSupportsCoaching: true } }).reasons).toEqual([]);
  });
});

type Scale = { id: Exclude<InstrumentId, "phq2" | "gad2" | "who5">; care: number; refer: number };
const SCALES: Scale[] = [
  { id: "phq9", care: 5, refer: 10 },
  { id: "gad7", care: 5, refer: 10 },
  { id: "k10", care: 16, refer: 22 },
  { id: "k6", care: 5, refer: 12 },
];
/** The scale each instrument's answers name, where they must (its canonical one). */
const SCALE_OF: Partial<Record<InstrumentId, string>> = { k10: "1-5", k6: "0-4" };
const named = (id: InstrumentId, answers: object) => (SCALE_OF[id] === undefined ? answers : { ...answers, scale: SCALE_OF[id] });

describe.each(SCALES)("$id thresholds (care $care, refer $refer)", ({ id, care, refer }) => {
  // The K6's default refer is 13, its limit: the policy sets 12 so that one step above can be tried.
  const policy = id === "k6" ? { thresholds: { k6: { refer } } } : undefined;
  const levelFor = (total: number, form: "items" | "total") =>
    createAssessorFor(createEngine(checkedRegistry(DEFINITIONS)), policy === undefined ? {} : { policy })({
      ...SCREENED,
      instruments: { [id]: named(id, form === "items" ? { items: itemsFor(id, total) } : id === "phq9" ? { total, item9: 0 } : { total }) },
    });

  it.each(["items", "total"] as const)("fires at the threshold and not one step below (%s)", (form) => {
    expect(levelFor(care - 1, form).level).toBe("coaching");
    expect(levelFor(care, form).level).toBe("coaching-with-care");
    expect(levelFor(refer - 1, form).level).toBe("coaching-with-care");
    expect(levelFor(refer, form).level).toBe("refer");
    expect(reason(levelFor(refer, form), id)).toMatchObject({ kind: "symptom", level: "refer", evidence: { instrument: id, threshold: refer, thresholdName: "refer", score: String(refer) } });
    expect(reason(levelFor(care, form), id)?.evidence).toMatchObject({ threshold: care, thresholdName: "care" });
  });

  it("follows a policy's thresholds", () => {
    const strict = createScopeAssessor({ policy: { thresholds: { [id]: { care: care + 1, refer: refer + 1 } } } });
    const input = (total: number) => ({ ...SCREENED, instruments: { [id]: named(id, { items: itemsFor(id, total) }) } });
    expect(strict(input(care)).level).toBe("coaching");
    expect(strict(input(refer)).level).toBe("coaching-with-care");
    expect(strict(input(refer + 1)).level).toBe("refer");
  });

  it("reports the score with its band", () => {
    const result = levelFor(refer, "items");
    expect(result.scores[id]).toMatchObject({ min: refer, max: refer, complete: true });
    expect(result.scores[id]?.band).toBeTypeOf("string");
    expect(reason(result, id)?.evidence["band"]).toBe(result.scores[id]?.band);
  });
});

describe("WHO-5 thresholds (at or below: care 12, refer 7)", () => {
  // With a PHQ-9 given, the WHO-5 gives its own reason; without one it asks for the PHQ-9 (the vignettes).
  const PHQ = { phq9: { items: [0, 0, 0, 0, 0, 0, 0, 0, 0] } };
  // The answers spread evenly, so that no item is 0 or 1 from 10 up (an item at 0 or 1 asks for a depression test too).
  const even = (raw: number) => Array.from({ length: 5 }, (_, i) => Math.floor(raw / 5) + (i < raw % 5 ? 1 : 0));
  const levelFor = (raw: number) => assess({ ...SCREENED, instruments: { who5: { items: even(raw) }, ...PHQ } });

  it("fires at the threshold and not one step above it", () => {
    expect(even(13)).toEqual([3, 3, 3, 2, 2]);
    expect(levelFor(13).level).toBe("coaching");
    expect(levelFor(12).level).toBe("coaching-with-care");
    expect(levelFor(8).level).toBe("coaching-with-care");
    expect(levelFor(7).level).toBe("refer");
    expect(reason(levelFor(7), "who5")?.evidence).toMatchObject({ threshold: 7, thresholdName: "refer", band: "very-low" });
    expect(reason(levelFor(12), "who5")?.evidence).toMatchObject({ threshold: 12, thresholdName: "care", band: "low" });
  });

  it("works from a raw total too", () => {
    expect(assess({ ...SCREENED, instruments: { who5: { total: 7, scale: "raw" } } }).level).toBe("refer");
    expect(assess({ ...SCREENED, instruments: { who5: { total: 100, scale: "percent" } } }).scores.who5).toEqual({ min: 25, max: 25, complete: true, band: "adequate" });
  });
});

describe("short screens", () => {
  it.each([
    ["phq2", "phq9"],
    ["gad2", "gad7"],
  ] as const)("a positive %s without the full instrument asks for %s", (short, full) => {
    // PHQ-2 positive from 2 (Levis 2020), GAD-2 from 3.
    const positive = short === "phq2" ? 2 : 3;
    expect(assess({ ...SCREENED, instruments: { [short]: { items: [positive - 1, 0] } } }).level).toBe("coaching");
    expect(assess({ ...SCREENED, instruments: { [short]: { items: [positive - 1, 0] } } }).scores[short]?.band).toBe("negative");
    const result = assess({ ...SCREENED, instruments: { [short]: { items: [2, 1] } } });
    expect(result.level).toBe("incomplete");
    expect(reason(result, `${short}-positive`)).toMatchObject({ kind: "symptom", level: "incomplete", evidence: { score: "3", threshold: positive, next: full } });
    expect(result.missing).toEqual([`instruments.${full}`]);
    expect(result.scores[short]).toEqual({ min: 3, max: 3, complete: true, band: "positive" });
  });

  it("where both are given the full instrument decides and the short one adds no reason", () => {
    const result = assess({ ...SCREENED, instruments: { phq2: { items: [3, 0] }, phq9: { items: [3, 0, 0, 0, 0, 0, 0, 0, 0] } } });
    expect(result.level).toBe("coaching");
    expect(result.reasons).toEqual([]);
    expect(result.scores.phq2?.band).toBe("positive");
  });

  it("follows the policy's positive threshold", () => {
    // The policy may set it from 1 to 3 (docs/policy.md); the band follows it.
    const result = assessScope({ ...SCREENED, instruments: { phq2: { total: 2 } } }, { policy: { thresholds: { phq2: { positive: 3 } } } });
    expect(result.level).toBe("coaching");
    expect(result.scores.phq2?.band).toBe("negative");
    expect(assessScope({ ...SCREENED, instruments: { gad2: { total: 1 } } }, { policy: { thresholds: { gad2: { positive: 1 } } } }).scores.gad2?.band).toBe("positive");
  });

  it("an unanswered short-screen item that could make it positive keeps it from clearing", () => {
    const result = assess({ ...SCREENED, instruments: { phq2: { items: [1, null] } } });
    expect(result.level).toBe("incomplete");
    expect(codes(result)).toEqual(["instrument-incomplete"]);
    expect(result.missing).toEqual(["instruments.phq2.items[1]"]);
    expect(assess({ ...SCREENED, instruments: { phq2: { items: [0, null] } } }).level).toBe("incomplete");
    // An unanswered item of a short screen (0 to 3) can always reach the highest threshold a policy may set (3).
    expect(assessScope({ ...SCREENED, instruments: { gad2: { items: [0, null] } } }).level).toBe("incomplete");
  });
});

describe("indicators (count other than thoughts of death: care 1, refer 3)", () => {
  it("fires at the threshold and not one step below", () => {
    expect(assess({ ...SCREENED, indicators: [] }).level).toBe("coaching");
    expect(assess({ ...SCREENED, indicators: ["low-mood"] }).level).toBe("coaching-with-care");
    expect(assess({ ...SCREENED, indicators: ["low-mood", "irritability"] }).level).toBe("coaching-with-care");
    const three = assess({ ...SCREENED, indicators: ["low-mood", "irritability", "appetite-change"] });
    expect(three.level).toBe("refer");
    expect(reason(three, "indicators")).toMatchObject({ level: "refer", evidence: { count: 3, threshold: 3 } });
  });

  it("gives no reason while the count stays below care", () => {
    expect(assess({ ...SCREENED, indicators: [] }).reasons).toEqual([]);
    expect(assess({ ...SCREENED, indicators: ["low-mood", "irritability"] }).reasons.map((r) => r.code)).toEqual(["indicators"]);
  });

  it("does not count thoughts of death toward the threshold", () => {
    const result = assess({ ...SCREENED, indicators: ["low-mood", "thoughts-of-death"] });
    expect(reason(result, "indicators")?.evidence).toMatchObject({ count: 1, thresholdName: "care" });
  });
});

describe("fit (minAnswered 4; coaching share below 0.5 care; never refers)", () => {
  const prefs = (coaching: number, psychotherapy: number) => {
    const ids = ["relationship", "setting", "orientation", "timeFocus", "driver", "plan", "aim", "duration"] as const;
    return Object.fromEntries(ids.slice(0, coaching + psychotherapy).map((id, i) => [id, i < coaching ? "coaching" : "psychotherapy"]));
  };

  it("needs enough answers before it fires", () => {
    const result = assess({ ...SCREENED, preferences: prefs(0, 3) });
    expect(result.level).toBe("coaching");
    expect(result.fit).toEqual({ answered: 3, coaching: 0, psychotherapy: 3, coachingShare: 0 });
  });

  it("fires below its thresholds and not at them", () => {
    expect(assess({ ...SCREENED, preferences: prefs(2, 2) }).level).toBe("coaching");
    expect(assess({ ...SCREENED, preferences: prefs(3, 5) }).level).toBe("coaching-with-care");
    expect(assess({ ...SCREENED, preferences: prefs(1, 3) }).level).toBe("coaching-with-care");
    const none = assess({ ...SCREENED, preferences: prefs(0, 8) });
    expect(none.level).toBe("coaching-with-care");
    expect(reason(none, "fit")).toMatchObject({ kind: "fit", level: "coaching-with-care", evidence: { answered: 8, coaching: 0, coachingShare: 0, threshold: 0.5 } });
  });

  it("gives no reason while the coaching share stays at or above care, and skips unanswered dimensions", () => {
    const result = assess({ ...SCREENED, preferences: { ...prefs(4, 0), duration: undefined, selfEsteem: undefined } });
    expect(result.reasons).toEqual([]);
    expect(result.fit).toEqual({ answered: 4, coaching: 4, psychotherapy: 0, coachingShare: 1 });
  });

  it("has no fit summary without preferences", () => {
    expect(assess({ ...SCREENED }).fit).toBeUndefined();
    expect(assess({ ...SCREENED, preferences: {} }).fit).toBeUndefined();
  });
});

describe("alongside treatment", () => {
  const heavy: ScreeningInput = {
    risk: { ...SAFE, suicidalThoughts: "passive" },
    medicallyStable: false,
    instruments: { phq9: { items: itemsFor("phq9", 15) }, gad7: { total: 12 } },
    indicators: ["low-mood", "irritability", "appetite-change"],
    preferences: { timeFocus: "psychotherapy", driver: "psychotherapy", aim: "psychotherapy", plan: "psychotherapy" },
  };

  it("lowers the reasons on its list at refer (scores below their severe band, indicators), never risk or medical reasons", () => {
    const result = assess({ ...heavy, treatment: { inPsychotherapy: true, professionalSupportsCoaching: true } });
    const levels = Object.fromEntries(result.reasons.map((r) => [r.code, r.level]));
    expect(levels).toEqual({
      "suicidal-thoughts": "refer",
      "medically-unstable": "refer",
      phq9: "coaching-with-care",
      gad7: "coaching-with-care",
      indicators: "coaching-with-care",
      fit: "coaching-with-care",
      "concurrent-treatment": "coaching-with-care",
      "alongside-treatment": "coaching-with-care",
    });
    expect(result.level).toBe("refer");
    expect(reason(result, "phq9")?.evidence["loweredFrom"]).toBe("refer");
    expect(reason(result, "alongside-treatment")?.evidence).toEqual({ professionalSupportsCoaching: true, lowered: ["phq9", "gad7", "indicators"] });
  });

  it("lets a client in treatment go ahead with care when only symptoms were at refer", () => {
    const result = assess({ ...SCREENED, instruments: { phq9: { items: itemsFor("phq9", 15) } }, treatment: { inPsychiatricCare: true, professionalSupportsCoaching: true } });
    expect(result.level).toBe("coaching-with-care");
    expect(result.inScope).toBe(true);
    expect(codes(result)).toEqual(["phq9", "concurrent-treatment", "alongside-treatment"]);
  });

  it("never lowers PHQ-9 item 9", () => {
    const result = assess({ risk: REST, instruments: { phq9: { items: [0, 0, 0, 0, 0, 0, 0, 0, 2] } }, treatment: { inPsychotherapy: true, professionalSupportsCoaching: true } });
    expect(reason(result, "phq9-item9")?.level).toBe("refer");
    expect(result.level).toBe("refer");
  });

  it.each([
    ["support missing", { inPsychotherapy: true }],
    ["support without treatment", { professionalSupportsCoaching: true }],
  ])("is off with %s", (_name, treatment) => {
    const result = assess({ ...SCREENED, instruments: { phq9: { items: itemsFor("phq9", 15) } }, treatment });
    expect(result.level).toBe("refer");
    expect(reason(result, "phq9")?.level).toBe("refer");
    expect(reason(result, "alongside-treatment")).toBeUndefined();
  });

  it("is off when the policy turns it off", () => {
    const result = assessScope(
      { ...SCREENED, instruments: { phq9: { items: itemsFor("phq9", 15) } }, treatment: { inPsychotherapy: true, professionalSupportsCoaching: true } },
      { policy: { alongsideTreatment: false } },
    );
    expect(result.level).toBe("refer");
    expect(reason(result, "alongside-treatment")).toBeUndefined();
  });

  it("adds no alongside reason when nothing was at refer", () => {
    const result = assess({ ...SCREENED, instruments: { phq9: { items: itemsFor("phq9", 6) } }, treatment: { inPsychotherapy: true, professionalSupportsCoaching: true } });
    expect(codes(result)).toEqual(["phq9", "concurrent-treatment"]);
  });
});

describe("the risk screen", () => {
  it.each<[string, ScreeningInput]>([
    ["risk.suicidalThoughts", { risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } }],
    ["a known PHQ-9 item 9", { risk: REST, instruments: { phq9: { items: itemsFor("phq9", 2) } } }],
    ["a PHQ-9 total with item9", { risk: REST, instruments: { phq9: { total: 2, item9: 0 } } }],
    ["a recent risk.assessedRiskLevel", { risk: { imminentDanger: false, assessedRiskLevel: "low", assessedOn: "2026-11-30" } }],
  ])("counts as answered with imminent danger and %s", (_name, input) => {
    const result = createAssessorFor(createEngine(checkedRegistry(DEFINITIONS)), { asOf: "2026-11-30" })({ redFlags: NO_RED_FLAGS, client: ADULT, ...input });
    expect(result.level).toBe("coaching");
    expect(result.missing).toEqual([]);
  });

  it("needs imminent danger answered", () => {
    const result = assess({ risk: { ...SAFE, imminentDanger: undefined } });
    expect(result.level).toBe("incomplete");
    // The evidence names what is missing, never booleans that look like answers.
    expect(reason(result, "risk-screen-incomplete")).toMatchObject({ kind: "completeness", evidence: { unanswered: ["imminentDanger"] } });
    expect(result.missing).toEqual(["risk.imminentDanger"]);
  });

  it("needs suicidal thoughts known", () => {
    const result = assess({ risk: { ...REST, imminentDanger: false } });
    expect(result.level).toBe("incomplete");
    expect(result.missing).toEqual(["risk.suicidalThoughts"]);
  });

  it("an unanswered PHQ-9 item 9 does not answer it", () => {
    const result = assess({ risk: REST, instruments: { phq9: { items: [0, 0, 0, 0, 0, 0, 0, 0, null] } } });
    expect(result.level).toBe("incomplete");
    // The risk question first: it is always asked before anything else.
    expect(result.missing).toEqual(["risk.suicidalThoughts", "instruments.phq9.items[8]"]);
    expect(result.worstCase).toBe("crisis");
  });

  it("is not required with requireRiskScreen: false, and an unanswered screen still never clears", () => {
    const result = assessScope({ medicallyStable: true, redFlags: NO_RED_FLAGS, client: ADULT }, { policy: { requireRiskScreen: false } });
    expect(result).toMatchObject({ level: "coaching-with-care", worstCase: "crisis" });
    expect(codes(result)).toEqual(["risk-not-screened"]);
    expect(result.missing).toEqual(["risk.imminentDanger", "risk.suicidalThoughts", "risk.recentSuicidalBehavior", "risk.selfHarm", "risk.harmToOthers"]);
    expect(assessScope({ ...SCREENED }, { policy: { requireRiskScreen: false } })).toMatchObject({ level: "coaching", reasons: [], missing: [] });
  });
});

describe("rules table", () => {
  it("has a message for every reason code in English", () => {
    for (const code of REASON_CODES) expect(en.messages[`reason.${code}`]).toBeTypeOf("string");
  });
});

describe("actionKey", () => {
  const inCare = { inPsychotherapy: true } as const;
  it("words a referral for a client in care as a talk with the treating professional, unless a risk reason refers", () => {
    const symptoms = assess({ ...SCREENED, instruments: { phq9: { items: itemsFor("phq9", 12) } }, treatment: inCare });
    expect(symptoms.level).toBe("refer");
    expect(actionKey(symptoms)).toBe("level.refer.inCareAction");
    const risk = assess({ risk: { ...SAFE, selfHarm: true }, treatment: inCare });
    expect(risk.level).toBe("refer");
    expect(actionKey(risk)).toBe("level.refer.action");
    expect(actionKey(assess({ ...SCREENED, instruments: { phq9: { items: itemsFor("phq9", 12) } } }))).toBe("level.refer.action");
  });

  it("is the level's own action for every other level", () => {
    expect(actionKey(assess({ ...SCREENED, treatment: inCare }))).toBe("level.coaching-with-care.action");
    expect(actionKey(assess({ risk: { ...SAFE, imminentDanger: true }, treatment: inCare }))).toBe("level.crisis.action");
    expect(actionKey(assess({ ...SCREENED }))).toBe("level.coaching.action");
  });
});

describe("asOf, today's date from the caller", () => {
  const dated = { ...SCREENED, answeredOn: "2026-11-16" };
  it("is given once, or per call; a call's asOf wins, so a long-lived assessor never keeps an old today", () => {
    const assessor = createScopeAssessor({ asOf: "2026-11-30" });
    expect(assessor(dated).level).toBe("coaching");
    expect(assessor(dated, { asOf: "2026-12-01" })).toMatchObject({ level: "incomplete", missing: ["risk.imminentDanger", "risk.suicidalThoughts", "risk.recentSuicidalBehavior", "risk.selfHarm", "risk.harmToOthers"] });
    // A call without asOf keeps the assessor's.
    expect(assessor(dated, {}).level).toBe("coaching");
    expect(createScopeAssessor()(dated, { asOf: "2026-11-30" }).level).toBe("coaching");
  });

  it.each<[string, unknown, string, string]>([
    ["not a date", "30.11.2026", "invalid_format", 'Invalid date: expected YYYY-MM-DD (a day that exists), received "30.11.2026"'],
    ["a day that does not exist", "2026-02-29", "invalid_format", 'Invalid date: expected YYYY-MM-DD (a day that exists), received "2026-02-29"'],
    ["a number", 20261130, "invalid_format", "Invalid date: expected YYYY-MM-DD (a day that exists), received number"],
  ])("refuses %s as asOf, in the options and per call, naming asOf", (_name, asOf, code, message) => {
    expect(configIssues(() => createScopeAssessor({ asOf: asOf as string }))).toEqual([{ path: ["asOf"], code, message }]);
    expect(configIssues(() => createScopeAssessor()({ ...SCREENED }, { asOf: asOf as string }))).toEqual([{ path: ["asOf"], code, message }]);
  });

  it("refuses call options that are not a plain object of asOf, with the library's own error", () => {
    const assessor = createScopeAssessor();
    expect(configIssues(() => assessor({ ...SCREENED }, null as never))[0]).toMatchObject({ path: [], code: "invalid_type" });
    expect(configIssues(() => assessor({ ...SCREENED }, { asof: "2026-11-30" } as never))[0]).toMatchObject({ code: "unrecognized_keys", keys: ["asof"] });
    const throwing = { get asOf(): string { throw new RangeError("no"); } };
    expect(configIssues(() => assessor({ ...SCREENED }, throwing))).toEqual([{ path: [], code: "custom", message: "The call's options could not be read (reading threw RangeError): expected plain data" }]);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(configIssues(() => assessor({ ...SCREENED }, proxy as never))[0]).toMatchObject({ code: "custom" });
    expect(configIssues(() => assessor({ ...SCREENED }, { asOf: proxy } as never))[0]).toMatchObject({ path: ["asOf"], message: "Invalid date: expected YYYY-MM-DD (a day that exists), received object" });
  });

  it("reads years as written, leap days included", () => {
    const assessor = createScopeAssessor({ asOf: "0004-03-01" });
    expect(assessor({ ...SCREENED, answeredOn: "0004-02-29" }).level).toBe("coaching");
    expect(inputIssues(() => assessor({ ...SCREENED, answeredOn: "0003-02-29" }))[0]).toMatchObject({ path: ["answeredOn"], code: "invalid_format" });
  });
});
