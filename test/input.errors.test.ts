import { describe, expect, it } from "vitest";
import { ScopeInputError, assessScope, createScopeAssessor, isScopeInputError, scoreInstrument, type ScreeningInput } from "../src/index.js";
import { createAssessorFor } from "../src/assess/assess.js";
import { createEngine } from "../src/assess/engine.js";
import { REGISTRY } from "../src/instruments/registry.js";
import { SAFE, inputIssues, SCREENED} from "./helpers.js";

// The library's engine is derived once and kept; an engine derived afresh in the test checks
// the validator's compilation from the shapes as well.
const ASSESSORS: [string, (input: ScreeningInput) => unknown][] = [
  ["the library's engine", (input) => assessScope(input)],
  ["an engine derived in the test", (input) => createAssessorFor(createEngine(REGISTRY))(input)],
];

const nine = (x: unknown) => [0, 0, 0, 0, 0, 0, 0, 0, x];

// Each: a malformed input, the exact path of its issue, and the issue's code.
const BAD: [string, unknown, (string | number)[], string][] = [
  ["null input", null, [], "invalid_type"],
  ["an array input", [], [], "invalid_type"],
  ["a string input", "{}", [], "invalid_type"],
  ["a misspelled top-level key", { riks: {} }, [], "unrecognized_keys"],
  ["a misspelled risk key", { risk: { imminentDangr: false } }, ["risk"], "unrecognized_keys"],
  ["null where risk is expected", { risk: null }, ["risk"], "invalid_type"],
  ["a string for a boolean", { risk: { imminentDanger: "false" } }, ["risk", "imminentDanger"], "invalid_type"],
  ["a number for a boolean", { risk: { selfHarm: 0 } }, ["risk", "selfHarm"], "invalid_type"],
  ["an unknown suicidal-thoughts answer", { risk: { suicidalThoughts: "sometimes" } }, ["risk", "suicidalThoughts"], "invalid_value"],
  ["an unknown assessed risk level", { risk: { assessedRiskLevel: "HIGH" } }, ["risk", "assessedRiskLevel"], "invalid_value"],
  ["null for medicallyStable", { medicallyStable: null }, ["medicallyStable"], "invalid_type"],
  ["a string for dailyFunctioningImpaired", { dailyFunctioningImpaired: "yes" }, ["dailyFunctioningImpaired"], "invalid_type"],
  ["an unknown instrument", { instruments: { phq7: { total: 3 } } }, ["instruments"], "unrecognized_keys"],
  ["instruments as an array", { instruments: [] }, ["instruments"], "invalid_type"],
  ["an instrument with neither items nor total", { instruments: { gad7: {} } }, ["instruments", "gad7"], "invalid_union"],
  ["an instrument with both items and total", { instruments: { gad7: { items: [0, 0, 0, 0, 0, 0, 0], total: 0 } } }, ["instruments", "gad7"], "invalid_union"],
  ["an extra key beside items", { instruments: { gad7: { items: [0, 0, 0, 0, 0, 0, 0], score: 1 } } }, ["instruments", "gad7"], "unrecognized_keys"],
  ["item9 beside a GAD-7 total", { instruments: { gad7: { total: 3, item9: 0 } } }, ["instruments", "gad7"], "unrecognized_keys"],
  ["item9 beside PHQ-9 items", { instruments: { phq9: { items: nine(0), item9: 0 } } }, ["instruments", "phq9"], "unrecognized_keys"],
  ["too few items", { instruments: { phq9: { items: [0, 0, 0] } } }, ["instruments", "phq9", "items"], "too_small"],
  ["too many items", { instruments: { phq2: { items: [0, 0, 0] } } }, ["instruments", "phq2", "items"], "too_big"],
  ["items as an object", { instruments: { phq2: { items: { 0: 1, 1: 1 } } } }, ["instruments", "phq2", "items"], "invalid_type"],
  ["an item above its range", { instruments: { phq9: { items: nine(4) } } }, ["instruments", "phq9", "items", 8], "too_big"],
  ["an item below its range", { instruments: { gad2: { items: [-1, 0] } } }, ["instruments", "gad2", "items", 0], "too_small"],
  ["a K10 item of 0 named on the 1-5 scale", { instruments: { k10: { items: [0, 1, 1, 1, 1, 1, 1, 1, 1, 1], scale: "1-5" } } }, ["instruments", "k10", "items", 0], "too_small"],
  ["a K10 item of 5 named on the 0-4 scale", { instruments: { k10: { items: [5, 1, 1, 1, 1, 1, 1, 1, 1, 1], scale: "0-4" } } }, ["instruments", "k10", "items", 0], "too_big"],
  ["K10 items without a scale", { instruments: { k10: { items: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1] } } }, ["instruments", "k10", "scale"], "invalid_type"],
  ["a K6 total without a scale", { instruments: { k6: { total: 3 } } }, ["instruments", "k6", "scale"], "invalid_type"],
  ["a WHO-5 total without a scale", { instruments: { who5: { total: 13 } } }, ["instruments", "who5", "scale"], "invalid_type"],
  ["an unknown scale", { instruments: { k6: { total: 3, scale: "0-5" } } }, ["instruments", "k6", "scale"], "invalid_value"],
  ["a scale beside WHO-5 items", { instruments: { who5: { items: [1, 1, 1, 1, 1], scale: "raw" } } }, ["instruments", "who5"], "unrecognized_keys"],
  ["a WHO-5 percentage that is not a multiple of 4", { instruments: { who5: { total: 50, scale: "percent" } } }, ["instruments", "who5", "total"], "custom"],
  ["a WHO-5 percentage above 100", { instruments: { who5: { total: 104, scale: "percent" } } }, ["instruments", "who5", "total"], "too_big"],
  ["a PHQ-9 total that the other 8 items cannot make up", { instruments: { phq9: { total: 25, item9: 0 } } }, ["instruments", "phq9", "item9"], "custom"],
  ["an answeredOn that is not YYYY-MM-DD", { answeredOn: "30/11/2026" }, ["answeredOn"], "invalid_format"],
  ["an assessedOn that is not a string", { risk: { assessedOn: 20261130 } }, ["risk", "assessedOn"], "invalid_type"],
  ["a day that does not exist", { answeredOn: "2026-02-30" }, ["answeredOn"], "invalid_format"],
  ["a date without asOf", { answeredOn: "2026-11-01" }, ["answeredOn"], "custom"],
  ["a fractional item", { instruments: { phq9: { items: nine(1.5) } } }, ["instruments", "phq9", "items", 8], "invalid_type"],
  ["NaN as an item", { instruments: { phq9: { items: nine(Number.NaN) } } }, ["instruments", "phq9", "items", 8], "invalid_type"],
  ["Infinity as a total", { instruments: { k6: { total: Number.POSITIVE_INFINITY, scale: "0-4" } } }, ["instruments", "k6", "total"], "invalid_type"],
  ["-0 as a total", { instruments: { k6: { total: -0, scale: "0-4" } } }, ["instruments", "k6", "total"], "custom"],
  ["a string for a number", { instruments: { k6: { total: "12", scale: "0-4" } } }, ["instruments", "k6", "total"], "invalid_type"],
  ["undefined inside items", { instruments: { phq2: { items: [1, undefined] } } }, ["instruments", "phq2", "items", 1], "invalid_type"],
  ["a total above its range", { instruments: { who5: { total: 26, scale: "raw" } } }, ["instruments", "who5", "total"], "too_big"],
  ["a K10 total below 10", { instruments: { k10: { total: 9, scale: "1-5" } } }, ["instruments", "k10", "total"], "too_small"],
  ["a K10 total above 40 on the 0-4 scale", { instruments: { k10: { total: 41, scale: "0-4" } } }, ["instruments", "k10", "total"], "too_big"],
  ["item9 above the PHQ-9 total", { instruments: { phq9: { total: 1, item9: 2 } } }, ["instruments", "phq9", "item9"], "custom"],
  ["item9 out of range", { instruments: { phq9: { total: 20, item9: 4 } } }, ["instruments", "phq9", "item9"], "too_big"],
  ["an unknown indicator", { indicators: ["sadness"] }, ["indicators", 0], "invalid_value"],
  ["a duplicate indicator", { indicators: ["low-mood", "irritability", "low-mood"] }, ["indicators", 2], "custom"],
  ["indicators as a string", { indicators: "low-mood" }, ["indicators"], "invalid_type"],
  ["more indicators than exist", { indicators: Array(11).fill("low-mood") }, ["indicators"], "too_big"],
  ["a misspelled treatment key", { treatment: { inTherapy: true } }, ["treatment"], "unrecognized_keys"],
  ["a string treatment flag", { treatment: { inPsychotherapy: "true" } }, ["treatment", "inPsychotherapy"], "invalid_type"],
  ["an unknown dimension in preferences", { preferences: { mood: "coaching" } }, ["preferences"], "unrecognized_keys"],
  ["an unknown modality in preferences", { preferences: { aim: "mentoring" } }, ["preferences", "aim"], "invalid_value"],
  ["a __proto__ key at the top", JSON.parse('{"__proto__": {"risk": 1}}'), [], "unrecognized_keys"],
  ["a __proto__ key in risk", JSON.parse('{"risk": {"__proto__": {"imminentDanger": true}}}'), ["risk"], "unrecognized_keys"],
  ["a constructor key in instruments", { instruments: { constructor: {} } }, ["instruments"], "unrecognized_keys"],
  ["a prototype key in preferences", { preferences: { prototype: "coaching" } }, ["preferences"], "unrecognized_keys"],
];

