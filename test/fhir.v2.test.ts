// FHIR v2: the shapes real forms send, duplicates, status, weights and scales, item 10, empty
// responses, limits and hostile values. Fixtures are written here, one per point.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessScope, isScopeInputError, type ScreeningInput } from "../src/index.js";
import { createFhirReader, FHIR_LIMITS, fromQuestionnaireResponse, type FhirOptions } from "../src/fhir/index.js";
import { inputIssues, SCREENED } from "./helpers.js";

const read = (path: string) => JSON.parse(readFileSync(new URL(`./fixtures/fhir/${path}`, import.meta.url), "utf8"));
const LOINC = "http://loinc.org";
const PHQ9 = ["44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8"];
const GAD7 = ["69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"];
const LA = ["LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"];
const ORDINAL = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
const coding = (score: number) => ({ valueCoding: { system: LOINC, code: LA[score] } });
const response = (item: unknown[], extra: object = {}) => ({ resourceType: "QuestionnaireResponse", status: "completed", ...extra, item });
const codesOf = (warnings: readonly { code: string }[]) => warnings.map((w) => w.code);
const phq9Items = (input: ScreeningInput) => (input.instruments?.phq9 as { items: (number | null)[] } | undefined)?.items;

/** The PHQ-9 as LHC-Forms and many EHR exports send it: a group with path-style linkIds. */
function grouped(scores: readonly (number | null)[], panel = "44249-1") {
  return response([
    {
      linkId: `/${panel}`,
      item: PHQ9.flatMap((code, i) => (scores[i] === null || scores[i] === undefined ? [] : [{ linkId: `/${panel}/${code}`, answer: [coding(scores[i]!)] }])),
    },
  ]);
}

describe("recognised shapes", () => {
  it("reads the issue's example: a grouped PHQ-9 with path-style linkIds, which used to give {} and 'coaching'", () => {
    const scores = [2, 2, 2, 2, 1, 1, 2, 0, 0];
    const { input, warnings, recognised } = fromQuestionnaireResponse(grouped(scores));
    expect(phq9Items(input)).toEqual(scores);
    expect(warnings).toEqual([]);
    expect(recognised).toEqual([{ instrument: "phq9", items: 9, source: "items" }]);
    expect(assessScope({ ...input, ...SCREENED }).level).toBe("refer");
  });

  it("takes the panel from a path-style group: a PHQ-2 group's two items are a PHQ-2", () => {
    const { input, warnings } = fromQuestionnaireResponse(grouped([1, 2], "55757-9"));
    expect(input).toEqual({ instruments: { phq2: { items: [1, 2] } } });
    expect(warnings).toEqual([]);
  });

  it("reads codes from item.definition alone, on the response or on the Questionnaire", () => {
    const scores = [0, 1, 2, 3, 0, 1, 2, 3, 0];
    const byDefinition = response(PHQ9.map((code, i) => ({ linkId: `q${i}`, definition: `http://loinc.org/${code}`, answer: [coding(scores[i]!)] })));
    expect(phq9Items(fromQuestionnaireResponse(byDefinition).input)).toEqual(scores);
    // The LOINC FHIR data-element form, as some exports write it.
    const dataElement = response(PHQ9.map((code, i) => ({ linkId: `${i + 1}`, definition: `https://loinc.org/fhir/DataElement/${code}`, answer: [coding(scores[i]!)] })));
    expect(phq9Items(fromQuestionnaireResponse(dataElement).input)).toEqual(scores);
    const questionnaire = { resourceType: "Questionnaire", item: PHQ9.map((code, i) => ({ linkId: `q${i}`, definition: `http://loinc.org#${code}` })) };
    const opaque = response(PHQ9.map((_, i) => ({ linkId: `q${i}`, answer: [coding(scores[i]!)] })));
    expect(phq9Items(fromQuestionnaireResponse(opaque, { questionnaire }).input)).toEqual(scores);
    // A definition elsewhere than loinc.org names no code.
    const elsewhere = response([{ linkId: "q0", definition: "http://example.org/44250-9", answer: [coding(1)] }]);
    expect(inputIssues(() => fromQuestionnaireResponse(elsewhere))[0]).toMatchObject({ params: { reason: "nothing-recognized" } });
  });

  it("reads a PHQ-8 or a K6 named by item references, and a stored total by reference", () => {
    const codes = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`p${i}`, `phq8:${i + 1}`]));
    const phq8 = response(Array.from({ length: 8 }, (_, i) => ({ linkId: `p${i}`, answer: [{ valueInteger: i % 4 }] })));
    const { input, recognised } = fromQuestionnaireResponse(phq8, { codes });
    expect(input).toEqual({ instruments: { phq8: { items: [0, 1, 2, 3, 0, 1, 2, 3] } } });
    expect(recognised).toEqual([{ instrument: "phq8", items: 8, source: "items" }]);
    const total = fromQuestionnaireResponse(response([{ linkId: "t", answer: [{ valueInteger: 12 }] }]), { codes: { t: "phq8:total" } });
    expect(total.input).toEqual({ instruments: { phq8: { total: 12 } } });
    expect(total.recognised).toEqual([{ instrument: "phq8", items: 0, source: "total" }]);
  });

  it("the HL7 SDC Questionnaire's contained value set still scores its answers", () => {
    const linkCodes = Object.fromEntries(PHQ9.map((code, i) => [`H1/T1/Q${i + 1}`, code]));
    const { input } = fromQuestionnaireResponse(read("hl7-sdc/questionnaireresponse-sdc-profile-example-PHQ9.json"), { questionnaire: read("hl7-sdc/questionnaire-sdc-profile-example-PHQ9.json"), codes: linkCodes });
    expect(phq9Items(input)).toEqual([0, 0, 0, 1, 2, 1, 3, 2, 1]);
  });
});

