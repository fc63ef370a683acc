/**
 * `coaching-scope/fhir`: reads PHQ-9, GAD-7 and PHQ-2 answers from a FHIR R4/R5
 * QuestionnaireResponse into a `ScreeningInput` for `assessScope`.
 *
 * Items are recognised by their LOINC codes — in the Questionnaire's `item.code`, in the
 * `linkId` itself (`/44250-9`, `44250-9`), or through the `codes` option — at any depth of
 * groups. Answers are scored from LOINC answer codes, `valueInteger`, or the Questionnaire's
 * answer options (`ordinalValue` or `itemWeight`). Totals are always recomputed from the items;
 * an unanswered item stays unanswered (`null`), never 0.
 *
 * @module
 */
import { isRecord } from "../shared/check.js";
import { ScopeInputError, type ScopeIssue } from "../shared/errors.js";
import type { ScreeningInput } from "../input/screening-input.js";
import { REGISTRY, type Instrument, type Registry } from "../instruments/registry.js";
import type { Answer } from "../instruments/scoring.js";

/**
 * What the adapter reports beside the input: anything it read differently from what the
 * response says, or could not read. Never a reason to trust the input less than `assessScope`
 * already does: an unreadable answer becomes an unanswered item.
 *
 * @example
 * ```ts
 * const warning: FhirWarning = { code: "stored-total-differs", linkId: "H1/TS", message: "The stored PHQ-9 total is 13; the answers sum to 10. The answers are used." };
 * ```
 */
export interface FhirWarning {
  /** A stable code: `stored-total-differs`, `stored-total-used`, `answer-not-scored`, `answer-declined`, `unknown-item`, `ambiguous-short-form`. */
  readonly code: FhirWarningCode;
  /** The `linkId` of the item the warning is about, where there is one. */
  readonly linkId?: string;
  /** A sentence for logs and people. */
  readonly message: string;
}

/**
 * The codes of {@link FhirWarning}.
 *
 * @example
 * ```ts
 * const code: FhirWarningCode = "answer-declined";
 * ```
 */
export type FhirWarningCode =
  | "stored-total-differs"
  | "stored-total-used"
  | "answer-not-scored"
  | "answer-declined"
  | "unknown-item"
  | "ambiguous-short-form";

/**
 * Options of {@link fromQuestionnaireResponse}.
 *
 * @example
 * ```ts
 * const options: FhirOptions = { questionnaire, codes: { "H1/T1/Q1": "44250-9" } };
 * ```
 */
export interface FhirOptions {
  /**
   * The Questionnaire the response answers: supplies item codes (`item.code`) and answer
   * scores (`ordinalValue`, `itemWeight`, or a contained ValueSet's concepts).
   */
  readonly questionnaire?: unknown;
  /**
   * LOINC codes for linkIds that carry none, for questionnaires that do not code their items:
   * `{ "H1/T1/Q1": "44250-9" }`.
   */
  readonly codes?: Readonly<Record<string, string>>;
}

/**
 * The result of {@link fromQuestionnaireResponse}: the input for `assessScope`, and warnings.
 *
 * @example
 * ```ts
 * const { input, warnings }: FhirResult = fromQuestionnaireResponse(response);
 * ```
 */
export interface FhirResult {
  /** The instruments found, as `ScreeningInput.instruments`. */
  readonly input: ScreeningInput;
  /** What was read differently from the response, or not read. */
  readonly warnings: readonly FhirWarning[];
}

/** The registry's LOINC tables: what the reader recognises. */
interface CodeTables {
  /** Instruments read by their items' codes, in registry order. */
  readonly coded: readonly Instrument[];
  readonly totals: ReadonlyMap<string, Instrument>;
  readonly panels: ReadonlyMap<string, Instrument>;
  /** Items of a panel that carry no score. */
  readonly unscored: ReadonlySet<string>;
}

/** @internal The LOINC tables of a registry's instruments (from their verified codes only). */
export function codeTables(registry: Registry): CodeTables {
  const totals = new Map<string, Instrument>();
  const panels = new Map<string, Instrument>();
  const unscored = new Set<string>();
  for (const i of registry.instruments) {
    const loinc = i.definition.loinc;
    if (loinc?.total !== undefined) totals.set(loinc.total, i);
    if (loinc?.panel !== undefined) panels.set(loinc.panel, i);
    for (const code of loinc?.unscored ?? []) unscored.add(code);
  }
  return { coded: registry.instruments.filter((i) => i.itemCodes !== undefined), totals, panels, unscored };
}

