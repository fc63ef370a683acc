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
import { isRecord } from "../check.js";
import { ScopeInputError, type ScopeIssue } from "../errors.js";
import type { ScreeningInput } from "../input.js";
import type { Answer } from "../scales.js";

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

type FhirInstrument = "phq9" | "gad7" | "phq2";

/** LOINC item codes of each instrument, in item order. */
const ITEM_CODES: Readonly<Record<FhirInstrument, readonly string[]>> = {
  phq9: ["44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8"],
  gad7: ["69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"],
  phq2: ["44250-9", "44255-8"],
};
const TOTAL_CODES: Readonly<Record<string, FhirInstrument>> = { "44261-6": "phq9", "70274-6": "gad7", "55758-7": "phq2" };
const PANEL_CODES: Readonly<Record<string, FhirInstrument>> = { "44249-1": "phq9", "69737-5": "gad7", "55757-9": "phq2" };
/** Items that belong to a panel but carry no score (the PHQ-9 difficulty question). */
const UNSCORED_CODES: ReadonlySet<string> = /* @__PURE__ */ new Set(["69722-7"]);
const NAMES: Readonly<Record<FhirInstrument, string>> = { phq9: "PHQ-9", gad7: "GAD-7", phq2: "PHQ-2" };
/** LOINC answer list LL358-3. */
const LOINC_ANSWERS: Readonly<Record<string, number>> = { "LA6568-5": 0, "LA6569-3": 1, "LA6570-1": 2, "LA6571-9": 3 };
const LOINC = "http://loinc.org";
const DATA_ABSENT = "http://terminology.hl7.org/CodeSystem/data-absent-reason";
const ORDINAL = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
const ITEM_WEIGHT = "http://hl7.org/fhir/StructureDefinition/itemWeight";
const LOINC_CODE = /^\d{1,7}-\d$/;

