import fc from "fast-check";
import { DIMENSION_IDS, INDICATOR_IDS, INSTRUMENTS, type InstrumentId, type PolicyOverrides, type ScreeningInput } from "../src/index.js";

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const record = <T extends object>(shape: { [K in keyof T]: fc.Arbitrary<T[K]> }) =>
  fc.record(shape, { requiredKeys: [] }).map((v) => withoutUndefined(v as T));

export function instrumentArb(id: InstrumentId, nullable: boolean, low = false) {
  const info = INSTRUMENTS[id];
  const [min, max] = info.itemRange;
  const value = low
    ? fc.oneof({ weight: 6, arbitrary: fc.integer({ min: id === "who5" ? max - 1 : min, max: id === "who5" ? max : min + 1 }) }, { weight: 1, arbitrary: fc.integer({ min, max }) })
    : fc.integer({ min, max });
  const answer = nullable ? fc.option(value, { nil: null, freq: low ? 8 : 4 }) : value;
  const items = fc.array(answer, { minLength: info.itemCount, maxLength: info.itemCount }).map((items) => ({ items }));
  const [tmin, tmax] = info.totalRange;
  if (id === "phq9") {
    const total = fc
      .integer({ min: tmin, max: tmax })
      .chain((total) =>
        fc.option(fc.integer({ min: 0, max: Math.min(3, total) }), { nil: undefined }).map((item9) => (item9 === undefined ? { total } : { total, item9 })),
      );
    return nullable ? fc.oneof(items, items, total) : items;
  }
  const total = fc.integer({ min: tmin, max: tmax }).map((t) => ({ total: t }));
  return fc.oneof(items, items, total);
}

/** Any valid screening input. With `nullable: false`, every item is answered and PHQ-9 uses items. */
export function screeningInputArb({ nullable = true } = {}): fc.Arbitrary<ScreeningInput> {
  const bool = optional(fc.boolean());
  const instruments = record({
    phq9: optional(instrumentArb("phq9", nullable)),
    gad7: optional(instrumentArb("gad7", nullable)),
    phq2: optional(instrumentArb("phq2", nullable)),
    gad2: optional(instrumentArb("gad2", nullable)),
    k10: optional(instrumentArb("k10", nullable)),
    k6: optional(instrumentArb("k6", nullable)),
    who5: optional(instrumentArb("who5", nullable)),
  } as never);
  return record<ScreeningInput>({
    risk: optional(
      record({
        imminentDanger: bool,
        suicidalThoughts: optional(fc.constantFrom("none", "passive", "active")),
        suicidalIntentOrPlan: bool,
        recentSuicidalBehavior: bool,
        selfHarm: bool,
        harmToOthers: bool,
        assessedRiskLevel: optional(fc.constantFrom("low", "moderate", "high")),
      } as never),
    ),
    medicallyStable: bool,
    dailyFunctioningImpaired: bool,
    instruments: optional(instruments),
    indicators: optional(fc.subarray([...INDICATOR_IDS])),
    treatment: optional(record({ inPsychotherapy: bool, inPsychiatricCare: bool, professionalSupportsCoaching: bool } as never)),
    preferences: optional(
      fc.dictionary(fc.constantFrom(...DIMENSION_IDS), fc.constantFrom("coaching" as const, "psychotherapy" as const), { maxKeys: 12 }),
    ),
  } as never);
}

const ordered = (lo: number, hi: number) => fc.tuple(fc.integer({ min: lo, max: hi }), fc.integer({ min: lo, max: hi })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
const careRefer = (id: "phq9" | "gad7" | "k10" | "k6") => ordered(...INSTRUMENTS[id].totalRange).map(([care, refer]) => ({ care, refer }));

/**
 * Inputs likely to be in scope: the risk screen answered safely, low answers with a few
 * unanswered items, and treatment fields.
 */
export const lowRiskInputArb: fc.Arbitrary<ScreeningInput> = fc
  .tuple(
    record({
      phq9: optional(instrumentArb("phq9", true, true).filter((v) => "items" in v)),
      gad7: optional(instrumentArb("gad7", true, true)),
      phq2: optional(instrumentArb("phq2", true, true)),
      gad2: optional(instrumentArb("gad2", true, true)),
      k10: optional(instrumentArb("k10", true, true)),
      k6: optional(instrumentArb("k6", true, true)),
      who5: optional(instrumentArb("who5", true, true)),
    } as never),
    optional(record({ inPsychotherapy: optional(fc.boolean()), professionalSupportsCoaching: optional(fc.boolean()) } as never)),
  )
  .map(([instruments, treatment]) =>
    withoutUndefined({ risk: { imminentDanger: false, suicidalThoughts: "none" as const }, instruments, treatment } as ScreeningInput),
  );

/** Any valid policy overrides. */
export const policyArb: fc.Arbitrary<PolicyOverrides> = record({
  thresholds: optional(
    record({
      phq9: optional(careRefer("phq9")),
      gad7: optional(careRefer("gad7")),
      k10: optional(careRefer("k10")),
      k6: optional(careRefer("k6")),
      who5: optional(ordered(0, 25).map(([refer, care]) => ({ care, refer }))),
      phq2: optional(fc.integer({ min: 0, max: 6 }).map((positive) => ({ positive }))),
      gad2: optional(fc.integer({ min: 0, max: 6 }).map((positive) => ({ positive }))),
      indicators: optional(ordered(1, 9).map(([care, refer]) => ({ care, refer }))),
      fit: optional(
        fc.tuple(fc.integer({ min: 1, max: 12 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
          .map(([minAnswered, a, b]) => ({ minAnswered, care: Math.max(a, b), refer: Math.min(a, b) })),
      ),
    } as never),
  ),
  phq9Item9: optional(fc.constantFrom("refer" as const, "crisis" as const)),
  requireRiskScreen: optional(fc.boolean()),
  alongsideTreatment: optional(fc.boolean()),
} as never);
