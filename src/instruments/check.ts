/**
 * Checks instrument definitions: a definition that cannot work is a mistake in the library's
 * source, so `npm run schemas` (and therefore the build) runs this over the library's own, and a
 * test does too. Kept apart from the registry so that no bundle carries it.
 *
 * @internal
 * @module
 */
import type { InstrumentDefinition } from "./define.js";
import { createRegistry, type Registry } from "./registry.js";

function invalid(id: string, message: string): never {
  throw new Error(`Instrument definition "${id}": ${message}`);
}

const distinct = (ids: readonly string[]) => new Set(ids).size === ids.length;
const positiveInteger = (n: number) => Number.isInteger(n) && n >= 1;

/** The fields an instrument's answers already use: a gate may not take one. */
const ANSWER_FIELDS = new Set(["items", "total", "scale"]);

function checkFields(d: InstrumentDefinition): void {
  if (d.gate !== undefined && (!/^[a-z][A-Za-z]*$/.test(d.gate) || ANSWER_FIELDS.has(d.gate) || d.gate === `item${d.riskItem}`)) invalid(d.id, "gate must be a field name of its own (letters, not items, total or scale)");
  if (d.alongside !== undefined && d.severeFrom !== null) invalid(d.id, "alongside is for an instrument without a severe band: with one, totals below it are lowered");
  if (!/^[a-z][a-z0-9]*$/.test(d.id)) invalid(d.id, "the id must be lower-case letters and digits");
  if (!positiveInteger(d.itemCount)) invalid(d.id, "itemCount must be a positive integer");
  if (!Number.isFinite(d.order)) invalid(d.id, "order must be a finite number");
  if (!positiveInteger(d.recallDays)) invalid(d.id, "recallDays must be a positive integer");
  if (!distinct(d.scales.map((s) => s.id))) invalid(d.id, "scale ids must differ");
  if (d.bands !== undefined && !distinct(d.bands.map((b) => b.id))) invalid(d.id, "band ids must differ");
  const [low, high] = d.scales[0].itemRange;
  for (const score of Object.values(d.loinc?.answers ?? {})) {
    if (!(Number.isInteger(score) && score >= low && score <= high)) invalid(d.id, `a LOINC answer scores ${score}, outside the item range ${low}–${high}`);
  }
}

/** Care before refer, in the direction the instrument's scores run. */
function checkThresholdOrder(d: InstrumentDefinition): void {
  const t = d.thresholds;
  if ("positive" in t) return;
  if (d.direction === "higher-is-worse" ? t.care > t.refer : t.care < t.refer) invalid(d.id, `the default care threshold (${t.care}) is past refer (${t.refer})`);
}

function checkRanges(d: InstrumentDefinition): void {
  const [low, high] = d.scales[0].itemRange;
  for (const scale of d.scales) {
    if (scale.itemRange[1] - scale.itemRange[0] !== high - low) invalid(d.id, `scale ${scale.id} must have as many answers as the canonical scale`);
  }
  const totalRange = [low * d.itemCount, high * d.itemCount] as const;
  const inRange = (n: number) => Number.isInteger(n) && n >= totalRange[0] && n <= totalRange[1];
  if (d.change !== undefined) {
    const { reliable, caseness } = d.change;
    if (!(Number.isInteger(reliable) && reliable > 0 && reliable <= totalRange[1] - totalRange[0])) invalid(d.id, "change.reliable must be a positive integer no wider than the total range");
    if (caseness !== undefined && !inRange(caseness)) invalid(d.id, "change.caseness must lie in the total range");
  }
  const t = d.thresholds;
  if ("positive" in t) {
    // A screen's bands follow the policy's threshold, which its limits keep inside the range.
    if (d.bands !== undefined) invalid(d.id, "a screen has no bands of its own: negative and positive follow the policy's threshold");
    const limits = d.positiveRange ?? invalid(d.id, "a screen gives positiveRange, the thresholds a policy may set");
    if (!(inRange(limits[0]) && limits[0] > totalRange[0] && inRange(limits[1]) && limits[0] <= t.positive && t.positive <= limits[1])) {
      invalid(d.id, "positiveRange must lie above the lowest total and hold the default threshold");
    }
    return;
  }
  const bands = d.bands ?? invalid(d.id, "a measure gives its published bands");
  let next = totalRange[0];
  for (const band of bands) {
    if (band.min !== next || band.max < band.min) invalid(d.id, `band ${band.id} must start at ${next}`);
    next = band.max + 1;
  }
  if (next !== totalRange[1] + 1) invalid(d.id, `the bands must end at the highest total, ${totalRange[1]}`);
  if (!inRange(t.care) || !inRange(t.refer)) invalid(d.id, "thresholds must lie in the total range");
  const limit = d.referLimit ?? invalid(d.id, "a measure gives referLimit, the most lenient refer threshold a policy may set");
  if (!inRange(limit) || (d.direction === "higher-is-worse" ? t.refer > limit : t.refer < limit)) invalid(d.id, "referLimit must lie in the total range and allow the default refer threshold");
  if (d.referFloor !== undefined && !(inRange(d.referFloor) && d.referFloor <= t.refer && d.referFloor <= limit && d.direction === "higher-is-worse")) {
    invalid(d.id, "referFloor must lie in the total range, at or below the default refer threshold and referLimit (higher-is-worse only)");
  }
  if (d.severeFrom !== null && !bands.some((b) => b.min === d.severeFrom)) invalid(d.id, "severeFrom must be where a published band starts");
  if (d.asScreen !== undefined && !Number.isInteger(d.asScreen.itemAtOrBelow)) invalid(d.id, "asScreen.itemAtOrBelow must be an item answer");
  if (d.riskItem !== undefined && !(Number.isInteger(d.riskItem) && d.riskItem >= 1 && d.riskItem <= d.itemCount)) invalid(d.id, "riskItem must be an item's number");
  if (d.loinc?.items !== undefined && d.loinc.items.length !== d.itemCount) invalid(d.id, "loinc.items must give one code per item");
  for (const u of d.loinc?.unscored ?? []) {
    if (u.trueFor.length === 0 || !u.trueFor.every((a) => u.answers.includes(a))) invalid(d.id, `loinc.unscored ${u.code} must name, among its answers, those that make ${u.field} true`);
  }
}

