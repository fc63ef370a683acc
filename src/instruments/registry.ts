/**
 * The registry: the instrument definitions, checked once, with the facts every other part
 * derives from them (canonical ranges, the order of answers, short-form relations, LOINC item
 * codes). The types of instrument ids, band ids and scales are derived from the definitions
 * too.
 *
 * @internal
 * @module
 */
import { DEFINITIONS } from "../generated/instruments.js";
import type { BandDefinition, Direction, InstrumentDefinition, ItemScale, MeasureThresholds, ScreenThresholds } from "./define.js";

type Definitions = typeof DEFINITIONS;
type DefinitionOf<I extends string> = Extract<Definitions[number], { readonly id: I }>;

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
export type MeasureId = Extract<Definitions[number], { readonly thresholds: { readonly refer: number } }>["id"];

/**
 * The short screens (PHQ-2, GAD-2): a positive total asks for the full instrument.
 *
 * @example
 * ```ts
 * const id: ScreenId = "phq2";
 * ```
 */
export type ScreenId = Extract<Definitions[number], { readonly thresholds: { readonly positive: number } }>["id"];

/**
 * The band ids of each instrument (`scores.<id>.band`), as published.
 *
 * @example
 * ```ts
 * const band: BandId<"phq9"> = "moderately-severe";
 * ```
 */
export type BandId<I extends InstrumentId = InstrumentId> = I extends InstrumentId ? DefinitionOf<I>["bands"][number]["id"] : never;

/**
 * The names of an instrument's item scales (`"1-5"` and `"0-4"` for the K10).
 *
 * @example
 * ```ts
 * const scale: ScaleId<"k10"> = "0-4";
 * ```
 */
export type ScaleId<I extends InstrumentId = InstrumentId> = I extends InstrumentId ? DefinitionOf<I>["scales"][number]["id"] : never;

/**
 * The instruments with an item that asks about thoughts of death or self-harm (the PHQ-9).
 *
 * @example
 * ```ts
 * const id: RiskItemInstrumentId = "phq9";
 * ```
 */
export type RiskItemInstrumentId = Extract<Definitions[number], { readonly riskItem: number }>["id"];

/**
 * The field that carries an instrument's risk item beside a total (`item9` for the PHQ-9).
 *
 * @example
 * ```ts
 * const field: RiskField<"phq9"> = "item9";
 * ```
 */
export type RiskField<I extends InstrumentId = InstrumentId> = I extends InstrumentId
  ? DefinitionOf<I> extends { readonly riskItem: infer N extends number } ? `item${N}` : never
  : never;

type RiskNumber<I extends InstrumentId> = DefinitionOf<I> extends { readonly riskItem: infer N extends number } ? N : never;

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
  /** For a screen: the measures whose items include all of its items, in registry order. */
  readonly fullForms: readonly string[];
  /** For a screen: the instrument its items are taken from, asked for when it is positive. */
  readonly next: string | undefined;
  /** The LOINC code of each item, own or taken from `itemsOf`; `undefined` where none is verified. */
  readonly itemCodes: readonly string[] | undefined;
  /** The LOINC answer codes of its items and their scores, own or taken from `itemsOf`. */
  readonly answerCodes: Readonly<Record<string, number>> | undefined;
}

/** @internal The checked definitions and what is derived from them. */
export interface Registry {
  readonly instruments: readonly Instrument[];
  readonly ids: readonly string[];
  readonly byId: ReadonlyMap<string, Instrument>;
  readonly measures: readonly Instrument[];
  readonly screens: readonly Instrument[];
  /** Instruments with a risk item (the PHQ-9). */
  readonly withRiskItem: readonly Instrument[];
}

/** A definition that cannot work: a mistake in the library's source, not in anyone's input. */
function invalid(id: string, message: string): never {
  throw new Error(`Instrument definition "${id}": ${message}`);
}

function checkRanges(d: InstrumentDefinition, totalRange: readonly [number, number]): void {
  if (!/^[a-z][a-z0-9]*$/.test(d.id)) invalid(d.id, "the id must be lower-case letters and digits");
  if (!Number.isInteger(d.itemCount) || d.itemCount < 1) invalid(d.id, "itemCount must be a positive integer");
  for (const scale of d.scales) {
    const span = scale.itemRange[1] - scale.itemRange[0];
    if (span !== d.scales[0].itemRange[1] - d.scales[0].itemRange[0]) invalid(d.id, `scale ${scale.id} must have as many answers as the canonical scale`);
  }
  let next = totalRange[0];
  for (const band of d.bands) {
    if (band.min !== next || band.max < band.min) invalid(d.id, `band ${band.id} must start at ${next}`);
    next = band.max + 1;
  }
  if (next !== totalRange[1] + 1) invalid(d.id, `the bands must end at the highest total, ${totalRange[1]}`);
  const inRange = (n: number) => Number.isInteger(n) && n >= totalRange[0] && n <= totalRange[1];
  const t = d.thresholds;
  if ("positive" in t ? !inRange(t.positive) : !inRange(t.care) || !inRange(t.refer)) invalid(d.id, "thresholds must lie in the total range");
  if (d.severeFrom !== null && !inRange(d.severeFrom)) invalid(d.id, "severeFrom must lie in the total range");
  if (d.riskItem !== undefined && !(Number.isInteger(d.riskItem) && d.riskItem >= 1 && d.riskItem <= d.itemCount)) invalid(d.id, "riskItem must be an item's number");
  if (d.loinc?.items !== undefined && d.loinc.items.length !== d.itemCount) invalid(d.id, "loinc.items must give one code per item");
}