describe("duplicates", () => {
  it("counts equal answers once, and makes an item answered differently unanswered", () => {
    const scores = [1, 1, 1, 1, 1, 1, 1, 1, 0];
    const equal = fromQuestionnaireResponse(response([...grouped(scores).item, { linkId: "/44260-8", answer: [coding(0)] }]));
    expect(phq9Items(equal.input)).toEqual(scores);
    expect(equal.warnings).toEqual([]);
    const twice = fromQuestionnaireResponse(response([{ linkId: "/44250-9", answer: [coding(2), coding(2)] }]));
    expect(phq9Items(twice.input)![0]).toBe(2);
  });

  it("a suicide-risk item answered 3 and then 0 in a follow-up group is unanswered, and asked", () => {
    const first = grouped([0, 0, 0, 0, 0, 0, 0, 0, 3]);
    const followUp = { linkId: "follow-up", item: [{ linkId: "/44249-1/44260-8", answer: [coding(0)] }] };
    const { input, warnings } = fromQuestionnaireResponse(response([...first.item, followUp]));
    expect(phq9Items(input)![8]).toBeNull();
    expect(warnings).toEqual([
      { code: "duplicate-answer", linkId: "/44249-1/44260-8", path: ["item", 0, "item", 8], message: 'Item "/44249-1/44260-8" is answered more than once, differently (3, 0): it counts as unanswered' },
    ]);
    const result = assessScope({ ...input, ...SCREENED });
    expect(result.level).toBe("incomplete");
    expect(result.missing).toContain("instruments.phq9.items[8]");
    expect(result.worstCase).toBe("crisis");
  });

  it("an unreadable duplicate also makes the item unanswered; stored totals given twice differently are not used", () => {
    const declined = { valueCoding: { system: "http://terminology.hl7.org/CodeSystem/data-absent-reason", code: "asked-declined" } };
    const { input, warnings } = fromQuestionnaireResponse(response([{ linkId: "/44260-8", answer: [coding(0)] }, { linkId: "/44260-8", answer: [declined] }]));
    expect(phq9Items(input)![8]).toBeNull();
    expect(codesOf(warnings)).toEqual(["answer-declined", "duplicate-answer"]);
    expect(warnings[1]!.message).toContain("(0, unreadable)");
    const totals = fromQuestionnaireResponse(response([{ linkId: "/44261-6", answer: [{ valueInteger: 4 }] }, { linkId: "/44261-6", answer: [{ valueInteger: 22 }] }]));
    expect(totals.input).toEqual({ instruments: { phq9: { items: [null, null, null, null, null, null, null, null, null] } } });
    expect(codesOf(totals.warnings)).toEqual(["duplicate-answer"]);
    const same = fromQuestionnaireResponse(response([{ linkId: "/44261-6", answer: [{ valueInteger: 4 }] }, { linkId: "/44261-6", answer: [{ valueDecimal: 4 }] }]));
    expect(same.input).toEqual({ instruments: { phq9: { total: 4 } } });
  });
});

describe("status", () => {
  it.each(["entered-in-error", "stopped"])("%s is refused, naming status", (status) => {
    const issues = inputIssues(() => fromQuestionnaireResponse({ ...grouped([0]), status }));
    expect(issues).toEqual([{ path: ["status"], code: "invalid_value", message: expect.stringContaining(`"${status}"`) }]);
  });

  it("in-progress and amended are read with a warning; completed and an absent status without one", () => {
    expect(codesOf(fromQuestionnaireResponse({ ...grouped([0]), status: "in-progress" }).warnings)).toEqual(["response-in-progress"]);
    expect(codesOf(fromQuestionnaireResponse({ ...grouped([0]), status: "amended" }).warnings)).toEqual(["response-amended"]);
    expect(fromQuestionnaireResponse(grouped([0])).warnings).toEqual([]);
    const { status: _status, ...absent } = grouped([0]);
    expect(fromQuestionnaireResponse(absent).warnings).toEqual([]);
  });

  it("a status that FHIR does not define is an error", () => {
    expect(inputIssues(() => fromQuestionnaireResponse({ ...grouped([0]), status: "final" }))[0]).toMatchObject({ path: ["status"], code: "invalid_value" });
    expect(inputIssues(() => fromQuestionnaireResponse({ ...grouped([0]), status: 1 }))[0]).toMatchObject({ path: ["status"] });
  });
});

