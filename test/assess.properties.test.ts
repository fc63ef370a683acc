import fc from "fast-check";
import { RED_FLAG_IDS } from "../src/input/referral.js";
import { describe, expect, it } from "vitest";
import {
  INSTRUMENTS,
  REASON_CODES,
  assessScope,
  compareLevels,
  createScopeAssessor,
  isScopeInputError,
  type InstrumentId,
  type ScreeningInput,
} from "../src/index.js";
import { de } from "../src/locales/de.js";
import { libraryEngine } from "../src/assess/engine.js";
import { shapeAt } from "../src/shared/shape.js";
import { arbitraryFor, lowRiskInputArb, policyArb, screeningInputArb } from "./arbitraries.js";

const RISK_FLAGS = ["imminentDanger", "suicidalIntentOrPlan", "recentSuicidalBehavior", "selfHarm", "harmToOthers"] as const;
const CRISIS_CODES = new Set(["imminent-danger", "suicidal-intent-or-plan", "recent-suicidal-behavior", "harm-to-others"]);
const clone = <T>(v: T): T => structuredClone(v);

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const level = (input: ScreeningInput) => assessScope(input).level;

/** An item's range and its answers from the least to the most severe, on the scale the answers name. */
function itemScale(id: InstrumentId, scale: string | undefined): { range: readonly [number, number]; order: readonly number[] } {
  const instrument = libraryEngine().registry.byId.get(id)!;
  const named = instrument.itemScales?.find((s) => s.id === scale);
  const shift = named?.shift ?? 0;
  return { range: named?.itemRange ?? instrument.itemRange, order: instrument.answerOrder.map((a) => a - shift) };
}

