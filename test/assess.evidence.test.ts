// The whole of each reason — code, kind, level, message and evidence — for inputs that touch
// every rule: what an app stores and shows is exactly what the contract promises.
import { describe, expect, it } from "vitest";
import { assessScope, createScopeAssessor, type ScreeningInput } from "../src/index.js";
import { SAFE, inputIssues, SCREENED} from "./helpers.js";

describe("reasons in full", () => {
  it("context rules, thoughts of death, indicators at care, and concurrent treatment", () => {
    const result = assessScope({
      ...SCREENED,
      medicallyStable: false,
      dailyFunctioningImpaired: true,
      treatment: { inPsychotherapy: true },
      indicators: ["thoughts-of-death", "low-mood"],
    });
    expect(result.level).toBe("refer");
    expect(result.reasons).toEqual([
      { code: "thoughts-of-death", kind: "risk", level: "refer", message: "Thoughts of death or suicide were noted.", evidence: { indicator: "thoughts-of-death" } },
      { code: "medically-unstable", kind: "context", level: "refer", message: "You said you are not medically stable at the moment.", evidence: { medicallyStable: false } },
      { code: "daily-functioning", kind: "context", level: "refer", message: "You said your concerns are making everyday life hard to manage.", evidence: { dailyFunctioningImpaired: true } },
      {
        code: "risk-screen-incomplete", kind: "completeness", level: "incomplete",
        message: "Not every question about your safety (immediate danger, thoughts of suicide, harm to yourself or others) has been answered; they must be answered before coaching.",
        evidence: { unanswered: ["suicidalIntentOrPlan"] },
      },
      {
        code: "indicators", kind: "symptom", level: "coaching-with-care",
        message: "Signs that talking to a mental-health professional may help: 1 noted, at or above the threshold of 1.",
        evidence: { indicators: ["low-mood"], count: 1, threshold: 1, thresholdName: "care" },
      },
      { code: "concurrent-treatment", kind: "context", level: "coaching-with-care", message: "You are currently in psychotherapy or psychiatric care.", evidence: { inPsychotherapy: true } },
    ]);
    // Thoughts of death make the intent-or-plan question required; the professional's view would lower daily functioning.
    expect(result.missing).toEqual(["risk.suicidalIntentOrPlan", "treatment.professionalSupportsCoaching"]);
  });

  it("reasons on the alongside-treatment list lowered, with a partial GAD-7 that cannot change the level", () => {
    const result = assessScope({
      ...SCREENED,
      instruments: { phq9: { items: [3, 3, 3, 3, 0, 0, 0, 0, 0] }, gad7: { items: [1, 1, 1, 1, 1, 1, null] }, gad2: { items: [1, null] } },
      indicators: ["low-mood", "irritability", "appetite-change"],
      preferences: { aim: "psychotherapy", plan: "psychotherapy", driver: "psychotherapy", setting: "psychotherapy", timeFocus: "coaching" },
      treatment: { inPsychiatricCare: true, professionalSupportsCoaching: true },
    });
    expect(result.level).toBe("coaching-with-care");
    expect(result.missing).toEqual([]);
    expect(result.fit).toEqual({ answered: 5, coaching: 1, psychotherapy: 4, coachingShare: 0.2 });
    expect(result.scores).toStrictEqual({
      phq9: { min: 12, max: 12, complete: true, band: "moderate" },
      gad7: { min: 6, max: 9, complete: false },
      gad2: { min: 1, max: 4, complete: false },
    });
    // Strict: no key is present with an undefined value (`band` of a partial score, say).
    expect(result.reasons).toStrictEqual([
      {
        code: "phq9", kind: "symptom", level: "coaching-with-care", message: "Your PHQ-9 (mood) score is 12, at or above 10.",
        evidence: { instrument: "phq9", score: "12", min: 12, max: 12, band: "moderate", complete: true, threshold: 10, thresholdName: "refer", loweredFrom: "refer" },
      },
      {
        code: "gad7", kind: "symptom", level: "coaching-with-care", message: "Your GAD-7 (anxiety) score is 6\u20139, at or above 5.",
        evidence: { instrument: "gad7", score: "6\u20139", min: 6, max: 9, complete: false, threshold: 5, thresholdName: "care" },
      },
      {
        code: "indicators", kind: "symptom", level: "coaching-with-care",
        message: "Signs that talking to a mental-health professional may help: 3 noted, at or above the threshold of 3.",
        evidence: { indicators: ["low-mood", "irritability", "appetite-change"], count: 3, threshold: 3, thresholdName: "refer", loweredFrom: "refer" },
      },
      {
        code: "fit", kind: "fit", level: "coaching-with-care", message: "1 of your 5 answers about what you are looking for match coaching.",
        evidence: { answered: 5, coaching: 1, psychotherapy: 4, coachingShare: 0.2, threshold: 0.5 },
      },
      { code: "concurrent-treatment", kind: "context", level: "coaching-with-care", message: "You are currently in psychotherapy or psychiatric care.", evidence: { inPsychiatricCare: true } },
      {
        code: "alongside-treatment", kind: "context", level: "coaching-with-care",
        message: "Your treating professional supports coaching alongside your treatment, so screening results that would otherwise mean a referral are points to agree on instead.",
        evidence: { professionalSupportsCoaching: true, lowered: ["phq9", "indicators"] },
      },
    ]);
  });

  it("fit at care, and missing items named by number", () => {
    const result = assessScope({
      ...SCREENED,
      risk: { imminentDanger: false },
      instruments: { phq9: { items: [1, null, 1, 1, 1, 1, null, 0, null] }, phq2: { items: [1, 0] }, gad2: { items: [0, null] } },
      preferences: { aim: "psychotherapy", plan: "psychotherapy", driver: "coaching", setting: "psychotherapy", timeFocus: "coaching" },
    });
    expect(result.reasons).toEqual([
      {
        code: "instrument-incomplete", kind: "completeness", level: "incomplete",
        message: "PHQ-9 questions still unanswered: 2, 7, 9. Their answers could change the result.",
        evidence: { instrument: "phq9", min: 5, max: 14, items: [2, 7, 9] },
      },
      {
        code: "instrument-incomplete", kind: "completeness", level: "incomplete",
        message: "GAD-2 questions still unanswered: 2. Their answers could change the result.",
        evidence: { instrument: "gad2", min: 0, max: 3, items: [2] },
      },
      {
        code: "risk-screen-incomplete", kind: "completeness", level: "incomplete",
        message: "Not every question about your safety (immediate danger, thoughts of suicide, harm to yourself or others) has been answered; they must be answered before coaching.",
        evidence: { unanswered: ["suicidalThoughts", "recentSuicidalBehavior", "selfHarm", "harmToOthers"] },
      },
      {
        code: "phq9", kind: "symptom", level: "coaching-with-care", message: "Your PHQ-9 (mood) score is 5\u201314, at or above 5.",
        evidence: { instrument: "phq9", score: "5\u201314", min: 5, max: 14, complete: false, threshold: 5, thresholdName: "care" },
      },
      {
        code: "fit", kind: "fit", level: "coaching-with-care", message: "2 of your 5 answers about what you are looking for match coaching.",
        evidence: { answered: 5, coaching: 2, psychotherapy: 3, coachingShare: 0.4, threshold: 0.5 },
      },
    ]);
    // The risk questions first, always.
    expect(result.missing).toEqual([
      "risk.suicidalThoughts", "risk.recentSuicidalBehavior", "risk.selfHarm", "risk.harmToOthers",
      "instruments.phq9.items[1]", "instruments.phq9.items[6]", "instruments.phq9.items[8]", "instruments.gad2.items[1]",
    ]);
  });

  it("a prepared assessor formats each message for its own numbers, call after call", () => {
    const assess = createScopeAssessor();
    const messages = [5, 6, 7, 10, 11, 5].map((total) => assess({ ...SCREENED, instruments: { gad7: { total } } }).reasons[0]?.message);
    expect(messages).toEqual([5, 6, 7, 10, 11, 5].map((total) => `Your GAD-7 (anxiety) score is ${total}, at or above ${total >= 10 ? 10 : 5}.`));
    const ids = ["low-mood", "irritability", "appetite-change"] as const;
    const counts = [1, 2, 3, 1].map((n) => assess({ ...SCREENED, indicators: ids.slice(0, n) as never }).reasons[0]?.evidence);
    expect(counts).toEqual([
      { indicators: ["low-mood"], count: 1, threshold: 1, thresholdName: "care" },
      { indicators: ["low-mood", "irritability"], count: 2, threshold: 1, thresholdName: "care" },
      { indicators: ["low-mood", "irritability", "appetite-change"], count: 3, threshold: 3, thresholdName: "refer" },
      { indicators: ["low-mood"], count: 1, threshold: 1, thresholdName: "care" },
    ]);
    // Hopelessness alone gives care with its own message, whatever the policy's care count.
    const hopeless = createScopeAssessor({ policy: { thresholds: { indicators: { care: 2 } } } })({ ...SCREENED, indicators: ["hopelessness"] }).reasons[0];
    expect(hopeless).toMatchObject({ level: "coaching-with-care", message: "Despair or hopelessness was noted: a sign to talk about, and to watch.", evidence: { thresholdName: "hopelessness" } });
  });
});