describe("weights and scales", () => {
  /** A Questionnaire whose PHQ-9 items weight their LOINC answers `weights`. */
  const weighted = (weights: readonly number[]) => ({
    resourceType: "Questionnaire",
    item: PHQ9.map((code) => ({
      linkId: `/${code}`,
      code: [{ system: LOINC, code }],
      answerOption: LA.map((la, i) => ({ valueCoding: { system: LOINC, code: la }, extension: [{ url: ORDINAL, valueDecimal: weights[i] }] })),
    })),
  });
  const answered = response(PHQ9.map((code) => ({ linkId: `/${code}`, answer: [coding(1)] })));

  it("a Questionnaire weighting 1–4 makes every item unanswered: the person is asked, never referred on shifted answers", () => {
    const { input, warnings } = fromQuestionnaireResponse(answered, { questionnaire: weighted([1, 2, 3, 4]) });
    expect(phq9Items(input)).toEqual(Array.from({ length: 9 }, () => null));
    expect(codesOf(warnings)).toEqual(Array.from({ length: 9 }, () => "weights-out-of-range"));
    expect(warnings[0]!.message).toBe('The Questionnaire weighs its answers 1, 2, 3, 4, which is not the PHQ-9\'s item range (0–3) for item "/44250-9": it counts as unanswered');
    expect(assessScope({ ...input, ...SCREENED }).level).toBe("incomplete");
    expect(phq9Items(fromQuestionnaireResponse(answered, { questionnaire: weighted([0, 1, 2, 3]) }).input)).toEqual(Array.from({ length: 9 }, () => 1));
  });

  it("weights that reorder LOINC's answers are refused too", () => {
    const { warnings } = fromQuestionnaireResponse(answered, { questionnaire: weighted([3, 2, 1, 0]) });
    expect(warnings[0]!.message).toBe('The Questionnaire weighs LOINC answer "LA6568-5" as 3, which LOINC scores 0 for item "/44250-9": it counts as unanswered');
  });

  it("without a Questionnaire, an answer's own weight must lie in the item range and agree with its LOINC code", () => {
    const own = (code: string | undefined, weight: number) => response([{ linkId: "/44250-9", answer: [{ valueCoding: { system: "urn:app", ...(code !== undefined && { code }), extension: [{ url: ORDINAL, valueDecimal: weight }] } }] }]);
    expect(phq9Items(fromQuestionnaireResponse(own("a", 3)).input)![0]).toBe(3);
    const over = fromQuestionnaireResponse(own("a", 4));
    expect(phq9Items(over.input)![0]).toBeNull();
    expect(codesOf(over.warnings)).toEqual(["ambiguous-short-form", "weights-out-of-range"]);
    // LHC-Forms copies the Questionnaire's weights onto the answers: a 1–4 form read alone.
    const shifted = fromQuestionnaireResponse(response([{ linkId: "/44250-9", answer: [{ valueCoding: { system: LOINC, code: LA[0], extension: [{ url: ORDINAL, valueDecimal: 1 }] } }] }]));
    expect(phq9Items(shifted.input)![0]).toBeNull();
    expect(shifted.warnings.at(-1)!.message).toBe('The answer to item "/44250-9" weights LOINC answer "LA6568-5" as 1, which LOINC scores 0: it counts as unanswered');
  });

  describe("a K10 (two published scales), named by references", () => {
    const codes = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, `k10:${i + 1}`]));
    const k10 = (answers: readonly unknown[]) => response(answers.map((answer, i) => ({ linkId: `k${i}`, answer: [answer] })));
    const questionnaire = (low: number) => ({
      resourceType: "Questionnaire",
      item: Array.from({ length: 10 }, (_, i) => ({ linkId: `k${i}`, answerOption: ["none", "little", "some", "most", "all"].map((code, w) => ({ valueCoding: { system: "urn:k", code }, extension: [{ url: ORDINAL, valueDecimal: low + w }] })) })),
    });
    const chosen = Array.from({ length: 10 }, (_, i) => ({ valueCoding: { system: "urn:k", code: ["none", "little", "some", "most", "all"][i % 5] } }));

    it("the Questionnaire's weights name the scale", () => {
      expect(fromQuestionnaireResponse(k10(chosen), { codes, questionnaire: questionnaire(1) }).input).toEqual({ instruments: { k10: { items: [1, 2, 3, 4, 5, 1, 2, 3, 4, 5], scale: "1-5" } } });
      expect(fromQuestionnaireResponse(k10(chosen), { codes, questionnaire: questionnaire(0) }).input).toEqual({ instruments: { k10: { items: [0, 1, 2, 3, 4, 0, 1, 2, 3, 4], scale: "0-4" } } });
      const { warnings } = fromQuestionnaireResponse(k10(chosen), { codes, questionnaire: questionnaire(2) });
      expect(warnings[0]!.message).toBe("The Questionnaire weighs its answers 2, 3, 4, 5, 6, which is not the K10's item ranges (1–5, 0–4) for item \"k0\": it counts as unanswered");
    });

    it("answers alone cannot tell the scale: every item is unanswered (scale-unknown), unless the scales option says it", () => {
      const plain = k10(Array.from({ length: 10 }, () => ({ valueInteger: 3 })));
      const { input, warnings } = fromQuestionnaireResponse(plain, { codes });
      expect(input).toEqual({ instruments: { k10: { items: Array.from({ length: 10 }, () => null), scale: "1-5" } } });
      expect(codesOf(warnings)).toEqual(["scale-unknown"]);
      expect(assessScope({ ...input, ...SCREENED }).level).toBe("incomplete");
      expect(fromQuestionnaireResponse(plain, { codes, scales: { k10: "0-4" } }).input).toEqual({ instruments: { k10: { items: Array.from({ length: 10 }, () => 3), scale: "0-4" } } });
      // A 0 on the 1–5 scale the option names is not read.
      const zero = fromQuestionnaireResponse(k10([{ valueInteger: 0 }, ...Array.from({ length: 9 }, () => ({ valueInteger: 3 }))]), { codes, scales: { k10: "1-5" } });
      expect((zero.input.instruments?.k10 as unknown as { items: unknown[] }).items[0]).toBeNull();
      expect(codesOf(zero.warnings)).toEqual(["weights-out-of-range"]);
    });

    it("a scale option that disagrees with the Questionnaire, or a stored total with no scale, is not read", () => {
      const clash = fromQuestionnaireResponse(k10(chosen), { codes, questionnaire: questionnaire(1), scales: { k10: "0-4" } });
      expect(codesOf(clash.warnings)).toEqual(["scale-unknown"]);
      expect((clash.input.instruments?.k10 as unknown as { items: unknown[] }).items.every((i) => i === null)).toBe(true);
      const total = fromQuestionnaireResponse(response([{ linkId: "t", answer: [{ valueInteger: 20 }] }]), { codes: { t: "k10:total" } });
      expect(codesOf(total.warnings)).toEqual(["scale-unknown"]);
      expect(total.input).toEqual({ instruments: { k10: { items: Array.from({ length: 10 }, () => null), scale: "1-5" } } });
      expect(fromQuestionnaireResponse(response([{ linkId: "t", answer: [{ valueInteger: 20 }] }]), { codes: { t: "k10:total" }, scales: { k10: "0-4" } }).input).toEqual({ instruments: { k10: { total: 20, scale: "0-4" } } });
    });
  });

  it("a WHO-5 total needs its scale named", () => {
    const who5 = response([{ linkId: "w", answer: [{ valueInteger: 60 }] }]);
    expect(codesOf(fromQuestionnaireResponse(who5, { codes: { w: "who5:total" } }).warnings)).toEqual(["scale-unknown"]);
    expect(fromQuestionnaireResponse(who5, { codes: { w: "who5:total" }, scales: { who5: "percent" } }).input).toEqual({ instruments: { who5: { total: 60, scale: "percent" } } });
  });

  it("reads a gate question: the PC-PTSD-5's exposure", () => {
    const no = fromQuestionnaireResponse(response([{ linkId: "e", answer: [{ valueBoolean: false }] }]), { codes: { e: "pcptsd5:exposure" } });
    expect(no.input).toEqual({ instruments: { pcptsd5: { exposure: false } } });
    const yes = fromQuestionnaireResponse(response([{ linkId: "e", answer: [{ valueBoolean: true }] }, { linkId: "p1", answer: [{ valueBoolean: true }] }]), { codes: { e: "pcptsd5:exposure", p1: "pcptsd5:1" } });
    expect(yes.input).toEqual({ instruments: { pcptsd5: { exposure: true, items: [1, null, null, null, null] } } });
    // "No" beside answered items or a total contradicts them: the cautious reading keeps them.
    const both = fromQuestionnaireResponse(response([{ linkId: "e", answer: [{ valueBoolean: false }] }, { linkId: "p1", answer: [{ valueBoolean: true }] }]), { codes: { e: "pcptsd5:exposure", p1: "pcptsd5:1" } });
    expect(both.input).toEqual({ instruments: { pcptsd5: { exposure: true, items: [1, null, null, null, null] } } });
    const total = fromQuestionnaireResponse(response([{ linkId: "e", answer: [{ valueBoolean: false }] }, { linkId: "t", answer: [{ valueInteger: 4 }] }]), { codes: { e: "pcptsd5:exposure", t: "pcptsd5:total" } });
    expect(total.input).toEqual({ instruments: { pcptsd5: { exposure: true, total: 4 } } });
    expect(assessScope({ ...total.input, ...SCREENED }).level).toBe("refer");
  });
});

