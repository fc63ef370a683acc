// Fuzzing: over 100,000 generated values through every entry that takes outside data. The only
// outcomes allowed are a result that passes the output schema, or the library's own error with
// a path. No other exception, no `undefined` or unfilled placeholder in a message, and no call
// slower than BOUND_MS (a hang guard far above any real call, which take microseconds).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromQuestionnaireResponse } from "../src/fhir/index.js";
import {
  COMPARISON_MODEL,
  assessScope,
  buildComparisonTable,
  createLocalizer,
  createScopeAssessor,
  defineComparisonModel,
  extendComparisonModel,
  isScopeConfigError,
  isScopeInputError,
  renderHtml,
  type ScopeAssessment,
} from "../src/index.js";
import { ScopeAssessment as AssessmentSchema, parseScreeningInput } from "../src/schema/index.js";
import { policyArb, screeningInputArb } from "./arbitraries.js";
import { fieldSpots } from "./helpers.js";
import { BOUND_MS, FUZZ_TIMEOUT_MS, fuzzOutcome } from "./fuzz-outcome.js";

const { outcome, calls } = fuzzOutcome();

function validResult(result: ScopeAssessment): void {
  expect(AssessmentSchema.safeParse(JSON.parse(JSON.stringify(result))).success).toBe(true);
  for (const reason of result.reasons) expect(reason.message).not.toMatch(/undefined|\{\w+\}/);
}

/** A valid input with one field broken at a random depth. */
const brokenInput = fc.tuple(screeningInputArb(), fc.nat(), fc.anything({ maxDepth: 2 })).map(([input, pick, replacement]) => {
  const clone = structuredClone(input) as Record<string, unknown>;
  const spots = fieldSpots(clone);
  if (spots.length === 0) return { [String(pick)]: replacement };
  const [parent, key] = spots[pick % spots.length]!;
  (parent as Record<string | number, unknown>)[key] = replacement;
  return clone;
});

describe("fuzzing", { timeout: FUZZ_TIMEOUT_MS }, () => {
  it("assessScope: arbitrary JSON (30,000 values)", () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => outcome(() => assessScope(value as never), validResult)), { numRuns: 30_000 });
  });

  it("assessScope and parseScreeningInput: valid inputs with one field broken (30,000 values)", () => {
    fc.assert(
      fc.property(brokenInput, (value) => {
        outcome(() => assessScope(value as never), validResult);
        outcome(() => parseScreeningInput(value));
      }),
      { numRuns: 15_000 },
    );
  });

  it("createScopeAssessor: policies, valid and broken (10,000 values)", () => {
    fc.assert(
      fc.property(fc.oneof(policyArb, fc.anything({ maxDepth: 3 }), policyArb.map((p) => ({ ...p, thresholds: { phq9: { care: 9, refer: 3 } } }))), screeningInputArb(), (policy, input) =>
        outcome(() => createScopeAssessor({ policy: policy as never })(input), validResult),
      ),
      { numRuns: 10_000 },
    );
  });

  it("defineComparisonModel and extendComparisonModel (10,000 values)", () => {
    const entry = fc.record({ id: fc.oneof(fc.string(), fc.constantFrom("a", "b", "__proto__", "constructor")), label: fc.oneof(fc.string(), fc.integer()) }, { requiredKeys: [] });
    const spec = fc.record({
      modalities: fc.oneof(fc.array(entry, { maxLength: 3 }), fc.anything({ maxDepth: 1 })),
      dimensions: fc.oneof(
        fc.array(fc.record({ id: fc.string(), label: fc.string(), values: fc.dictionary(fc.constantFrom("a", "b", "c", "__proto__"), fc.oneof(fc.string(), fc.integer())) }, { requiredKeys: [] }), { maxLength: 3 }),
        fc.anything({ maxDepth: 1 }),
      ),
    }, { requiredKeys: [] });
    fc.assert(
      fc.property(spec, fc.anything({ maxDepth: 3 }), (s, add) => {
        outcome(() => renderHtml(buildComparisonTable({ model: defineComparisonModel(s as never) })), (html) => expect(html).not.toMatch(/<script/));
        outcome(() => extendComparisonModel(COMPARISON_MODEL, add as never));
      }),
      { numRuns: 5_000 },
    );
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("createLocalizer: overrides and locales (10,000 values)", () => {
    const keys = fc.constantFrom("level.refer", "reason.phq9", "table.caption", "modality.x", "level.refr", "__proto__", "constructor");
    fc.assert(
      fc.property(fc.dictionary(keys, fc.oneof(fc.string(), fc.integer(), fc.constant(null))), fc.anything({ maxDepth: 2 }), (overrides, locale) => {
        outcome(() => createLocalizer({ overrides: overrides as never }).t("reason.phq9", { score: 3 }), (text) => expect(typeof text).toBe("string"));
        outcome(() => createLocalizer({ locale: locale as never }).t("level.refer"));
      }),
      { numRuns: 5_000 },
    );
  });

  it("fromQuestionnaireResponse: arbitrary and response-shaped values (15,000 values)", () => {
    const item = fc.record({
      linkId: fc.oneof(fc.constantFrom("/44250-9", "44260-8", "/44261-6", "69725-0", "70274-6", "55758-7"), fc.string()),
      answer: fc.array(fc.oneof(fc.record({ valueInteger: fc.integer({ min: -3, max: 9 }) }), fc.record({ valueCoding: fc.record({ system: fc.constantFrom("http://loinc.org", "x"), code: fc.constantFrom("LA6568-5", "LA6571-9", "?") }) }), fc.anything({ maxDepth: 1 })), { maxLength: 2 }),
    }, { requiredKeys: [] });
    const response = fc.record({ resourceType: fc.constantFrom("QuestionnaireResponse", "Observation"), item: fc.oneof(fc.array(item, { maxLength: 12 }), fc.anything({ maxDepth: 1 })) }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.oneof(response, fc.jsonValue({ maxDepth: 3 })), (value) =>
        outcome(() => fromQuestionnaireResponse(value), ({ input }) => outcome(() => assessScope(input, { policy: { requireRiskScreen: false } }), validResult)),
      ),
      { numRuns: 15_000 },
    );
  });

  it("ran over 100,000 values in all", () => {
    expect(calls()).toBeGreaterThan(100_000);
  });
});

