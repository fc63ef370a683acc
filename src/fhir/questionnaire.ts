/**
 * Reading a FHIR Questionnaire: each item's code (from `item.code` or `item.definition`) and its
 * answer options with their weights (`ordinalValue`, `itemWeight`, on an `answerOption` or on the
 * concepts of a contained ValueSet); the panels its codes name.
 *
 * @internal
 * @module
 */
import type { Instrument } from "../instruments/registry.js";
import { Budget, fail, field, isObject, list, object, show, text, walkItems, type Path } from "./data.js";
import { definitionCode, LOINC_CODE, type CodeTables } from "./tables.js";

/** @internal The LOINC system. */
export const LOINC = "http://loinc.org";
const ORDINAL = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
const ITEM_WEIGHT = "http://hl7.org/fhir/StructureDefinition/itemWeight";

/** @internal One coded answer option and its weight. */
export interface QOption {
  readonly system: string | undefined;
  readonly code: string | undefined;
  readonly weight: number | undefined;
}

/** @internal Coded options by code, and their distinct weights (built once per list or ValueSet). */
export interface OptionSet {
  readonly byCode: ReadonlyMap<string, readonly QOption[]>;
  /** The distinct weights, lowest first (`NaN` for a weight given twice differently); past 32, no more are kept. */
  readonly weights: readonly number[];
}

/** @internal A Questionnaire item: what it stands for and its answer options. */
export interface QItem {
  /** Its LOINC codes (`item.code`, then `item.definition`), known or not, each once. */
  readonly codes: readonly string[];
  /** Its answer options: its own `answerOption`s, and the ValueSet it names. */
  readonly sets: readonly OptionSet[];
  /** The distinct weights of all its options, lowest first. */
  readonly weights: readonly number[];
  /** Its `definition`, as written. */
  readonly definition: string | undefined;
}

/** More distinct weights than any instrument has answers: such a list is never a published range. */
const MAX_WEIGHTS = 32;

/** @internal The options of an item that have the code `code`. */
export function optionsFor(q: QItem, code: string): readonly QOption[] {
  if (q.sets.length === 1) return q.sets[0]!.byCode.get(code) ?? [];
  const out: QOption[] = [];
  for (const set of q.sets) out.push(...(set.byCode.get(code) ?? []));
  return out;
}

function optionSet(options: readonly QOption[]): OptionSet {
  const byCode = new Map<string, QOption[]>();
  const weights = new Set<number>();
  for (const o of options) {
    if (o.code !== undefined) {
      const same = byCode.get(o.code);
      if (same === undefined) byCode.set(o.code, [o]);
      else same.push(o);
    }
    if (o.weight !== undefined && weights.size <= MAX_WEIGHTS) weights.add(o.weight);
  }
  return { byCode, weights: [...weights].sort((a, b) => a - b) };
}

/** @internal What a Questionnaire tells the reader. */
export interface QuestionnaireInfo {
  readonly items: ReadonlyMap<string, QItem>;
  /** The instruments its own `code` names as panels. */
  readonly panels: readonly Instrument[];
}

/**
 * @internal The weight an element's `ordinalValue` or `itemWeight` extensions give, if any;
 * `NaN` when they give more than one (no weight can be trusted then).
 */
export function weightOf(element: Record<string, unknown>, path: Path, budget: Budget): number | undefined {
  const extensions = list(element, "extension", path, budget);
  const weights = new Set<number>();
  for (let i = 0; i < extensions.length; i++) {
    const at = [...path, "extension", i];
    const ext = object(extensions[i], at, "an extension");
    const url = field(ext, "url", at);
    if (url !== ORDINAL && url !== ITEM_WEIGHT) continue;
    for (const key of ["valueDecimal", "valueInteger"]) {
      const value = field(ext, key, at);
      if (value === undefined) continue;
      if (typeof value !== "number" || !Number.isFinite(value)) fail([...at, key], "Expected the weight of an ordinalValue or itemWeight extension to be a number");
      weights.add(value);
    }
    if (weights.size === 0) fail([...at, "valueDecimal"], "Expected the weight of an ordinalValue or itemWeight extension to be a number");
  }
  return weights.size === 0 ? undefined : weights.size === 1 ? [...weights][0] : Number.NaN;
}

/** The LOINC codes of a `code` list (system LOINC or none). */
function loincCodes(owner: Record<string, unknown>, path: Path, budget: Budget): string[] {
  const out: string[] = [];
  list(owner, "code", path, budget).forEach((c, i) => {
    const at = [...path, "code", i];
    const coding = object(c, at, "a code");
    const system = text(coding, "system", at);
    const code = text(coding, "code", at);
    if ((system === LOINC || system === undefined) && code !== undefined && LOINC_CODE.test(code)) out.push(code);
  });
  return out;
}