describe("the PHQ-9's item 10 (69722-7)", () => {
  const item10 = (...codes: string[]) => response([...grouped([0, 0, 0, 0, 0, 0, 0, 0, 0]).item, { linkId: "/69722-7", answer: codes.map((code) => ({ valueCoding: { system: LOINC, code } })) }]);

  it("'very difficult' (LA6575-0) or 'extremely difficult' (LA6574-3) sets dailyFunctioningImpaired", () => {
    expect(fromQuestionnaireResponse(item10("LA6575-0")).input.dailyFunctioningImpaired).toBe(true);
    expect(fromQuestionnaireResponse(item10("LA6574-3")).input.dailyFunctioningImpaired).toBe(true);
    const result = assessScope({ ...fromQuestionnaireResponse(item10("LA6574-3")).input, ...SCREENED });
    expect(result.reasons.map((r) => r.code)).toContain("daily-functioning");
  });

  it("'not difficult at all' and 'somewhat difficult' set nothing; differing answers set it, the cautious reading, with a warning", () => {
    expect(fromQuestionnaireResponse(item10("LA6572-7")).input).not.toHaveProperty("dailyFunctioningImpaired");
    expect(fromQuestionnaireResponse(item10("LA6573-5")).input).not.toHaveProperty("dailyFunctioningImpaired");
    const mixed = fromQuestionnaireResponse(item10("LA6574-3", "LA6572-7"));
    expect(mixed.input.dailyFunctioningImpaired).toBe(true);
    expect(mixed.warnings.map((w) => w.message)).toEqual(['Item "/69722-7" is answered more than once, differently: dailyFunctioningImpaired is set to true, the more cautious reading']);
    const unreadable = fromQuestionnaireResponse(response([...item10("LA6575-0").item, { linkId: "/69722-7", answer: [{ valueString: "?" }] }]));
    expect(unreadable.input.dailyFunctioningImpaired).toBe(true);
    expect(codesOf(unreadable.warnings)).toEqual(["answer-not-scored", "duplicate-answer"]);
    expect(fromQuestionnaireResponse(item10("LA6572-7", "LA6573-5")).warnings).toEqual([]);
  });

  it("item 10 alone is not an instrument: nothing is recognised", () => {
    expect(inputIssues(() => fromQuestionnaireResponse(response([{ linkId: "/69722-7", answer: [{ valueCoding: { system: LOINC, code: "LA6574-3" } }] }])))[0]).toMatchObject({ params: { reason: "nothing-recognized" } });
  });
});

describe("an empty response", () => {
  it("is an error (nothing-recognized) unless allowEmpty", () => {
    for (const empty of [response([]), response([{ linkId: "name", answer: [{ valueString: "Ada" }] }]), { resourceType: "QuestionnaireResponse" }]) {
      expect(inputIssues(() => fromQuestionnaireResponse(empty))).toEqual([
        {
          path: [],
          code: "custom",
          params: { reason: "nothing-recognized" },
          message: "Nothing in the response was recognised: no item or stored total of the PHQ-9, GAD-7 or PHQ-2, and no intake question. Pass its Questionnaire or a codes mapping, or allowEmpty to accept an empty input.",
        },
      ]);
      expect(fromQuestionnaireResponse(empty, { allowEmpty: true })).toMatchObject({ input: {}, recognised: [] });
    }
  });
});

describe("limits and hostile input", () => {
  const nest = (depth: number) => {
    let item: Record<string, unknown> = { linkId: "/44250-9", answer: [coding(1)] };
    for (let i = 1; i < depth; i++) item = { linkId: `g${i}`, item: [item] };
    return response([item]);
  };

  it(`reads items nested ${FHIR_LIMITS.depth} deep, and refuses deeper nesting with the library's error (5,000 levels too)`, () => {
    expect(phq9Items(fromQuestionnaireResponse(nest(FHIR_LIMITS.depth)).input)![0]).toBe(1);
    const issue = inputIssues(() => fromQuestionnaireResponse(nest(FHIR_LIMITS.depth + 1)))[0]!;
    expect(issue).toMatchObject({ code: "too_big", message: `Items are nested more than ${FHIR_LIMITS.depth} levels deep` });
    expect(issue.path).toHaveLength(FHIR_LIMITS.depth * 2 + 1);
    expect(inputIssues(() => fromQuestionnaireResponse(nest(5000)))[0]).toMatchObject({ code: "too_big" });
  });

  it(`refuses more than ${FHIR_LIMITS.entries} list entries (items, answers, codes, options, extensions)`, () => {
    const wide = (n: number) => response([{ linkId: "/44250-9", answer: [coding(1)] }, ...Array.from({ length: n - 2 }, (_, i) => ({ linkId: `x${i}` }))]);
    expect(phq9Items(fromQuestionnaireResponse(wide(FHIR_LIMITS.entries)).input)![0]).toBe(1);
    expect(inputIssues(() => fromQuestionnaireResponse(wide(FHIR_LIMITS.entries + 1)))[0]).toMatchObject({ code: "too_big", path: ["item", 0, "answer"] });
    const sparse = response([]);
    (sparse.item as unknown[]).length = 2 ** 31;
    expect(inputIssues(() => fromQuestionnaireResponse(sparse))[0]).toMatchObject({ code: "too_big" });
  });

  it("refuses a cycle with the library's error", () => {
    const item: Record<string, unknown> = { linkId: "g" };
    item["item"] = [item];
    expect(inputIssues(() => fromQuestionnaireResponse(response([item])))[0]).toMatchObject({ code: "too_big" });
  });

  it("names the path of every malformed part", () => {
    const bad = (item: unknown) => inputIssues(() => fromQuestionnaireResponse(response([{ linkId: "a" }, { linkId: "b" }, { linkId: "c" }, item])))[0]!.path;
    expect(bad({ linkId: "/44250-9", answer: [7] })).toEqual(["item", 3, "answer", 0]);
    expect(bad({ linkId: "/44250-9", answer: [{ valueCoding: "LA6568-5" }] })).toEqual(["item", 3, "answer", 0, "valueCoding"]);
    expect(bad({ linkId: "/44250-9", answer: [{ valueCoding: { code: 5 } }] })).toEqual(["item", 3, "answer", 0, "valueCoding", "code"]);
    expect(bad({ linkId: "/44250-9", answer: [{ valueCoding: { code: "x", extension: {} } }] })).toEqual(["item", 3, "answer", 0, "valueCoding", "extension"]);
    expect(bad({ linkId: "/44250-9", answer: [{ valueCoding: { code: "x", extension: [{ url: ORDINAL, valueDecimal: "2" }] } }] })).toEqual(["item", 3, "answer", 0, "valueCoding", "extension", 0, "valueDecimal"]);
    expect(bad({ linkId: "x", definition: 5 })).toEqual(["item", 3, "definition"]);
    expect(bad({ linkId: 9 })).toEqual(["item", 3, "linkId"]);
    const qIssue = inputIssues(() => fromQuestionnaireResponse(response([]), { questionnaire: { resourceType: "Questionnaire", item: [{ linkId: "a", answerOption: [{ valueCoding: 3 }] }] } }))[0]!;
    expect(qIssue.path).toEqual(["questionnaire", "item", 0, "answerOption", 0, "valueCoding"]);
  });

  it("never throws a raw error: BigInt, symbols, getters that throw, revoked proxies", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const throwing = Object.defineProperty({ linkId: "/44250-9" }, "answer", { enumerable: true, get: () => { throw new TypeError("boom"); } });
    const values: unknown[] = [
      response([{ linkId: "/44250-9", answer: [{ valueInteger: 10n }] }]),
      response([{ linkId: "/44250-9", answer: [{ valueInteger: Symbol("x") }] }]),
      response([{ linkId: Symbol("x") }]),
      response([{ linkId: "/44250-9", answer: [{ valueCoding: { system: Symbol("s"), code: "x" } }] }]),
      response([throwing]),
      response([proxy]),
      response(proxy as never),
      proxy,
      { resourceType: "QuestionnaireResponse", get status() { throw new RangeError("no"); } },
    ];
    for (const value of values) {
      try {
        const { input } = fromQuestionnaireResponse(value, { allowEmpty: true });
        assessScope(input, { policy: { requireRiskScreen: false } });
      } catch (error) {
        expect(isScopeInputError(error), String(error)).toBe(true);
      }
    }
    expect(inputIssues(() => fromQuestionnaireResponse(response([throwing])))[0]).toMatchObject({ path: ["item", 0, "answer"], code: "custom" });
    expect(inputIssues(() => fromQuestionnaireResponse(response([proxy])))[0]!.path).toEqual(["item", 0]);
  });

  it("treats __proto__, constructor and prototype as plain linkIds and codes, and never reads inherited properties", () => {
    const linkIds = JSON.parse('{"codes":{"__proto__":"44250-9","constructor":"44255-8","prototype":"44259-0"}}') as { codes: Record<string, string> };
    const proto = response(["__proto__", "constructor", "prototype"].map((linkId, i) => ({ linkId, answer: [coding(i + 1)] })));
    expect(phq9Items(fromQuestionnaireResponse(proto, { codes: linkIds.codes }).input)!.slice(0, 3)).toEqual([1, 2, 3]);
    expect(Object.prototype).not.toHaveProperty("44250-9");
    // A polluted prototype is never read as an item list or an answer.
    Object.defineProperty(Object.prototype, "item", { value: [{ linkId: "/44260-8", answer: [coding(0)] }], configurable: true });
    try {
      const { input } = fromQuestionnaireResponse({ resourceType: "QuestionnaireResponse", item: [{ linkId: "/44250-9", answer: [coding(1)] }] });
      expect(phq9Items(input)![8]).toBeNull();
    } finally {
      delete (Object.prototype as Record<string, unknown>)["item"];
    }
  });

  it("quotes text from the response escaped and cut to 100 characters in warnings", () => {
    const hostile = `\u001b[2J\u001b[31mFAKE\u202e\n${"x".repeat(5_000_000)}`;
    const { warnings } = fromQuestionnaireResponse(response([{ linkId: hostile, answer: [{ valueInteger: 1 }] }, { linkId: "/44260-8", answer: [{ valueString: hostile }] }]));
    expect(warnings).toHaveLength(2);
    for (const w of warnings) {
      expect(w.message.length).toBeLessThan(400);
      expect(w.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
      expect(w.message).toContain("\\u001b[2J");
    }
  });
});

