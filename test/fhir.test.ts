import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessScope, isScopeInputError } from "../src/index.js";
import { fromQuestionnaireResponse, type FhirWarning } from "../src/fhir/index.js";
import { inputIssues } from "./helpers.js";
import { SCREENED } from "./helpers.js";

const read = (path: string) => JSON.parse(readFileSync(new URL(`./fixtures/fhir/${path}`, import.meta.url), "utf8"));
const PHQ9_CODES = ["44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8"];
const LA = ["LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"];
const codes = (warnings: readonly FhirWarning[]) => warnings.map((w) => w.code);
const coding = (score: number) => ({ valueCoding: { system: "http://loinc.org", code: LA[score] } });

/** A PHQ-9 response with LOINC linkIds; `null` leaves an item out, as FHIR forms do. */
function phq9Response(scores: (number | null)[], extra: object[] = []) {
  return {
    resourceType: "QuestionnaireResponse",
    status: "completed",
    item: [
      ...PHQ9_CODES.flatMap((code, i) => (scores[i] === null ? [] : [{ linkId: `/${code}`, answer: [coding(scores[i]!)] }])),
      ...extra,
    ],
  };
}

describe("real examples", () => {
  it("US Core PHQ-9: items sum to the stored total of 12", () => {
    const response = read("us-core/QuestionnaireResponse-phq-9-example.json");
    const { input, warnings } = fromQuestionnaireResponse(response);
    const items = (input.instruments?.phq9 as { items: number[] }).items;
    expect(items).toEqual([2, 2, 2, 2, 1, 1, 2, 0, 0]);
    expect(items.reduce((a, b) => a + b, 0)).toBe(12);
    // Item 10 (69722-7) is answered "Somewhat difficult" (LA6573-5): read, and it sets nothing.
    expect(warnings).toEqual([]);
    expect(input.dailyFunctioningImpaired).toBeUndefined();
    expect(fromQuestionnaireResponse(response).recognised).toEqual([{ instrument: "phq9", items: 9, source: "items" }]);
    // The app's own questions complete a v2 input (docs/fhir.md records the level).
    const result = assessScope({ ...input, ...SCREENED });
    expect(result.level).toBe("refer");
    expect(result.worstCase).toBe("refer");
    expect(result.missing).toEqual([]);
    expect(result.scores.phq9).toEqual({ min: 12, max: 12, complete: true, band: "moderate" });
  });

  it("US Core PHQ-9 with its Questionnaire gives the same answers", () => {
    const { input } = fromQuestionnaireResponse(read("us-core/QuestionnaireResponse-phq-9-example.json"), {
      questionnaire: read("us-core/Questionnaire-phq-9-example.json"),
    });
    expect(input.instruments?.phq9).toEqual({ items: [2, 2, 2, 2, 1, 1, 2, 0, 0] });
  });

  it("the LHC-Forms PHQ-9 Questionnaire supplies the scores of a response built from it", () => {
    const questionnaire = read("lforms/phq9.R4.Questionnaire.json");
    const scored = questionnaire.item.filter((item: { linkId: string; answerOption?: unknown[] }) => item.answerOption?.length === 4 && item.linkId !== "/69722-7");
    const chosen = [3, 2, 1, 0, 3, 2, 1, 0, 1];
    const response = {
      resourceType: "QuestionnaireResponse",
      status: "completed",
      // The codes carry no system, so only the Questionnaire's ordinalValue can score them.
      item: scored.map((item: { linkId: string; answerOption: { valueCoding: { code: string; display: string } }[] }, i: number) => ({
        linkId: item.linkId.replace("/", "q-"),
        answer: [{ valueCoding: { system: "http://example.org/answers", code: item.answerOption[chosen[i]!]!.valueCoding.code } }],
      })),
    };
    expect(inputIssues(() => fromQuestionnaireResponse(response))[0]).toMatchObject({ code: "custom", params: { reason: "nothing-recognized" } });
    expect(fromQuestionnaireResponse(response, { allowEmpty: true }).input).toEqual({});
    const renamed = {
      ...questionnaire,
      item: questionnaire.item.map((item: { linkId: string; answerOption?: { valueCoding: { system?: string } }[] }) => ({
        ...item,
        linkId: item.linkId.replace("/", "q-"),
        answerOption: item.answerOption?.map((o) => ({ ...o, valueCoding: { ...o.valueCoding, system: "http://example.org/answers" } })),
      })),
    };
    const { input, warnings } = fromQuestionnaireResponse(response, { questionnaire: renamed });
    expect(input.instruments?.phq9).toEqual({ items: chosen });
    expect(warnings).toEqual([]);
  });

  it("HL7 SDC PHQ-9: its own code system scores through the contained ValueSet, and the wrong stored total is a warning", () => {
    const response = read("hl7-sdc/questionnaireresponse-sdc-profile-example-PHQ9.json");
    const questionnaire = read("hl7-sdc/questionnaire-sdc-profile-example-PHQ9.json");
    const linkCodes = Object.fromEntries(PHQ9_CODES.map((code, i) => [`H1/T1/Q${i + 1}`, code]));
    const { input, warnings } = fromQuestionnaireResponse(response, { questionnaire, codes: linkCodes });
    expect(input.instruments?.phq9).toEqual({ items: [0, 0, 0, 1, 2, 1, 3, 2, 1] });
    expect(warnings).toEqual([
      { code: "stored-total-differs", linkId: "H1/TS", path: ["item", 0, "item", 9], message: "The stored PHQ-9 total is 13; the answers sum to 10. The answers are used." },
    ]);
    const result = assessScope({ ...input, ...SCREENED });
    expect(result.scores.phq9?.min).toBe(10);
    // Item 9 is answered 1: refer, and intent or plan is asked (a "yes" would be a crisis).
    expect(result.level).toBe("refer");
    expect(result.reasons.map((r) => r.code).slice(0, 2)).toEqual(["phq9-item9", "phq9"]);
    expect(result.missing).toEqual(["risk.suicidalIntentOrPlan"]);
    expect(result.worstCase).toBe("crisis");
  });

  it("HL7 SDC PHQ-9 without item codes: the items are named as unread, and only the stored total is left", () => {
    const { input, warnings } = fromQuestionnaireResponse(read("hl7-sdc/questionnaireresponse-sdc-profile-example-PHQ9.json"), {
      questionnaire: read("hl7-sdc/questionnaire-sdc-profile-example-PHQ9.json"),
    });
    expect(input.instruments?.phq9).toEqual({ total: 13 });
    expect(codes(warnings).filter((c) => c === "unknown-item")).toHaveLength(9);
    expect(warnings.find((w) => w.code === "stored-total-used")).toMatchObject({ linkId: "H1/TS" });
    const result = assessScope({ ...input, ...SCREENED });
    expect([result.level, result.worstCase, result.missing]).toEqual(["refer", "crisis", ["instruments.phq9.item9"]]);
  });

  it("a GAD-7 response modelled on the HL7 PHR IG", () => {
    const { input, warnings } = fromQuestionnaireResponse(read("own/QuestionnaireResponse-GAD7.json"));
    expect(input.instruments?.gad7).toEqual({ items: [0, 0, 1, 1, 0, 1, 0] });
    expect(warnings).toEqual([]);
  });

  it("a PHQ-2 response, nested in a group, with its stored total", () => {
    const { input, warnings } = fromQuestionnaireResponse(read("own/QuestionnaireResponse-PHQ2.json"));
    expect(input).toEqual({ instruments: { phq2: { items: [2, 1] } } });
    expect(warnings).toEqual([]);
    const result = assessScope({ ...input, ...SCREENED });
    expect(result.missing).toEqual(["instruments.phq9"]);
  });
});

