/**
 * The registry: the instrument definitions, with the facts every other part derives from them (canonical ranges, the order of answers, short-form relations, LOINC item
 * codes). The types of instrument ids, band ids and scales are derived from the definitions
 * too.
 *
 * @internal
 * @module
 */
import { DEFINITIONS } from "../generated/instruments.js";
import type { ReferTo } from "../input/referral.js";
import type { BandDefinition, Direction, InstrumentDefinition, ItemScale, MeasureThresholds, ScreenThresholds } from "./define.js";

type Definitions = typeof DEFINITIONS;
type DefinitionOf<I extends string> = Extract<Definitions[number], { readonly id: I }>;
/** The definitions of measures (care and refer thresholds), screens (a positive threshold), and instruments with a risk item. */
type MeasureDefinition = Extract<Definitions[number], { readonly thresholds: { readonly refer: number } }>;
type ScreenDefinition = Extract<Definitions[number], { readonly thresholds: { readonly positive: number } }>;
/** Short forms (a screen whose items are another's: positive asks for it) and screens that refer when positive. */
type ShortFormDefinition = Extract<ScreenDefinition, { readonly itemsOf: object }>;
type ReferringScreenDefinition = Exclude<ScreenDefinition, ShortFormDefinition>;
type RiskItemDefinition = Extract<Definitions[number], { readonly riskItem: number }>;
/** The definitions of measures that also screen (the WHO-5), and of instruments whose totals have scales of their own. */
type AsScreenDefinition = Extract<Definitions[number], { readonly asScreen: object }>;
type TotalScalesDefinition = Extract<Definitions[number], { readonly totalScales: readonly object[] }>;
type BandsOf<I extends MeasureId> = Extract<MeasureDefinition, { readonly id: I }>["bands"][number]["id"];
type TotalScalesOf<I extends InstrumentId> = Extract<TotalScalesDefinition, { readonly id: I }>["totalScales"][number]["id"];
/** The risk item's number of an instrument, and the instrument a screen's items are taken from. */
type RiskNumber<I extends InstrumentId> = DefinitionOf<I> extends { readonly riskItem: infer N extends number } ? N : never;
type NextOf<S extends ShortFormId> = DefinitionOf<S> extends { readonly itemsOf: { readonly id: infer F extends string } } ? F : never;

/**
 * The screening instruments the library scores.
 *
 * @example
 * ```ts
 * const id: InstrumentId = "gad7";
 * ```
 */
export type InstrumentId = Definitions[number]["id"];

/**
 * The instruments that measure (a total at or past a threshold refers): every instrument but
 * the short screens.
 *
 * @example
 * ```ts
 * const id: MeasureId = "k10";
 * ```
 */
export type MeasureId = MeasureDefinition["id"];

/**
 * The screens (PHQ-2, GAD-2, SCOFF): a total at or above the policy's `positive` threshold is
 * positive. A short form's positive total asks for the full instrument ({@link ShortFormId});
 * another screen's refers ({@link ReferringScreenId}).
 *
 * @example
 * ```ts
 * const id: ScreenId = "phq2";
 * ```
 */
export type ScreenId = ScreenDefinition["id"];

/**
 * The short forms (PHQ-2, GAD-2): screens whose items are a full instrument's; positive, they
 * ask for it (`phq2-positive`).
 *
 * @example
 * ```ts
 * const id: ShortFormId = "gad2";
 * ```
 */
export type ShortFormId = ShortFormDefinition["id"];

/**
 * The screens that refer when positive (the SCOFF: its reason code is its id, and its evidence
 * says where to refer).
 *
 * @example
 * ```ts
 * const id: ReferringScreenId = "scoff";
 * ```
 */
export type ReferringScreenId = ReferringScreenDefinition["id"];

/**
 * The measures that also screen for another instrument (the WHO-5 asks for a depression test).
 *
 * @example
 * ```ts
 * const id: AsScreenId = "who5";
 * ```
 */
export type AsScreenId = AsScreenDefinition["id"];

/**
 * The band ids of each instrument (`scores.<id>.band`), as published.
 *
 * @example
 * ```ts
 * const band: BandId<"phq9"> = "moderately-severe";
 * ```
 */
export type BandId<I extends InstrumentId = InstrumentId> = I extends ScreenId ? ScreenBandId : I extends MeasureId ? BandsOf<I> : never;

/**
 * A short screen's bands: below, and at or above, the policy's `positive` threshold.
 *
 * @example
 * ```ts
 * const band: ScreenBandId = "positive";
 * ```
 */
export type ScreenBandId = (typeof SCREEN_BANDS)[number];

/** @internal A short screen's bands, in order. */
export const SCREEN_BANDS = ["negative", "positive"] as const;