function checkItemsOf(d: InstrumentDefinition, byId: ReadonlyMap<string, InstrumentDefinition>, seen: readonly string[] = []): void {
  if (d.itemsOf === undefined) return;
  const of = byId.get(d.itemsOf.id) ?? invalid(d.id, `itemsOf names "${d.itemsOf.id}", which is not defined`);
  if (seen.includes(of.id)) invalid(d.id, "itemsOf must not go round in a circle");
  if (d.itemsOf.items.length !== d.itemCount) invalid(d.id, "itemsOf.items must name one item per item");
  if (of.scales[0].itemRange.join() !== d.scales[0].itemRange.join()) invalid(d.id, `its items must be scored as ${of.id}'s are`);
  for (const i of d.itemsOf.items) if (!(Number.isInteger(i) && i >= 0 && i < of.itemCount)) invalid(d.id, `itemsOf.items names item ${i}, which ${of.id} does not have`);
  checkItemsOf(of, byId, [...seen, d.id]);
}

/** @internal Checks definitions; throws an `Error` naming the first that cannot work. Returns them. */
export function checkDefinitions<D extends readonly InstrumentDefinition[]>(definitions: D): D {
  const byId = new Map<string, InstrumentDefinition>();
  const orders = new Set<number>();
  for (const d of definitions) {
    if (byId.has(d.id)) invalid(d.id, "the id is defined twice");
    if (orders.has(d.order)) invalid(d.id, `order ${d.order} is taken by another instrument`);
    byId.set(d.id, d);
    orders.add(d.order);
  }
  for (const d of definitions) {
    checkFields(d);
    checkRanges(d);
    checkThresholdOrder(d);
    checkItemsOf(d, byId);
    if (d.asScreen !== undefined) {
      const next = byId.get(d.asScreen.next) ?? invalid(d.id, `asScreen names "${d.asScreen.next}", which is not defined`);
      if ("positive" in next.thresholds) invalid(d.id, `asScreen must name a measure (${next.id} is not one)`);
    }
    if ("positive" in d.thresholds) {
      if (d.itemsOf === undefined) {
        // A screen of its own refers when positive: it says where to.
        if (d.referTo === undefined) invalid(d.id, "a screen names the instrument its items come from (itemsOf), or where it refers when positive (referTo)");
        continue;
      }
      const of = byId.get(d.itemsOf.id)!;
      if ("positive" in of.thresholds) invalid(d.id, `itemsOf must name a measure (${of.id} is not one)`);
    }
  }
  return definitions;
}

/** @internal A registry of checked definitions. */
export function checkedRegistry(definitions: readonly InstrumentDefinition[]): Registry {
  return createRegistry(checkDefinitions(definitions));
}
