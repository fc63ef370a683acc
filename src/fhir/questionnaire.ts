/**
 * Reading a FHIR Questionnaire: each item's code (from `item.code` or `item.definition`) and its
 * answer options with their weights (`ordinalValue`, `itemWeight`, on an `answerOption` or on the
 * concepts of a contained ValueSet); the panels its codes name.
 *
 * @internal
 * @module
 */
import type { Instrument } from "../instruments/registry.js";
import { Budget, fail, field, isObject, list, object, text, walkItems, type Path } from "./data.js";
import { definitionCode, LOINC_CODE, type CodeTables, type Target } from "./tables.js";

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

/** @internal A Questionnaire item: what it stands for and its answer options. */
export interface QItem {
  /** The first of its codes that the tables know. */
  readonly target: Target | undefined;
  /** Its LOINC code (known or not), for messages. */
  readonly code: string | undefined;
  readonly options: readonly QOption[];
  /** The distinct weights of its options, lowest first. */
  readonly weights: readonly number[];
}

/** @internal What a Questionnaire tells the reader. */
export interface QuestionnaireInfo {
  readonly items: ReadonlyMap<string, QItem>;
  /** The instruments its own `code` names as panels. */
  readonly panels: readonly Instrument[];
}

/** @internal The weight an element's `ordinalValue` or `itemWeight` extension gives, if any. */
export function weightOf(element: Record<string, unknown>, path: Path): number | undefined {
  const extensions = list(element, "extension", path);
  for (let i = 0; i < extensions.length; i++) {
    const at = [...path, "extension", i];
    const ext = object(extensions[i], at, "an extension");
    const url = field(ext, "url", at);
    if (url !== ORDINAL && url !== ITEM_WEIGHT) continue;
    const value = field(ext, "valueDecimal", at) ?? field(ext, "valueInteger", at);
    if (typeof value !== "number" || !Number.isFinite(value)) fail([...at, "valueDecimal"], "Expected the weight of an ordinalValue or itemWeight extension to be a number");
    return value;
  }
  return undefined;
}

/** The LOINC codes of a `code` list (system LOINC or none). */
function loincCodes(owner: Record<string, unknown>, path: Path): string[] {
  const out: string[] = [];
  list(owner, "code", path).forEach((c, i) => {
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

/** The item's coded options: its `answerOption`s, or the concepts of the contained ValueSet it names. */
function optionsOf(item: Record<string, unknown>, path: Path, contained: ReadonlyMap<string, { value: Record<string, unknown>; path: Path }>): QOption[] {
  const options: QOption[] = [];
  list(item, "answerOption", path).forEach((o, i) => {
    const at = [...path, "answerOption", i];
    const option = object(o, at, "an answerOption");
    const value = field(option, "valueCoding", at);
    if (value === undefined) return;
    const coding = object(value, [...at, "valueCoding"], "valueCoding");
    options.push(coded(coding, [...at, "valueCoding"], weightOf(option, at) ?? weightOf(coding, [...at, "valueCoding"])));
  });
  const ref = text(item, "answerValueSet", path);
  const valueSet = ref?.startsWith("#") === true ? contained.get(ref.slice(1)) : undefined;
  if (valueSet === undefined) return options;
  const compose = field(valueSet.value, "compose", valueSet.path);
  if (!isObject(compose, [...valueSet.path, "compose"])) return options;
  list(compose, "include", [...valueSet.path, "compose"]).forEach((p, i) => {
    const at = [...valueSet.path, "compose", "include", i];
    const part = object(p, at, "an include");
    const system = text(part, "system", at);
    list(part, "concept", at).forEach((c, j) => {
      const cat = [...at, "concept", j];
      const concept = object(c, cat, "a concept");
      options.push(coded(concept, cat, weightOf(concept, cat), system));
    });
  });
  return options;
}

/** @internal Reads a Questionnaire (`undefined`: none was given). Errors name paths under `questionnaire`. */
export function readQuestionnaire(questionnaire: unknown, t: CodeTables): QuestionnaireInfo {
  const items = new Map<string, QItem>();
  if (questionnaire === undefined) return { items, panels: [] };
  const root: Path = ["questionnaire"];
  if (!isObject(questionnaire, root) || field(questionnaire, "resourceType", root) !== "Questionnaire") {
    return fail(root, 'Expected a FHIR Questionnaire (resourceType "Questionnaire")');
  }
  const budget = new Budget();
  const contained = new Map<string, { value: Record<string, unknown>; path: Path }>();
  list(questionnaire, "contained", root, budget).forEach((r, i) => {
    const at = [...root, "contained", i];
    const resource = object(r, at, "a contained resource");
    const id = text(resource, "id", at);
    if (id !== undefined) contained.set(id, { value: resource, path: at });
  });
  walkItems(questionnaire, root, budget, (item, linkId, path) => {
    const codes = loincCodes(item, path);
    const fromDefinition = definitionCode(text(item, "definition", path));
    if (fromDefinition !== undefined) codes.push(fromDefinition);
    const known = codes.find((c) => t.codes.has(c));
    const options = optionsOf(item, path, contained);
    const weights = [...new Set(options.flatMap((o) => (o.weight === undefined ? [] : [o.weight])))].sort((a, b) => a - b);
    items.set(linkId, { target: known === undefined ? undefined : t.codes.get(known), code: known ?? codes[0], options, weights });
    return [[item, path]];
  });
  const panels = loincCodes(questionnaire, root).flatMap((c) => {
    const target = t.codes.get(c);
    return target?.kind === "panel" ? [target.instrument] : [];
  });
  return { items, panels };
}
