// Every error and warning of the intake, word for word, with its path: what a developer reads.
import { describe, expect, it } from "vitest";
import { buildIntake, isShown, nextQuestions, toFhirQuestionnaire, toScreeningInput } from "../src/intake/index.js";
import { en } from "../src/intake/locales/en.js";
import { fromQuestionnaireResponse } from "../src/fhir/index.js";
import { configIssues, inputIssues } from "./helpers.js";

const INDICATORS = '"low-mood", "poor-concentration", "sleep-disturbance", "appetite-change", "survivor-guilt", "hopelessness", "hyperalert-or-exhausted", "irritability", "impulsive-risk-taking", "thoughts-of-death"';

describe("toScreeningInput's errors", () => {
  it.each([
    [{ "risk.imminentDanger": "no" }, ["risk.imminentDanger"], "invalid_value", 'Expected one of true, false, received "no"'],
    [{ "risk.suicidalThoughts": "some" }, ["risk.suicidalThoughts"], "invalid_value", 'Expected one of "none", "passive", "active", received "some"'],
    [{ "instruments.phq9.items[0]": 4 }, ["instruments.phq9.items[0]"], "invalid_value", "Expected one of 0, 1, 2, 3, received 4"],
    [{ "instruments.k10.items[0]": 0 }, ["instruments.k10.items[0]"], "invalid_value", "Expected one of 1, 2, 3, 4, 5, received 0"],
    [{ "client.age": 1.5 }, ["client.age"], "invalid_type", "Expected an integer, received 1.5"],
    [{ indicators: "low-mood" }, ["indicators"], "invalid_value", `Expected a list of distinct answers from ${INDICATORS}, received "low-mood"`],
    [{ indicators: ["x"] }, ["indicators"], "invalid_value", `Expected a list of distinct answers from ${INDICATORS}, received a list with other values`],
    [{ "risk.x": true }, ["risk.x"], "unrecognized_keys", 'Unknown question "risk.x": not a question of the intake'],
    [3, [], "invalid_type", "Expected an object of answers by question id, received number"],
    [{ "instruments.pcptsd5.exposure": false, "instruments.pcptsd5.items[1]": 1 }, ["instruments.pcptsd5.items[1]"], "invalid_value", "Answered, but instruments.pcptsd5.exposure is false: its items are asked only after a yes"],
  ])("%j", (answers, path, code, message) => {
    expect(inputIssues(() => toScreeningInput(answers as never)).map((i) => [i.path, i.code, i.message])).toEqual([[path, code, message]]);
  });
});

describe("buildIntake's, nextQuestions', isShown's and toFhirQuestionnaire's errors", () => {
  it("name what is wrong and what to do", () => {
    const messages = (issues: readonly { path: readonly (string | number)[]; message: string }[]) => issues.map((i) => [i.path, i.message]);
    expect(messages(configIssues(() => buildIntake({} as never)))).toEqual([[["locale"], 'Expected an intake locale (import { en } from "coaching-scope/intake/locales/en"): the intake entry carries no texts of its own']]);
    expect(messages(configIssues(() => buildIntake({ locale: en, sections: [], instruments: ["who5"] })))[0]).toEqual([["overrides", "instruments.who5.items[0]"], 'No text for "instruments.who5.items[0]": the locale "en" does not ship WHO-5\'s texts. Supply it in overrides or through translate.']);
    expect(configIssues(() => buildIntake({ locale: en, sections: [], instruments: ["who5"] }))).toHaveLength(11);
    expect(messages(configIssues(() => buildIntake({ locale: en, instruments: ["phq9", "phq8"] })))).toEqual([[["instruments", 1], '"phq8" asks items of "phq9", which is asked already: choose one of them']]);
    expect(messages(configIssues(() => buildIntake({ locale: en, sections: "risk" as never })))).toEqual([[["sections"], 'Expected a list of "client", "risk", "context", "redFlags", "indicators", "preferences", received "risk"']]);
    const empty = messages(configIssues(() => buildIntake({ locale: { code: "xx", dir: "ltr", messages: {} }, sections: ["risk"], instruments: [] })));
    expect(empty[0]).toEqual([["overrides", "risk.imminentDanger"], 'No text for "risk.imminentDanger": the locale "xx" lacks it. Supply it in overrides or through translate.']);
    expect(empty).toContainEqual([["overrides", "section.risk"], 'No text for "section.risk": the locale "xx" lacks it. Supply it in overrides or through translate.']);
    expect(messages(inputIssues(() => isShown(3 as never, 4 as never)))).toEqual([
      [["question"], "Expected a question of the intake, received number"],
      [["answers"], "Expected the answers by question id, received number"],
    ]);
    expect(messages(inputIssues(() => nextQuestions({ missing: "x" } as never, { locale: en })))).toEqual([[["missing"], 'Expected the result of assessScope, with a list of paths in missing, received "x"']]);
    expect(messages(configIssues(() => toFhirQuestionnaire({ language: 3, sections: [] } as never)))).toEqual([[["language"], "Expected a text, received number"]]);
    expect(messages(configIssues(() => toFhirQuestionnaire(buildIntake({ locale: en }), { colour: "x", url: 3 } as never)))).toEqual([
      [["colour"], 'Unknown option "colour": expected id, url, version, title, status'],
      [["url"], "Expected a non-empty string, received number"],
    ]);
  });
});