describe("reading answers", () => {
  it("leaves an unanswered item unanswered, never 0", () => {
    const { input } = fromQuestionnaireResponse(phq9Response([1, 1, 1, 1, 1, null, 1, 1, 0]));
    expect(input.instruments?.phq9).toEqual({ items: [1, 1, 1, 1, 1, null, 1, 1, 0] });
    expect(assessScope({ ...input, risk: { imminentDanger: false } }).level).toBe("incomplete");
  });

  it("reads valueInteger, finds items at any depth and under answers, and takes linkIds with or without a slash", () => {
    const response = {
      resourceType: "QuestionnaireResponse",
      status: "completed",
      item: [
        { linkId: "g1", item: [{ linkId: "g2", item: [{ linkId: "69725-0", answer: [{ valueInteger: 3 }] }, { linkId: "/68509-9", answer: [{ valueInteger: 2 }] }] }] },
        { linkId: "parent", answer: [{ valueBoolean: true, item: [{ linkId: "69733-4", answer: [coding(1)] }] }] },
      ],
    };
    const { input, warnings } = fromQuestionnaireResponse(response);
    expect(input.instruments?.gad7).toEqual({ items: [3, 2, 1, null, null, null, null] });
    expect(codes(warnings)).toEqual(["unknown-item"]);
  });

  it("scores by a Questionnaire's itemWeight (R5) and by item.code when linkIds are opaque", () => {
    const questionnaire = {
      resourceType: "Questionnaire",
      item: PHQ9_CODES.map((code, i) => ({
        linkId: `q${i}`,
        code: [{ system: "http://loinc.org", code }],
        answerOption: ["a", "b", "c", "d"].map((c, w) => ({ valueCoding: { system: "urn:app", code: c }, extension: [{ url: "http://hl7.org/fhir/StructureDefinition/itemWeight", valueDecimal: w }] })),
      })),
    };
    const response = { resourceType: "QuestionnaireResponse", item: PHQ9_CODES.map((_, i) => ({ linkId: `q${i}`, answer: [{ valueCoding: { system: "urn:app", code: "abcd"[i % 4] } }] })) };
    expect(fromQuestionnaireResponse(response, { questionnaire }).input.instruments?.phq9).toEqual({ items: [0, 1, 2, 3, 0, 1, 2, 3, 0] });
  });

  it("turns a declined, unknown or impossible answer into an unanswered item with a warning naming the linkId", () => {
    const response = phq9Response([0, 0, 0, 0, 0, 0, null, null, null], [
      { linkId: "/44252-5", answer: [{ valueCoding: { system: "http://terminology.hl7.org/CodeSystem/data-absent-reason", code: "asked-declined" } }] },
      { linkId: "/44253-3", answer: [{ valueCoding: { system: "http://loinc.org", code: "LA9999-9" } }] },
      { linkId: "/44260-8", answer: [{ valueInteger: 7 }] },
    ]);
    const { input, warnings } = fromQuestionnaireResponse(response);
    expect(input.instruments?.phq9).toEqual({ items: [0, 0, 0, 0, 0, 0, null, null, null] });
    expect(warnings.map((w) => [w.code, w.linkId])).toEqual([
      ["answer-declined", "/44252-5"],
      ["answer-not-scored", "/44253-3"],
      ["answer-not-scored", "/44260-8"],
    ]);
    expect(assessScope({ ...input, risk: { imminentDanger: false } }).missing).toContain("instruments.phq9.items[8]");
  });

  it("does not score an item with two answers", () => {
    const response = phq9Response([0, 0, 0, 0, 0, 0, 0, 0, null], [{ linkId: "/44260-8", answer: [coding(0), coding(2)] }]);
    const { input, warnings } = fromQuestionnaireResponse(response);
    expect((input.instruments?.phq9 as { items: unknown[] }).items[8]).toBeNull();
    expect(warnings[0]).toMatchObject({ code: "duplicate-answer", linkId: "/44260-8" });
  });
});