describe("found in review: nothing read lower than given, nothing dropped silently", () => {
  const nine = (answer: object) => response([...grouped([0, 0, 0, 0, 0, 0, 0, 0]).item, { linkId: "/44260-8", answer: [answer] }]);

  it("an answer with two values (a coding and an integer, or two weights) is unanswered", () => {
    const two = fromQuestionnaireResponse(nine({ ...coding(0), valueInteger: 3 }));
    expect(phq9Items(two.input)![8]).toBeNull();
    expect(two.warnings.map((w) => w.message)).toEqual(['The PHQ-9 answer to item "/44260-8" holds more than one value ("valueCoding", "valueInteger"): it counts as unanswered']);
    const weights = (extension: object[]) => fromQuestionnaireResponse(nine({ valueCoding: { system: "urn:app", code: "x", extension } }));
    const twice = weights([{ url: ORDINAL, valueDecimal: 0 }, { url: "http://hl7.org/fhir/StructureDefinition/itemWeight", valueDecimal: 3 }]);
    expect(phq9Items(twice.input)![8]).toBeNull();
    expect(twice.warnings.map((w) => w.message)).toEqual(['The answer to item "/44260-8" gives the answer more than one weight: it counts as unanswered']);
    expect(phq9Items(weights([{ url: ORDINAL, valueDecimal: 0, valueInteger: 3 }]).input)![8]).toBeNull();
    expect(phq9Items(weights([{ url: ORDINAL, valueDecimal: 3, valueInteger: 3 }]).input)![8]).toBe(3);
    const onBoth = fromQuestionnaireResponse(nine({ valueCoding: { system: "urn:app", code: "x", extension: [{ url: ORDINAL, valueDecimal: 0 }] }, extension: [{ url: ORDINAL, valueDecimal: 2 }] }));
    expect(phq9Items(onBoth.input)![8]).toBeNull();
    // A Questionnaire option weighted twice differently makes the item's weights unusable.
    const questionnaire = { resourceType: "Questionnaire", item: [{ linkId: "/44260-8", answerOption: LA.map((code, w) => ({ valueCoding: { system: LOINC, code, extension: [{ url: ORDINAL, valueDecimal: w }] }, extension: [{ url: ORDINAL, valueDecimal: w === 3 ? 0 : w }] })) }] };
    const q = fromQuestionnaireResponse(nine(coding(3)), { questionnaire });
    expect(phq9Items(q.input)![8]).toBeNull();
    expect(q.warnings[0]!.message).toBe('The Questionnaire gives an answer more than one weight for item "/44260-8": it counts as unanswered');
  });

  it("a stored total beside unanswered items is not used, and says so", () => {
    const { input, warnings } = fromQuestionnaireResponse(response([{ linkId: "/44260-8", answer: [coding(0)] }, { linkId: "/44261-6", answer: [{ valueInteger: 22 }] }]));
    expect(phq9Items(input)).toEqual([null, null, null, null, null, null, null, null, 0]);
    expect(codesOf(warnings)).toEqual(["stored-total-unused"]);
    const result = assessScope({ ...input, ...SCREENED });
    expect([result.level, result.worstCase]).toEqual(["incomplete", "refer"]);
  });

  it("an unreadable item 10 is named, and sets nothing", () => {
    for (const answer of [{ valueString: "Very difficult" }, { valueCoding: { system: "urn:oid:2.16.840.1.113883.6.1", code: "LA6574-3" } }, { valueInteger: 3 }]) {
      const { input, warnings } = fromQuestionnaireResponse(response([...grouped([0]).item, { linkId: "/69722-7", answer: [answer] }]));
      expect(input).not.toHaveProperty("dailyFunctioningImpaired");
      expect(warnings.map((w) => w.message)).toEqual(['The answer to item "/69722-7" is not one of its LOINC answers: dailyFunctioningImpaired is not set from it']);
    }
  });

  it("a 'no' to the PC-PTSD-5's first question never wipes out answered items, even unreadable ones", () => {
    const codes = { e: "pcptsd5:exposure", p1: "pcptsd5:1" };
    const unreadable = fromQuestionnaireResponse(response([{ linkId: "e", answer: [{ valueBoolean: false }] }, { linkId: "p1", answer: [{ valueString: "Yes" }] }]), { codes });
    expect(unreadable.input).toEqual({ instruments: { pcptsd5: { exposure: true, items: [null, null, null, null, null] } } });
    expect(assessScope({ ...unreadable.input, ...SCREENED }).level).toBe("incomplete");
  });

  it("an item whose codes disagree counts for each: its answer cannot hide item 9", () => {
    const hiding = response([{ linkId: "/44260-8", definition: "http://loinc.org/44250-9", answer: [coding(3)] }, ...grouped([null, 0, 0, 0, 0, 0, 0, 0, 0]).item]);
    const { input, warnings } = fromQuestionnaireResponse(hiding);
    expect(phq9Items(input)).toEqual([3, 0, 0, 0, 0, 0, 0, 0, null]);
    expect(codesOf(warnings)).toEqual(["conflicting-codes", "duplicate-answer"]);
    expect(warnings[0]!.message).toBe('Item "/44260-8" has more than one code (44250-9, 44260-8): its answers count for each');
    expect(assessScope({ ...input, ...SCREENED }).missing).toContain("instruments.phq9.items[8]");
    // The codes option is the app's own mapping: it decides alone.
    expect(phq9Items(fromQuestionnaireResponse(hiding, { codes: { "/44260-8": "44260-8" } }).input)![8]).toBeNull();
  });

  it("a Questionnaire that uses a linkId twice is refused", () => {
    const questionnaire = { resourceType: "Questionnaire", item: [{ linkId: "a", code: [{ system: LOINC, code: "44250-9" }] }, { linkId: "a", code: [{ system: LOINC, code: "44260-8" }] }] };
    expect(inputIssues(() => fromQuestionnaireResponse(grouped([0]), { questionnaire }))[0]).toMatchObject({ path: ["questionnaire", "item", 1, "linkId"], code: "invalid_value" });
  });

  it("a K10 item without weights of its own is not read on the scale the other items' weights name", () => {
    const codes = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, `k10:${i + 1}`]));
    const questionnaire = { resourceType: "Questionnaire", item: Array.from({ length: 9 }, (_, i) => ({ linkId: `k${i}`, answerOption: [1, 2, 3, 4, 5].map((w) => ({ valueCoding: { system: "urn:k", code: `c${w}` }, extension: [{ url: ORDINAL, valueDecimal: w }] })) })) };
    const answers = response([...Array.from({ length: 9 }, (_, i) => ({ linkId: `k${i}`, answer: [{ valueCoding: { system: "urn:k", code: "c2" } }] })), { linkId: "k9", answer: [{ valueInteger: 1 }] }]);
    const { input, warnings } = fromQuestionnaireResponse(answers, { codes, questionnaire });
    expect(input).toEqual({ instruments: { k10: { items: [2, 2, 2, 2, 2, 2, 2, 2, 2, null], scale: "1-5" } } });
    expect(codesOf(warnings)).toEqual(["scale-unknown"]);
    expect(fromQuestionnaireResponse(answers, { codes, questionnaire, scales: { k10: "1-5" } }).input).toEqual({ instruments: { k10: { items: [2, 2, 2, 2, 2, 2, 2, 2, 2, 1], scale: "1-5" } } });
  });

  it("a list whose length is not a count, and holes in a list, are errors, never read from Array.prototype", () => {
    for (const length of [10n, Symbol("n"), "abc", -1, 1.5, { valueOf: () => { throw new Error("x"); } }]) {
      const items = new Proxy([], { get: (target, key) => (key === "length" ? length : Reflect.get(target, key)) });
      expect(inputIssues(() => fromQuestionnaireResponse({ resourceType: "QuestionnaireResponse", item: items }))[0]).toMatchObject({ path: ["item"] });
    }
    Object.defineProperty(Array.prototype, "0", { value: { linkId: "/44260-8", answer: [coding(0)] }, configurable: true, writable: true });
    try {
      // eslint-disable-next-line no-sparse-arrays
      const holes = [, { linkId: "/44250-9", answer: [coding(1)] }];
      expect(inputIssues(() => fromQuestionnaireResponse(response(holes)))[0]).toMatchObject({ path: ["item", 0], message: "Expected an item to be an object, received no value" });
    } finally {
      delete (Array.prototype as unknown as Record<string, unknown>)["0"];
    }
  });

  it("reads a contained ValueSet once however many items name it, and counts its concepts", () => {
    let reads = 0;
    const valueSet = { resourceType: "ValueSet", id: "vs", get compose() { reads++; return { include: [{ system: "urn:s", concept: ["a", "b", "c", "d"].map((code, w) => ({ code, extension: [{ url: ORDINAL, valueDecimal: w }] })) }] }; } };
    const questionnaire = { resourceType: "Questionnaire", contained: [valueSet], item: PHQ9.map((code) => ({ linkId: `/${code}`, answerValueSet: "#vs" })) };
    const answered = response(PHQ9.map((code) => ({ linkId: `/${code}`, answer: [{ valueCoding: { system: "urn:s", code: "c" } }] })));
    expect(phq9Items(fromQuestionnaireResponse(answered, { questionnaire }).input)).toEqual(Array.from({ length: 9 }, () => 2));
    expect(reads).toBe(1);
    const huge = { resourceType: "Questionnaire", item: [{ linkId: "a", answerOption: Array.from({ length: FHIR_LIMITS.entries }, (_, i) => ({ valueCoding: { code: `c${i}` } })) }] };
    expect(inputIssues(() => fromQuestionnaireResponse(answered, { questionnaire: huge }))[0]).toMatchObject({ path: ["questionnaire", "item", 0, "answerOption"], code: "too_big" });
  });

  it("escapes every invisible format character in quoted text: tags, Arabic number signs, musical formatting", () => {
    const hidden = "a\u{e0041}\u0600\u{1d173}\u00ad\u2066b";
    const { warnings } = fromQuestionnaireResponse(response([{ linkId: hidden, answer: [{ valueInteger: 1 }] }, ...grouped([0]).item]));
    expect(warnings[0]!.message).toBe('Item "a\\u{e0041}\\u0600\\u{1d173}\\u00ad\\u2066b" is not an item of the PHQ-9, GAD-7 or PHQ-2 (no LOINC code): it was not read');
  });
});

