import { describe, expect, it } from "vitest";
import { createAssessorFor } from "../src/assess/assess.js";
import { createEngine } from "../src/assess/engine.js";
import { REGISTRY } from "../src/instruments/registry.js";
import { DEFAULT_POLICY, assessScope, createScopeAssessor, isScopeConfigError } from "../src/index.js";
import { SAFE, configIssues, SCREENED} from "./helpers.js";

describe("DEFAULT_POLICY", () => {
  it("holds the contract's defaults", () => {
    expect(DEFAULT_POLICY).toEqual({
      thresholds: {
        phq9: { care: 5, refer: 10 }, phq8: { care: 5, refer: 10 }, gad7: { care: 5, refer: 10 },
        phq2: { positive: 2 }, gad2: { positive: 3 },
        k10: { care: 16, refer: 22 }, k6: { care: 5, refer: 13 },
        who5: { care: 12, refer: 7 },
        scoff: { positive: 2 }, pcptsd5: { care: 3, refer: 4 },
        indicators: { care: 1, refer: 3 },
        fit: { minAnswered: 4, care: 0.5 },
      },
      phq9Item9: "refer",
      requireRiskScreen: true,
      requireRedFlags: true,
      requireAge: true,
      alongsideTreatment: true,
      assessmentValidDays: 14,
      minAge: 13,
      adultAge: 18,
    });
  });

  it("keeps the §D limits: PC-PTSD-5 refer 3–4, SCOFF positive 1–2, adultAge at least 16, minAge 0 to adultAge", () => {
    for (const ok of [{ thresholds: { pcptsd5: { care: 3, refer: 3 } } }, { thresholds: { pcptsd5: { refer: 4 } } }, { thresholds: { scoff: { positive: 1 } } }, { adultAge: 16 }, { minAge: 0 }, { minAge: 18 }, { minAge: 16, adultAge: 16 }]) {
      expect(() => assessScope({}, { policy: ok as never })).not.toThrow();
    }
    expect(configIssues(() => assessScope({}, { policy: { thresholds: { pcptsd5: { care: 2, refer: 2 } } } }))).toEqual([
      { path: ["policy", "thresholds", "pcptsd5", "refer"], code: "too_small", message: "Too small: expected a number >= 3, received 2" },
    ]);
    expect(configIssues(() => assessScope({}, { policy: { thresholds: { pcptsd5: { refer: 5 } } } }))[0]).toMatchObject({ path: ["policy", "thresholds", "pcptsd5", "refer"], code: "too_big" });
    expect(configIssues(() => assessScope({}, { policy: { thresholds: { scoff: { positive: 3 } } } }))[0]).toMatchObject({ path: ["policy", "thresholds", "scoff", "positive"], code: "too_big" });
    expect(configIssues(() => assessScope({}, { policy: { thresholds: { scoff: { positive: 0 } } } }))[0]).toMatchObject({ path: ["policy", "thresholds", "scoff", "positive"], code: "too_small" });
    expect(configIssues(() => assessScope({}, { policy: { adultAge: 15 } }))[0]).toMatchObject({ path: ["policy", "adultAge"], code: "too_small" });
    expect(configIssues(() => assessScope({}, { policy: { minAge: 19 } }))).toEqual([
      { path: ["policy", "minAge"], code: "custom", message: "minAge (19) must be at most adultAge (18): under minAge a client is referred, under adultAge a minor" },
    ]);
    expect(configIssues(() => assessScope({}, { policy: { adultAge: 16, minAge: 17 } }))[0]).toMatchObject({ path: ["policy", "minAge"], code: "custom" });
  });

  it("is deeply frozen", () => {
    const p = DEFAULT_POLICY as unknown as { thresholds: { phq9: { care: number }; fit: { minAnswered: number } }; phq9Item9: string };
    expect(() => { p.thresholds.phq9.care = 1; }).toThrow(TypeError);
    expect(() => { p.thresholds.fit.minAnswered = 1; }).toThrow(TypeError);
    expect(() => { p.phq9Item9 = "crisis"; }).toThrow(TypeError);
  });
});