describe("totals", () => {
  it("warns when a stored total is outside what partial answers allow, and never uses it", () => {
    const { input, warnings } = fromQuestionnaireResponse(phq9Response([0, 0, 0, 0, 0, 0, 0, null, null], [{ linkId: "/44261-6", answer: [{ valueDecimal: 9 }] }]));
    expect(input.instruments?.phq9).toEqual({ items: [0, 0, 0, 0, 0, 0, 0, null, null] });
    expect(warnings).toEqual([{ code: "stored-total-differs", linkId: "/44261-6", path: ["item", 7], message: "The stored PHQ-9 total is 9; the answers allow 0–6. The answers are used." }]);
    // Within what the answers allow, it is still not used: form engines count unanswered items as 0.
    expect(fromQuestionnaireResponse(phq9Response([0, 0, 0, 0, 0, 0, 0, null, null], [{ linkId: "/44261-6", answer: [{ valueDecimal: 5 }] }])).warnings).toEqual([
      { code: "stored-total-unused", linkId: "/44261-6", path: ["item", 7], message: "The stored PHQ-9 total (5) is not used: 2 of its items are unanswered, and form engines often count those as 0. The items are asked instead." },
    ]);
  });

  it("uses a stored total only when none of its items are there, and says so", () => {
    const response = { resourceType: "QuestionnaireResponse", item: [{ linkId: "/70274-6", answer: [{ valueQuantity: { value: 11 } }] }] };
    const { input, warnings } = fromQuestionnaireResponse(response);
    expect(input).toEqual({ instruments: { gad7: { total: 11 } } });
    expect(warnings[0]).toMatchObject({ code: "stored-total-used", linkId: "/70274-6" });
    const bad = fromQuestionnaireResponse({ resourceType: "QuestionnaireResponse", item: [{ linkId: "/70274-6", answer: [{ valueDecimal: 40 }] }] });
    // Recognised but unreadable: the GAD-7 is there with every item unanswered, so it is asked again.
    expect(bad.input).toEqual({ instruments: { gad7: { items: [null, null, null, null, null, null, null] } } });
    expect(bad.warnings[0]).toMatchObject({ code: "answer-not-scored", linkId: "/70274-6" });
    expect(fromQuestionnaireResponse({ resourceType: "QuestionnaireResponse", item: [{ linkId: "/70274-6" }] }, { allowEmpty: true })).toEqual({ input: {}, recognised: [], questions: [], warnings: [] });
  });

  it("reads the first two PHQ items as a PHQ-9 unless the Questionnaire or a PHQ-2 total says PHQ-2", () => {
    const response = phq9Response([1, 1, null, null, null, null, null, null, null]);
    const plain = fromQuestionnaireResponse(response);
    expect(plain.input.instruments?.phq9).toEqual({ items: [1, 1, null, null, null, null, null, null, null] });
    expect(codes(plain.warnings)).toEqual(["ambiguous-short-form"]);
    const questionnaire = { resourceType: "Questionnaire", code: [{ system: "http://loinc.org", code: "55757-9" }], item: [] };
    expect(fromQuestionnaireResponse(response, { questionnaire }).input).toEqual({ instruments: { phq2: { items: [1, 1] } } });
  });
});