/**
 * The names of an instrument's item scales (`"1-5"` and `"0-4"` for the K10).
 *
 * @example
 * ```ts
 * const scale: ScaleId<"k10"> = "0-4";
 * ```
 */
export type ScaleId<I extends InstrumentId = InstrumentId> = I extends InstrumentId ? DefinitionOf<I>["scales"][number]["id"] : never;

type ManyScales<I extends InstrumentId> = DefinitionOf<I>["scales"] extends readonly [unknown, unknown, ...unknown[]] ? true : false;

/**
 * The scales an instrument's item answers must name (`never` where its items are on one scale).
 *
 * @example
 * ```ts
 * const scale: ItemsScaleId<"k6"> = "1-5";
 * ```
 */
export type ItemsScaleId<I extends InstrumentId = InstrumentId> = I extends InstrumentId ? (ManyScales<I> extends true ? ScaleId<I> : never) : never;

/**
 * The scales an instrument's total must name: its item scales where there are two (K10, K6),
 * its total scales (`"raw"`, `"percent"` for the WHO-5); `never` where there is one.
 *
 * @example
 * ```ts
 * const scale: TotalScaleId<"who5"> = "percent";
 * ```
 */
export type TotalScaleId<I extends InstrumentId = InstrumentId> = I extends InstrumentId ? (ManyScales<I> extends true ? ScaleId<I> : TotalScalesOf<I>) : never;

type GatedDefinition = Extract<Definitions[number], { readonly gate: string }>;

/**
 * The field of an instrument's question asked before its items (`exposure` for the PC-PTSD-5);
 * `never` where it has none.
 *
 * @example
 * ```ts
 * const field: GateField<"pcptsd5"> = "exposure";
 * ```
 */
export type GateField<I extends InstrumentId = InstrumentId> = I extends GatedDefinition["id"] ? GateOf<I> : never;
type GateOf<I extends InstrumentId> = DefinitionOf<I> extends { readonly gate: infer G extends string } ? G : never;

/**
 * The instruments with an item that asks about thoughts of death or self-harm (the PHQ-9).
 *
 * @example
 * ```ts
 * const id: RiskItemInstrumentId = "phq9";
 * ```
 */
export type RiskItemInstrumentId = RiskItemDefinition["id"];

/**
 * The field that carries an instrument's risk item beside a total (`item9` for the PHQ-9).
 *
 * @example
 * ```ts
 * const field: RiskField<"phq9"> = "item9";
 * ```
 */
export type RiskField<I extends InstrumentId = InstrumentId> = I extends RiskItemInstrumentId ? `item${RiskNumber<I>}` : never;

/**
 * The instrument a positive short screen asks for (`phq9` for the PHQ-2, `gad7` for the GAD-2).
 *
 * @example
 * ```ts
 * const next: ScreenNextId<"phq2"> = "phq9";
 * ```
 */
export type ScreenNextId<S extends ShortFormId = ShortFormId> = S extends ShortFormId ? NextOf<S> : never;

/**
 * The reason code of an instrument's risk item answered above its lowest answer (`phq9-item9`).
 *
 * @example
 * ```ts
 * const code: RiskItemCode = "phq9-item9";
 * ```
 */
export type RiskItemCode = { [I in RiskItemInstrumentId]: `${I}-item${RiskNumber<I>}` }[RiskItemInstrumentId];

/**
 * The policy key that sets the level of an instrument's risk-item reason (`phq9Item9`).
 *
 * @example
 * ```ts
 * const key: RiskItemPolicyKey = "phq9Item9";
 * ```
 */
export type RiskItemPolicyKey = { [I in RiskItemInstrumentId]: `${I}Item${RiskNumber<I>}` }[RiskItemInstrumentId];