type Json = Record<string, unknown>;
interface Coding { system?: string | undefined; code?: string | undefined }
interface QItem { code: string | undefined; options: Map<string, number> }

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
function readQuestionnaire(questionnaire: unknown): { items: Map<string, QItem>; panel: FhirInstrument | undefined } {
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
  return { items, panel: panelCode === undefined ? undefined : PANEL_CODES[panelCode] };
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
  if (options !== undefined && !isRecord(options)) fail([], "Expected options to be an object");
  const codes = options?.codes;
  if (codes !== undefined) {
    if (!isRecord(codes)) fail(["codes"], "Expected codes to map linkIds to LOINC codes");
    for (const [linkId, code] of Object.entries(codes)) {
      if (typeof code !== "string" || !LOINC_CODE.test(code)) fail(["codes", linkId], `Expected a LOINC code such as "44250-9", received ${JSON.stringify(code)}`, "invalid_value");
    }
  }
  const { items: qItems, panel } = readQuestionnaire(options?.questionnaire);
  const warnings: FhirWarning[] = [];

  // Every answered or unanswered item with a LOINC code, at any depth.
  const found: Found[] = [];
  const walk = (list: unknown, path: (string | number)[]) => {
    if (list === undefined) return;
    if (!Array.isArray(list)) fail(path, "Expected item to be a list");
    list.forEach((item: unknown, i) => {
      const at = [...path, i];
      if (!isRecord(item) || typeof item["linkId"] !== "string") fail(at, "Expected an item with a string linkId");
      const linkId = item["linkId"] as string;
      const q = qItems.get(linkId);
      const fromLink = linkId.replace(/^\//, "");
      const code = (codes?.[linkId] as string | undefined) ?? q?.code ?? (LOINC_CODE.test(fromLink) ? fromLink : undefined);
      const answers = item["answer"] === undefined ? [] : item["answer"];
      if (!Array.isArray(answers)) fail([...at, "answer"], "Expected answer to be a list");
      if (code !== undefined) found.push({ linkId, code, answers, options: q?.options });
      else if (answers.length > 0) {
        warnings.push({ code: "unknown-item", linkId, message: `Item ${linkId} is not an item of the PHQ-9, GAD-7 or PHQ-2 (no LOINC code): it was not read` });
      }
      walk(item["item"], [...at, "item"]);
      // R4 nests items under answers too.
      answers.forEach((answer: unknown, j) => {
        if (isRecord(answer)) walk(answer["item"], [...at, "answer", j, "item"]);
      });
    });
  };
  walk(response["item"], ["item"]);

  const byCode = new Map(found.map((f) => [f.code, f]));
  const present = (id: FhirInstrument) => ITEM_CODES[id].some((c) => byCode.has(c));
  const totalOf = (id: FhirInstrument) => found.find((f) => TOTAL_CODES[f.code] === id);
  // A response with only the first two PHQ items is a PHQ-2 when the Questionnaire or a PHQ-2
  // total says so, and otherwise a PHQ-9 with seven items unanswered (the cautious reading).
  const phq9Only = ITEM_CODES.phq9.slice(2).some((c) => byCode.has(c));
  const phq2Signal = panel === "phq2" || totalOf("phq2") !== undefined;
  const instruments: Record<string, { items: Answer[] } | { total: number }> = {};
  const used = new Set<Found>();

  const score = (f: Found, name: string): Answer => {
    used.add(f);
    if (f.answers.length === 0) return null;
    if (f.answers.length > 1) {
      warnings.push({ code: "answer-not-scored", linkId: f.linkId, message: `Item ${f.linkId} has ${f.answers.length} answers where one is expected: it counts as unanswered` });
      return null;
    }
    const answer = f.answers[0];
    const value = isRecord(answer) ? answer : {};
    let result: number | undefined;
    if (typeof value["valueInteger"] === "number") result = value["valueInteger"];
    else if (isRecord(value["valueCoding"])) {
      const coding = value["valueCoding"] as Coding;
      if (coding.system === DATA_ABSENT) {
        warnings.push({ code: "answer-declined", linkId: f.linkId, message: `Item ${f.linkId} was not answered (${coding.code ?? "data absent"}): it counts as unanswered` });
        return null;
      }
      result =
        (coding.system === LOINC || coding.system === undefined ? LOINC_ANSWERS[coding.code ?? ""] : undefined) ??
        f.options?.get(codingKey(coding)) ??
        (coding.system === undefined ? undefined : f.options?.get(codingKey({ code: coding.code }))) ??
        weightOf(coding);
    }
    if (result === undefined || !Number.isInteger(result) || result < 0 || result > 3) {
      warnings.push({
        code: "answer-not-scored",
        linkId: f.linkId,
        message: `The ${name} answer to item ${f.linkId} (${JSON.stringify(answer)}) cannot be scored 0–3: it counts as unanswered`,
      });
      return null;
    }
    return result;
  };

  const read = (id: FhirInstrument) => {
    const list = ITEM_CODES[id];
    const items = list.map((code) => {
      const f = byCode.get(code);
      return f === undefined ? null : score(f, NAMES[id]);
    });
    instruments[id] = { items };
    const total = totalOf(id);
    if (total === undefined) return;
    used.add(total);
    const stored = storedTotal(total.answers);
    if (stored === undefined) return;
    const answered = items.filter((a): a is number => a !== null);
    const sum = answered.reduce((a, b) => a + b, 0);
    const missing = items.length - answered.length;
    if (missing === 0 ? stored !== sum : stored < sum || stored > sum + 3 * missing) {
      warnings.push({
        code: "stored-total-differs",
        linkId: total.linkId,
        message: `The stored ${NAMES[id]} total is ${stored}; the answers ${missing === 0 ? `sum to ${sum}` : `allow ${sum}–${sum + 3 * missing}`}. The answers are used.`,
      });
    }
  };

  if (present("gad7")) read("gad7");
  if (present("phq9")) {
    if (!phq9Only && phq2Signal) read("phq2");
    else {
      if (!phq9Only && byCode.size > 0 && panel !== "phq9") {
        warnings.push({
          code: "ambiguous-short-form",
          message: "Only the first two PHQ items are there and nothing says this is a PHQ-2: it is read as a PHQ-9 with seven items unanswered. Pass the Questionnaire to read it as a PHQ-2.",
        });
      }
      read("phq9");
    }
  }
  // A total with none of its items: the stored total is all there is.
  for (const f of found) {
    const id = TOTAL_CODES[f.code];
    if (id === undefined || used.has(f) || instruments[id] !== undefined || (id === "phq9" && instruments["phq2"] !== undefined)) continue;
    used.add(f);
    const stored = storedTotal(f.answers);
    const max = id === "gad7" ? 21 : id === "phq9" ? 27 : 6;
    if (stored === undefined || !Number.isInteger(stored) || stored < 0 || stored > max) {
      if (f.answers.length > 0) warnings.push({ code: "answer-not-scored", linkId: f.linkId, message: `The stored ${NAMES[id]} total of item ${f.linkId} is not a whole number from 0 to ${max}: it was not read` });
      continue;
    }
    instruments[id] = { total: stored };
    warnings.push({ code: "stored-total-used", linkId: f.linkId, message: `No ${NAMES[id]} items were found, so the stored total (${stored}) is used${id === "phq9" ? "; item 9, the risk question, stays unknown" : ""}` });
  }
  for (const f of found) {
    if (used.has(f) || f.answers.length === 0) continue;
    const message = UNSCORED_CODES.has(f.code)
      ? `Item ${f.linkId} (LOINC ${f.code}) is part of the panel but carries no score: it was not read`
      : `Item ${f.linkId} (LOINC ${f.code}) is not an item of the PHQ-9, GAD-7 or PHQ-2: it was not read`;
    warnings.push({ code: "unknown-item", linkId: f.linkId, message });
  }
  const input: ScreeningInput = Object.keys(instruments).length > 0 ? { instruments } : {};
  return { input, warnings };
}

function storedTotal(answers: unknown[]): number | undefined {
  const answer = answers[0];
  if (!isRecord(answer)) return undefined;
  const value = answer["valueInteger"] ?? answer["valueDecimal"] ?? (isRecord(answer["valueQuantity"]) ? answer["valueQuantity"]["value"] : undefined);
  return typeof value === "number" ? value : undefined;
}
