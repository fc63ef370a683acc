// Generators of valid inputs and policies, derived from the same shapes and specs as the
// library's validator, schemas and policy: a new instrument or field is generated without an
// edit here.
import fc from "fast-check";
import { libraryEngine, type Engine } from "../src/assess/engine.js";
import type { InputScale, Instrument } from "../src/instruments/registry.js";
import type { PolicyOverrides, ScreeningInput } from "../src/index.js";
import { RISK_ITEM_LEVELS, type PolicySpec, type ThresholdSpec } from "../src/policy/policy.js";
import { fieldShape, type ObjectShape, type Shape } from "../src/shared/shape.js";
import { RED_FLAG_IDS } from "../src/input/referral.js";

interface Options {
  /** Unanswered items (`null`) may appear. */
  readonly nullable: boolean;
  /** Answers lean to the least severe end (inputs likely to be in scope). */
  readonly low: boolean;
  /** Dates (`answeredOn`, `risk.assessedOn`) may appear: an assessment then needs `asOf` (use {@link AS_OF}). */
  readonly dates?: boolean;
}

/** The `asOf` that every generated date is on or before. */
export const AS_OF = "2026-11-30";
const DAY_MS = 86_400_000;
/** A date from 60 days before {@link AS_OF} to it. */
const dateArb = fc.integer({ min: 0, max: 60 }).map((back) => new Date(Date.parse(`${AS_OF}T00:00:00Z`) - back * DAY_MS).toISOString().slice(0, 10));

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

function itemsArb(instrument: Instrument, options: Options, scale: InputScale | undefined): fc.Arbitrary<unknown> {
  const [min, max] = scale?.itemRange ?? instrument.itemRange;
  const shift = scale?.shift ?? 0;
  // The least severe answers, on the scale given.
  const order = instrument.answerOrder.map((a) => a - shift);
  const value = options.low
    ? fc.oneof({ weight: 6, arbitrary: fc.constantFrom(order[0]!, order[1]!) }, { weight: 1, arbitrary: fc.integer({ min, max }) })
    : fc.integer({ min, max });
  const answer = options.nullable ? fc.option(value, { nil: null, freq: options.low ? 8 : 4 }) : value;
  return fc.array(answer, { minLength: instrument.itemCount, maxLength: instrument.itemCount }).map((items) => (scale === undefined ? { items } : { items, scale: scale.id }));
}

function totalArb(instrument: Instrument, scale: InputScale | undefined): fc.Arbitrary<unknown> {
  const [tmin, tmax] = scale?.totalRange ?? instrument.totalRange;
  const factor = scale?.factor ?? 1;
  if (scale !== undefined) return fc.integer({ min: tmin / factor, max: tmax / factor }).map((t) => ({ total: t * factor, scale: scale.id }));
  const field = instrument.riskField;
  const [min, max] = instrument.itemRange;
  const others = instrument.itemCount - 1;
  return fc.integer({ min: tmin, max: tmax }).chain((total) =>
    field === undefined
      ? fc.constant({ total })
      : fc
          // The other items must make up the rest.
          .option(fc.integer({ min: Math.max(min, total - others * max), max: Math.min(max, total - others * min) }), { nil: undefined })
          .map((risk) => (risk === undefined ? { total } : { total, [field]: risk })),
  );
}

function instrumentArb(instrument: Instrument, options: Options): fc.Arbitrary<unknown> {
  const items = instrument.itemScales === undefined ? itemsArb(instrument, options, undefined) : fc.oneof(...instrument.itemScales.map((s) => itemsArb(instrument, options, s)));
  const total = instrument.totalScales === undefined ? totalArb(instrument, undefined) : fc.oneof(...instrument.totalScales.map((s) => totalArb(instrument, s)));
  // Without `nullable`, items only: every answer known.
  const answers = options.nullable ? fc.oneof(items, items, total) : items;
  const gate = instrument.gate;
  if (gate === undefined) return answers;
  // A gate (the PC-PTSD-5's exposure) is always answered: false alone, or true with the answers.
  const open = answers.map((a) => ({ [gate]: true, ...(a as object) }));
  return options.low ? open : fc.oneof(open, open, fc.constant({ [gate]: false }));
}

/** Any valid value of a shape. */
export function arbitraryFor(shape: Shape, options: Options = { nullable: true, low: false }): fc.Arbitrary<unknown> {
  switch (shape.kind) {
    case "boolean":
      return fc.boolean();
    case "literal":
      return fc.constant(shape.value);
    case "enum":
      return fc.constantFrom(...shape.values);
    case "date":
      return dateArb;
    case "string":
      // Any code points, astral ones included: lengths are counted in code points everywhere.
      return fc.string({ unit: "binary", maxLength: shape.maxLength ?? 20 });
    case "number":
      return shape.integer ? fc.integer({ min: shape.min ?? -1000, max: shape.max ?? 1000 }) : fc.double({ min: shape.min ?? -1000, max: shape.max ?? 1000, noNaN: true, noDefaultInfinity: true });
    case "set":
      return fc.subarray([...shape.values]);
    case "list":
      return fc.array(arbitraryFor(shape.item, options), { maxLength: 5 });
    case "union":
      return fc.oneof(...shape.options.map((o) => arbitraryFor(o, options)));
    case "instrument":
      return instrumentArb(shape.instrument, options);
    case "object":
      return objectArb(shape, options);
  }
}