/** @internal An instrument with what is derived from its definition, computed once. */
export interface Instrument {
  readonly definition: InstrumentDefinition;
  readonly id: string;
  readonly name: string;
  readonly itemCount: number;
  /** The canonical scale's item range. */
  readonly itemRange: readonly [min: number, max: number];
  /** The canonical total range. */
  readonly totalRange: readonly [min: number, max: number];
  readonly scales: readonly ItemScale[];
  readonly direction: Direction;
  readonly bands: readonly BandDefinition[];
  /** `measure`: a total refers; `screen`: a positive total asks for a full instrument. */
  readonly role: "measure" | "screen";
  readonly thresholds: MeasureThresholds | ScreenThresholds;
  /** One item's answers from the least to the most severe, on the canonical scale. */
  readonly answerOrder: readonly number[];
  /** The risk item's index (from 0), where the instrument has one. */
  readonly riskIndex: number | undefined;
  /** The field that carries the risk item's answer beside a total (`item9`). */
  readonly riskField: string | undefined;
  /** The reason code of a risk item answered above its lowest answer (`phq9-item9`). */
  readonly riskCode: string | undefined;
  /** The policy key of the level that reason gives (`phq9Item9`). */
  readonly riskPolicyKey: string | undefined;
  /** The lowest total of the published severe band; `null` where none is published. */
  readonly severeFrom: number | null;
  /** For a measure: the most lenient `refer` threshold a policy may set. */
  readonly referLimit: number | undefined;
  /** For a measure: the strictest `refer` threshold a policy may set, where it is not the lowest total. */
  readonly referFloor: number | undefined;
  /** For a screen: the lowest and highest `positive` threshold a policy may set. */
  readonly positiveRange: readonly [number, number] | undefined;
  /** Where its referral goes, where the definition names it (`evidence.referTo`). */
  readonly referTo: ReferTo | undefined;
  /** The yes/no question asked before the items (`exposure`), where there is one. */
  readonly gate: string | undefined;
  /** When the alongside-treatment rule may lower it, where it has no severe band. */
  readonly alongside: "always" | "medically-stable" | undefined;
  /** The days its questions look back over. */
  readonly recallDays: number;
  /** The scales item answers must name (`undefined` where the items are on one scale only). */
  readonly itemScales: readonly InputScale[] | undefined;
  /** The scales a total must name (`undefined` where a total is on one scale only). */
  readonly totalScales: readonly InputScale[] | undefined;
  /** For a measure that also screens (the WHO-5): the instrument it asks for, and the item answer at or past which it is positive. */
  readonly asScreen: { readonly next: string; readonly itemAtOrBelow: number } | undefined;
  /**
   * For a screen: the measures whose items include all of its items, in registry order; for a
   * measure that also screens, `asScreen.next` and the measures whose items are all its items.
   */
  readonly fullForms: readonly string[];
  /** For a short form: the instrument its items are taken from, asked for when it is positive. */
  readonly next: string | undefined;
  /** The LOINC code of each item, own or taken from `itemsOf`; `undefined` where none is verified. */
  readonly itemCodes: readonly string[] | undefined;
  /** The LOINC answer codes of its items and their scores, own or taken from `itemsOf`. */
  readonly answerCodes: Readonly<Record<string, number>> | undefined;
}

/**
 * @internal One scale an input names (`scale: "0-4"`): the range of a value on it and how that
 * value becomes canonical (`value / factor + shift`; an item's shift, times the item count, for a total).
 */
export interface InputScale {
  readonly id: string;
  /** An item's range on this scale (item scales only). */
  readonly itemRange: readonly [number, number] | undefined;
  /** A total's range on this scale. */
  readonly totalRange: readonly [number, number];
  readonly factor: number;
  /** Added to an item on this scale to make it canonical (to a total: times the item count). */
  readonly shift: number;
}

/** The scales an instrument's items and totals are given on, where there is more than one. */
function inputScales(d: InstrumentDefinition): { items: InputScale[] | undefined; totals: InputScale[] | undefined } {
  const [low, high] = d.scales[0].itemRange;
  const n = d.itemCount;
  if (d.scales.length > 1) {
    const items = d.scales.map((s) => ({ id: s.id, itemRange: s.itemRange, totalRange: [s.itemRange[0] * n, s.itemRange[1] * n] as const, factor: 1, shift: low - s.itemRange[0] }));
    return { items, totals: items };
  }
  if (d.totalScales === undefined) return { items: undefined, totals: undefined };
  return { items: undefined, totals: d.totalScales.map((s) => ({ id: s.id, itemRange: undefined, totalRange: [low * n * s.factor, high * n * s.factor] as const, factor: s.factor, shift: 0 })) };
}

/** @internal The checked definitions and what is derived from them. */
export interface Registry {
  readonly instruments: readonly Instrument[];
  readonly ids: readonly string[];
  readonly byId: ReadonlyMap<string, Instrument>;
  readonly measures: readonly Instrument[];
  /** Every screen: the short forms (`next` set) and the screens that refer when positive. */
  readonly screens: readonly Instrument[];
  /** Instruments with a risk item (the PHQ-9). */
  readonly withRiskItem: readonly Instrument[];
}

/** @internal Each item as `<root instrument>:<index>`, following `itemsOf` to the instrument that owns it. */
export function baseItems(d: InstrumentDefinition, byId: ReadonlyMap<string, InstrumentDefinition>): string[] {
  if (d.itemsOf === undefined) return Array.from({ length: d.itemCount }, (_, i) => `${d.id}:${i}`);
  const of = byId.get(d.itemsOf.id);
  const base = of === undefined ? [] : baseItems(of, byId);
  return d.itemsOf.items.map((i) => base[i] ?? `${d.itemsOf!.id}:?`);
}

