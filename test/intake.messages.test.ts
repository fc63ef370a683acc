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