describe("policy overrides", () => {
  it("merge deeply over the defaults and appear in the result", () => {
    const result = assessScope({ ...SCREENED }, { policy: { thresholds: { phq9: { care: 8 } }, phq9Item9: "crisis" } });
    expect(result.policy.thresholds.phq9).toEqual({ care: 8, refer: 10 });
    expect(result.policy.thresholds.gad7).toEqual(DEFAULT_POLICY.thresholds.gad7);
    expect(result.policy.phq9Item9).toBe("crisis");
    expect(Object.isFrozen(result.policy.thresholds.phq9)).toBe(true);
    expect(DEFAULT_POLICY.thresholds.phq9.care).toBe(5);
  });

  it("accepts thresholds at the edges of each range", () => {
    // refer at most its limit (PHQ-9 15, K10 30, K6 13, indicators 4; WHO-5 at least 7), positive from 1 to 3.
    expect(() => createScopeAssessor({ policy: { thresholds: { phq9: { care: 0, refer: 15 }, k10: { care: 10, refer: 30 }, k6: { care: 0, refer: 13 }, who5: { care: 25, refer: 7 }, fit: { care: 1, minAnswered: 11 }, indicators: { care: 1, refer: 4 }, phq2: { positive: 3 }, gad2: { positive: 1 } }, assessmentValidDays: 30 } })).not.toThrow();
    expect(() => createScopeAssessor({ policy: { thresholds: { phq9: { care: 0, refer: 0 }, who5: { care: 25, refer: 25 } }, assessmentValidDays: 0 } })).not.toThrow();
    expect(() => createScopeAssessor({ policy: { thresholds: { gad7: { care: 10, refer: 10 } } } })).not.toThrow();
  });

  it.each<[string, unknown, (string | number)[], string]>([
    ["a threshold above its instrument's range", { thresholds: { phq9: { care: 28 } } }, ["policy", "thresholds", "phq9", "care"], "too_big"],
    ["a PHQ-9 refer above 15", { thresholds: { phq9: { refer: 16 } } }, ["policy", "thresholds", "phq9", "refer"], "too_big"],
    ["a PHQ-8 refer above 15", { thresholds: { phq8: { refer: 16 } } }, ["policy", "thresholds", "phq8", "refer"], "too_big"],
    ["a GAD-7 refer above 15", { thresholds: { gad7: { refer: 16 } } }, ["policy", "thresholds", "gad7", "refer"], "too_big"],
    ["a K10 refer above 30", { thresholds: { k10: { refer: 31 } } }, ["policy", "thresholds", "k10", "refer"], "too_big"],
    ["a K6 refer above 13", { thresholds: { k6: { refer: 14 } } }, ["policy", "thresholds", "k6", "refer"], "too_big"],
    ["a WHO-5 refer below 7", { thresholds: { who5: { refer: 6 } } }, ["policy", "thresholds", "who5", "refer"], "too_small"],
    ["a PHQ-2 positive of 0", { thresholds: { phq2: { positive: 0 } } }, ["policy", "thresholds", "phq2", "positive"], "too_small"],
    ["a GAD-2 positive of 4", { thresholds: { gad2: { positive: 4 } } }, ["policy", "thresholds", "gad2", "positive"], "too_big"],
    ["an indicators refer above 4", { thresholds: { indicators: { refer: 5 } } }, ["policy", "thresholds", "indicators", "refer"], "too_big"],
    ["assessmentValidDays above 30", { assessmentValidDays: 31 }, ["policy", "assessmentValidDays"], "too_big"],
    ["a fractional assessmentValidDays", { assessmentValidDays: 1.5 }, ["policy", "assessmentValidDays"], "invalid_type"],
    ["a fit refer threshold (fit never refers)", { thresholds: { fit: { refer: 0.25 } } }, ["policy", "thresholds", "fit"], "unrecognized_keys"],
    ["a K10 threshold below 10", { thresholds: { k10: { care: 9 } } }, ["policy", "thresholds", "k10", "care"], "too_small"],
    ["care past refer", { thresholds: { phq9: { care: 12, refer: 10 } } }, ["policy", "thresholds", "phq9", "care"], "custom"],
    ["care past the default refer", { thresholds: { gad7: { care: 11 } } }, ["policy", "thresholds", "gad7", "care"], "custom"],
    ["refer under the default care", { thresholds: { k6: { refer: 4 } } }, ["policy", "thresholds", "k6", "refer"], "custom"],
    ["WHO-5 care below refer (the order flips)", { thresholds: { who5: { care: 6 } } }, ["policy", "thresholds", "who5", "care"], "custom"],
    ["a fit share above 1", { thresholds: { fit: { care: 1.5 } } }, ["policy", "thresholds", "fit", "care"], "too_big"],
    ["a non-integer count", { thresholds: { indicators: { refer: 2.5 } } }, ["policy", "thresholds", "indicators", "refer"], "invalid_type"],
    ["a non-integer score threshold", { thresholds: { phq9: { care: 4.5 } } }, ["policy", "thresholds", "phq9", "care"], "invalid_type"],
    ["an indicator count above 9", { thresholds: { indicators: { care: 10 } } }, ["policy", "thresholds", "indicators", "care"], "too_big"],
    ["minAnswered of 0", { thresholds: { fit: { minAnswered: 0 } } }, ["policy", "thresholds", "fit", "minAnswered"], "too_small"],
    ["a PHQ-2 positive above 3", { thresholds: { phq2: { positive: 4 } } }, ["policy", "thresholds", "phq2", "positive"], "too_big"],
    ["a string threshold", { thresholds: { gad7: { refer: "10" } } }, ["policy", "thresholds", "gad7", "refer"], "invalid_type"],
    ["NaN", { thresholds: { gad7: { refer: Number.NaN } } }, ["policy", "thresholds", "gad7", "refer"], "invalid_type"],
    ["an unknown threshold", { thresholds: { phq7: { care: 1 } } }, ["policy", "thresholds"], "unrecognized_keys"],
    ["an unknown key in a threshold", { thresholds: { phq9: { severe: 20 } } }, ["policy", "thresholds", "phq9"], "unrecognized_keys"],
    ["an unknown policy key", { requireRiskscreen: false }, ["policy"], "unrecognized_keys"],
    ["a bad phq9Item9", { phq9Item9: "ignore" }, ["policy", "phq9Item9"], "invalid_value"],
    ["a string switch", { requireRiskScreen: "no" }, ["policy", "requireRiskScreen"], "invalid_type"],
    ["a policy that is not an object", "strict", ["policy"], "invalid_type"],
    ["thresholds that are not an object", { thresholds: [] }, ["policy", "thresholds"], "invalid_type"],
    ["a threshold group that is not an object", { thresholds: { phq9: 10 } }, ["policy", "thresholds", "phq9"], "invalid_type"],
    ["a __proto__ key", JSON.parse('{"__proto__": {"phq9Item9": "crisis"}}'), ["policy"], "unrecognized_keys"],
  ])("rejects %s, naming the path", (_name, policy, path, code) => {
    const issues = configIssues(() => createScopeAssessor({ policy: policy as never }));
    expect(issues).toContainEqual(expect.objectContaining({ path, code }));
    // The same from an engine derived afresh (its policy checker compiled anew from the shape).
    expect(configIssues(() => createAssessorFor(createEngine(REGISTRY), { policy: policy as never }))).toEqual(issues);
  });

  it("says what is allowed", () => {
    const [issue] = configIssues(() => createScopeAssessor({ policy: { thresholds: { phq9: { refer: 16 } } } }));
    // The limit is named: a PHQ-9 of 15 to 19 calls for active treatment (Kroenke & Spitzer 2002).
    expect(issue?.message).toBe("Too big: expected a number <= 15, received 16");
    expect(configIssues(() => createScopeAssessor({ policy: { thresholds: { who5: { refer: 6 } } } }))[0]?.message).toBe("Too small: expected a number >= 7, received 6");
    const [order] = configIssues(() => createScopeAssessor({ policy: { thresholds: { who5: { care: 5 } } } }));
    expect(order?.message).toMatch(/care \(5\) must be at least refer \(7\)/);
  });

  it("names the order it wants, and which way it runs", () => {
    const [below] = configIssues(() => createScopeAssessor({ policy: { thresholds: { phq9: { care: 12, refer: 10 } } } }));
    expect(below).toEqual({ path: ["policy", "thresholds", "phq9", "care"], code: "custom", message: "care (12) must be at most refer (10): care is the milder level" });
    const [above] = configIssues(() => createScopeAssessor({ policy: { thresholds: { who5: { refer: 13 } } } }));
    expect(above).toEqual({
      path: ["policy", "thresholds", "who5", "refer"],
      code: "custom",
      message: "care (12) must be at least refer (13): care is the milder level and lower scores are worse here",
    });
    let caught: unknown;
    try {
      createScopeAssessor({ policy: { thresholds: { gad2: { positive: 7 } } } });
    } catch (error) {
      caught = error;
    }
    expect((caught as Error).message).toBe("Invalid policy\n✖ Too big: expected a number <= 3, received 7\n  → at policy.thresholds.gad2.positive");
  });

  it("takes integers only where a score or a count is meant, and any share for fit", () => {
    for (const [group, key] of [["k10", "care"], ["k6", "refer"], ["who5", "care"], ["gad7", "care"]] as const) {
      const issues = configIssues(() => createScopeAssessor({ policy: { thresholds: { [group]: { [key]: 11.5 } } } }));
      expect(issues[0]).toMatchObject({ path: ["policy", "thresholds", group, key], code: "invalid_type" });
    }
    expect(createScopeAssessor({ policy: { thresholds: { fit: { care: 0.45 } } } })({ ...SCREENED }).policy.thresholds.fit).toEqual({ minAnswered: 4, care: 0.45 });
    expect(configIssues(() => createScopeAssessor({ policy: { thresholds: { fit: { care: Number.NaN } } } }))[0]).toMatchObject({ code: "invalid_type" });
  });

  it("applies each override it accepts", () => {
    const fresh = createAssessorFor(createEngine(REGISTRY), { policy: { thresholds: { phq9: { care: 7 }, phq2: { positive: 3 } }, phq9Item9: "crisis", requireRiskScreen: false, assessmentValidDays: 30 } })({}).policy;
    expect(fresh).toEqual({ ...DEFAULT_POLICY, thresholds: { ...DEFAULT_POLICY.thresholds, phq9: { care: 7, refer: 10 }, phq2: { positive: 3 } }, phq9Item9: "crisis", requireRiskScreen: false, assessmentValidDays: 30 });
    const policy = createScopeAssessor({
      policy: { thresholds: { fit: { minAnswered: 2 }, gad2: { positive: 2 }, phq2: { positive: 1 }, who5: { care: 10 } }, requireRiskScreen: false, alongsideTreatment: false },
    })({}).policy;
    expect(policy.thresholds.fit.minAnswered).toBe(2);
    expect(policy.thresholds.gad2).toEqual({ positive: 2 });
    expect(policy.thresholds.phq2).toEqual({ positive: 1 });
    expect(policy.thresholds.who5).toEqual({ care: 10, refer: 7 });
    expect(policy.requireRiskScreen).toBe(false);
    expect(policy.alongsideTreatment).toBe(false);
    // Fit never refers: at most coaching with care.
    expect(createScopeAssessor({ policy: { thresholds: { fit: { minAnswered: 2 } } } })({ ...SCREENED, preferences: { aim: "psychotherapy", plan: "psychotherapy" } }).level).toBe("coaching-with-care");
    expect(createScopeAssessor({ policy: { thresholds: { fit: { minAnswered: 3 } } } })({ ...SCREENED, preferences: { aim: "psychotherapy", plan: "psychotherapy" } }).level).toBe("coaching");
  });

  it("rejects bad options before looking at the input", () => {
    let caught: unknown;
    try {
      assessScope({ risk: 1 } as never, { policy: { phq9Item9: "x" } } as never);
    } catch (error) {
      caught = error;
    }
    expect(isScopeConfigError(caught)).toBe(true);
    expect(caught).toMatchObject({ name: "ScopeConfigError", code: "SCOPE_CONFIG_INVALID" });
  });

  it("rejects unknown assess options", () => {
    expect(configIssues(() => createScopeAssessor({ polcy: {} } as never))[0]).toMatchObject({ path: [], code: "unrecognized_keys", keys: ["polcy"] });
  });
});