function objectArb(shape: ObjectShape, options: Options): fc.Arbitrary<unknown> {
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, field] of Object.entries(shape.fields)) {
    if (fieldShape(field).kind === "date" && options.dates !== true) continue;
    const arb = arbitraryFor(fieldShape(field), options);
    fields[key] = field.kind === "optional" ? optional(arb) : arb;
  }
  return fc.record(fields).map((v) => withoutUndefined(v));
}

/**
 * Any valid screening input. With `nullable: false`, every item is answered and instruments use
 * items; with `dates`, dates may appear (assess with `asOf: AS_OF`).
 */
export function screeningInputArb({ nullable = true, dates = false, engine = libraryEngine() }: { nullable?: boolean; dates?: boolean; engine?: Engine } = {}): fc.Arbitrary<ScreeningInput> {
  return arbitraryFor(engine.inputShape, { nullable, low: false, dates }) as fc.Arbitrary<ScreeningInput>;
}

/**
 * Inputs likely to be in scope: the risk screen answered safely, answers at the least severe
 * end with a few unanswered items, and treatment fields.
 */
export const lowRiskInputArb: fc.Arbitrary<ScreeningInput> = (() => {
  const shape = libraryEngine().inputShape;
  const instruments = arbitraryFor(fieldShape(shape.fields["instruments"]!), { nullable: true, low: true }) as fc.Arbitrary<Record<string, { items?: unknown }>>;
  const treatment = arbitraryFor(fieldShape(shape.fields["treatment"]!)) as fc.Arbitrary<ScreeningInput["treatment"]>;
  // Items only: a total alone leaves no unanswered item to fill.
  const itemsOnly = instruments.map((all) => Object.fromEntries(Object.entries(all).filter(([, v]) => "items" in v)));
  return fc
    .tuple(itemsOnly, optional(treatment))
    .map(([instruments, treatment]) =>
      withoutUndefined({
        risk: { imminentDanger: false, suicidalThoughts: "none" as const, recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false },
        redFlags: Object.fromEntries(RED_FLAG_IDS.map((id) => [id, false])),
        client: { age: 35 },
        instruments,
        treatment,
      } as ScreeningInput),
    );
})();

const ordered = (lo: number, hi: number, integer: boolean) =>
  fc
    .tuple(integer ? fc.integer({ min: lo, max: hi }) : fc.double({ min: lo, max: hi, noNaN: true }), integer ? fc.integer({ min: lo, max: hi }) : fc.double({ min: lo, max: hi, noNaN: true }))
    .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);

function thresholdArb(t: ThresholdSpec): fc.Arbitrary<unknown> {
  switch (t.kind) {
    case "care-refer": {
      // refer within its limit; care on its milder side.
      const below = t.order === "care-below-refer";
      const refer = fc.integer({ min: below ? (t.referFloor ?? t.range[0]) : t.referLimit, max: below ? t.referLimit : t.range[1] });
      return refer.chain((r) => fc.integer({ min: below ? t.range[0] : r, max: below ? r : t.range[1] }).map((care) => ({ care, refer: r })));
    }
    case "positive":
      return fc.integer({ min: t.range[0], max: t.range[1] }).map((positive) => ({ positive }));
    case "fit":
      return fc.tuple(fc.integer({ min: t.answered[0], max: t.answered[1] }), fc.double({ min: 0, max: 1, noNaN: true })).map(([minAnswered, care]) => ({ minAnswered, care }));
  }
}

/** Any valid policy overrides for a policy spec. */
export function policyArbFor(spec: PolicySpec): fc.Arbitrary<PolicyOverrides> {
  const thresholds = fc.record(Object.fromEntries(spec.thresholds.map((t) => [t.key, optional(thresholdArb(t))]))).map((v) => withoutUndefined(v));
  const fields: Record<string, fc.Arbitrary<unknown>> = { thresholds: optional(thresholds) };
  for (const key of spec.riskItemKeys) fields[key] = optional(fc.constantFrom(...RISK_ITEM_LEVELS));
  for (const key of spec.flags) fields[key] = optional(fc.boolean());
  for (const c of spec.counts) fields[c.key] = optional(fc.integer({ min: c.range[0], max: c.range[1] }));
  // The minimum age is never past the adult age (given, or its default).
  const adultDefault = spec.defaults.adultAge;
  return fc.record(fields).map((v) => {
    const out = withoutUndefined(v) as Record<string, unknown>;
    const adult = (out["adultAge"] as number | undefined) ?? adultDefault;
    if (typeof out["minAge"] === "number" && out["minAge"] > adult) out["minAge"] = adult;
    return out;
  }) as fc.Arbitrary<PolicyOverrides>;
}

/** Any valid policy overrides. */
export const policyArb: fc.Arbitrary<PolicyOverrides> = policyArbFor(libraryEngine().policy);
