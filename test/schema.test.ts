import Ajv2020Module from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_POLICY, assessScope, createScopeAssessor, isScopeConfigError, isScopeInputError, type ScreeningInput as Input } from "../src/index.js";
import {
  Policy,
  PolicyOverrides,
  ScopeAssessment,
  ScreeningInput,
  assessmentJsonSchema,
  parseScreeningInput,
  policyJsonSchema,
  policyOverridesJsonSchema,
  safeParseScreeningInput,
  screeningInputJsonSchema,
} from "../src/schema/index.js";
import { policyArb, screeningInputArb } from "./arbitraries.js";
import { configIssues, fieldSpots, inputIssues } from "./helpers.js";
import { createEngine } from "../src/assess/engine.js";
import { REGISTRY } from "../src/instruments/registry.js";
import { buildJsonSchemas } from "../src/schema/json.js";
import { zodSchemas } from "../src/schema/zod.js";

const Ajv2020 = (Ajv2020Module as unknown as { default: typeof Ajv2020Module }).default ?? Ajv2020Module;
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const jsonInput = ajv.compile(screeningInputJsonSchema);
const jsonAssessment = ajv.compile(assessmentJsonSchema);
const jsonPolicy = ajv.compile(policyJsonSchema);
const jsonOverrides = ajv.compile(policyOverridesJsonSchema);

const coreAccepts = (value: unknown): boolean => {
  try {
    createScopeAssessor()(value as Input);
    return true;
  } catch (error) {
    if (isScopeInputError(error)) return false;
    throw error;
  }
};

/** A valid input with one thing broken: a wrong type, a number out of range, an extra key, a wrong length. */
function mutate(value: unknown, pick: number, kind: number): unknown {
  const clone = structuredClone(value) as Record<string, unknown>;
  const containers = fieldSpots(clone);
  if (containers.length === 0) return { ...clone, extra: true };
  const [parent, key] = containers[pick % containers.length]!;
  const current = (parent as Record<string | number, unknown>)[key];
  const replacements: unknown[] = [
    "1", null, 4.5, -1, 99, true, [], {}, "none ", 1e9,
    Array.isArray(current) ? [...current, 0] : current,
    Array.isArray(current) ? current.slice(1) : current,
  ];
  if (kind === 12 && !Array.isArray(parent)) (parent as Record<string, unknown>)[`${String(key)}_`] = 1;
  else if (kind === 13 && typeof current === "object" && current !== null && !Array.isArray(current)) (current as Record<string, unknown>)["constructor"] = 1;
  else (parent as Record<string | number, unknown>)[key] = replacements[kind % replacements.length];
  return clone;
}