describe("malformed inputs are rejected with the exact path", () => {
  it("has at least 30 cases", () => {
    expect(BAD.length).toBeGreaterThanOrEqual(30);
  });

  describe.each(ASSESSORS)("with %s", (_engine, assess) => {
    it.each(BAD)("%s", (_name, input, path, code) => {
      const issues = inputIssues(() => assess(input as ScreeningInput));
      expect(issues).toContainEqual(expect.objectContaining({ path, code }));
      expect(issues[0]?.message).toMatch(/\w/);
    });
  });

  it.each(ASSESSORS)("words each kind of problem (%s)", (_engine, assess) => {
    const messages = (input: unknown) => inputIssues(() => assess(input as ScreeningInput)).map((i) => i.message);
    expect(messages({ risk: { imminentDanger: Number.NaN, selfHarm: undefined, harmToOthers: null } })).toEqual(["Expected boolean, received NaN", "Expected boolean, received null"]);
    // In the order of the instruments (gad7 before gad2), whatever the input's key order.
    expect(messages({ instruments: { gad2: { items: [Infinity, -Infinity] }, gad7: { total: 3.5 }, k6: { total: -0, scale: "0-4" } } })).toEqual([
      "Expected an integer, received 3.5",
      "Expected number, received Infinity",
      "Expected number, received -Infinity",
      "Expected a number other than -0",
    ]);
    expect(messages({ risk: { suicidalThoughts: "x".repeat(60) } })).toEqual([`Invalid option: expected one of "none" | "passive" | "active", received "${"x".repeat(50)}…"`]);
    expect(messages({ risk: { assessedRiskLevel: 2 } })).toEqual(['Invalid option: expected one of "low" | "moderate" | "high", received number']);
    expect(messages({ indicators: ["low-mood", "low-mood", 3] })).toEqual([
      'Duplicate indicator "low-mood"',
      "Invalid option: expected an indicator id (low-mood, poor-concentration, sleep-disturbance, appetite-change, survivor-guilt, hopelessness, hyperalert-or-exhausted, irritability, impulsive-risk-taking, thoughts-of-death), received number",
    ]);
    expect(messages({ indicators: Array.from({ length: 11 }, () => "low-mood") })).toEqual(["Too big: expected at most 10 indicators, received 11"]);
    expect(messages({ indicators: "low-mood" })).toEqual(["Expected array, received string"]);
    expect(messages({ ref: 7 })).toEqual(["Expected string, received number"]);
    expect(messages({ instruments: { phq9: { total: 2, item9: 3 } } })).toEqual(["item9 (3) cannot exceed the total (2)"]);
    expect(messages({ instruments: { phq9: { total: 26, item9: 1 } } })).toEqual(["The total (26) less item9 (1) is 25, more than the other 8 items can give (24)"]);
    expect(messages({ instruments: { k10: { total: 20 } } })).toEqual(['The K10\'s total is published on more than one scale: name it with scale, "1-5" or "0-4" (a wrongly named scale cannot be detected)']);
    expect(messages({ instruments: { who5: { total: 13 } } })).toEqual(['The WHO-5\'s total is published on more than one scale: name it with scale, "raw" or "percent" (a wrongly named scale cannot be detected)']);
    expect(messages({ instruments: { who5: { total: 50, scale: "percent" } } })).toEqual(["On the percent scale the WHO-5's total is a multiple of 4 (the raw total × 4), received 50"]);
    expect(messages({ answeredOn: "2026-11-31" })).toEqual(['Invalid date: "2026-11-31" is not a day that exists']);
    expect(messages({ answeredOn: "2026-11-1" })).toEqual(['Invalid date: expected YYYY-MM-DD, received "2026-11-1"']);
    expect(messages({ risk: { assessedOn: "2026-11-01" } })).toEqual(["A date in the input is compared with today: pass asOf (YYYY-MM-DD) in the options"]);
    expect(messages({ instruments: { phq9: { total: 28, item9: 4 } } })).toEqual(["Too big: expected a number <= 27, received 28", "Too big: expected a number <= 3, received 4"]);
    expect(messages({ instruments: { gad7: { items: [0, 0, 0] } } })).toEqual(["Expected exactly 7 answers for the GAD-7, received 3"]);
    expect(messages({ instruments: { gad7: { items: "0" } } })).toEqual(["Expected array, received string"]);
    expect(messages({ instruments: { gad7: {} } })).toEqual(["Expected items (7 answers) or total for the GAD-7"]);
    expect(messages({ instruments: { gad7: { items: [0, 0, 0, 0, 0, 0, 0], total: 0 } } })).toEqual(["Give either items or total for the GAD-7, not both: a stored total is never trusted beside item answers"]);
    expect(messages({ risk: "yes" })).toEqual(["Expected object, received string"]);
    expect(messages({ [Symbol.iterator]: 1, a: 1 })).toEqual(['Unrecognized key: "a"']);
    const many = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`k${i}${"x".repeat(i === 0 ? 60 : 0)}`, 1]));
    expect(messages(many)).toEqual([`Unrecognized keys: "k0${"x".repeat(48)}…", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9" and 2 more`]);
    // At the limits: ten keys are all named, and a key of exactly 50 characters is not cut.
    const ten = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}${"x".repeat(i === 0 ? 48 : 0)}`, 1]));
    expect(messages(ten)).toEqual([`Unrecognized keys: "k0${"x".repeat(48)}", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"`]);
  });

  it.each(ASSESSORS)("keeps a valid answer and drops nothing (%s)", (_engine, assess) => {
    const result = assess({ ...SCREENED, instruments: { phq9: { total: 3, item9: 0 }, k10: { total: 0, scale: "0-4" } }, ref: "r" }) as { scores: object; ref: string; level: string };
    // Scores on the canonical scale: a K10 total of 0 on the 0-4 scale is 10 on 1-5.
    expect(result.scores).toEqual({ phq9: { min: 3, max: 3, complete: true, band: "minimal" }, k10: { min: 10, max: 10, complete: true, band: "low" } });
    expect(result.ref).toBe("r");
    // An extra key beside a total is refused, even when the total and item9 are fine.
    expect(inputIssues(() => assess({ instruments: { phq9: { total: 3, item9: 0, x: 1 } } } as never))).toHaveLength(1);
    expect(inputIssues(() => assess({ instruments: { gad7: { items: [0, 0, 0, 0, 0, 0, 0], x: 1 } } } as never))).toHaveLength(1);
  });

  it("names the unknown keys themselves", () => {
    const issues = inputIssues(() => assessScope({ ...SCREENED, risk: { imminentDangr: false, selfharm: true } } as never));
    expect(issues).toEqual([{ path: ["risk"], code: "unrecognized_keys", keys: ["imminentDangr", "selfharm"], message: 'Unrecognized keys: "imminentDangr", "selfharm"' }]);
  });

  it("lists every issue, not only the first", () => {
    const issues = inputIssues(() =>
      assessScope({ ...SCREENED, risk: { imminentDanger: "no" }, instruments: { phq9: { items: nine(7) }, gad7: { total: 99 } }, indicators: ["x"] } as never),
    );
    expect(issues.map((i) => i.path)).toEqual([
      ["risk", "imminentDanger"],
      ["instruments", "phq9", "items", 8],
      ["instruments", "gad7", "total"],
      ["indicators", 0],
    ]);
  });

  it("throws a named, coded error with a readable message", () => {
    let caught: unknown;
    try {
      assessScope({ ...SCREENED, risk: { imminentDanger: "false" } } as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ScopeInputError);
    expect(isScopeInputError(caught)).toBe(true);
    expect(caught).toMatchObject({ name: "ScopeInputError", code: "SCOPE_INPUT_INVALID" });
    expect((caught as Error).message).toBe("Invalid screening input\n✖ Expected boolean, received string\n  → at risk.imminentDanger");
  });

  it("accepts explicit undefined as an absent field", () => {
    expect(assessScope({ ...SCREENED, risk: { ...SAFE, pastSuicidalBehavior: undefined }, instruments: undefined, preferences: { aim: undefined } }).level).toBe("coaching");
    expect(assessScope({ ...SCREENED, risk: { ...SAFE, selfHarm: undefined } }).missing).toEqual(["risk.selfHarm"]);
  });

  it("leaves Object.prototype unchanged", () => {
    inputIssues(() => assessScope(JSON.parse('{"__proto__": {"polluted": true}, "risk": {"__proto__": {"polluted": true}}}')));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("rejects a deeply nested input fast, without a stack overflow", () => {
    let deep: unknown = {};
    for (let i = 0; i < 10_000; i++) deep = { risk: deep };
    const issues = inputIssues(() => assessScope(deep as ScreeningInput));
    expect(issues[0]?.path).toEqual(["risk"]);
  });

  it("checks inputs in a prepared assessor too", () => {
    expect(inputIssues(() => createScopeAssessor()({ risk: 1 } as never))[0]).toMatchObject({ path: ["risk"], code: "invalid_type" });
  });
});

describe("scoreInstrument input", () => {
  it("rejects an unknown instrument, a wrong length and a bad answer", () => {
    expect(inputIssues(() => scoreInstrument("phq7" as "phq9", []))[0]).toMatchObject({ path: [], code: "invalid_value" });
    expect(inputIssues(() => scoreInstrument("toString" as "phq9", []))[0]).toMatchObject({ code: "invalid_value" });
    expect(inputIssues(() => scoreInstrument("gad2", [1]))[0]).toMatchObject({ path: [], code: "too_small" });
    expect(inputIssues(() => scoreInstrument("gad2", [1, 9]))[0]).toMatchObject({ path: [1], code: "too_big" });
  });

  it("takes a scale for the K10 and K6, and refuses an unknown or mistyped one instead of ignoring it", () => {
    const twos = Array.from({ length: 10 }, () => 2);
    expect(scoreInstrument("k10", twos, { scale: "0-4" })).toEqual({ min: 30, max: 30, complete: true, band: "very-high" });
    expect(scoreInstrument("k10", twos, { scale: "1-5" })).toEqual({ min: 20, max: 20, complete: true, band: "moderate" });
    // The answers cannot show their scale: it must be named.
    expect(inputIssues(() => scoreInstrument("k10", twos))).toEqual([
      { path: ["options", "scale"], code: "invalid_type", message: 'The K10\'s item answers are published on more than one scale: name it with scale, "1-5" or "0-4"' },
    ]);
    expect(scoreInstrument("k6", Array.from({ length: 6 }, () => 3), { scale: "1-5" })).toEqual({ min: 12, max: 12, complete: true, band: "moderate" });
    expect(inputIssues(() => scoreInstrument("k10", twos, { scael: "0-4" } as never))).toEqual([
      { path: ["options"], code: "unrecognized_keys", keys: ["scael"], message: 'Unrecognized key: "scael"' },
    ]);
    expect(inputIssues(() => scoreInstrument("k10", twos, { scale: null } as never))[0]).toMatchObject({ path: ["options", "scale"], code: "invalid_value", message: 'Unknown scale null for the K10: expected one of "1-5" | "0-4"' });
    expect(inputIssues(() => scoreInstrument("k10", twos, { scale: "0-3" } as never))[0]).toMatchObject({ path: ["options", "scale"] });
    expect(inputIssues(() => scoreInstrument("k10", Array.from({ length: 10 }, () => 5), { scale: "0-4" }))[0]).toMatchObject({ path: [0], code: "too_big" });
    expect(inputIssues(() => scoreInstrument("k10", twos, 3 as never))[0]).toMatchObject({ path: ["options"], code: "invalid_type" });
  });

  it("names odd ids, options and answers in its own error, never a raw TypeError", () => {
    expect(inputIssues(() => scoreInstrument(Object.create(null) as never, []))[0]).toMatchObject({ message: "Unknown instrument object: expected one of phq9, phq8, gad7, phq2, gad2, k10, k6, who5, scoff, pcptsd5" });
    expect(inputIssues(() => scoreInstrument("k10", [], { scale: Object.create(null) } as never))[0]).toMatchObject({ path: ["options", "scale"] });
    const throwing = { get scale(): string { throw new Error("x"); } };
    expect(inputIssues(() => scoreInstrument("k10", [], throwing as never))[0]).toMatchObject({ path: ["options"], code: "custom" });
    const answers = new Proxy([], { get: () => { throw new Error("x"); } });
    expect(inputIssues(() => scoreInstrument("gad2", answers))[0]).toMatchObject({ path: [], code: "custom" });
  });
});