describe("every field's error names that field", () => {
  it.each<[string, ScreeningInput, (string | number)[], string]>([
    ["imminentDanger", { risk: { imminentDanger: 1 } } as never, ["risk", "imminentDanger"], "Expected boolean, received number"],
    ["suicidalIntentOrPlan", { risk: { suicidalIntentOrPlan: "yes" } } as never, ["risk", "suicidalIntentOrPlan"], "Expected boolean, received string"],
    ["recentSuicidalBehavior", { risk: { recentSuicidalBehavior: null } } as never, ["risk", "recentSuicidalBehavior"], "Expected boolean, received null"],
    ["selfHarm", { risk: { selfHarm: [] } } as never, ["risk", "selfHarm"], "Expected boolean, received array"],
    ["harmToOthers", { risk: { harmToOthers: {} } } as never, ["risk", "harmToOthers"], "Expected boolean, received object"],
    ["suicidalThoughts", { risk: { suicidalThoughts: "some" } } as never, ["risk", "suicidalThoughts"], 'Invalid option: expected one of "none" | "passive" | "active", received "some"'],
    ["assessedRiskLevel", { risk: { assessedRiskLevel: 2 } } as never, ["risk", "assessedRiskLevel"], 'Invalid option: expected one of "low" | "moderate" | "high", received number'],
    ["medicallyStable", { medicallyStable: "no" } as never, ["medicallyStable"], "Expected boolean, received string"],
    ["inPsychotherapy", { treatment: { inPsychotherapy: 0 } } as never, ["treatment", "inPsychotherapy"], "Expected boolean, received number"],
    ["inPsychiatricCare", { treatment: { inPsychiatricCare: "y" } } as never, ["treatment", "inPsychiatricCare"], "Expected boolean, received string"],
    ["professionalSupportsCoaching", { treatment: { professionalSupportsCoaching: 1 } } as never, ["treatment", "professionalSupportsCoaching"], "Expected boolean, received number"],
    ["a risk object", { risk: "yes" } as never, ["risk"], "Expected object, received string"],
    ["a treatment object", { treatment: [] } as never, ["treatment"], "Expected object, received array"],
    ["a preferences object", { preferences: "coaching" } as never, ["preferences"], "Expected object, received string"],
    ["an instruments object", { instruments: 3 } as never, ["instruments"], "Expected object, received number"],
    ["an instrument object", { instruments: { k6: [1] } } as never, ["instruments", "k6"], "Expected object, received array"],
    ["an item list", { instruments: { k6: { items: "1,1", scale: "0-4" } } } as never, ["instruments", "k6", "items"], "Expected array, received string"],
    ["an item list's length", { instruments: { k6: { items: [1], scale: "0-4" } } } as never, ["instruments", "k6", "items"], "Expected exactly 6 answers for the K6, received 1"],
    ["a total", { instruments: { k10: { total: 60, scale: "1-5" } } } as never, ["instruments", "k10", "total"], "Too big: expected a number <= 50, received 60"],
    ["a scale", { instruments: { k10: { total: 20, scale: 1 } } } as never, ["instruments", "k10", "scale"], 'The K10\'s total is published on more than one scale: name it with scale, "1-5" or "0-4"; received number'],
    ["pastSuicidalBehavior", { risk: { pastSuicidalBehavior: "no" } } as never, ["risk", "pastSuicidalBehavior"], "Expected boolean, received string"],
    ["recentDischarge", { treatment: { recentDischarge: 1 } } as never, ["treatment", "recentDischarge"], "Expected boolean, received number"],
    ["assessedOn", { risk: { assessedOn: "yesterday" } } as never, ["risk", "assessedOn"], 'Invalid date: expected YYYY-MM-DD, received "yesterday"'],
    ["answeredOn", { answeredOn: 1 } as never, ["answeredOn"], "Expected string, received number"],
    ["an item", { instruments: { who5: { items: [0, 0, 0, 0, 6] } } } as never, ["instruments", "who5", "items", 4], "Too big: expected a number <= 5, received 6"],
    ["an item below range", { instruments: { k10: { items: [0, 1, 1, 1, 1, 1, 1, 1, 1, 1], scale: "1-5" } } } as never, ["instruments", "k10", "items", 0], "Too small: expected a number >= 1, received 0"],
    ["the input", "x" as never, [], "Expected object, received string"],
  ])("%s", (_name, input, path, message) => {
    expect(inputIssues(() => assessScope(input))).toEqual([expect.objectContaining({ path, message })]);
  });

  it("an item at the edges of its range is accepted", () => {
    expect(assessScope({ ...SCREENED, instruments: { k10: { items: [1, 5, 1, 5, 1, 5, 1, 5, 1, 5], scale: "1-5" }, who5: { items: [0, 5, 0, 5, 0] } } }).scores).toEqual({
      k10: { min: 30, max: 30, complete: true, band: "very-high" },
      who5: { min: 10, max: 10, complete: true, band: "low" },
    });
  });

  it("item9 is checked beside the total of the PHQ-9 only", () => {
    expect(inputIssues(() => assessScope({ instruments: { phq9: { total: 2, item9: 3 } } }))).toEqual([
      { path: ["instruments", "phq9", "item9"], code: "custom", message: "item9 (3) cannot exceed the total (2)" },
    ]);
    expect(inputIssues(() => assessScope({ instruments: { phq9: { total: 40, item9: 3 } } }))).toEqual([
      { path: ["instruments", "phq9", "total"], code: "too_big", message: "Too big: expected a number <= 27, received 40" },
    ]);
  });
});