describe("properties of assessScope over generated valid inputs", () => {
  it("the level is the most severe reason level, reasons are sorted, and inScope holds exactly for the two coaching levels", () => {
    fc.assert(
      fc.property(screeningInputArb(), (input) => {
        const result = assessScope(input);
        const most = result.reasons.reduce((acc, r) => (compareLevels(r.level, acc) > 0 ? r.level : acc), "coaching" as const as typeof result.level);
        expect(result.level).toBe(most);
        expect(result.inScope).toBe(result.level === "coaching" || result.level === "coaching-with-care");
        for (let i = 1; i < result.reasons.length; i++) {
          const a = result.reasons[i - 1]!;
          const b = result.reasons[i]!;
          const byLevel = compareLevels(a.level, b.level);
          expect(byLevel > 0 || (byLevel === 0 && REASON_CODES.indexOf(a.code) <= REASON_CODES.indexOf(b.code))).toBe(true);
        }
        for (const r of result.reasons) expect(r.message).not.toMatch(/undefined|\{\w+\}/);
        if (result.level === "incomplete") expect(result.missing.length).toBeGreaterThan(0);
      }),
    );
  });

  it("any crisis reason makes the level crisis", () => {
    fc.assert(
      fc.property(screeningInputArb(), (input) => {
        const result = assessScope(input);
        if (result.reasons.some((r) => CRISIS_CODES.has(r.code) || r.level === "crisis")) expect(result.level).toBe("crisis");
      }),
    );
  });

  it("never drops the level when a risk flag turns true", () => {
    fc.assert(
      fc.property(screeningInputArb(), fc.constantFrom(...RISK_FLAGS), (input, flag) => {
        const raised = { ...input, risk: { ...input.risk, [flag]: true } };
        expect(compareLevels(level(raised), level(input))).toBeGreaterThanOrEqual(0);
        if (flag !== "selfHarm") expect(level(raised)).toBe("crisis");
      }),
    );
  });

  it("never drops the level when an indicator is added", () => {
    fc.assert(
      fc.property(screeningInputArb(), fc.constantFrom(...["low-mood", "irritability", "thoughts-of-death", "hopelessness"] as const), (input, id) => {
        const indicators = input.indicators ?? [];
        fc.pre(!indicators.includes(id));
        const added = { ...input, indicators: [...indicators, id] };
        expect(compareLevels(level(added), level(input))).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("never drops the level when a preference turns to psychotherapy", () => {
    fc.assert(
      fc.property(screeningInputArb(), fc.constantFrom("relationship", "aim", "driver", "setting", "plan") , (input, dim) => {
        const turned = { ...input, preferences: { ...input.preferences, [dim]: "psychotherapy" as const } };
        expect(compareLevels(level(turned), level(input))).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("never drops the level when an answered item rises (falls, for the WHO-5, where lower is worse)", () => {
    fc.assert(
      fc.property(screeningInputArb({ nullable: false }), fc.nat(), fc.nat(), (input, pick, index) => {
        const ids = Object.keys(input.instruments ?? {}).filter((id) => "items" in (input.instruments as Record<string, object>)[id]!) as InstrumentId[];
        fc.pre(ids.length > 0);
        const id = ids[pick % ids.length]!;
        const info = INSTRUMENTS[id];
        const original = (input.instruments as Record<string, { items: number[]; scale?: string }>)[id]!;
        const { range } = itemScale(id, original.scale);
        const items = [...original.items];
        const i = index % items.length;
        const worse = info.direction === "lower-is-worse" ? items[i]! - 1 : items[i]! + 1;
        fc.pre(worse >= range[0] && worse <= range[1]);
        items[i] = worse;
        const changed = { ...input, instruments: { ...input.instruments, [id]: { ...original, items } } };
        expect(compareLevels(level(changed), level(input))).toBeGreaterThanOrEqual(0);
        expect(compareLevels(assessScope(changed).worstCase, assessScope(input).worstCase)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("missing answers never clear a client whom some answer would not clear the same way", () => {
    fc.assert(
      fc.property(lowRiskInputArb, fc.array(fc.nat(), { minLength: 10, maxLength: 10 }), (input, fills) => {
        const partial = assessScope(input);
        fc.pre(partial.inScope && JSON.stringify(input).includes("null"));
        const filled = clone(input) as { instruments?: Record<string, { items?: (number | null)[] }> };
        let k = 0;
        for (const [id, value] of Object.entries(filled.instruments ?? {}) as [InstrumentId, { items?: (number | null)[]; scale?: string }][]) {
          const [min, max] = itemScale(id, value.scale).range;
          if (value.items !== undefined) value.items = value.items.map((a) => (a === null ? min + (fills[k++ % fills.length]! % (max - min + 1)) : a));
        }
        const after = assessScope(filled as ScreeningInput);
        // Answers filled one by one may disagree between forms that share items: not a way one person answers.
        fc.pre(!after.reasons.some((r) => r.code === "inconsistent-answers"));
        expect(after.level).toBe(partial.level);
      }),
    );
  });

  it("does not mutate its input, and works on deep-frozen inputs", () => {
    fc.assert(
      fc.property(screeningInputArb(), (input) => {
        const before = clone(input);
        const frozen = deepFreeze(clone(input));
        assessScope(input);
        expect(input).toEqual(before);
        expect(assessScope(frozen)).toEqual(assessScope(before));
      }),
    );
  });

  it("equal inputs give deep-equal results", () => {
    fc.assert(
      fc.property(screeningInputArb(), (input) => {
        expect(assessScope(clone(input))).toEqual(assessScope(input));
        expect(JSON.parse(JSON.stringify(assessScope(input)))).toEqual(assessScope(input));
      }),
    );
  });

  it("a prepared assessor's kept messages match freshly formatted ones, input after input", () => {
    // A translate hook that gives nothing turns the kept messages off: every text is formatted anew.
    // Overrides that name every field a reason's evidence can hold, lowered or not.
    const every = "{instrument} {score} {threshold} {thresholdName} {band} {complete} {loweredFrom} {count} {answered} {coaching} {psychotherapy} {items}";
    const overrides = Object.fromEntries(REASON_CODES.map((code) => [`reason.${code}`, `${code}: ${every}`]));
    for (const options of [{}, { locale: de, policy: { thresholds: { phq9: { care: 3, refer: 8 } }, phq9Item9: "crisis" as const } }, { overrides }]) {
      const prepared = createScopeAssessor(options);
      const fresh = createScopeAssessor({ ...options, translate: () => undefined });
      let checked = 0;
      fc.assert(
        fc.property(fc.array(screeningInputArb(), { minLength: 5, maxLength: 20 }), (inputs) => {
          for (const input of inputs) {
            expect(prepared(input)).toEqual(fresh(input));
            checked++;
          }
        }),
        { numRuns: 150 },
      );
      expect(checked).toBeGreaterThan(1000);
    }
  });

  it("createScopeAssessor(p)(x) equals assessScope(x, { policy: p })", () => {
    fc.assert(
      fc.property(policyArb, fc.array(screeningInputArb(), { maxLength: 5 }), (policy, inputs) => {
        const assess = createScopeAssessor({ policy });
        for (const input of inputs) expect(assess(input)).toEqual(assessScope(input, { policy }));
      }),
    );
  });
});

/** The input path `instruments.phq9.items[3]` as keys and indexes. */
function pathOf(text: string): (string | number)[] {
  return [...text.matchAll(/([A-Za-z0-9_-]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

/** A copy of `value` with `path` set to `answer`. */
function setAt(value: unknown, path: readonly (string | number)[], answer: unknown): unknown {
  if (path.length === 0) return answer;
  const [key, ...rest] = path;
  const base = (value ?? (typeof key === "number" ? [] : {})) as Record<string | number, unknown>;
  const copy = (Array.isArray(base) ? [...base] : { ...base }) as Record<string | number, unknown>;
  copy[key!] = setAt(copy[key!], rest, answer);
  return copy;
}

describe("worstCase", () => {
  const shape = libraryEngine().inputShape;

  it("is never below the level, and equals it when nothing is missing", () => {
    fc.assert(
      fc.property(screeningInputArb(), policyArb, (input, policy) => {
        const result = assessScope(input, { policy });
        expect(compareLevels(result.worstCase, result.level)).toBeGreaterThanOrEqual(0);
        if (result.missing.length === 0) expect(result.worstCase).toBe(result.level);
      }),
      { numRuns: 500 },
    );
  });

  it("no way of answering what is missing, follow-ups included, gives a level above it", () => {
    fc.assert(
      fc.property(screeningInputArb(), fc.infiniteStream(fc.nat()), fc.integer({ min: 0, max: 1000 }), (input, picks, seed) => {
        const before = assessScope(input);
        fc.pre(before.missing.length > 0);
        let answered: unknown = input;
        let after = before;
        const pick = picks[Symbol.iterator]();
        const asked = new Set<string>();
        // Answer what is missing, then what those answers make required, until nothing new is asked.
        for (let round = 0; round < 5; round++) {
          const fresh = after.missing.filter((text) => !asked.has(text));
          if (fresh.length === 0) break;
          for (const text of fresh) {
            asked.add(text);
            const path = pathOf(text);
            const target = shapeAt(shape, path);
            if (target === undefined) continue;
            const values = fc.sample(arbitraryFor(target), { numRuns: 8, seed: seed + (pick.next().value as number) });
            answered = setAt(answered, path, values[(pick.next().value as number) % values.length]);
          }
          try {
            after = assessScope(answered as ScreeningInput);
          } catch (error) {
            // An answer the input's cross-field rules refuse (item 9 above the total): not a way of answering.
            fc.pre(!isScopeInputError(error));
            throw error;
          }
          expect(compareLevels(after.level, before.worstCase), JSON.stringify(answered)).toBeLessThanOrEqual(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("raising any one answer (towards its more severe end, as the registry orders them) never lowers the level or the worst case", () => {
    fc.assert(
      fc.property(screeningInputArb(), fc.nat(), (input, pick) => {
        // Every answered field with an order of severity, and its more severe values.
        const spots: { path: (string | number)[]; worse: unknown[] }[] = [];
        const risk = (input.risk ?? {}) as Record<string, unknown>;
        for (const [key, value] of Object.entries(risk)) {
          const target = shapeAt(shape, ["risk", key]);
          if (target?.kind === "boolean" && target.severe !== undefined && value !== target.severe) spots.push({ path: ["risk", key], worse: [target.severe] });
          if (target?.kind === "enum" && target.ordered) spots.push({ path: ["risk", key], worse: target.values.slice(target.values.indexOf(value as string) + 1) });
        }
        for (const key of ["medicallyStable", "dailyFunctioningImpaired"] as const) {
          const target = shapeAt(shape, [key]);
          if (input[key] !== undefined && target?.kind === "boolean" && input[key] !== target.severe) spots.push({ path: [key], worse: [target.severe] });
        }
        for (const [key, value] of Object.entries(input.treatment ?? {})) {
          const target = shapeAt(shape, ["treatment", key]);
          if (target?.kind === "boolean" && target.severe !== undefined && value !== target.severe) spots.push({ path: ["treatment", key], worse: [target.severe] });
        }
        for (const [id, value] of Object.entries(input.instruments ?? {}) as [InstrumentId, { items?: (number | null)[]; scale?: string }][]) {
          const { order } = itemScale(id, value.scale);
          value.items?.forEach((a, i) => {
            if (a !== null) spots.push({ path: ["instruments", id, "items", i], worse: order.slice(order.indexOf(a) + 1) });
          });
        }
        const raisable = spots.filter((s) => s.worse.length > 0);
        fc.pre(raisable.length > 0);
        const spot = raisable[pick % raisable.length]!;
        const raised = setAt(input, spot.path, spot.worse[Math.floor(pick / raisable.length) % spot.worse.length]) as ScreeningInput;
        const [a, b] = [assessScope(input), assessScope(raised)];
        // Raising one form's item may make forms that share it disagree: that asks again, at incomplete or above.
        expect(compareLevels(b.level, a.level), JSON.stringify(spot)).toBeGreaterThanOrEqual(0);
        expect(compareLevels(b.worstCase, a.worstCase), JSON.stringify(spot)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 600 },
    );
  });

  it("with every required question given its least severe answer and nothing else, the level is coaching", () => {
    // The required questions are the risk screen's, the red flags and the age; each at its least
    // severe answer (an age: the oldest the shape allows, the far end from its most severe).
    const least: Record<string, Record<string, unknown>> = {};
    let result = assessScope({});
    for (let round = 0; round < 3 && result.missing.length > 0; round++) {
      for (const text of result.missing) {
        const path = pathOf(text);
        const target = shapeAt(shape, path)!;
        const value = target.kind === "boolean" ? !target.severe : target.kind === "enum" ? target.values[0] : target.kind === "number" ? target.max : undefined;
        (least[path[0] as string] ??= {})[path[1] as string] = value;
      }
      result = assessScope(least);
    }
    expect(least).toEqual({
      risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false },
      redFlags: { psychosis: false, mania: false, "substance-use": false, "eating-disorder": false, "abuse-or-violence": false, "cognitive-decline": false },
      client: { age: 120 },
    });
    expect(result).toMatchObject({ level: "coaching", worstCase: "coaching", missing: [], reasons: [] });
  });

  it("no input with a score in its instrument's severe band is in scope", () => {
    fc.assert(
      fc.property(screeningInputArb(), policyArb, (input, policy) => {
        const result = assessScope(input, { policy });
        const severe = Object.entries(result.scores).some(([id, score]) => {
          const from = INSTRUMENTS[id as InstrumentId].severeFrom;
          return from !== null && score !== undefined && score.min >= from;
        });
        if (severe) expect(result.inScope).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("an empty input could be a crisis: the questions about safety are missing", () => {
    const result = assessScope({});
    expect(result).toMatchObject({
      level: "incomplete",
      worstCase: "crisis",
      missing: [
        "risk.imminentDanger",
        "risk.suicidalThoughts",
        "risk.recentSuicidalBehavior",
        "risk.selfHarm",
        "risk.harmToOthers",
        ...RED_FLAG_IDS.map((id) => `redFlags.${id}`),
        "client.age",
      ],
    });
  });

  it("an unknown PHQ-9 item 9 could be above 0, which asks intent or plan: a crisis at worst; a complete answer set cannot go further", () => {
    const rest = { redFlags: Object.fromEntries(RED_FLAG_IDS.map((id) => [id, false])), client: { age: 35 } };
    expect(assessScope({ ...rest, risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false }, instruments: { phq9: { total: 3 } } }).worstCase).toBe("crisis");
    expect(assessScope({ ...rest, risk: { imminentDanger: false, suicidalThoughts: "none", suicidalIntentOrPlan: false, recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false }, instruments: { phq9: { total: 3 } } }).worstCase).toBe("refer");
    expect(assessScope({ ...rest, risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false }, instruments: { phq9: { total: 3 } } }, { policy: { phq9Item9: "crisis" } }).worstCase).toBe("crisis");
    expect(assessScope({ ...rest, risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false }, instruments: { phq9: { total: 3, item9: 0 } } }).worstCase).toBe("coaching");
  });
});