describe("the zod schemas, the JSON Schema and the core validator agree", () => {
  it("on generated valid inputs: all accept", () => {
    fc.assert(
      fc.property(screeningInputArb(), (input) => {
        expect(ScreeningInput.safeParse(input).success).toBe(true);
        expect(jsonInput(input)).toBe(true);
        expect(coreAccepts(input)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("on valid inputs with one field broken: all accept or all reject", () => {
    let rejected = 0;
    fc.assert(
      fc.property(screeningInputArb(), fc.nat(), fc.integer({ min: 0, max: 13 }), (input, pick, kind) => {
        const value = mutate(input, pick, kind);
        const zod = ScreeningInput.safeParse(value).success;
        const core = coreAccepts(value);
        const json = jsonInput(value);
        expect({ zod, json }).toEqual({ zod: core, json: core });
        if (!core) rejected++;
      }),
      { numRuns: 2000 },
    );
    expect(rejected).toBeGreaterThan(1000);
  });

  it("on arbitrary JSON values", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const core = coreAccepts(value);
        expect(ScreeningInput.safeParse(value).success).toBe(core);
        expect(jsonInput(value)).toBe(core);
      }),
      { numRuns: 500 },
    );
  });

  it("on the cases the JSON Schema spells out by hand: PHQ-9 item 9 within the total, unique indicators", () => {
    for (const value of [
      { instruments: { phq9: { total: 1, item9: 2 } } },
      { instruments: { phq9: { total: 2, item9: 2 } } },
      { instruments: { phq9: { total: 0, item9: 1 } } },
      { instruments: { phq9: { total: 5, item9: 3 } } },
      { indicators: ["low-mood", "low-mood"] },
      { indicators: ["low-mood", "irritability"] },
    ]) {
      const core = coreAccepts(value);
      expect(ScreeningInput.safeParse(value).success).toBe(core);
      expect(jsonInput(value)).toBe(core);
    }
  });

  it("on policies: zod and the core accept and reject the same overrides", () => {
    const coreAcceptsPolicy = (policy: unknown) => {
      try {
        createScopeAssessor({ policy: policy as never });
        return true;
      } catch (error) {
        if (isScopeConfigError(error)) return false;
        throw error;
      }
    };
    fc.assert(
      fc.property(policyArb, fc.nat(), fc.integer({ min: 0, max: 13 }), fc.boolean(), (policy, pick, kind, broken) => {
        const value = broken ? mutate(policy, pick, kind) : policy;
        const core = coreAcceptsPolicy(value);
        expect(PolicyOverrides.safeParse(value).success).toBe(core);
        if (core) expect(jsonOverrides(value)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("parseScreeningInput", () => {
  it("returns the input when it is valid", () => {
    const input = { risk: { imminentDanger: false, suicidalThoughts: "none" as const } };
    expect(parseScreeningInput(input)).toEqual(input);
    expect(safeParseScreeningInput(input)).toEqual({ success: true, data: input });
  });

  it.each<[string, unknown, (string | number)[], string]>([
    ["a wrong type", { risk: { imminentDanger: "no" } }, ["risk", "imminentDanger"], "invalid_type"],
    ["an unknown key", { risk: { imminentDangr: false } }, ["risk"], "unrecognized_keys"],
    ["an item out of range", { instruments: { phq9: { items: [0, 0, 0, 0, 0, 0, 0, 0, 4] } } }, ["instruments", "phq9", "items", 8], "too_big"],
    ["a wrong length", { instruments: { gad2: { items: [1] } } }, ["instruments", "gad2", "items"], "too_small"],
    ["a non-integer item", { instruments: { gad2: { items: [1, 1.5] } } }, ["instruments", "gad2", "items", 1], "invalid_type"],
    ["both items and total", { instruments: { gad2: { items: [1, 1], total: 2 } } }, ["instruments", "gad2"], "invalid_union"],
    ["neither items nor total", { instruments: { gad2: {} } }, ["instruments", "gad2"], "invalid_union"],
    ["item9 above the total", { instruments: { phq9: { total: 1, item9: 2 } } }, ["instruments", "phq9", "item9"], "custom"],
    ["a duplicate indicator", { indicators: ["low-mood", "low-mood"] }, ["indicators", 1], "custom"],
    ["an unknown indicator", { indicators: ["sad"] }, ["indicators", 0], "invalid_value"],
    ["-0", { instruments: { k6: { total: -0, scale: "0-4" } } }, ["instruments", "k6", "total"], "custom"],
    ["a missing scale", { instruments: { k10: { total: 20 } } }, ["instruments", "k10", "scale"], "invalid_type"],
    ["a WHO-5 percentage not a multiple of 4", { instruments: { who5: { total: 50, scale: "percent" } } }, ["instruments", "who5", "total"], "custom"],
    ["a date that is not YYYY-MM-DD", { answeredOn: "2026-1-1" }, ["answeredOn"], "invalid_format"],
    ["null input", null, [], "invalid_type"],
  ])("throws a ScopeInputError for %s with the core's path and code", (_name, value, path, code) => {
    const issues = inputIssues(() => parseScreeningInput(value));
    expect(issues).toContainEqual(expect.objectContaining({ path, code }));
    expect(inputIssues(() => assessScope(value as Input))).toContainEqual(expect.objectContaining({ path, code }));
    for (const issue of issues) expect(issue.message).not.toBe("Invalid input");
    const safe = safeParseScreeningInput(value);
    expect(safe.success).toBe(false);
  });

  it("writes messages like the core's for ranges and lengths", () => {
    for (const value of [
      { indicators: Array(11).fill("low-mood") },
      { instruments: { phq9: { items: [0, 0] } } },
      { instruments: { k10: { total: 9 } } },
      { instruments: { k10: { total: 51 } } },
      { risk: { suicidalThoughts: 3 } },
      { preferences: { aim: "mentoring" } },
    ]) {
      expect(inputIssues(() => parseScreeningInput(value)).map((i) => [i.path, i.code, i.message])).toEqual(
        inputIssues(() => assessScope(value as Input)).map((i) => [i.path, i.code, i.message]),
      );
    }
  });

  it("writes messages like the core's", () => {
    const [zodIssue] = inputIssues(() => parseScreeningInput({ risk: { imminentDanger: "no" } }));
    const [coreIssue] = inputIssues(() => assessScope({ risk: { imminentDanger: "no" } } as never));
    expect(zodIssue).toEqual(coreIssue);
    expect(inputIssues(() => parseScreeningInput({ k: 1, j: 2 }))[0]).toEqual(inputIssues(() => assessScope({ k: 1, j: 2 } as never))[0]);
  });
});

describe("the policy schema's order checks", () => {
  it.each<[string, unknown, (string | number)[]]>([
    ["care past refer", { thresholds: { phq9: { care: 12, refer: 10 } } }, ["thresholds", "phq9", "care"]],
    ["refer under the default care", { thresholds: { k6: { refer: 4 } } }, ["thresholds", "k6", "refer"]],
    ["WHO-5 care below refer", { thresholds: { who5: { care: 6 } } }, ["thresholds", "who5", "care"]],
    ["a fit refer threshold (fit never refers)", { thresholds: { fit: { refer: 0.2 } } }, ["thresholds", "fit"]],
    ["a PHQ-9 refer past its limit", { thresholds: { phq9: { refer: 16 } } }, ["thresholds", "phq9", "refer"]],
  ])("rejects %s at the same path as the core", (_name, policy, path) => {
    const result = PolicyOverrides.safeParse(policy);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(path);
    let corePath: unknown;
    try {
      createScopeAssessor({ policy: policy as never });
    } catch (error) {
      corePath = isScopeConfigError(error) ? error.issues[0]?.path : undefined;
    }
    expect(corePath).toEqual(["policy", ...path]);
  });
});

describe("the shipped JSON Schema documents", () => {
  it("are what the zod schemas give today", async () => {
    const { buildJsonSchemas } = await import("../src/schema/json.js");
    const { readFileSync } = await import("node:fs");
    for (const [name, doc] of Object.entries(buildJsonSchemas())) {
      const shipped = JSON.parse(readFileSync(new URL(`../src/generated/${name}.json`, import.meta.url), "utf8"));
      expect(shipped, `${name}.json is stale: run npm run schemas`).toEqual(doc);
    }
  });
});

describe("the result and policy schemas", () => {
  it("accept every assessment of a generated input, in zod and in JSON Schema", () => {
    fc.assert(
      fc.property(screeningInputArb(), policyArb, (input, policy) => {
        const result = JSON.parse(JSON.stringify(assessScope(input, { policy })));
        expect(ScopeAssessment.safeParse(result).success).toBe(true);
        expect(jsonAssessment(result), JSON.stringify(jsonAssessment.errors)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("accept the default policy, and reject a partial one as a full policy", () => {
    expect(Policy.safeParse(DEFAULT_POLICY).success).toBe(true);
    expect(jsonPolicy(DEFAULT_POLICY)).toBe(true);
    expect(Policy.safeParse({ phq9Item9: "refer" }).success).toBe(false);
    expect(jsonPolicy({ phq9Item9: "refer" })).toBe(false);
  });

  it("are JSON Schema 2020-12 documents with ids and titles", () => {
    for (const doc of [screeningInputJsonSchema, policyOverridesJsonSchema, policyJsonSchema, assessmentJsonSchema]) {
      expect(doc["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(String(doc["$id"])).toMatch(/^urn:coaching-scope:schema:/);
      expect(doc["title"]).toMatch(/^coaching-scope /);
    }
  });
});

describe("schemas built afresh from the shapes (what the shipped ones are made from)", () => {
  // Built in the test, so that the building itself is what is tested.
  const fresh = () => {
    const engine = createEngine(REGISTRY);
    const zod = zodSchemas(engine);
    const json = buildJsonSchemas(engine);
    const compile = (doc: Record<string, unknown>) => new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(doc);
    return { zod, input: compile(json["screening-input"]), overrides: compile(json["policy-overrides"]), policy: compile(json.policy), assessment: compile(json.assessment) };
  };

  it("agree with the core on valid, broken and hand-picked inputs", () => {
    const { zod, input } = fresh();
    const cases: unknown[] = [
      { instruments: { phq9: { total: 1, item9: 2 } } },
      { instruments: { phq9: { total: 2, item9: 2 } } },
      { instruments: { phq9: { total: 3 } } },
      { instruments: { gad7: { total: 3, item9: 0 } } },
      { instruments: { k10: { total: 9 } } },
      { instruments: { k10: { items: [0, 1, 1, 1, 1, 1, 1, 1, 1, 1] } } },
      { instruments: { gad2: { items: [1, null] } } },
      { instruments: { gad2: { items: [1] } } },
      { indicators: ["low-mood", "low-mood"] },
      { risk: { suicidalThoughts: "some" } },
      { ref: "x".repeat(200) },
      { ref: "x".repeat(201) },
      { ref: 1 },
      { preferences: { aim: "mentoring" } },
    ];
    fc.assert(fc.property(fc.oneof(screeningInputArb(), fc.constantFrom(...cases), fc.jsonValue({ maxDepth: 3 })), (value) => {
      const core = coreAccepts(value);
      expect(zod.screeningInput.safeParse(value).success).toBe(core);
      expect(input(value)).toBe(core);
    }), { numRuns: 400 });
  });

  it("say what is wrong in the core's words: duplicates, item 9 above the total, crossed thresholds", () => {
    const { zod } = fresh();
    expect(zod.screeningInput.safeParse({ indicators: ["low-mood", "low-mood"] }).error?.issues).toMatchObject([{ path: ["indicators", 1], message: 'Duplicate indicator "low-mood"' }]);
    expect(zod.screeningInput.safeParse({ instruments: { phq9: { total: 1, item9: 2 } } }).error?.issues.at(-1)).toMatchObject({ path: ["instruments", "phq9", "item9"], message: "item9 (2) cannot exceed the total (1)" });
    expect(zod.screeningInput.safeParse({ instruments: { phq9: { total: 27, item9: 0 } } }).error?.issues.at(-1)).toMatchObject({
      path: ["instruments", "phq9", "item9"],
      message: "The total (27) less item9 (0) is 27, more than the other 8 items can give (24)",
    });
    for (const [policy, path, message] of [
      [{ thresholds: { phq9: { care: 12 } } }, ["thresholds", "phq9", "care"], "care (12) must be at most refer (10): care is the milder level"],
      [{ thresholds: { who5: { refer: 13 } } }, ["thresholds", "who5", "refer"], "care (12) must be at least refer (13): care is the milder level and lower scores are worse here"],
    ] as const) {
      expect(zod.policyOverrides.safeParse(policy).error?.issues).toMatchObject([{ path, message }]);
      expect(configIssues(() => createScopeAssessor({ policy: policy as never }))).toMatchObject([{ path: ["policy", ...path], message }]);
    }
  });

  it("accept results and complete policies, and nothing less", () => {
    const { zod, assessment, policy, overrides } = fresh();
    const result = JSON.parse(JSON.stringify(assessScope({ ref: "r", risk: { imminentDanger: false }, instruments: { phq9: { items: [3, 3, 3, 3, 3, 3, 3, 3, null] }, phq2: { total: 4 } }, preferences: { aim: "coaching" } })));
    expect(zod.assessment.safeParse(result).success).toBe(true);
    expect(assessment(result)).toBe(true);
    for (const broken of [{ ...result, level: "maybe" }, { ...result, reasons: [{ ...result.reasons[0], code: "nope" }] }, { ...result, scores: { phq9: { ...result.scores.phq9, band: "x" } } }, { ...result, meta: { ...result.meta, library: "x" } }, { ...result, disclaimer: 1 }, { ...result, ref: 1 }]) {
      expect(zod.assessment.safeParse(broken).success).toBe(false);
      expect(assessment(broken)).toBe(false);
    }
    expect(zod.policy.safeParse(DEFAULT_POLICY).success).toBe(true);
    expect(policy(DEFAULT_POLICY)).toBe(true);
    expect(zod.policy.safeParse({ ...DEFAULT_POLICY, phq9Item9: undefined }).success).toBe(false);
    expect(policy({ ...DEFAULT_POLICY, requireRiskScreen: undefined })).toBe(false);
    expect(overrides({})).toBe(true);
    expect(zod.policyOverrides.safeParse({ thresholds: { phq9: { care: 0.5 } } }).success).toBe(false);
    expect(overrides({ thresholds: { fit: { care: 0.5 } } })).toBe(true);
  });
});