describe("errors", () => {
  it.each<[string, unknown, object | undefined, (string | number)[]]>([
    ["not a resource", "QuestionnaireResponse", undefined, []],
    ["another resource", { resourceType: "Observation" }, undefined, []],
    ["a bad Questionnaire", { resourceType: "QuestionnaireResponse" }, { questionnaire: { resourceType: "Patient" } }, ["questionnaire"]],
    ["items that are not a list", { resourceType: "QuestionnaireResponse", item: {} }, undefined, ["item"]],
    ["an item without a linkId", { resourceType: "QuestionnaireResponse", item: [{ text: "x" }] }, undefined, ["item", 0, "linkId"]],
    ["answers that are not a list", { resourceType: "QuestionnaireResponse", item: [{ linkId: "a", answer: {} }] }, undefined, ["item", 0, "answer"]],
    ["a malformed code", { resourceType: "QuestionnaireResponse" }, { codes: { q1: "PHQ-1" } }, ["codes", "q1"]],
    ["codes that are not an object", { resourceType: "QuestionnaireResponse" }, { codes: [] }, ["codes"]],
    ["options that are not an object", { resourceType: "QuestionnaireResponse" }, "x" as never, []],
  ])("rejects %s with a ScopeInputError naming the path", (_name, response, options, path) => {
    const issues = inputIssues(() => fromQuestionnaireResponse(response, options as never));
    expect(issues[0]?.path).toEqual(path);
  });

  it("only ever returns an input assessScope accepts, or throws its own error (fuzzed)", () => {
    const itemArb = fc.letrec((tie) => ({
      item: fc.record(
        {
          linkId: fc.oneof(fc.constantFrom(...PHQ9_CODES, "/44261-6", "69725-0", "70274-6", "x"), fc.string()),
          answer: fc.array(
            fc.oneof(
              fc.record({ valueCoding: fc.record({ system: fc.constantFrom("http://loinc.org", "urn:x", undefined as never), code: fc.constantFrom(...LA, "LA1-1", "x") }, { requiredKeys: [] }) }),
              fc.record({ valueInteger: fc.integer({ min: -2, max: 30 }) }),
              fc.record({ valueDecimal: fc.double() }),
              fc.jsonValue(),
            ),
            { maxLength: 2 },
          ),
          item: fc.array(tie("item"), { maxLength: 2 }),
        },
        { requiredKeys: ["linkId"] },
      ),
    })).item;
    fc.assert(
      fc.property(fc.oneof(fc.record({ resourceType: fc.constant("QuestionnaireResponse"), item: fc.array(itemArb, { maxLength: 12 }) }), fc.jsonValue()), (response) => {
        try {
          const { input } = fromQuestionnaireResponse(response, { allowEmpty: true });
          assessScope(input, { policy: { requireRiskScreen: false } });
        } catch (error) {
          expect(isScopeInputError(error)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("messages and edges", () => {
  const total = (code: string, value: unknown) => ({ resourceType: "QuestionnaireResponse", item: [{ linkId: code, answer: [value] }] });

  it("words every warning, naming the item", () => {
    const declined = fromQuestionnaireResponse(phq9Response([0, 0, 0, 0, 0, 0, 0, 0, null], [{ linkId: "/44260-8", answer: [{ valueCoding: { system: "http://terminology.hl7.org/CodeSystem/data-absent-reason" } }] }]));
    expect(declined.warnings[0]!.message).toBe('Item "/44260-8" was not answered (data absent): it counts as unanswered');
    const two = fromQuestionnaireResponse(phq9Response([0, 0, 0, 0, 0, 0, 0, 0, null], [{ linkId: "/44260-8", answer: [coding(0), coding(1)] }]));
    expect(two.warnings[0]!.message).toBe('Item "/44260-8" is answered more than once, differently (0, 1): it counts as unanswered');
    const bad = fromQuestionnaireResponse(phq9Response([0, 0, 0, 0, 0, 0, 0, 0, null], [{ linkId: "/44260-8", answer: [{ valueInteger: 4 }] }]));
    expect(bad.warnings[0]!.message).toBe('The PHQ-9 answer to item "/44260-8" (valueInteger 4) cannot be scored 0–3: it counts as unanswered');
    const unknown = fromQuestionnaireResponse({ resourceType: "QuestionnaireResponse", item: [{ linkId: "mood", answer: [{ valueInteger: 1 }] }, { linkId: "12345-6", answer: [{ valueInteger: 1 }] }] }, { allowEmpty: true });
    expect(unknown.warnings.map((w) => w.message)).toEqual([
      'Item "mood" is not an item of the PHQ-9, GAD-7 or PHQ-2 (no LOINC code): it was not read',
      'Item "12345-6" (LOINC 12345-6) is not an item of the PHQ-9, GAD-7 or PHQ-2: it was not read',
    ]);
    expect(fromQuestionnaireResponse(total("/70274-6", { valueInteger: 11 })).warnings[0]!.message).toBe("No GAD-7 items were found, so the stored total (11) is used");
    expect(fromQuestionnaireResponse(total("/44261-6", { valueInteger: 11 })).warnings[0]!.message).toBe(
      "No PHQ-9 items were found, so the stored total (11) is used; item 9, the risk question, stays unknown",
    );
    expect(fromQuestionnaireResponse(total("/55758-7", { valueInteger: 7 })).warnings[0]!.message).toBe(
      'The stored PHQ-2 total of item "/55758-7" (7) is not a whole number from 0 to 6: it was not read',
    );
    expect(fromQuestionnaireResponse(phq9Response([1, 1, null, null, null, null, null, null, null])).warnings[0]!.message).toBe(
      "Only PHQ-9 items 1 and 2 are there and nothing says this is a PHQ-2: it is read as a PHQ-9 with 7 items unanswered. Pass the Questionnaire to read it as a PHQ-2.",
    );
  });

  it("reads stored totals at the edges of their range, and only whole numbers", () => {
    expect(fromQuestionnaireResponse(total("/44261-6", { valueInteger: 0 })).input).toEqual({ instruments: { phq9: { total: 0 } } });
    expect(fromQuestionnaireResponse(total("/44261-6", { valueInteger: 27 })).input).toEqual({ instruments: { phq9: { total: 27 } } });
    // An unreadable total leaves the instrument there, every item unanswered.
    const unread = (id: string, n: number) => ({ instruments: { [id]: { items: Array.from({ length: n }, () => null) } } });
    expect(fromQuestionnaireResponse(total("/44261-6", { valueInteger: 28 })).input).toEqual(unread("phq9", 9));
    expect(fromQuestionnaireResponse(total("/70274-6", { valueInteger: 21 })).input).toEqual({ instruments: { gad7: { total: 21 } } });
    expect(fromQuestionnaireResponse(total("/70274-6", { valueInteger: 22 })).input).toEqual(unread("gad7", 7));
    expect(fromQuestionnaireResponse(total("/55758-7", { valueInteger: 6 })).input).toEqual({ instruments: { phq2: { total: 6 } } });
    expect(fromQuestionnaireResponse(total("/55758-7", { valueInteger: -1 })).input).toEqual(unread("phq2", 2));
    expect(fromQuestionnaireResponse(total("/55758-7", { valueDecimal: 2.5 })).input).toEqual(unread("phq2", 2));
    expect(fromQuestionnaireResponse(total("/55758-7", { valueString: "3" })).input).toEqual(unread("phq2", 2));
  });

  it("compares a stored total with the exact bounds of what the answers allow", () => {
    const partial = (stored: number) => fromQuestionnaireResponse(phq9Response([1, 1, 0, 0, 0, 0, 0, null, null], [{ linkId: "/44261-6", answer: [{ valueInteger: stored }] }])).warnings;
    expect(codes(partial(2))).toEqual(["stored-total-unused"]);
    expect(codes(partial(8))).toEqual(["stored-total-unused"]);
    expect(partial(1)[0]).toMatchObject({ code: "stored-total-differs", message: "The stored PHQ-9 total is 1; the answers allow 2–8. The answers are used." });
    expect(partial(9)[0]).toMatchObject({ code: "stored-total-differs" });
    const full = (stored: number) => fromQuestionnaireResponse(phq9Response([1, 1, 0, 0, 0, 0, 0, 0, 0], [{ linkId: "/44261-6", answer: [{ valueInteger: stored }] }])).warnings;
    expect(full(2)).toEqual([]);
    expect(full(3)[0]!.message).toBe("The stored PHQ-9 total is 3; the answers sum to 2. The answers are used.");
    expect(fromQuestionnaireResponse(phq9Response([1, 1, 0, 0, 0, 0, 0, 0, 0], [{ linkId: "/44261-6", answer: [] }])).warnings).toEqual([]);
  });

  it("reads the first two items beside a PHQ-2 total and a PHQ-9 total as the longer form, checking both totals", () => {
    const response = phq9Response([1, 1, null, null, null, null, null, null, null], [{ linkId: "/55758-7", answer: [{ valueInteger: 2 }] }, { linkId: "/44261-6", answer: [{ valueInteger: 9 }] }]);
    const { input, warnings } = fromQuestionnaireResponse(response);
    expect(input).toEqual({ instruments: { phq9: { items: [1, 1, null, null, null, null, null, null, null] } } });
    expect(warnings.map((w) => w.message)).toEqual(["The stored PHQ-9 total (9) is not used: 7 of its items are unanswered, and form engines often count those as 0. The items are asked instead."]);
    const wrong = phq9Response([1, 1, null, null, null, null, null, null, null], [{ linkId: "/55758-7", answer: [{ valueInteger: 3 }] }, { linkId: "/44261-6", answer: [{ valueInteger: 9 }] }]);
    expect(codes(fromQuestionnaireResponse(wrong).warnings)).toEqual(["stored-total-unused", "stored-total-differs"]);
    expect(fromQuestionnaireResponse(wrong).warnings[1]!.message).toBe("The stored PHQ-2 total is 3; the answers sum to 2. The answers are used.");
  });

  it("errors say what was expected", () => {
    expect(inputIssues(() => fromQuestionnaireResponse({ resourceType: "Patient" }))[0]!.message).toBe('Expected a FHIR QuestionnaireResponse (resourceType "QuestionnaireResponse"), received "Patient"');
    expect(inputIssues(() => fromQuestionnaireResponse({}))[0]!.message).toBe('Expected a FHIR QuestionnaireResponse (resourceType "QuestionnaireResponse"), received null');
    expect(inputIssues(() => fromQuestionnaireResponse(7))[0]!.message).toBe('Expected a FHIR QuestionnaireResponse (resourceType "QuestionnaireResponse"), received number');
    expect(inputIssues(() => fromQuestionnaireResponse({ resourceType: "QuestionnaireResponse" }, { questionnaire: {} }))[0]!.message).toBe('Expected a FHIR Questionnaire (resourceType "Questionnaire")');
    expect(inputIssues(() => fromQuestionnaireResponse({ resourceType: "QuestionnaireResponse" }, { codes: { a: 5 } as never }))[0]).toMatchObject({ code: "invalid_value", message: 'Expected a LOINC code such as "44250-9" or an item such as "k10:3", received 5' });
    let caught: unknown;
    try {
      fromQuestionnaireResponse({ resourceType: "QuestionnaireResponse", item: [{}] });
    } catch (error) {
      caught = error;
    }
    expect((caught as Error).message).toBe("Invalid FHIR QuestionnaireResponse\n✖ Expected every item to have a string linkId, received no value\n  → at item[0].linkId");
  });

  it("reads scores from a Questionnaire's codes: LOINC or system-less item codes, contained value sets, and weights on the coding", () => {
    const questionnaire = {
      resourceType: "Questionnaire",
      contained: [
        { resourceType: "ValueSet", id: "vs", compose: { include: [{ system: "urn:s", concept: ["w", "v", "x", "u"].map((code, w) => ({ code, extension: [{ url: "http://hl7.org/fhir/StructureDefinition/itemWeight", valueInteger: w }] })) }, { system: "urn:none" }] } },
      ],
      item: [
        { linkId: "a", code: [{ system: "urn:other", code: "44250-9" }, { code: "44250-9" }], answerValueSet: "#vs" },
        { linkId: "b", code: [{ system: "http://loinc.org", code: "44255-8" }], answerOption: ["w", "x", "z", "y"].map((code, w) => ({ valueCoding: { system: "urn:s", code, extension: [{ url: "http://hl7.org/fhir/StructureDefinition/ordinalValue", valueDecimal: w }] } })) },
      ],
    };
    const response = {
      resourceType: "QuestionnaireResponse",
      item: [
        { linkId: "a", answer: [{ valueCoding: { system: "urn:s", code: "x" } }] },
        { linkId: "b", answer: [{ valueCoding: { system: "urn:s", code: "y" } }] },
        { linkId: "/44259-0", answer: [{ valueCoding: { system: "urn:t", code: "z", extension: [{ url: "http://hl7.org/fhir/StructureDefinition/ordinalValue", valueDecimal: 1 }] } }] },
      ],
    };
    expect(fromQuestionnaireResponse(response, { questionnaire }).input.instruments?.phq9).toEqual({ items: [2, 3, 1, null, null, null, null, null, null] });
  });
});

describe("more edges of reading", () => {
  const base = { resourceType: "QuestionnaireResponse" };

  it("scores LOINC answer codes written without a system, and never another system's code", () => {
    const response = { ...base, item: [{ linkId: "/44250-9", answer: [{ valueCoding: { code: "LA6570-1" } }] }, { linkId: "q2", answer: [{ valueCoding: { system: "urn:x", code: "y" } }] }] };
    const options = ["a", "b", "c", "y"].map((code, w) => ({ valueCoding: { system: "urn:s", code }, extension: [{ url: "http://hl7.org/fhir/StructureDefinition/ordinalValue", valueDecimal: w }] }));
    const questionnaire = { resourceType: "Questionnaire", item: [{ linkId: "q2", code: [{ system: "http://loinc.org", code: "44255-8" }], answerOption: options }] };
    const { input, warnings } = fromQuestionnaireResponse(response, { questionnaire });
    expect((input.instruments?.phq9 as { items: unknown[] }).items.slice(0, 2)).toEqual([2, null]);
    expect(warnings.find((w) => w.linkId === "q2")).toMatchObject({ code: "answer-not-scored" });
    const same = { ...response, item: [response.item[1]!].map((i) => ({ ...i, answer: [{ valueCoding: { system: "urn:s", code: "y" } }] })) };
    expect((fromQuestionnaireResponse(same, { questionnaire }).input.instruments?.phq9 as { items: unknown[] }).items[1]).toBe(3);
  });

  it("does not score negative, fractional or unknown answers", () => {
    for (const answer of [{ valueInteger: -1 }, { valueDecimal: 1.5 }, { valueInteger: 1.5 }, { valueString: "2" }]) {
      const { input, warnings } = fromQuestionnaireResponse({ ...base, item: [{ linkId: "/44250-9", answer: [answer] }] });
      expect((input.instruments?.phq9 as { items: unknown[] }).items[0]).toBeNull();
      expect(warnings.map((w) => w.code)).toContain("answer-not-scored");
    }
  });

  it("says nothing of coded items that were left unanswered", () => {
    const { input, warnings } = fromQuestionnaireResponse({ ...base, item: [{ linkId: "/44250-9", answer: [coding(1)] }, { linkId: "/44260-8" }, { linkId: "12345-6" }, { linkId: "/44261-6", answer: [] }] });
    expect(input.instruments?.phq9).toEqual({ items: [1, null, null, null, null, null, null, null, null] });
    // Item 9 is in the form (unanswered), so this is a PHQ-9: no warning at all.
    expect(warnings).toEqual([]);
  });

  it("gives no ambiguity warning when the Questionnaire says PHQ-9", () => {
    const questionnaire = { resourceType: "Questionnaire", code: [{ system: "http://loinc.org", code: "44249-1" }] };
    const { warnings } = fromQuestionnaireResponse(phq9Response([1, 1, null, null, null, null, null, null, null]), { questionnaire });
    expect(warnings).toEqual([]);
  });

  it("names nested paths in errors, and says what it expected", () => {
    expect(inputIssues(() => fromQuestionnaireResponse({ ...base, item: [{ linkId: "g", item: [{ text: "x" }] }] }))[0]?.path).toEqual(["item", 0, "item", 0, "linkId"]);
    expect(inputIssues(() => fromQuestionnaireResponse({ ...base, item: [{ linkId: "g", answer: [{ item: [{ text: "x" }] }] }] }))[0]?.path).toEqual(["item", 0, "answer", 0, "item", 0, "linkId"]);
    expect(inputIssues(() => fromQuestionnaireResponse({ ...base, item: [{ linkId: "g", item: {} }] }))[0]).toMatchObject({ path: ["item", 0, "item"], message: "Expected item to be a list, received object" });
    expect(inputIssues(() => fromQuestionnaireResponse({ ...base, item: [{ linkId: "g", answer: 1 }] }))[0]).toMatchObject({ message: "Expected answer to be a list, received number" });
    expect(inputIssues(() => fromQuestionnaireResponse(base, 1 as never))[0]).toMatchObject({ message: "Expected options to be an object, received number" });
    expect(inputIssues(() => fromQuestionnaireResponse(base, { codes: "x" as never }))[0]).toMatchObject({ message: "Expected codes to be an object, received string", code: "invalid_type" });
  });
});