describe("the FHIR reader's warnings on intake items", () => {
  it("say what was read, and why", () => {
    const U = "urn:coaching-scope:intake:";
    const r = fromQuestionnaireResponse(
      {
        resourceType: "QuestionnaireResponse",
        item: [
          { linkId: "a", definition: U + "treatment.recentDischarge", answer: [{ valueBoolean: true }, { valueBoolean: false }] },
          { linkId: "b", definition: U + "medicallyStable", answer: [{ valueString: "x" }] },
          { linkId: "c", definition: U + "risk.selfHarm", answer: [{ valueBoolean: true }, { valueBoolean: false }] },
          { linkId: "d", definition: U + "client.age", answer: [{ valueCoding: { system: "http://terminology.hl7.org/CodeSystem/data-absent-reason", code: "asked-declined" } }] },
        ],
      },
      { allowEmpty: true },
    );
    expect(r.warnings.map((w) => [w.code, w.linkId, w.message])).toEqual([
      ["duplicate-answer", "a", 'Item "a" has answers that differ (true, false): it is read as true, the more cautious answer'],
      ["answer-not-scored", "b", 'The answer to item "b" (valueString "x") is not one of the intake question\'s answers'],
      ["answer-not-scored", "b", 'Item "b" has an answer that cannot be read (unreadable): it is read as false, the more cautious answer'],
      ["duplicate-answer", "c", 'Item "c" is answered more than once, differently (true, false): it counts as unanswered'],
      ["answer-declined", "d", 'Item "d" was not answered ("asked-declined"): it counts as unanswered'],
    ]);
    expect(r.input).toEqual({ treatment: { recentDischarge: true }, medicallyStable: false });
  });
});