describe("found in a second review", () => {
  it("reads -0 as 0, in items and in stored totals", () => {
    const items = fromQuestionnaireResponse(JSON.parse('{"resourceType":"QuestionnaireResponse","item":[{"linkId":"/44250-9","answer":[{"valueInteger":-0}]},{"linkId":"/44260-8","answer":[{"valueInteger":-0}]}]}'));
    expect(Object.is(phq9Items(items.input)![0], 0)).toBe(true);
    expect(() => assessScope({ ...items.input, ...SCREENED })).not.toThrow();
    const total = fromQuestionnaireResponse(JSON.parse('{"resourceType":"QuestionnaireResponse","item":[{"linkId":"/70274-6","answer":[{"valueDecimal":-0}]}]}'));
    expect(Object.is((total.input.instruments?.gad7 as { total: number }).total, 0)).toBe(true);
  });

  it("a WHO-5 percent total must be a multiple of 4; beside the items, raw and percent totals are compared on the raw sum", () => {
    const who5 = (value: number) => response([{ linkId: "w", answer: [{ valueInteger: value }] }]);
    const fifty = fromQuestionnaireResponse(who5(50), { codes: { w: "who5:total" }, scales: { who5: "percent" } });
    expect(fifty.warnings[0]!.message).toBe('The stored WHO-5 total of item "w" (50) is not a whole number from 0 to 100, a multiple of 4: it was not read');
    expect(() => assessScope({ ...fifty.input, ...SCREENED })).not.toThrow();
    const codes = { ...Object.fromEntries([1, 2, 3, 4, 5].map((n) => [`i${n}`, `who5:${n}`])), t: "who5:total" };
    const items = [1, 1, 1, 1, 1].map((v, n) => ({ linkId: `i${n + 1}`, answer: [{ valueInteger: v }] }));
    expect(fromQuestionnaireResponse(response([...items, { linkId: "t", answer: [{ valueInteger: 20 }] }]), { codes, scales: { who5: "percent" } }).warnings).toEqual([]);
    expect(fromQuestionnaireResponse(response([...items, { linkId: "t", answer: [{ valueInteger: 5 }] }]), { codes, scales: { who5: "raw" } }).warnings).toEqual([]);
    expect(codesOf(fromQuestionnaireResponse(response([...items, { linkId: "t", answer: [{ valueInteger: 24 }] }]), { codes, scales: { who5: "percent" } }).warnings)).toEqual(["stored-total-differs"]);
  });

  it("a stored PC-PTSD-5 total keeps its gate open, even beside an unanswered item", () => {
    const codes = { e: "pcptsd5:exposure", p1: "pcptsd5:1", t: "pcptsd5:total" };
    const { input } = fromQuestionnaireResponse(response([{ linkId: "e", answer: [{ valueBoolean: false }] }, { linkId: "p1", answer: [] }, { linkId: "t", answer: [{ valueInteger: 4 }] }]), { codes });
    expect(input).toEqual({ instruments: { pcptsd5: { exposure: true, items: [null, null, null, null, null] } } });
    expect(assessScope({ ...input, ...SCREENED }).level).not.toBe("coaching");
  });

  it("a stored total with two values in one answer is not read", () => {
    for (const answer of [{ valueInteger: 5, valueDecimal: 20 }, { valueInteger: 5, valueCoding: { system: "http://terminology.hl7.org/CodeSystem/data-absent-reason", code: "asked-declined" } }]) {
      const { input, warnings } = fromQuestionnaireResponse(response([{ linkId: "/44261-6", answer: [answer] }]));
      expect(input).toEqual({ instruments: { phq9: { items: Array.from({ length: 9 }, () => null) } } });
      expect(codesOf(warnings)).toEqual(["answer-not-scored"]);
    }
  });

  it("an answer whose own weight disagrees with the Questionnaire's is unanswered", () => {
    const questionnaire = { resourceType: "Questionnaire", item: [{ linkId: "/44260-8", answerOption: ["a", "b", "c", "d"].map((code, w) => ({ valueCoding: { system: "urn:s", code }, extension: [{ url: ORDINAL, valueDecimal: w }] })) }] };
    const answer = (weight: number) => response([{ linkId: "/44260-8", answer: [{ valueCoding: { system: "urn:s", code: "a", extension: [{ url: ORDINAL, valueDecimal: weight }] } }] }]);
    const { input, warnings } = fromQuestionnaireResponse(answer(3), { questionnaire });
    expect(phq9Items(input)![8]).toBeNull();
    expect(warnings.map((w) => w.message)).toEqual(['The answer to item "/44260-8" carries the weight 3, where the Questionnaire weighs it 0: it counts as unanswered']);
    expect(phq9Items(fromQuestionnaireResponse(answer(0), { questionnaire }).input)![8]).toBe(0);
  });

  it("quotes the key names of an answer escaped; answers that are all unreadable are not called different", () => {
    const { warnings } = fromQuestionnaireResponse(response([{ linkId: "/44260-8", answer: [{ valueInteger: 1, "valueX\u001b[31m": 2 }] }]));
    expect(warnings[0]!.message).toContain('"valueX\\u001b[31m"');
    const nine = fromQuestionnaireResponse(response([{ linkId: "/44260-8", answer: Array.from({ length: 9 }, () => ({ valueString: "?" })) }]));
    expect(codesOf(nine.warnings)).toEqual(Array.from({ length: 9 }, () => "answer-not-scored"));
  });

  it("a definition counts as LOINC only on loinc.org itself", () => {
    const spoof = response([{ linkId: "q", definition: "http://loinc.org.evil.example/44260-8", answer: [coding(0)] }]);
    expect(inputIssues(() => fromQuestionnaireResponse(spoof))[0]).toMatchObject({ params: { reason: "nothing-recognized" } });
  });
});

