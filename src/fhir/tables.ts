/**
 * What the FHIR reader recognises, derived from the registry: each verified LOINC code's target
 * (an instrument's item, total or panel, or an unscored item that answers an input field), and
 * the item references of the `codes` option (`k10:3`).
 *
 * @internal
 * @module
 */
import { baseItems, REGISTRY, type Instrument, type Registry } from "../instruments/registry.js";
import type { InstrumentDefinition, UnscoredItem } from "../instruments/define.js";

/** @internal What one code or reference stands for. */
export type Target =
  | {
      readonly kind: "item";
      /** The instrument that owns the item (the end of `itemsOf`). */
      readonly family: string;
      /** `<owner>:<index>`: the same for the PHQ-9's item 1 and the PHQ-2's. */
      readonly base: string;
      /** The instrument a reference names (`phq8:1`); LOINC item codes name none. */
      readonly named: string | undefined;
    }
  | { readonly kind: "total"; readonly instrument: Instrument }
  | { readonly kind: "panel"; readonly instrument: Instrument }
  | { readonly kind: "gate"; readonly instrument: Instrument }
  | { readonly kind: "unscored"; readonly item: UnscoredItem };

/** @internal The registry's tables for reading FHIR. */
export interface CodeTables {
  readonly registry: Registry;
  /** Verified LOINC codes and what they stand for. */
  readonly codes: ReadonlyMap<string, Target>;
  /** Each instrument's items as `<owner>:<index>`. */
  readonly base: ReadonlyMap<string, readonly string[]>;
  /** The instruments whose items all belong to one owner, by owner, in registry order. */
  readonly families: ReadonlyMap<string, readonly Instrument[]>;
  /** Instruments read by their items' LOINC codes, in registry order. */
  readonly coded: readonly Instrument[];
  /** Each instrument's LOINC answer codes and scores: its own, or those of the instrument that owns its items. */
  readonly answers: ReadonlyMap<string, Readonly<Record<string, number>>>;
}

const NONE: readonly string[] = [];

/** @internal A LOINC code (`44250-9`). */
export const LOINC_CODE = /^\d{1,7}-\d$/;

/** @internal The LOINC tables and families of a registry's instruments (from their verified codes only). */
export function codeTables(registry: Registry): CodeTables {
  const defs = new Map<string, InstrumentDefinition>(registry.instruments.map((i) => [i.id, i.definition]));
  const codes = new Map<string, Target>();
  const base = new Map<string, readonly string[]>();
  const families = new Map<string, Instrument[]>();
  for (const i of registry.instruments) {
    const items = baseItems(i.definition, defs);
    base.set(i.id, items);
    const family = familyOf(items[0]!);
    families.set(family, [...(families.get(family) ?? []), i]);
    const loinc = i.definition.loinc;
    if (loinc?.total !== undefined) codes.set(loinc.total, { kind: "total", instrument: i });
    if (loinc?.panel !== undefined) codes.set(loinc.panel, { kind: "panel", instrument: i });
    for (const item of loinc?.unscored ?? []) codes.set(item.code, { kind: "unscored", item });
    i.itemCodes?.forEach((code, k) => codes.set(code, { kind: "item", family, base: items[k]!, named: undefined }));
  }
  const answers = new Map<string, Readonly<Record<string, number>>>();
  for (const i of registry.instruments) {
    // An item's answers are its owner's, whichever form asks it (a PHQ-8 referred to by `phq8:1`).
    const list = i.answerCodes ?? registry.byId.get(familyOf(base.get(i.id)![0]!))?.answerCodes;
    if (list !== undefined) answers.set(i.id, list);
  }
  return { registry, codes, base, families, coded: registry.instruments.filter((i) => i.itemCodes !== undefined), answers };
}

/** @internal The instrument that owns an item (`phq9` of `phq9:3`). */
export function familyOf(base: string): string {
  return base.slice(0, base.indexOf(":"));
}

let tables: CodeTables | undefined;
/** @internal The library's own tables, built on first use. */
export const libraryTables = (): CodeTables => (tables ??= codeTables(REGISTRY));

/** @internal "the PHQ-9, GAD-7 or PHQ-2": the instruments read by their items' codes. */
export function readNames(t: CodeTables = libraryTables()): string {
  const names = t.coded.map((i) => i.name);
  return `the ${names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names.at(-1)!}` : names.join("")}`;
}

/**
 * @internal What a `codes` entry stands for: a verified LOINC code, or a reference `<id>:<n>`
 * (item n, from 1), `<id>:total` or `<id>:<gate>` (`pcptsd5:exposure`). A string that is neither
 * gives `undefined`; a LOINC code that is not in the tables gives `null`.
 */
export function referenceTarget(value: string, t: CodeTables): Target | null | undefined {
  if (LOINC_CODE.test(value)) return t.codes.get(value) ?? null;
  const match = /^([a-z][a-z0-9]*):([1-9]\d{0,3}|[a-z][A-Za-z]*)$/.exec(value);
  const instrument = match === null ? undefined : t.registry.byId.get(match[1]!);
  if (instrument === undefined) return undefined;
  const part = match![2]!;
  if (part === "total") return { kind: "total", instrument };
  if (part === instrument.gate) return { kind: "gate", instrument };
  const n = Number(part);
  const items = t.base.get(instrument.id)!;
  if (!Number.isInteger(n) || n > items.length) return undefined;
  return { kind: "item", family: familyOf(items[n - 1]!), base: items[n - 1]!, named: instrument.id };
}

/**
 * @internal The LOINC code an `item.definition` names: a URI on loinc.org whose last segment
 * (after `/` or `#`) is a code (`http://loinc.org/44250-9`,
 * `http://loinc.org/fhir/DataElement/44250-9`).
 */
export function definitionCode(definition: string | undefined): string | undefined {
  if (definition === undefined || !/^https?:\/\/loinc\.org[/#]/.test(definition)) return undefined;
  const last = definition.replace(/\/$/, "").split(/[/#]/).at(-1)!;
  return LOINC_CODE.test(last) ? last : undefined;
}

/**
 * @internal The LOINC codes a linkId holds: the whole linkId (`44250-9`, `/44250-9`) or the last
 * segment of a path-style one (`/44249-1/44250-9`) is the item's own code; the segments before
 * it are its groups' (a panel there says which form the item belongs to).
 */
export function linkIdCodes(linkId: string): { readonly own: string | undefined; readonly groups: readonly string[] } {
  const slash = linkId.lastIndexOf("/");
  // Most linkIds hold one segment at most (`/44250-9`, `q1`): no list to build.
  if (slash <= 0) return { own: LOINC_CODE.test(linkId.slice(slash + 1)) ? linkId.slice(slash + 1) : undefined, groups: NONE };
  const parts = linkId.split("/");
  const last = parts.pop()!;
  return { own: LOINC_CODE.test(last) ? last : undefined, groups: parts.filter((p) => LOINC_CODE.test(p)) };
}