describe("hostile input", { timeout: FUZZ_TIMEOUT_MS }, () => {
  it("an input of 10 MB is rejected fast, naming the field", () => {
    const big = { risk: { imminentDanger: false }, notes: "x".repeat(10 * 1024 * 1024) };
    const start = performance.now();
    let caught: unknown;
    try {
      assessScope(big as never);
    } catch (error) {
      caught = error;
    }
    expect(performance.now() - start).toBeLessThan(BOUND_MS);
    expect(isScopeInputError(caught) && caught.issues[0]).toMatchObject({ path: [], code: "unrecognized_keys", keys: ["notes"] });
  });

  it("a million unknown keys or items are rejected fast, with a short message", () => {
    const keys = Object.fromEntries(Array.from({ length: 1_000_000 }, (_, i) => [`k${i}`, i]));
    const items = Array(10_000_000).fill(0);
    const start = performance.now();
    for (const value of [{ preferences: keys }, { instruments: { phq9: { items } } }, { indicators: items }]) {
      try {
        assessScope(value as never);
      } catch (error) {
        expect(isScopeInputError(error)).toBe(true);
        if (isScopeInputError(error)) expect(error.message.length).toBeLessThan(500);
      }
    }
    expect(performance.now() - start).toBeLessThan(5 * BOUND_MS);
  });

  it.each(["__proto__", "constructor", "prototype"])("the key %s is rejected at every level, and Object.prototype is unchanged", (key) => {
    const nest = (path: string[]) => path.reduceRight<unknown>((inner, k) => ({ [k]: inner }), JSON.parse(`{"${key}": {"polluted": true}}`));
    for (const path of [[], ["risk"], ["instruments"], ["instruments", "phq9"], ["treatment"], ["preferences"]]) {
      expect(() => assessScope(nest(path) as never)).toThrow();
    }
    for (const policy of [JSON.parse(`{"${key}": 1}`), { thresholds: JSON.parse(`{"${key}": {}}`) }, { thresholds: { phq9: JSON.parse(`{"${key}": 1}`) } }]) {
      expect(isScopeConfigError((() => { try { createScopeAssessor({ policy }); } catch (e) { return e; } })())).toBe(true);
    }
    expect(() => createLocalizer({ overrides: JSON.parse(`{"${key}": "x"}`) })).toThrow();
    expect(() => defineComparisonModel({ modalities: [{ id: key, label: "x" }], dimensions: [] })).toThrow();
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});