describe("the reader's output is always an input assessScope accepts (property)", () => {
  const value = fc.oneof(
    fc.integer({ min: -2, max: 110 }).map((v) => ({ valueInteger: v })),
    fc.constantFrom(-0, 0.5, 4, 1e308).map((v) => ({ valueDecimal: v })),
    fc.constantFrom(...LA, "LA6575-0", "LA6574-3", "x").map((code) => ({ valueCoding: { system: LOINC, code } })),
    fc.boolean().map((v) => ({ valueBoolean: v })),
    fc.integer({ min: 0, max: 100 }).map((v) => ({ valueQuantity: { value: v } })),
  );
  const link = fc.constantFrom(...PHQ9, ...GAD7, "44261-6", "70274-6", "55758-7", "55757-9", "44249-1", "69722-7", "w1", "w5", "wt", "k1", "kt", "e", "p1", "pt", "x");
  const item = fc.record({ linkId: link, answer: fc.array(value, { maxLength: 2 }) });
  const codes = { w1: "who5:1", w5: "who5:5", wt: "who5:total", k1: "k10:1", kt: "k10:total", e: "pcptsd5:exposure", p1: "pcptsd5:1", pt: "pcptsd5:total" };
  const scales = fc.record({ who5: fc.constantFrom("raw", "percent"), k10: fc.constantFrom("1-5", "0-4") }, { requiredKeys: [] });

  it("for any response of recognised items and any scales", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(item, fc.record({ linkId: fc.constant("/44249-1"), item: fc.array(item, { maxLength: 4 }) })), { maxLength: 12 }), scales, (items, s) => {
        const { input } = fromQuestionnaireResponse(response(items), { codes, scales: s, allowEmpty: true });
        expect(() => assessScope({ ...input, ...SCREENED })).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });
});