let tables: CodeTables | undefined;
const libraryTables = (): CodeTables => (tables ??= codeTables(REGISTRY));

/** @internal "the PHQ-9, GAD-7 or PHQ-2": the instruments read by their items' codes. */
export function readNames(t: CodeTables = libraryTables()): string {
  const names = t.coded.map((i) => i.name);
  return `the ${names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names.at(-1)!}` : names.join("")}`;
}
const LOINC = "http://loinc.org";
const DATA_ABSENT = "http://terminology.hl7.org/CodeSystem/data-absent-reason";
const ORDINAL = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
const ITEM_WEIGHT = "http://hl7.org/fhir/StructureDefinition/itemWeight";
const LOINC_CODE = /^\d{1,7}-\d$/;

type Json = Record<string, unknown>;
interface Coding { system?: string | undefined; code?: string | undefined }
interface QItem { code: string | undefined; options: Map<string, number> }
type Answers = { items: Answer[] } | { total: number };

function fail(path: (string | number)[], message: string, code: ScopeIssue["code"] = "invalid_type"): never {
  throw new ScopeInputError([{ path, code, message }], "Invalid FHIR QuestionnaireResponse");
}

function codingKey(coding: Coding): string {
  return `${coding.system ?? ""}|${coding.code ?? ""}`;
}

/** A score from an `ordinalValue` or `itemWeight` extension, if there is one. */
function weightOf(element: unknown): number | undefined {
  if (!isRecord(element) || !Array.isArray(element["extension"])) return undefined;
  for (const ext of element["extension"]) {
    if (isRecord(ext) && (ext["url"] === ORDINAL || ext["url"] === ITEM_WEIGHT)) {
      const value = ext["valueDecimal"] ?? ext["valueInteger"];
      if (typeof value === "number") return value;
    }
  }
  return undefined;
}

/** Scores of the answer codings an item allows: from answerOption, or a contained ValueSet. */
function optionScores(item: Json, contained: Map<string, Json>): Map<string, number> {
  const scores = new Map<string, number>();
  const add = (coding: unknown, weight: number | undefined, system?: unknown) => {
    if (!isRecord(coding) || weight === undefined) return;
    const c: Coding = { system: (coding["system"] ?? system) as string | undefined, code: coding["code"] as string | undefined };
    scores.set(codingKey(c), weight);
    scores.set(codingKey({ code: c.code }), weight);
  };
  if (Array.isArray(item["answerOption"])) {
    for (const option of item["answerOption"]) {
      if (isRecord(option)) add(option["valueCoding"], weightOf(option) ?? weightOf(option["valueCoding"]));
    }
  }
  const valueSet = typeof item["answerValueSet"] === "string" ? contained.get(item["answerValueSet"].replace(/^#/, "")) : undefined;
  const include = isRecord(valueSet?.["compose"]) ? (valueSet["compose"] as Json)["include"] : undefined;
  if (Array.isArray(include)) {
    for (const part of include) {
      if (!isRecord(part) || !Array.isArray(part["concept"])) continue;
      for (const concept of part["concept"]) add(concept, weightOf(concept), part["system"]);
    }
  }
  return scores;
}

function loincCodeOf(codes: unknown): string | undefined {
  if (!Array.isArray(codes)) return undefined;
  for (const c of codes) if (isRecord(c) && (c["system"] === LOINC || c["system"] === undefined) && typeof c["code"] === "string") return c["code"];
  return undefined;
}

/** The Questionnaire's items by linkId, with their LOINC code and answer scores. */
function readQuestionnaire(questionnaire: unknown, t: CodeTables): { items: Map<string, QItem>; panel: Instrument | undefined } {
  const items = new Map<string, QItem>();
  if (questionnaire === undefined) return { items, panel: undefined };
  if (!isRecord(questionnaire) || questionnaire["resourceType"] !== "Questionnaire") {
    return fail(["questionnaire"], "Expected a FHIR Questionnaire (resourceType \"Questionnaire\")");
  }
  const contained = new Map<string, Json>();
  if (Array.isArray(questionnaire["contained"])) {
    for (const r of questionnaire["contained"]) if (isRecord(r) && typeof r["id"] === "string") contained.set(r["id"], r);
  }
  const walk = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const item of list) {
      if (!isRecord(item)) continue;
      if (typeof item["linkId"] === "string") items.set(item["linkId"], { code: loincCodeOf(item["code"]), options: optionScores(item, contained) });
      walk(item["item"]);
    }
  };
  walk(questionnaire["item"]);
  const panelCode = loincCodeOf(questionnaire["code"]);
  return { items, panel: panelCode === undefined ? undefined : t.panels.get(panelCode) };
}

interface Found { linkId: string; code: string; answers: unknown[]; options: Map<string, number> | undefined }

/**
 * Reads a FHIR QuestionnaireResponse (R4 or R5) into a `ScreeningInput` with the PHQ-9, GAD-7
 * and PHQ-2 answers it holds, ready for `assessScope`.
 *
 * - Items are recognised by LOINC code: in the Questionnaire's `item.code` (pass it as
 *   `questionnaire`), in the `linkId` (`/44250-9` or `44250-9`), or through `codes`; items
 *   nested in groups at any depth are found.
 * - Answers are scored from LOINC answer codes (LA6568-5 … LA6571-9), from `valueInteger`, or
 *   from the Questionnaire's answer options (`ordinalValue`, `itemWeight`, or the concepts of a
 *   contained ValueSet), matched by code.
 * - Totals are recomputed from the items. A stored total that differs gives a warning naming
 *   both numbers; it is never used while items are there. An unanswered, declined or
 *   unscoreable item becomes `null` (unanswered), never 0, so the missing-answer rule applies.
 *
 * @throws `ScopeInputError` (recognise it with `isScopeInputError`) when the value is not a
 *   QuestionnaireResponse, the Questionnaire is not one, or `codes` is malformed.
 *
 * @example
 * ```ts
 * import { assessScope } from "coaching-scope";
 * import { fromQuestionnaireResponse } from "coaching-scope/fhir";
 *
 * const { input, warnings } = fromQuestionnaireResponse(response, { questionnaire });
 * input.instruments?.phq9;
 * //=> { items: [2, 2, 2, 2, 1, 1, 2, 0, 0] }
 * assessScope({ ...input, risk: { imminentDanger: false } }).level;
 * //=> "refer"
 * ```
 */
export function fromQuestionnaireResponse(response: unknown, options?: FhirOptions): FhirResult {
  if (!isRecord(response) || response["resourceType"] !== "QuestionnaireResponse") {
    return fail([], `Expected a FHIR QuestionnaireResponse (resourceType "QuestionnaireResponse"), received ${isRecord(response) ? JSON.stringify(response["resourceType"] ?? null) : typeof response}`);
  }
  const codes = checkOptions(options);
  const t = libraryTables();
  const { items: qItems, panel } = readQuestionnaire(options?.questionnaire, t);
  const warnings: FhirWarning[] = [];
  const found = collect(response["item"], t, qItems, codes, warnings);
  const reader = new Reader(found, t, warnings);
  for (const instrument of t.coded) {
    if (instrument.role === "measure") reader.readMeasure(instrument, panel);
  }
  reader.readStoredTotals();
  reader.reportUnread();
  const instruments = reader.instruments;
  const input: ScreeningInput = Object.keys(instruments).length > 0 ? { instruments } : {};
  return { input, warnings };
}

function checkOptions(options: FhirOptions | undefined): Readonly<Record<string, string>> | undefined {
  if (options !== undefined && !isRecord(options)) fail([], "Expected options to be an object");
  const codes = options?.codes;
  if (codes === undefined) return undefined;
  if (!isRecord(codes)) fail(["codes"], "Expected codes to map linkIds to LOINC codes");
  for (const [linkId, code] of Object.entries(codes)) {
    if (typeof code !== "string" || !LOINC_CODE.test(code)) fail(["codes", linkId], `Expected a LOINC code such as "44250-9", received ${JSON.stringify(code)}`, "invalid_value");
  }
  return codes as Readonly<Record<string, string>>;
}

/** Every answered or unanswered item with a LOINC code, at any depth. */
function collect(list: unknown, t: CodeTables, qItems: Map<string, QItem>, codes: Readonly<Record<string, string>> | undefined, warnings: FhirWarning[]): Found[] {
  const found: Found[] = [];
  const walk = (items: unknown, path: (string | number)[]) => {
    if (items === undefined) return;
    if (!Array.isArray(items)) fail(path, "Expected item to be a list");
    items.forEach((item: unknown, i) => {
      const at = [...path, i];
      if (!isRecord(item) || typeof item["linkId"] !== "string") fail(at, "Expected an item with a string linkId");
      const linkId = item["linkId"] as string;
      const q = qItems.get(linkId);
      const fromLink = linkId.replace(/^\//, "");
      const code = (codes !== undefined && Object.hasOwn(codes, linkId) ? codes[linkId] : undefined) ?? q?.code ?? (LOINC_CODE.test(fromLink) ? fromLink : undefined);
      const answers = item["answer"] === undefined ? [] : item["answer"];
      if (!Array.isArray(answers)) fail([...at, "answer"], "Expected answer to be a list");
      if (code !== undefined) found.push({ linkId, code, answers, options: q?.options });
      else if (answers.length > 0) {
        warnings.push({ code: "unknown-item", linkId, message: `Item ${linkId} is not an item of ${readNames(t)} (no LOINC code): it was not read` });
      }
      walk(item["item"], [...at, "item"]);
      // R4 nests items under answers too.
      answers.forEach((answer: unknown, j) => {
        if (isRecord(answer)) walk(answer["item"], [...at, "answer", j, "item"]);
      });
    });
  };
  walk(list, ["item"]);
  return found;
}

/** Reads the found items into instruments' answers, with warnings. */
class Reader {
  readonly instruments: Record<string, Answers> = {};
  private readonly byCode: Map<string, Found>;
  private readonly used = new Set<Found>();

  constructor(
    private readonly found: readonly Found[],
    private readonly t: CodeTables,
    private readonly warnings: FhirWarning[],
  ) {
    this.byCode = new Map(found.map((f) => [f.code, f]));
  }

  private present(codes: readonly string[]): boolean {
    return codes.some((c) => this.byCode.has(c));
  }

  private storedTotalOf(instrument: Instrument): Found | undefined {
    return this.found.find((f) => this.t.totals.get(f.code) === instrument);
  }

  /**
   * A measure, or a short screen that takes its items from it: a response with only the
   * screen's items is the screen when the Questionnaire or a stored screen total says so, and
   * otherwise the measure with its other items unanswered (the cautious reading).
   */
  readMeasure(measure: Instrument, panel: Instrument | undefined): void {
    const codes = measure.itemCodes!;
    if (!this.present(codes)) return;
    for (const screen of this.t.coded) {
      if (screen.next !== measure.id) continue;
      const own = codes.filter((c) => !screen.itemCodes!.includes(c));
      if (this.present(own)) continue;
      if (panel === screen || this.storedTotalOf(screen) !== undefined) return this.read(screen);
      if (panel !== measure) {
        const numbers = screen.definition.itemsOf!.items.map((i) => i + 1);
        const list = `${numbers.slice(0, -1).join(", ")} and ${numbers.at(-1)!}`;
        this.warnings.push({
          code: "ambiguous-short-form",
          message: `Only ${measure.name} items ${list} are there and nothing says this is a ${screen.name}: it is read as a ${measure.name} with ${measure.itemCount - numbers.length} items unanswered. Pass the Questionnaire to read it as a ${screen.name}.`,
        });
      }
    }
    this.read(measure);
  }

  private read(instrument: Instrument): void {
    const items = instrument.itemCodes!.map((code) => {
      const f = this.byCode.get(code);
      return f === undefined ? null : this.score(f, instrument);
    });
    this.instruments[instrument.id] = { items };
    const total = this.storedTotalOf(instrument);
    if (total === undefined) return;
    this.used.add(total);
    const stored = storedTotal(total.answers);
    if (stored !== undefined) this.compareTotal(instrument, items, stored, total.linkId);
  }

  private compareTotal(instrument: Instrument, items: readonly Answer[], stored: number, linkId: string): void {
    const answered = items.filter((a): a is number => a !== null);
    const sum = answered.reduce((a, b) => a + b, 0);
    const missing = items.length - answered.length;
    const [low, high] = [sum + missing * instrument.itemRange[0], sum + missing * instrument.itemRange[1]];
    // With every item answered, low and high are both the sum.
    if (stored < low || stored > high) {
      this.warnings.push({
        code: "stored-total-differs",
        linkId,
        message: `The stored ${instrument.name} total is ${stored}; the answers ${missing === 0 ? `sum to ${sum}` : `allow ${low}–${high}`}. The answers are used.`,
      });
    }
  }

  private score(f: Found, instrument: Instrument): Answer {
    this.used.add(f);
    if (f.answers.length === 0) return null;
    if (f.answers.length > 1) {
      this.warnings.push({ code: "answer-not-scored", linkId: f.linkId, message: `Item ${f.linkId} has ${f.answers.length} answers where one is expected: it counts as unanswered` });
      return null;
    }
    const answer = f.answers[0];
    const value = isRecord(answer) ? answer : {};
    let result: number | undefined;
    if (typeof value["valueInteger"] === "number") result = value["valueInteger"];
    else if (isRecord(value["valueCoding"])) {
      const coding = value["valueCoding"] as Coding;
      if (coding.system === DATA_ABSENT) {
        this.warnings.push({ code: "answer-declined", linkId: f.linkId, message: `Item ${f.linkId} was not answered (${coding.code ?? "data absent"}): it counts as unanswered` });
        return null;
      }
      const loinc = coding.system === LOINC || coding.system === undefined ? instrument.answerCodes?.[coding.code ?? ""] : undefined;
      result = loinc ?? f.options?.get(codingKey(coding)) ?? (coding.system === undefined ? undefined : f.options?.get(codingKey({ code: coding.code }))) ?? weightOf(coding);
    }
    const [min, max] = instrument.itemRange;
    if (!wholeIn(result, min, max)) {
      this.warnings.push({
        code: "answer-not-scored",
        linkId: f.linkId,
        message: `The ${instrument.name} answer to item ${f.linkId} (${JSON.stringify(answer)}) cannot be scored ${min}–${max}: it counts as unanswered`,
      });
      return null;
    }
    return result;
  }

  /** A total with none of its items: the stored total is all there is. */
  readStoredTotals(): void {
    for (const f of this.found) {
      const instrument = this.t.totals.get(f.code);
      if (instrument === undefined || this.used.has(f) || this.instruments[instrument.id] !== undefined) continue;
      // A screen read in place of its measure stands for it.
      if (this.t.coded.some((s) => s.next === instrument.id && this.instruments[s.id] !== undefined)) continue;
      this.used.add(f);
      const stored = storedTotal(f.answers);
      const [min, max] = instrument.totalRange;
      if (!wholeIn(stored, min, max)) {
        if (f.answers.length > 0) {
          this.warnings.push({ code: "answer-not-scored", linkId: f.linkId, message: `The stored ${instrument.name} total of item ${f.linkId} is not a whole number from ${min} to ${max}: it was not read` });
        }
        continue;
      }
      this.instruments[instrument.id] = { total: stored };
      const risk = instrument.riskIndex === undefined ? "" : `; item ${instrument.riskIndex + 1}, the risk question, stays unknown`;
      this.warnings.push({ code: "stored-total-used", linkId: f.linkId, message: `No ${instrument.name} items were found, so the stored total (${stored}) is used${risk}` });
    }
  }

  /** Items with a code that were not read. */
  reportUnread(): void {
    for (const f of this.found) {
      if (this.used.has(f) || f.answers.length === 0) continue;
      const message = this.t.unscored.has(f.code)
        ? `Item ${f.linkId} (LOINC ${f.code}) is part of the panel but carries no score: it was not read`
        : `Item ${f.linkId} (LOINC ${f.code}) is not an item of ${readNames(this.t)}: it was not read`;
      this.warnings.push({ code: "unknown-item", linkId: f.linkId, message });
    }
  }
}

/** A whole number from `min` to `max`. */
function wholeIn(value: number | undefined, min: number, max: number): value is number {
  return Number.isInteger(value) && value! >= min && value! <= max;
}

function storedTotal(answers: unknown[]): number | undefined {
  const answer = answers[0];
  if (!isRecord(answer)) return undefined;
  const value = answer["valueInteger"] ?? answer["valueDecimal"] ?? (isRecord(answer["valueQuantity"]) ? answer["valueQuantity"]["value"] : undefined);
  return typeof value === "number" ? value : undefined;
}
