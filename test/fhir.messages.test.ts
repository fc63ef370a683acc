// Every warning and error of the FHIR reader, word for word, with its code, linkId and path:
// one case for each branch of each message (singular and plural, each scale, each source).
// The texts were read and checked when they were written here; a change to any of them shows
// in review.
import { describe, expect, it } from "vitest";
import { isScopeInputError } from "../src/index.js";
import { codeTables, fromQuestionnaireResponse, readNames, type FhirOptions } from "../src/fhir/index.js";
import { createRegistry, REGISTRY } from "../src/instruments/registry.js";

const LOINC = "http://loinc.org";
const ORDINAL = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
const LA = ["LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"];
const PHQ9 = ["44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8"];
const coding = (score: number) => ({ valueCoding: { system: LOINC, code: LA[score] } });
const response = (item: unknown[], extra: object = {}) => ({ resourceType: "QuestionnaireResponse", ...extra, item });
const K10 = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i + 1}`, `k10:${i + 1}`]));

/** What the reader gives: its warnings, input and summary, or its error (title, issues). */
function outcome(value: unknown, options?: FhirOptions): unknown {
  try {
    const { input, recognised, warnings } = fromQuestionnaireResponse(value, options);
    return { input, recognised, warnings };
  } catch (error) {
    if (!isScopeInputError(error)) throw error;
    return { error: error.message.split("\n")[0], issues: error.issues };
  }
}
const warnings = (value: unknown, options?: FhirOptions) => (outcome(value, options) as { warnings: unknown[] }).warnings;
const issues = (value: unknown, options?: FhirOptions) => outcome(value, options) as { error: string; issues: unknown };

describe("warnings, word for word", () => {
  it("status", () => {
    expect(warnings(response([{ linkId: "/44250-9", answer: [coding(0)] }, { linkId: "/44260-8" }], { status: "in-progress" }))).toEqual([
      { code: "response-in-progress", path: ["status"], message: "The response is in progress: its answers may change and some may be missing" },
    ]);
    expect(warnings(response([{ linkId: "/44260-8" }], { status: "amended" }))).toEqual([
      { code: "response-amended", path: ["status"], message: "The response was amended after it was completed: these are its answers as amended" },
    ]);
  });

  it("the shorter form that was not chosen", () => {
    expect(warnings(response([{ linkId: "/44250-9", answer: [coding(1)] }]))).toEqual([
      {
        code: "ambiguous-short-form",
        message: "Only PHQ-9 item 1 is there and nothing says this is a PHQ-2: it is read as a PHQ-9 with 8 items unanswered. Pass the Questionnaire to read it as a PHQ-2.",
      },
    ]);
    expect(warnings(response([{ linkId: "/44255-8", answer: [coding(1)] }, { linkId: "/44250-9", answer: [coding(1)] }]))).toEqual([
      {
        code: "ambiguous-short-form",
        message: "Only PHQ-9 items 1 and 2 are there and nothing says this is a PHQ-2: it is read as a PHQ-9 with 7 items unanswered. Pass the Questionnaire to read it as a PHQ-2.",
      },
    ]);
  });

  it("answers that cannot be read", () => {
    const nine = (answer: object) => response([{ linkId: "/44260-8", answer: [answer] }]);
    expect(warnings(nine({ valueCoding: { system: "http://terminology.hl7.org/CodeSystem/data-absent-reason", code: "asked-declined" } }))).toEqual([
      { code: "answer-declined", linkId: "/44260-8", path: ["item", 0, "answer", 0], message: 'Item "/44260-8" was not answered ("asked-declined"): it counts as unanswered' },
    ]);
    expect(warnings(nine({ valueCoding: { system: "urn:x", code: "y" } }))).toEqual([
      { code: "answer-not-scored", linkId: "/44260-8", path: ["item", 0, "answer", 0], message: 'The PHQ-9 answer to item "/44260-8" (valueCoding "urn:x|y") cannot be scored: it counts as unanswered' },
    ]);
    expect(warnings(nine({ valueCoding: { display: "Often" } }))).toEqual([
      { code: "answer-not-scored", linkId: "/44260-8", path: ["item", 0, "answer", 0], message: 'The PHQ-9 answer to item "/44260-8" (valueCoding "|") cannot be scored: it counts as unanswered' },
    ]);
    expect(warnings(nine({ valueString: "often" }))[0]).toMatchObject({ message: 'The PHQ-9 answer to item "/44260-8" (valueString "often") cannot be scored: it counts as unanswered' });
    expect(warnings(nine({ valueDecimal: 2 }))[0]).toMatchObject({ message: 'The PHQ-9 answer to item "/44260-8" (valueDecimal 2) cannot be scored: it counts as unanswered' });
    expect(warnings(nine({ valueBoolean: true }))[0]).toMatchObject({ message: 'The PHQ-9 answer to item "/44260-8" (valueBoolean true) cannot be scored: it counts as unanswered' });
    expect(warnings(nine({}))[0]).toMatchObject({ message: 'The PHQ-9 answer to item "/44260-8" (no value) cannot be scored: it counts as unanswered' });
    expect(warnings(nine({ valueInteger: 4 }))[0]).toMatchObject({ message: 'The PHQ-9 answer to item "/44260-8" (valueInteger 4) cannot be scored 0–3: it counts as unanswered' });
    expect(warnings(nine({ valueInteger: 5, valueString: "x", valueDecimal: 1, valueBoolean: true, valueDate: "2026-01-01" }))[0]).toMatchObject({
      message: 'The PHQ-9 answer to item "/44260-8" holds more than one value ("valueInteger", "valueString", "valueDecimal", "valueBoolean"): it counts as unanswered',
    });
    expect(warnings(nine({ valueCoding: { system: "urn:x", code: "y", extension: [{ url: ORDINAL, valueDecimal: 5 }] } }))).toEqual([
      { code: "weights-out-of-range", linkId: "/44260-8", path: ["item", 0, "answer", 0], message: 'The answer to item "/44260-8" weighs the answer 5, outside the PHQ-9\'s item range (0–3): it counts as unanswered' },
    ]);
  });

  it("a K10's own weights, integers and scales", () => {
    const k10 = (answers: object[], options: FhirOptions = {}) => warnings(response(answers.map((answer, i) => ({ linkId: `k${i + 1}`, answer: [answer] }))), { codes: K10, ...options });
    expect(k10([{ valueCoding: { code: "x", extension: [{ url: ORDINAL, valueDecimal: 6 }] } }])).toEqual([
      { code: "weights-out-of-range", linkId: "k1", path: ["item", 0, "answer", 0], message: 'The answer to item "k1" weighs the answer 6, outside the K10\'s item ranges (1–5, 0–4): it counts as unanswered' },
    ]);
    expect(k10([{ valueInteger: 6 }])[0]).toMatchObject({ message: 'The K10 answer to item "k1" (valueInteger 6) cannot be scored 1–5 or 0–4: it counts as unanswered' });
    expect(k10([{ valueInteger: 3 }, { valueInteger: 2 }])).toEqual([
      {
        code: "scale-unknown",
        message: "The K10's items are published on 2 scales (1-5, 0-4) and nothing says which one these answers use: every item counts as unanswered. Pass the Questionnaire with its weights, or the scales option.",
      },
    ]);
    expect(k10([{ valueInteger: 0 }], { scales: { k10: "1-5" } })).toEqual([
      { code: "weights-out-of-range", linkId: "k1", path: ["item", 0], message: "The K10 answer 0 to item 1 lies outside the 1-5 scale (1–5): it counts as unanswered" },
    ]);
    // Nothing answered: nothing to say about the scale.
    expect(warnings(response([{ linkId: "k1" }]), { codes: K10 })).toEqual([]);
  });

  it("a K10 whose items name two scales, or whose items do not say theirs", () => {
    const weighted = (low: number) => ["a", "b", "c", "d", "e"].map((code, w) => ({ valueCoding: { system: "urn:k", code }, extension: [{ url: ORDINAL, valueDecimal: low + w }] }));
    const questionnaire = { resourceType: "Questionnaire", item: [{ linkId: "k1", answerOption: weighted(1) }, { linkId: "k2", answerOption: weighted(0) }] };
    const pick = { valueCoding: { system: "urn:k", code: "c" } };
    expect(warnings(response([{ linkId: "k1", answer: [pick] }, { linkId: "k2", answer: [pick] }]), { codes: K10, questionnaire })).toEqual([
      {
        code: "scale-unknown",
        message: "The K10's items are published on 2 scales (1-5, 0-4) and the answers name more than one (1-5, 0-4): every item counts as unanswered. Pass the Questionnaire with its weights, or the scales option.",
      },
    ]);
    const one = { resourceType: "Questionnaire", item: [{ linkId: "k1", answerOption: weighted(1) }] };
    expect(warnings(response([{ linkId: "k1", answer: [pick] }, { linkId: "k2", answer: [{ valueInteger: 2 }] }]), { codes: K10, questionnaire: one })).toEqual([
      { code: "scale-unknown", message: "Nothing says which scale the answer to K10 item 2 uses (the other items' weights are not theirs): it counts as unanswered. Pass the scales option." },
    ]);
    expect(warnings(response([{ linkId: "k1", answer: [pick] }, { linkId: "k2", answer: [{ valueInteger: 2 }] }, { linkId: "k3", answer: [{ valueInteger: 2 }] }]), { codes: K10, questionnaire: one })).toEqual([
      { code: "scale-unknown", message: "Nothing says which scale the answers to K10 items 2, 3 use (the other items' weights are not theirs): they count as unanswered. Pass the scales option." },
    ]);
  });

  it("Questionnaire weights", () => {
    const item = (options: object[]) => ({ resourceType: "Questionnaire", item: [{ linkId: "/44260-8", answerOption: options }] });
    const many = Array.from({ length: 40 }, (_, w) => ({ valueCoding: { system: "urn:s", code: `c${w}` }, extension: [{ url: ORDINAL, valueDecimal: w }] }));
    expect(warnings(response([{ linkId: "/44260-8", answer: [{ valueCoding: { system: "urn:s", code: "c1" } }] }]), { questionnaire: item(many) })).toEqual([
      { code: "weights-out-of-range", linkId: "/44260-8", path: ["item", 0], message: 'The Questionnaire weighs its answers 0, 1, 2, 3, 4, 5, 6, 7, …, which is not the PHQ-9\'s item range (0–3) for item "/44260-8": it counts as unanswered' },
    ]);
    const four = ["a", "b", "c", "d"].map((code, w) => ({ valueCoding: { system: "urn:s", code }, extension: [{ url: ORDINAL, valueDecimal: w }] }));
    const twice = [...four, { valueCoding: { system: "urn:s", code: "a" }, extension: [{ url: ORDINAL, valueDecimal: 2 }] }];
    expect(warnings(response([{ linkId: "/44260-8", answer: [{ valueCoding: { system: "urn:s", code: "a" } }] }]), { questionnaire: item(twice) })).toEqual([
      { code: "answer-not-scored", linkId: "/44260-8", path: ["item", 0, "answer", 0], message: 'The PHQ-9 answer to item "/44260-8" ("a") matches options weighted differently: it counts as unanswered' },
    ]);
    expect(warnings(response([{ linkId: "/44260-8", answer: [{ valueCoding: { system: "urn:s", code: "z" } }] }]), { questionnaire: item(four) })).toEqual([
      { code: "answer-not-scored", linkId: "/44260-8", path: ["item", 0, "answer", 0], message: 'The PHQ-9 answer to item "/44260-8" (valueCoding "urn:s|z") is not one of the Questionnaire\'s weighted options: it counts as unanswered' },
    ]);
    // An integer within the weights' range stands for itself; outside it, it is not read.
    expect(fromQuestionnaireResponse(response([{ linkId: "/44260-8", answer: [{ valueInteger: 3 }] }]), { questionnaire: item(four) }).input).toEqual({ instruments: { phq9: { items: [null, null, null, null, null, null, null, null, 3] } } });
    expect(warnings(response([{ linkId: "/44260-8", answer: [{ valueInteger: 4 }] }]), { questionnaire: item(four) })[0]).toMatchObject({ code: "answer-not-scored" });
    expect(warnings(response([{ linkId: "/44260-8", answer: [{ valueInteger: -1 }] }]), { questionnaire: item(four) })[0]).toMatchObject({ code: "answer-not-scored" });
    expect(warnings(response([{ linkId: "/44260-8", answer: [{ valueDecimal: 1 }] }]), { questionnaire: item(four) })[0]).toMatchObject({ code: "answer-not-scored" });
  });

  it("duplicates", () => {
    const six = Array.from({ length: 6 }, (_, i) => coding(i % 2));
    expect(warnings(response([{ linkId: "/44260-8", answer: six }]))).toEqual([
      { code: "duplicate-answer", linkId: "/44260-8", path: ["item", 0], message: 'Item "/44260-8" is answered more than once, differently (0, 1, 0, 1, 0, …): it counts as unanswered' },
    ]);
    expect(warnings(response([{ linkId: "/44260-8" }, { linkId: "/44260-8", answer: [coding(0), coding(2)] }]))).toEqual([
      { code: "duplicate-answer", linkId: "/44260-8", path: ["item", 1], message: 'Item "/44260-8" is answered more than once, differently (0, 2): it counts as unanswered' },
    ]);
    expect(warnings(response([{ linkId: "/44261-6" }, { linkId: "/44261-6", answer: [{ valueInteger: 3 }] }, { linkId: "/44261-6", answer: [{ valueInteger: 4 }] }]))).toEqual([
      { code: "duplicate-answer", linkId: "/44261-6", path: ["item", 1], message: "The stored PHQ-9 total is given more than once, differently: it is not used" },
    ]);
    expect(warnings(response([{ linkId: "q", definition: "http://loinc.org/44260-8", answer: [coding(1)] }, { linkId: "/44260-8", answer: [coding(1)] }]))).toEqual([]);
  });

  it("totals", () => {
    expect(warnings(response([{ linkId: "/44261-6", answer: [{ valueInteger: 30 }] }]))).toEqual([
      { code: "answer-not-scored", linkId: "/44261-6", path: ["item", 0], message: 'The stored PHQ-9 total of item "/44261-6" (30) is not a whole number from 0 to 27: it was not read' },
    ]);
    expect(warnings(response([{ linkId: "/44261-6", answer: [{ valueQuantity: { value: 1.5 } }] }]))[0]).toMatchObject({ message: 'The stored PHQ-9 total of item "/44261-6" (1.5) is not a whole number from 0 to 27: it was not read' });
    expect(warnings(response([{ linkId: "/44261-6", answer: [{ valueQuantity: { unit: "{score}" } }] }]))[0]).toMatchObject({ message: 'The stored PHQ-9 total of item "/44261-6" (no value) is not a whole number from 0 to 27: it was not read' });
    expect(warnings(response([{ linkId: "/44261-6", answer: [{ valueQuantity: { value: 5 } }] }]))).toEqual([
      { code: "stored-total-used", linkId: "/44261-6", path: ["item", 0], message: "No PHQ-9 items were found, so the stored total (5) is used; item 9, the risk question, stays unknown" },
    ]);
    expect(warnings(response([{ linkId: "t", answer: [{ valueInteger: 20 }] }]), { codes: { t: "k10:total" } })).toEqual([
      { code: "scale-unknown", linkId: "t", path: ["item", 0], message: "The stored K10 total is published on 2 scales (1-5, 0-4) and nothing says which one this is: it is not read. Pass the scales option." },
    ]);
    expect(warnings(response([{ linkId: "t", answer: [{ valueInteger: 51 }] }]), { codes: { t: "k10:total" }, scales: { k10: "1-5" } })[0]).toMatchObject({ message: 'The stored K10 total of item "t" (51) is not a whole number from 10 to 50: it was not read' });
    const k10Items = Array.from({ length: 10 }, (_, i) => ({ linkId: `k${i + 1}`, answer: [{ valueInteger: 1 }] }));
    expect(warnings(response([...k10Items, { linkId: "t", answer: [{ valueInteger: 12 }] }]), { codes: { ...K10, t: "k10:total" }, scales: { k10: "0-4" } })).toEqual([
      { code: "stored-total-differs", linkId: "t", path: ["item", 10], message: "The stored K10 total is 12 (0-4); the answers sum to 10 on the 0-4 scale. The answers are used." },
    ]);
    expect(warnings(response([...k10Items, { linkId: "t", answer: [{ valueInteger: 10 }] }]), { codes: { ...K10, t: "k10:total" }, scales: { k10: "0-4" } })).toEqual([]);
    const who5Items = [1, 2, 3, 4].map((n) => ({ linkId: `w${n}`, answer: [{ valueInteger: 2 }] }));
    const who5Codes = { w1: "who5:1", w2: "who5:2", w3: "who5:3", w4: "who5:4", t: "who5:total" };
    expect(warnings(response([...who5Items, { linkId: "t", answer: [{ valueInteger: 40 }] }]), { codes: who5Codes, scales: { who5: "percent" } })).toEqual([
      { code: "stored-total-unused", linkId: "t", path: ["item", 4], message: "The stored WHO-5 total (40) is not used: 1 of its items is unanswered, and form engines often count those as 0. The items are asked instead." },
    ]);
    expect(warnings(response([...who5Items, { linkId: "t", answer: [{ valueInteger: 4 }] }]), { codes: who5Codes, scales: { who5: "percent" } })).toEqual([
      { code: "stored-total-differs", linkId: "t", path: ["item", 4], message: "The stored WHO-5 total is 4 (percent); the answers allow 8–13 as a raw total. The answers are used." },
    ]);
  });

  it("item 10 and unknown items", () => {
    expect(warnings(response([{ linkId: "/44260-8", answer: [coding(0)] }, { linkId: "/69722-7", answer: [{ valueCoding: { system: "urn:x", code: "LA6574-3" } }] }]))).toEqual([
      { code: "answer-not-scored", linkId: "/69722-7", path: ["item", 1], message: 'The answer to item "/69722-7" is not one of its LOINC answers: dailyFunctioningImpaired is not set from it' },
    ]);
    expect(warnings(response([{ linkId: "/44260-8", answer: [coding(0)] }, { linkId: "/69722-7", answer: [{ valueCoding: { code: "LA6574-3" } }, { valueCoding: { system: LOINC, code: "LA6572-7" } }] }]))).toEqual([
      { code: "duplicate-answer", linkId: "/69722-7", path: ["item", 1], message: 'Item "/69722-7" is answered more than once, differently: dailyFunctioningImpaired is set to true, the more cautious reading' },
    ]);
    expect(warnings(response([{ linkId: "/44260-8", answer: [coding(0)] }, { linkId: "g", item: [{ linkId: "x", answer: [{ valueString: "?" }] }] }]))).toEqual([
      { code: "unknown-item", linkId: "x", path: ["item", 1, "item", 0], message: 'Item "x" is not an item of the PHQ-9, GAD-7 or PHQ-2 (no LOINC code): it was not read' },
    ]);
  });

  it("conflicting codes", () => {
    const questionnaire = { resourceType: "Questionnaire", item: [{ linkId: "q", code: [{ system: LOINC, code: "44260-8" }, { code: "44250-9" }, { system: "urn:other", code: "44255-8" }] }] };
    const result = fromQuestionnaireResponse(response([{ linkId: "q", answer: [coding(2)] }]), { questionnaire });
    expect(result.warnings).toEqual([{ code: "conflicting-codes", linkId: "q", path: ["item", 0], message: 'Item "q" has more than one code (44260-8, 44250-9): its answers count for each' }]);
    expect(result.input).toEqual({ instruments: { phq9: { items: [2, null, null, null, null, null, null, null, 2] } } });
  });
});

describe("text quoted from the response", () => {
  const quoted = (linkId: string) => (warnings(response([{ linkId, answer: [{ valueInteger: 1 }] }, { linkId: "/44260-8" }]))[0] as { message: string }).message.slice("Item ".length).split(" is not an item")[0];

  it("is cut after 100 characters, and escapes quotes, backslashes, controls and invisible characters only", () => {
    expect(quoted("x".repeat(100))).toBe(`"${"x".repeat(100)}"`);
    expect(quoted("x".repeat(101))).toBe(`"${"x".repeat(100)}…"`);
    expect(quoted('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(quoted("tab\there\nline")).toBe('"tab\\u0009here\\u000aline"');
    expect(quoted("é 😀 中")).toBe('"é 😀 中"');
    expect(quoted("\u{e0001}\u202e\u0085")).toBe('"\\u{e0001}\\u202e\\u0085"');
    // A pair cut in two at the limit leaves a lone half, which is escaped.
    expect(quoted(`${"x".repeat(99)}😀`)).toBe(`"${"x".repeat(99)}\\ud83d…"`);
  });
});

describe("errors, word for word", () => {
  const base = { resourceType: "QuestionnaireResponse" };

  it("in the response", () => {
    expect(issues({ ...base, status: "stopped" })).toEqual({
      error: "Invalid FHIR QuestionnaireResponse",
      issues: [{ path: ["status"], code: "invalid_value", message: 'The response\'s status is "stopped": it was abandoned, so its answers cannot be trusted, and is not read' }],
    });
    expect(issues({ ...base, status: "entered-in-error" }).issues).toEqual([{ path: ["status"], code: "invalid_value", message: 'The response\'s status is "entered-in-error": it was entered in error, and is not read' }]);
    expect(issues({ ...base, status: "final" }).issues).toEqual([{ path: ["status"], code: "invalid_value", message: 'Expected status to be one of in-progress, completed, amended, entered-in-error, stopped, received "final"' }]);
    expect(issues({ ...base, item: [{ linkId: "a", answer: [1] }] }).issues).toEqual([{ path: ["item", 0, "answer", 0], code: "invalid_type", message: "Expected an answer to be an object, received number" }]);
    expect(issues({ ...base, item: [{ linkId: "/44260-8", answer: [{ valueCoding: [] }] }] }).issues).toEqual([{ path: ["item", 0, "answer", 0, "valueCoding"], code: "invalid_type", message: "Expected valueCoding to be an object, received array" }]);
    expect(issues({ ...base, item: [{ linkId: "a", definition: 1 }] }).issues).toEqual([{ path: ["item", 0, "definition"], code: "invalid_type", message: "Expected definition to be a string, received number" }]);
    expect(issues({ ...base, item: [{ linkId: "/44261-6", answer: [{ valueQuantity: 5 }] }] }).issues).toEqual([{ path: ["item", 0, "answer", 0, "valueQuantity"], code: "invalid_type", message: "Expected valueQuantity to be an object, received number" }]);
    expect(issues({ ...base, item: [{ linkId: "/69722-7", answer: [{ valueCoding: "x" }] }] }).issues).toEqual([{ path: ["item", 0, "answer", 0, "valueCoding"], code: "invalid_type", message: "Expected valueCoding to be an object, received string" }]);
    expect(issues({ ...base, item: [{ linkId: "/69722-7", answer: [{ valueCoding: { code: 1 } }] }] }).issues).toEqual([{ path: ["item", 0, "answer", 0, "valueCoding", "code"], code: "invalid_type", message: "Expected code to be a string, received number" }]);
    expect(issues({ ...base, item: [{ linkId: "/69722-7", answer: [{ valueCoding: { system: 1 } }] }] }).issues).toEqual([{ path: ["item", 0, "answer", 0, "valueCoding", "system"], code: "invalid_type", message: "Expected system to be a string, received number" }]);
    expect(issues({ ...base, item: [{ linkId: "/44260-8", answer: [{ extension: [5] }] }] }).issues).toEqual([{ path: ["item", 0, "answer", 0, "extension", 0], code: "invalid_type", message: "Expected an extension to be an object, received number" }]);
    expect(issues({ ...base, item: [{ linkId: "/44260-8", answer: [{ extension: [{ url: ORDINAL }] }] }] }).issues).toEqual([{ path: ["item", 0, "answer", 0, "extension", 0, "valueDecimal"], code: "invalid_type", message: "Expected the weight of an ordinalValue or itemWeight extension to be a number" }]);
    expect(issues({ ...base, item: [{ linkId: "/44260-8", answer: [{ extension: [{ url: ORDINAL, valueInteger: Infinity }] }] }] }).issues).toEqual([{ path: ["item", 0, "answer", 0, "extension", 0, "valueInteger"], code: "invalid_type", message: "Expected the weight of an ordinalValue or itemWeight extension to be a number" }]);
    const nothing = issues({ ...base, item: [] });
    expect(nothing.error).toBe("Invalid FHIR QuestionnaireResponse");
  });

  it("in the Questionnaire", () => {
    const q = (questionnaire: object) => issues({ ...base, item: [] }, { questionnaire: { resourceType: "Questionnaire", ...questionnaire } });
    expect(q({ contained: [1] })).toEqual({ error: "Invalid FHIR Questionnaire", issues: [{ path: ["questionnaire", "contained", 0], code: "invalid_type", message: "Expected a contained resource to be an object, received number" }] });
    expect(q({ item: [{ linkId: "a", code: [1] }] }).issues).toEqual([{ path: ["questionnaire", "item", 0, "code", 0], code: "invalid_type", message: "Expected a code to be an object, received number" }]);
    expect(q({ item: [{ linkId: "a", code: [{ system: 1 }] }] }).issues).toEqual([{ path: ["questionnaire", "item", 0, "code", 0, "system"], code: "invalid_type", message: "Expected system to be a string, received number" }]);
    expect(q({ item: [{ linkId: "a", answerOption: [1] }] }).issues).toEqual([{ path: ["questionnaire", "item", 0, "answerOption", 0], code: "invalid_type", message: "Expected an answerOption to be an object, received number" }]);
    expect(q({ item: [{ linkId: "a", answerOption: [{ valueCoding: { code: "x", extension: [{ url: ORDINAL, valueDecimal: "1" }] } }] }] }).issues).toEqual([
      { path: ["questionnaire", "item", 0, "answerOption", 0, "valueCoding", "extension", 0, "valueDecimal"], code: "invalid_type", message: "Expected the weight of an ordinalValue or itemWeight extension to be a number" },
    ]);
    const vs = (compose: unknown) => q({ contained: [{ resourceType: "ValueSet", id: "v", compose }], item: [{ linkId: "a", answerValueSet: "#v" }] });
    expect(vs({ include: [1] }).issues).toEqual([{ path: ["questionnaire", "contained", 0, "compose", "include", 0], code: "invalid_type", message: "Expected an include to be an object, received number" }]);
    expect(vs({ include: [{ system: 1 }] }).issues).toEqual([{ path: ["questionnaire", "contained", 0, "compose", "include", 0, "system"], code: "invalid_type", message: "Expected system to be a string, received number" }]);
    expect(vs({ include: [{ concept: [1] }] }).issues).toEqual([{ path: ["questionnaire", "contained", 0, "compose", "include", 0, "concept", 0], code: "invalid_type", message: "Expected a concept to be an object, received number" }]);
    expect(vs({ include: {} }).issues).toEqual([{ path: ["questionnaire", "contained", 0, "compose", "include"], code: "invalid_type", message: "Expected include to be a list, received object" }]);
    // A ValueSet without a compose has no concepts; one named by no item is never read.
    expect(vs(undefined)).toMatchObject({ issues: [{ path: [], params: { reason: "nothing-recognized" } }] });
    expect(q({ contained: [{ resourceType: "ValueSet", id: "v", compose: { include: [1] } }] })).toMatchObject({ issues: [{ params: { reason: "nothing-recognized" } }] });
    expect(q({ item: [{ linkId: "a" }, { linkId: "a" }] }).issues).toEqual([{ path: ["questionnaire", "item", 1, "linkId"], code: "invalid_value", message: 'Expected every item\'s linkId to be its own: "a" is used twice' }]);
  });

  it("in the options", () => {
    const base2 = { ...base, item: [{ linkId: "/44260-8" }] };
    expect(issues(base2, { codes: { q: "x" } })).toEqual({ error: "Invalid FHIR options", issues: [{ path: ["codes", "q"], code: "invalid_value", message: 'Expected a LOINC code such as "44250-9" or an item such as "k10:3", received "x"' }] });
    expect(issues(base2, { scales: { k10: 4 } } as never)).toEqual({ error: "Invalid FHIR options", issues: [{ path: ["scales", "k10"], code: "invalid_value", message: 'Expected one of "1-5", "0-4", received 4' }] });
    expect(issues(base2, { scales: { who5: "0-5" } }).issues).toEqual([{ path: ["scales", "who5"], code: "invalid_value", message: 'Expected one of "raw", "percent", received "0-5"' }]);
    expect(issues(base2, { scales: { gad7: "0-3" } }).issues).toEqual([{ path: ["scales", "gad7"], code: "invalid_value", message: '"gad7" is not an instrument published on more than one scale' }]);
    expect(issues(base2, { scales: { nope: "0-3" } }).issues).toEqual([{ path: ["scales", "nope"], code: "invalid_value", message: '"nope" is not an instrument published on more than one scale' }]);
    expect(issues(base2, { allowEmpty: 1 } as never)).toEqual({ error: "Invalid FHIR options", issues: [{ path: ["allowEmpty"], code: "invalid_type", message: "Expected allowEmpty to be true or false" }] });
    expect(issues(base2, { allowEmpty: true, extra: 1 } as never)).toEqual({ error: "Invalid FHIR QuestionnaireResponse", issues: [{ path: [], code: "unrecognized_keys", message: 'Unknown option "extra": expected questionnaire, codes, scales or allowEmpty' }] });
    expect(issues(base2, { scales: 1 } as never).issues).toEqual([{ path: ["scales"], code: "invalid_type", message: "Expected scales to be an object, received number" }]);
  });

  it("limits and unreadable values", () => {
    const items = new Proxy([], { get: (target, key) => (key === "length" ? -1 : Reflect.get(target, key)) });
    expect(issues({ ...base, item: items }).issues).toEqual([{ path: ["item"], code: "custom", message: "Expected item to be a list with a length, received a length of number" }]);
    const throwing = Object.defineProperty({ linkId: "a" }, "answer", { get: () => { throw new RangeError("x"); } });
    expect(issues({ ...base, item: [throwing] }).issues).toEqual([{ path: ["item", 0, "answer"], code: "custom", message: "The value could not be read (reading threw RangeError): expected JSON data" }]);
    const odd = Object.defineProperty({ linkId: "a" }, "answer", { get: () => { throw "text"; } });
    expect(issues({ ...base, item: [odd] }).issues).toEqual([{ path: ["item", 0, "answer"], code: "custom", message: "The value could not be read (reading threw string): expected JSON data" }]);
    const element = new Proxy([{ linkId: "a" }], { get: (target, key) => { if (key === "0") throw new TypeError("no"); return Reflect.get(target, key); } });
    expect(issues({ ...base, item: element }).issues).toEqual([{ path: ["item", 0], code: "custom", message: "The value could not be read (reading threw TypeError): expected JSON data" }]);
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(issues({ ...base, item: proxy }).issues).toEqual([{ path: ["item"], code: "custom", message: "The value could not be read (reading threw TypeError): expected JSON data" }]);
  });
});

describe("which form the items are", () => {
  it("a panel in a path-style linkId names the form, with or without the group item", () => {
    const flat = response([{ linkId: "/55757-9/44250-9", answer: [coding(1)] }, { linkId: "/55757-9/44255-8", answer: [coding(1)] }]);
    expect(fromQuestionnaireResponse(flat).input).toEqual({ instruments: { phq2: { items: [1, 1] } } });
    const group = response([{ linkId: "/55757-9", item: [{ linkId: "44250-9", answer: [coding(1)] }, { linkId: "44255-8", answer: [coding(2)] }] }]);
    expect(fromQuestionnaireResponse(group).input).toEqual({ instruments: { phq2: { items: [1, 2] } } });
    // A segment that is not a panel's code names nothing; a slash inside a linkId is not a group.
    expect(fromQuestionnaireResponse(response([{ linkId: "/44261-6/44250-9", answer: [coding(1)] }])).input).toEqual({ instruments: { phq9: { items: [1, null, null, null, null, null, null, null, null] } } });
    expect(fromQuestionnaireResponse(response([{ linkId: "55757-9/44250-9", answer: [coding(1)] }])).input).toEqual({ instruments: { phq2: { items: [1, null] } } });
    expect(fromQuestionnaireResponse(response([{ linkId: "a/44250-9", answer: [coding(1)] }])).input).toEqual({ instruments: { phq9: { items: [1, null, null, null, null, null, null, null, null] } } });
    expect(fromQuestionnaireResponse(response([{ linkId: "/44250-9/a", answer: [coding(1)] }]), { allowEmpty: true }).input).toEqual({});
  });

  it("references name the form; the longest named form that holds the items wins", () => {
    const eight = { ...Object.fromEntries(PHQ9.slice(0, 8).map((c, i) => [`p${i}`, `phq8:${i + 1}`])), p8: "44260-8" };
    const items = PHQ9.slice(0, 8).map((_, i) => ({ linkId: `p${i}`, answer: [coding(0)] }));
    expect(Object.keys(fromQuestionnaireResponse(response(items), { codes: eight }).input.instruments!)).toEqual(["phq8"]);
    // With item 9 there too, only the PHQ-9 holds them all.
    expect(Object.keys(fromQuestionnaireResponse(response([...items, { linkId: "p8", answer: [coding(0)] }]), { codes: eight }).input.instruments!)).toEqual(["phq9"]);
    // A PHQ-2 panel and a PHQ-8 reference: the PHQ-8 is the longer.
    const both = response([{ linkId: "/55757-9" }, { linkId: "p0", answer: [coding(0)] }]);
    expect(Object.keys(fromQuestionnaireResponse(both, { codes: { p0: "phq8:1" } }).input.instruments!)).toEqual(["phq8"]);
    // A GAD-2 reference (no LOINC codes of its own) beside GAD-7 item codes.
    const gad = response([{ linkId: "g1", answer: [coding(1)] }, { linkId: "/68509-9", answer: [coding(2)] }]);
    expect(fromQuestionnaireResponse(gad, { codes: { g1: "gad2:1" } }).input).toEqual({ instruments: { gad2: { items: [1, 2] } } });
  });

  it("a Questionnaire item with answer options and a ValueSet scores from both", () => {
    const questionnaire = {
      resourceType: "Questionnaire",
      contained: [{ resourceType: "ValueSet", id: "v", compose: { include: [{ system: "urn:v", concept: ["c", "d"].map((code, w) => ({ code, extension: [{ url: ORDINAL, valueDecimal: w + 2 }] })) }] } }],
      item: [{ linkId: "/44260-8", answerValueSet: "#v", answerOption: ["a", "b"].map((code, w) => ({ valueCoding: { system: "urn:o", code }, extension: [{ url: ORDINAL, valueDecimal: w }] })) }],
    };
    const read = (system: string, code: string) => (fromQuestionnaireResponse(response([{ linkId: "/44260-8", answer: [{ valueCoding: { system, code } }] }]), { questionnaire }).input.instruments?.phq9 as { items: unknown[] }).items[8];
    expect([read("urn:o", "a"), read("urn:o", "b"), read("urn:v", "c"), read("urn:v", "d")]).toEqual([0, 1, 2, 3]);
    // A ValueSet named without "#" is not a contained one: only the options are left, 0–1.
    const outside = { ...questionnaire, item: [{ ...questionnaire.item[0]!, answerValueSet: "v" }] };
    expect(fromQuestionnaireResponse(response([{ linkId: "/44260-8", answer: [{ valueCoding: { system: "urn:o", code: "a" } }] }]), { questionnaire: outside }).warnings[0]).toMatchObject({ code: "weights-out-of-range" });
  });

  it("a weight on an option and the same weight on its coding is one weight", () => {
    const options = LA.map((code, w) => ({ valueCoding: { system: LOINC, code, extension: [{ url: ORDINAL, valueDecimal: w }] }, extension: [{ url: ORDINAL, valueInteger: w }] }));
    const questionnaire = { resourceType: "Questionnaire", item: [{ linkId: "/44260-8", answerOption: options }] };
    expect(fromQuestionnaireResponse(response([{ linkId: "/44260-8", answer: [coding(2)] }]), { questionnaire }).input).toEqual({ instruments: { phq9: { items: [null, null, null, null, null, null, null, null, 2] } } });
    // Weights of codes in another system than LOINC are not checked against LOINC's scores.
    const other = { resourceType: "Questionnaire", item: [{ linkId: "/44260-8", answerOption: LA.map((code, w) => ({ valueCoding: { system: "urn:other", code }, extension: [{ url: ORDINAL, valueDecimal: 3 - w }] })) }] };
    expect(fromQuestionnaireResponse(response([{ linkId: "/44260-8", answer: [{ valueCoding: { system: "urn:other", code: LA[0] } }] }]), { questionnaire: other }).input).toEqual({ instruments: { phq9: { items: [null, null, null, null, null, null, null, null, 3] } } });
  });
});

describe("the PC-PTSD-5's first question", () => {
  const codes = { e: "pcptsd5:exposure", p1: "pcptsd5:1" };
  const read = (...items: object[]) => fromQuestionnaireResponse(response(items), { codes }).input.instruments?.pcptsd5;

  it("closes only when every answer to it is 'no' and nothing else of the instrument is answered", () => {
    expect(read({ linkId: "e", answer: [{ valueBoolean: false }] })).toEqual({ exposure: false });
    expect(read({ linkId: "e", answer: [{ valueBoolean: false }, { valueBoolean: true }] })).toEqual({ exposure: true, items: [null, null, null, null, null] });
    expect(read({ linkId: "e", answer: [{ valueBoolean: true }, { valueBoolean: false }] })).toEqual({ exposure: true, items: [null, null, null, null, null] });
    expect(read({ linkId: "e" })).toEqual({ exposure: true, items: [null, null, null, null, null] });
    expect(read({ linkId: "e", answer: [{ valueBoolean: false }] }, { linkId: "p1" })).toEqual({ exposure: false });
    expect(read({ linkId: "e", answer: [{ valueString: "no" }] })).toEqual({ exposure: true, items: [null, null, null, null, null] });
  });

  it("counts only read answers in the summary", () => {
    const { recognised } = fromQuestionnaireResponse(response([{ linkId: "e", answer: [{ valueBoolean: true }] }, { linkId: "p1", answer: [{ valueBoolean: true }] }, { linkId: "p2", answer: [{ valueString: "?" }] }]), { codes: { ...codes, p2: "pcptsd5:2" } });
    expect(recognised).toEqual([{ instrument: "pcptsd5", items: 1, source: "items" }]);
  });
});

describe("the code tables and their names", () => {
  it("names one instrument read by codes, or several", () => {
    expect(readNames()).toBe("the PHQ-9, GAD-7 or PHQ-2");
    const phq9 = REGISTRY.byId.get("phq9")!.definition;
    expect(readNames(codeTables(createRegistry([phq9])))).toBe("the PHQ-9");
    const tables = codeTables(createRegistry([phq9]));
    expect(tables.codes.get("69722-7")).toMatchObject({ kind: "unscored", item: { field: "dailyFunctioningImpaired" } });
    expect(tables.coded.map((i) => i.id)).toEqual(["phq9"]);
  });

  it("references are whole: an instrument and an item number, total or first question", () => {
    const r = response([{ linkId: "/44260-8" }]);
    for (const bad of ["xk10:1", "k10:1x", "k10:01", ":1", "k10:total2"]) {
      expect(issues(r, { codes: { a: bad } }).issues).toMatchObject([{ path: ["codes", "a"] }]);
    }
  });

  it("definitions on loinc.org: by path, by fragment, with a trailing slash", () => {
    for (const definition of ["http://loinc.org/44260-8", "https://loinc.org/44260-8/", "http://loinc.org#44260-8", "http://loinc.org/rdf#44260-8"]) {
      expect(fromQuestionnaireResponse(response([{ linkId: "q", definition, answer: [coding(1)] }])).input).toEqual({ instruments: { phq9: { items: [null, null, null, null, null, null, null, null, 1] } } });
    }
    for (const definition of ["xhttp://loinc.org/44260-8", "http://loinc.org/44260-8x", "http://loinc.org/44260-8/x", "ftp://loinc.org/44260-8"]) {
      expect(issues(response([{ linkId: "q", definition, answer: [coding(1)] }])).issues).toMatchObject([{ params: { reason: "nothing-recognized" } }]);
    }
  });
});