describe("the FHIR reader on every kind of intake question", () => {
  const U = "urn:coaching-scope:intake:";
  const read = (...items: [string, ...Record<string, unknown>[]][]) =>
    fromQuestionnaireResponse({ resourceType: "QuestionnaireResponse", item: items.map(([id, ...answer], i) => ({ linkId: `q${i}`, definition: U + id, answer })) }, { allowEmpty: true });
  const coding = (code: string, system = "urn:coaching-scope:intake") => ({ valueCoding: { system, code } });

  it("reads each type from its own value, and nothing else", () => {
    expect(read(["client.age", { valueInteger: 40 }], ["risk.selfHarm", { valueBoolean: false }], ["risk.suicidalThoughts", coding("passive")], ["indicators", coding("irritability"), { valueCoding: { code: "hopelessness" } }]).input).toEqual({
      client: { age: 40 },
      risk: { selfHarm: false, suicidalThoughts: "passive" },
      indicators: ["irritability", "hopelessness"],
    });
    // A value of another type, two values in one answer, an age out of range, a code outside the question's: not read.
    const wrong = read(["risk.selfHarm", { valueInteger: 1 }], ["risk.harmToOthers", { valueBoolean: false, valueInteger: 0 }], ["client.age", { valueInteger: 121 }], ["risk.suicidalThoughts", coding("some")]);
    expect(wrong.input).toEqual({});
    expect(wrong.warnings.map((w) => w.code)).toEqual(["answer-not-scored", "answer-not-scored", "answer-not-scored", "answer-not-scored"]);
    expect(wrong.questions).toEqual([]);
  });

  it("takes the more cautious of answers that differ, by the order of each question's answers", () => {
    // The age is required: answers that differ ask it again.
    expect(read(["client.age", { valueInteger: 30 }, { valueInteger: 20 }]).input).toEqual({});
    expect(read(["client.perinatal", { valueBoolean: false }, { valueBoolean: true }]).input).toEqual({ client: { perinatal: true } });
    expect(read(["medicallyStable", { valueBoolean: false }, { valueBoolean: true }]).input).toEqual({ medicallyStable: false });
    expect(read(["risk.pastSuicidalBehavior", { valueBoolean: false }, { valueBoolean: true }, { valueBoolean: false }]).input).toEqual({ risk: { pastSuicidalBehavior: true } });
    expect(read(["preferences.timeFocus", coding("psychotherapy"), coding("coaching")]).input).toEqual({ preferences: { timeFocus: "psychotherapy" } });
    expect(read(["dailyFunctioningImpaired", { valueBoolean: true }, { valueBoolean: true }]).input).toEqual({ dailyFunctioningImpaired: true });
    expect(read(["dailyFunctioningImpaired", { valueBoolean: true }, { valueBoolean: true }]).warnings).toEqual([]);
    // A question without an order of severity (being in psychotherapy), answered both ways, is unanswered.
    expect(read(["treatment.inPsychotherapy", { valueBoolean: true }, { valueBoolean: false }]).input).toEqual({});
    // Required questions are asked again.
    expect(read(["client.guardianConsent", { valueBoolean: true }, { valueBoolean: false }]).input).toEqual({});
    expect(read(["risk.imminentDanger", { valueBoolean: false }, { valueString: "?" }]).input).toEqual({});
  });

  it("reads an instrument's question with the intake's own code on its scale, and a weight that disagrees not at all", () => {
    const k10 = read(["instruments.k10.items[0]", coding("5")], ["instruments.k10.items[1]", { valueCoding: { system: "urn:coaching-scope:intake", code: "2", extension: [{ url: "http://hl7.org/fhir/StructureDefinition/ordinalValue", valueDecimal: 3 }] } }], ["instruments.k10.items[2]", coding("0")]);
    expect(k10.input.instruments?.k10).toEqual({ items: [5, null, null, null, null, null, null, null, null, null], scale: "1-5" });
    expect(k10.warnings.map((w) => w.code)).toEqual(["weights-out-of-range", "answer-not-scored"]);
  });
});