describe("createFhirReader", () => {
  it("gives what fromQuestionnaireResponse gives, reading the Questionnaire once, and checks the options first", () => {
    const questionnaire = read("lforms/phq9.R4.Questionnaire.json");
    const reader = createFhirReader({ questionnaire });
    const responses = [grouped([1, 2, 3, 0, 1, 2, 3, 0, 1]), grouped([0, 0]), read("us-core/QuestionnaireResponse-phq-9-example.json")];
    for (const r of responses) expect(reader(r)).toEqual(fromQuestionnaireResponse(r, { questionnaire }));
    // Read when the reader was made: changing the Questionnaire afterwards changes nothing.
    questionnaire.item = [];
    expect(reader(responses[0])).toEqual(createFhirReader({ questionnaire: read("lforms/phq9.R4.Questionnaire.json") })(responses[0]));
    expect(inputIssues(() => createFhirReader({ codes: { a: "nope" } }))[0]).toMatchObject({ path: ["codes", "a"] });
    expect(inputIssues(() => createFhirReader({ questionnaire: { resourceType: "Patient" } }))[0]).toMatchObject({ path: ["questionnaire"] });
  });
});

describe("options", () => {
  it("refuses unknown options, bad references and scales with the library's error", () => {
    const r = grouped([0]);
    expect(inputIssues(() => fromQuestionnaireResponse(r, { allowempty: true } as FhirOptions))[0]).toMatchObject({ code: "unrecognized_keys" });
    expect(inputIssues(() => fromQuestionnaireResponse(r, { allowEmpty: "yes" } as never))[0]).toMatchObject({ path: ["allowEmpty"] });
    for (const bad of ["k10:11", "k10:0", "nope:1", "k10:", "K10:1", "phq9:exposure"]) {
      expect(inputIssues(() => fromQuestionnaireResponse(r, { codes: { a: bad } }))[0]).toMatchObject({ path: ["codes", "a"], code: "invalid_value" });
    }
    expect(inputIssues(() => fromQuestionnaireResponse(r, { scales: { phq9: "0-3" } }))[0]).toMatchObject({ path: ["scales", "phq9"] });
    expect(inputIssues(() => fromQuestionnaireResponse(r, { scales: { k10: "0-5" } }))[0]).toMatchObject({ path: ["scales", "k10"], message: 'Expected one of "1-5", "0-4", received "0-5"' });
    expect(inputIssues(() => fromQuestionnaireResponse(r, { scales: JSON.parse('{"__proto__":"0-4"}') }))[0]).toMatchObject({ path: ["scales", "__proto__"], message: '"__proto__" is not an instrument published on more than one scale' });
  });

  it("a LOINC code in codes that the library does not read leaves the item unknown", () => {
    const { warnings } = fromQuestionnaireResponse(response([{ linkId: "q", answer: [{ valueInteger: 1 }] }, ...grouped([0]).item]), { codes: { q: "12345-6" } });
    expect(warnings.map((w) => w.message)).toEqual(['Item "q" (LOINC 12345-6) is not an item of the PHQ-9, GAD-7 or PHQ-2: it was not read']);
  });
});

describe("every recognised shape gives the same ScreeningInput (property)", () => {
  const answer = fc.option(fc.integer({ min: 0, max: 3 }), { nil: null });
  const shapes = ["flat", "grouped", "path-style", "definition", "questionnaire", "codes"] as const;
  type Shape = (typeof shapes)[number];

  /** A response (and options) holding the PHQ-9 and GAD-7 answers in one shape; `null` leaves the item out. */
  function build(shape: Shape, phq9: readonly (number | null)[], gad7: readonly (number | null)[], order: readonly number[]): { response: unknown; options: FhirOptions } {
    const all = [...PHQ9.map((code, i) => ({ code, value: phq9[i]!, panel: "44249-1" })), ...GAD7.map((code, i) => ({ code, value: gad7[i]!, panel: "69737-5" }))];
    const present = order.map((i) => all[i]!).filter((a) => a.value !== null);
    const link = (a: (typeof all)[number], k: number) => {
      switch (shape) {
        case "flat":
          return { linkId: `/${a.code}` };
        case "grouped":
          return { linkId: a.code };
        case "path-style":
          return { linkId: `/${a.panel}/${a.code}` };
        case "definition":
          return { linkId: `item-${k}`, definition: `http://loinc.org/${a.code}` };
        default:
          return { linkId: `item-${k}` };
      }
    };
    const items = present.map((a, k) => ({ ...link(a, k), answer: [coding(a.value!)] }));
    const nested = shape === "grouped" || shape === "path-style" ? ["44249-1", "69737-5"].map((panel) => ({ linkId: `/${panel}`, item: items.filter((_, k) => present[k]!.panel === panel) })) : items;
    const options: FhirOptions =
      shape === "questionnaire"
        ? { questionnaire: { resourceType: "Questionnaire", item: present.map((a, k) => ({ linkId: `item-${k}`, code: [{ system: LOINC, code: a.code }] })) } }
        : shape === "codes"
          ? { codes: Object.fromEntries(present.map((a, k) => [`item-${k}`, a.code])) }
          : {};
    return { response: response(nested), options };
  }

  it("flat, grouped, path-style, definition, Questionnaire codes and the codes option agree, in any item order", () => {
    fc.assert(
      fc.property(fc.array(answer, { minLength: 9, maxLength: 9 }), fc.array(answer, { minLength: 7, maxLength: 7 }), fc.shuffledSubarray([...Array(16).keys()], { minLength: 16, maxLength: 16 }), (phq9, gad7, order) => {
        const results = shapes.map((shape) => {
          const { response: r, options } = build(shape, phq9, gad7, order);
          return fromQuestionnaireResponse(r, { ...options, allowEmpty: true }).input;
        });
        for (const r of results.slice(1)) expect(r).toEqual(results[0]);
        // And what they agree on is the answers, unanswered items as null.
        const expected: Record<string, unknown> = {};
        if (phq9.some((a) => a !== null)) expected["phq9"] = phq9.slice(0, 2).some((a) => a !== null) && phq9.slice(2).every((a) => a === null) ? undefined : { items: phq9 };
        if (gad7.some((a) => a !== null)) expected["gad7"] = { items: gad7 };
        const instruments = results[0]!.instruments as Record<string, unknown> | undefined;
        if (expected["gad7"] !== undefined) expect(instruments?.["gad7"]).toEqual(expected["gad7"]);
        if (expected["phq9"] !== undefined) expect(instruments?.["phq9"]).toEqual(expected["phq9"]);
      }),
      { numRuns: 200 },
    );
  });
});