function derive(d: InstrumentDefinition, byId: ReadonlyMap<string, InstrumentDefinition>, measures: readonly InstrumentDefinition[]): Instrument {
  const itemRange = d.scales[0].itemRange;
  const totalRange = [itemRange[0] * d.itemCount, itemRange[1] * d.itemCount] as const;
  const base = baseItems(d, byId);
  const role = "positive" in d.thresholds ? "screen" : "measure";
  const within = (items: readonly string[]) => measures.filter((m) => items.every((b) => baseItems(m, byId).includes(b))).map((m) => m.id);
  let fullForms: string[] = [];
  if (role === "screen") fullForms = within(base);
  else if (d.asScreen !== undefined) {
    // The instrument it asks for, and every measure whose items are all that instrument's.
    const nextItems = baseItems(byId.get(d.asScreen.next)!, byId);
    fullForms = measures.filter((m) => m.id === d.asScreen!.next || baseItems(m, byId).every((b) => nextItems.includes(b))).map((m) => m.id);
  }
  const scales = inputScales(d);
  const positive = role === "screen" ? (d.thresholds as ScreenThresholds).positive : 0;
  const bands =
    role === "screen"
      ? [
          { id: SCREEN_BANDS[0], min: totalRange[0], max: positive - 1 },
          { id: SCREEN_BANDS[1], min: positive, max: totalRange[1] },
        ]
      : d.bands!;
  const answers = Array.from({ length: itemRange[1] - itemRange[0] + 1 }, (_, i) => itemRange[0] + i);
  const owner = d.itemsOf === undefined ? undefined : byId.get(d.itemsOf.id);
  const ownerCodes = owner?.loinc?.items;
  return Object.freeze({
    definition: d,
    id: d.id,
    name: d.name,
    itemCount: d.itemCount,
    itemRange,
    totalRange,
    scales: d.scales,
    direction: d.direction,
    bands,
    role,
    thresholds: d.thresholds,
    severeFrom: d.severeFrom,
    referLimit: d.referLimit,
    referFloor: d.referFloor,
    positiveRange: d.positiveRange,
    referTo: d.referTo,
    gate: d.gate,
    alongside: d.alongside,
    recallDays: d.recallDays,
    itemScales: scales.items,
    totalScales: scales.totals,
    asScreen: d.asScreen,
    answerOrder: Object.freeze(d.direction === "higher-is-worse" ? answers : answers.reverse()),
    riskIndex: d.riskItem === undefined ? undefined : d.riskItem - 1,
    riskField: d.riskItem === undefined ? undefined : `item${d.riskItem}`,
    riskCode: d.riskItem === undefined ? undefined : `${d.id}-item${d.riskItem}`,
    riskPolicyKey: d.riskItem === undefined ? undefined : `${d.id}Item${d.riskItem}`,
    fullForms,
    next: role === "screen" ? d.itemsOf?.id : d.asScreen?.next,
    // An instrument without verified codes of its own is not read by its items' codes: a response
    // with some PHQ-9 items is read as a PHQ-9, never guessed to be another form.
    itemCodes: d.loinc === null ? undefined : (d.loinc.items ?? (ownerCodes === undefined ? undefined : d.itemsOf!.items.map((i) => ownerCodes[i]!))),
    answerCodes: d.loinc === null ? undefined : (d.loinc.answers ?? owner?.loinc?.answers),
  });
}

/**
 * @internal Derives the registry from definitions. It does not check them: the library's own are
 * checked by `checkDefinitions` when `npm run schemas` runs (the build fails on a bad one) and by
 * a test; `checkedRegistry` checks others first.
 */
export /* @__NO_SIDE_EFFECTS__ */ function createRegistry(definitions: readonly InstrumentDefinition[]): Registry {
  const byDef = new Map(definitions.map((d) => [d.id, d]));
  const sorted = [...definitions].sort((a, b) => a.order - b.order);
  const measureDefs = sorted.filter((d) => !("positive" in d.thresholds));
  const instruments = Object.freeze(sorted.map((d) => derive(d, byDef, measureDefs)));
  return Object.freeze({
    instruments,
    ids: Object.freeze(instruments.map((i) => i.id)),
    byId: new Map(instruments.map((i) => [i.id, i])),
    measures: Object.freeze(instruments.filter((i) => i.role === "measure")),
    screens: Object.freeze(instruments.filter((i) => i.role === "screen")),
    withRiskItem: Object.freeze(instruments.filter((i) => i.riskIndex !== undefined)),
  });
}

/** @internal The library's registry, from the definitions under src/instruments/. */
export const REGISTRY: Registry = /* @__PURE__ */ createRegistry(DEFINITIONS);