describe("toFhirQuestionnaire, item by item", () => {
  const flat = (q: { item: readonly unknown[] }) => {
    const out: Record<string, unknown>[] = [];
    const walk = (items: readonly Record<string, unknown>[]) => items.forEach((i) => (out.push(i), i["item"] !== undefined && walk(i["item"] as Record<string, unknown>[])));
    walk(q.item as Record<string, unknown>[]);
    return new Map(out.map((i) => [i["linkId"] as string, i]));
  };

  it("writes each kind of question as FHIR does", () => {
    const intake = buildIntake({ locale: en, sections: ["client", "risk", "context", "indicators"], instruments: ["pcptsd5"], age: "adult", adultAge: 16 });
    const q = toFhirQuestionnaire(intake, { id: "intake", url: "https://example.org/Q", version: "2", title: "Intake", status: "draft" });
    expect([q["id"], q["url"], q["version"], q["title"], q.status, q.language]).toEqual(["intake", "https://example.org/Q", "2", "Intake", "draft", "en"]);
    const items = flat(q);
    expect(items.get("client.age")).toEqual({
      linkId: "client.age",
      definition: "urn:coaching-scope:intake:client.age",
      text: "How old are you?",
      type: "integer",
      required: true,
      enableWhen: [{ question: "client.adult", operator: "=", answerBoolean: false }],
      extension: [
        { url: "http://hl7.org/fhir/StructureDefinition/minValue", valueInteger: 0 },
        { url: "http://hl7.org/fhir/StructureDefinition/maxValue", valueInteger: 120 },
      ],
      item: [{ linkId: "client.age.help", type: "display", text: "In whole years.", extension: [{ url: "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl", valueCodeableConcept: { coding: [{ system: "http://hl7.org/fhir/questionnaire-item-control", code: "help", display: "Help-Button" }] } }] }],
    });
    expect(items.get("client.guardianConsent")!["enableWhen"]).toEqual([
      { question: "client.age", operator: "<", answerInteger: 16 },
      { question: "client.adult", operator: "=", answerBoolean: false },
    ]);
    expect(items.get("client.guardianConsent")!["enableBehavior"]).toBe("any");
    expect(items.get("client.age")!["enableBehavior"]).toBeUndefined();
    expect(items.get("indicators")).toMatchObject({ type: "choice", repeats: true, required: false });
    expect((items.get("indicators")!["answerOption"] as unknown[])[0]).toEqual({ valueCoding: { system: "urn:coaching-scope:intake", code: "low-mood", display: "Feeling sad or helpless, or enjoying things less than before" } });
    expect(items.get("risk.imminentDanger")).toMatchObject({ type: "boolean", required: true });
    expect(items.get("risk.imminentDanger")!["answerOption"]).toBeUndefined();
    expect(items.get("risk.imminentDanger")!["repeats"]).toBeUndefined();
    expect(items.get("section.risk")).toMatchObject({ type: "group", text: "Your safety" });
    expect(items.get("section.risk")!["code"]).toBeUndefined();
    expect(items.get("section.risk.help")).toEqual({ linkId: "section.risk.help", type: "display", text: en.messages["section.risk.help"] });
    expect(items.get("section.instruments.pcptsd5.notice")!["text"]).toContain("Prins");
    expect(items.get("instruments.pcptsd5.items[0]")).toMatchObject({ enableWhen: [{ question: "instruments.pcptsd5.exposure", operator: "=", answerBoolean: true }] });
    expect(items.get("instruments.pcptsd5.items[0]")!["code"]).toBeUndefined();
    expect((items.get("instruments.pcptsd5.items[0]")!["answerOption"] as unknown[])[1]).toEqual({ valueCoding: { system: "urn:coaching-scope:intake", code: "1", display: "Yes" }, extension: [{ url: "http://hl7.org/fhir/StructureDefinition/itemWeight", valueDecimal: 1 }] });
    expect(toFhirQuestionnaire(intake)["title"]).toBeUndefined();
    expect(toFhirQuestionnaire(intake).status).toBe("active");
  });

  it("names each text of a changed model that is not a text", () => {
    const intake = buildIntake({ locale: en, sections: ["risk"], instruments: [] });
    const section = intake.sections[0]!;
    const bad = { ...intake, sections: [{ ...section, title: 1, help: 2, notice: 3, questions: [{ ...section.questions[0]!, text: 4, help: 5 }] }] } as never;
    expect(configIssues(() => toFhirQuestionnaire(bad)).map((i) => i.path)).toEqual([
      ["sections", 0, "questions", 0, "text"],
      ["sections", 0, "questions", 0, "help"],
      ["sections", 0, "title"],
      ["sections", 0, "help"],
      ["sections", 0, "notice"],
    ]);
    const age = buildIntake({ locale: en, sections: ["client"], instruments: [] });
    const consent = age.sections[0]!.questions.find((q) => q.id === "client.guardianConsent")!;
    const wrongAge = { ...age, sections: [{ ...age.sections[0]!, questions: [...age.sections[0]!.questions.filter((q) => q !== consent), { ...consent, showWhen: [{ question: "client.age", operator: "<", value: 200 }] }] }] } as never;
    expect(configIssues(() => toFhirQuestionnaire(wrongAge)).map((i) => [i.path, i.message])).toEqual([[["client.guardianConsent", "showWhen"], "Expected the adult age, a whole number from 1 to 120, received number"]]);
  });
});