/** Each item as `<root instrument>:<index>`, following `itemsOf` to the instrument that owns it. */
function baseItems(d: InstrumentDefinition, byId: ReadonlyMap<string, InstrumentDefinition>, seen: readonly string[] = []): string[] {
  if (d.itemsOf === undefined) return Array.from({ length: d.itemCount }, (_, i) => `${d.id}:${i}`);
  const of = byId.get(d.itemsOf.id) ?? invalid(d.id, `itemsOf names "${d.itemsOf.id}", which is not defined`);
  if (seen.includes(of.id)) invalid(d.id, "itemsOf must not go round in a circle");
  if (d.itemsOf.items.length !== d.itemCount) invalid(d.id, "itemsOf.items must name one item per item");
  if (of.scales[0].itemRange.join() !== d.scales[0].itemRange.join()) invalid(d.id, `its items must be scored as ${of.id}'s are`);
  const base = baseItems(of, byId, [...seen, d.id]);
  return d.itemsOf.items.map((i) => base[i] ?? invalid(d.id, `itemsOf.items names item ${i}, which ${of.id} does not have`));
}

function derive(d: InstrumentDefinition, byId: ReadonlyMap<string, InstrumentDefinition>, measures: readonly InstrumentDefinition[]): Instrument {
  const itemRange = d.scales[0].itemRange;
  const totalRange = [itemRange[0] * d.itemCount, itemRange[1] * d.itemCount] as const;
  checkRanges(d, totalRange);
  const base = baseItems(d, byId);
  const role = "positive" in d.thresholds ? "screen" : "measure";
  const fullForms =
    role === "screen" ? measures.filter((m) => baseItems(m, byId).join() !== "" && base.every((b) => baseItems(m, byId).includes(b))).map((m) => m.id) : [];
  if (role === "screen" && d.itemsOf === undefined) invalid(d.id, "a screen names the instrument its items come from (itemsOf)");
  if (role === "screen" && !fullForms.includes(d.itemsOf!.id)) invalid(d.id, `itemsOf must name a measure (${d.itemsOf!.id} is not one)`);
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
    bands: d.bands,
    role,
    thresholds: d.thresholds,
    answerOrder: Object.freeze(d.direction === "higher-is-worse" ? answers : answers.reverse()),
    riskIndex: d.riskItem === undefined ? undefined : d.riskItem - 1,
    riskField: d.riskItem === undefined ? undefined : `item${d.riskItem}`,
    riskCode: d.riskItem === undefined ? undefined : `${d.id}-item${d.riskItem}`,
    riskPolicyKey: d.riskItem === undefined ? undefined : `${d.id}Item${d.riskItem}`,
    fullForms,
    next: role === "screen" ? d.itemsOf!.id : undefined,
    // An instrument without verified codes of its own is not read by its items' codes: a response
    // with some PHQ-9 items is read as a PHQ-9, never guessed to be another form.
    itemCodes: d.loinc === null ? undefined : (d.loinc.items ?? (ownerCodes === undefined ? undefined : d.itemsOf!.items.map((i) => ownerCodes[i]!))),
    answerCodes: d.loinc === null ? undefined : (d.loinc.answers ?? owner?.loinc?.answers),
  });
}

/**
 * @internal Checks definitions and derives the registry from them. Throws a plain `Error`
 * naming the definition when one cannot work (a mistake in the library's source).
 */
export /* @__NO_SIDE_EFFECTS__ */ function createRegistry(definitions: readonly InstrumentDefinition[]): Registry {
  const byDef = new Map<string, InstrumentDefinition>();
  const orders = new Set<number>();
  for (const d of definitions) {
    if (byDef.has(d.id)) invalid(d.id, "the id is defined twice");
    if (orders.has(d.order)) invalid(d.id, `order ${d.order} is taken by another instrument`);
    byDef.set(d.id, d);
    orders.add(d.order);
  }
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