function coded(coding: Record<string, unknown>, path: Path, weight: number | undefined, system?: string): QOption {
  return { system: text(coding, "system", path) ?? system, code: text(coding, "code", path), weight };
}

/** A weight given on an option and again on its coding: one, or `NaN` when they differ. */
function both(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined || a === b ? a : Number.NaN;
}

/** The concepts of a contained ValueSet, as options. */
function concepts(valueSet: { value: Record<string, unknown>; path: Path }, budget: Budget): QOption[] {
  const options: QOption[] = [];
  const compose = field(valueSet.value, "compose", valueSet.path);
  if (!isObject(compose, [...valueSet.path, "compose"])) return options;
  list(compose, "include", [...valueSet.path, "compose"], budget).forEach((p, i) => {
    const at = [...valueSet.path, "compose", "include", i];
    const part = object(p, at, "an include");
    const system = text(part, "system", at);
    list(part, "concept", at, budget).forEach((c, j) => {
      const cat = [...at, "concept", j];
      const concept = object(c, cat, "a concept");
      options.push(coded(concept, cat, weightOf(concept, cat, budget), system));
    });
  });
  return options;
}

/** The item's coded options: its `answerOption`s, and the concepts of the contained ValueSet it names (each ValueSet read once). */
function optionsOf(item: Record<string, unknown>, path: Path, contained: Contained, budget: Budget): OptionSet[] {
  const options: QOption[] = [];
  list(item, "answerOption", path, budget).forEach((o, i) => {
    const at = [...path, "answerOption", i];
    const option = object(o, at, "an answerOption");
    const value = field(option, "valueCoding", at);
    if (value === undefined) return;
    const coding = object(value, [...at, "valueCoding"], "valueCoding");
    options.push(coded(coding, [...at, "valueCoding"], both(weightOf(option, at, budget), weightOf(coding, [...at, "valueCoding"], budget))));
  });
  const ref = text(item, "answerValueSet", path);
  const valueSet = ref?.startsWith("#") === true ? contained.get(ref.slice(1)) : undefined;
  const own = options.length > 0 ? [optionSet(options)] : [];
  if (valueSet === undefined) return own;
  valueSet.options ??= optionSet(concepts(valueSet, budget));
  return [...own, valueSet.options];
}

type Contained = ReadonlyMap<string, { value: Record<string, unknown>; path: Path; options?: OptionSet }>;

/** @internal Reads a Questionnaire (`undefined`: none was given). Errors name paths under `questionnaire`. */
export function readQuestionnaire(questionnaire: unknown, t: CodeTables): QuestionnaireInfo {
  const items = new Map<string, QItem>();
  if (questionnaire === undefined) return { items, panels: [] };
  const root: Path = ["questionnaire"];
  if (!isObject(questionnaire, root) || field(questionnaire, "resourceType", root) !== "Questionnaire") {
    return fail(root, 'Expected a FHIR Questionnaire (resourceType "Questionnaire")');
  }
  const budget = new Budget();
  const contained = new Map<string, { value: Record<string, unknown>; path: Path; options?: OptionSet }>();
  list(questionnaire, "contained", root, budget).forEach((r, i) => {
    const at = [...root, "contained", i];
    const resource = object(r, at, "a contained resource");
    const id = text(resource, "id", at);
    if (id !== undefined) contained.set(id, { value: resource, path: at });
  });
  walkItems(questionnaire, root, budget, (item, linkId, path) => {
    if (items.has(linkId)) fail([...path, "linkId"], `Expected every item's linkId to be its own: ${show(linkId)} is used twice`, "invalid_value");
    const codes = loincCodes(item, path, budget);
    const definition = text(item, "definition", path);
    const fromDefinition = definitionCode(definition);
    if (fromDefinition !== undefined) codes.push(fromDefinition);
    const sets = optionsOf(item, path, contained, budget);
    const weights = sets.length === 1 ? sets[0]!.weights : [...new Set(sets.flatMap((set) => set.weights))].sort((a, b) => a - b);
    items.set(linkId, { codes: [...new Set(codes)], sets, weights, definition });
    return [[item, path]];
  });
  const panels = loincCodes(questionnaire, root, budget).flatMap((c) => {
    const target = t.codes.get(c);
    return target?.kind === "panel" ? [target.instrument] : [];
  });
  return { items, panels };
}
