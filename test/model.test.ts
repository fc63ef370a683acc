import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  COMPARISON_MODEL,
  DIMENSION_IDS,
  DISCLAIMERS,
  MODALITY_IDS,
  defineComparisonModel,
  extendComparisonModel,
  getDimension,
  type ComparisonModelExtension,
  type ComparisonModelSpec,
} from "../src/index.js";
import { configIssues } from "./helpers.js";

// The source text, byte for byte (a copy of it lives in source/, so a fresh clone has it).
const source = readFileSync(new URL("../source/coaching-vs-psychotherapy.txt", import.meta.url), "utf8");
const rows = source
  .split("\n")
  .filter((line) => line.endsWith(" |") && !line.startsWith("COACHING"))
  .map((line) => line.slice(0, -2).split(" | "));


describe("COMPARISON_MODEL against the source text", () => {
  it("has the source's twelve rows, in order, word for word", () => {
    expect(rows).toHaveLength(12);
    expect(COMPARISON_MODEL.dimensions.map((d) => [d.values.coaching, d.values.psychotherapy])).toEqual(rows);
  });

  it("keeps the typographic quotes of the guiding question", () => {
    expect(getDimension("guidingQuestion").values.coaching).toBe("Asks, \u201cWhere would you like to be and how can you get there?\u201d");
    expect(getDimension("guidingQuestion").values.psychotherapy).toBe("Asks, \u201cHow did that make you feel?\u201d");
  });

  it("has the ids, order and labels of the contract", () => {
    expect(DIMENSION_IDS).toEqual([
      "relationship", "clientState", "orientation", "timeFocus", "driver", "plan",
      "aim", "duration", "guidingQuestion", "selfEsteem", "issueLocus", "setting",
    ]);
    expect(COMPARISON_MODEL.dimensions.map((d) => d.label)).toEqual([
      "Relationship", "Client state", "Orientation", "Time focus", "Driver", "Plan",
      "Aim", "Duration", "Guiding question", "Self-esteem", "Issues", "Setting",
    ]);
    expect(MODALITY_IDS).toEqual(["coaching", "psychotherapy"]);
    expect(COMPARISON_MODEL.modalities).toEqual([
      { id: "coaching", label: "Coaching" },
      { id: "psychotherapy", label: "Psychotherapy" },
    ]);
  });

  it("carries the disclaimers word for word, each a whole line of the source", () => {
    const lines = source.split("\n");
    expect(lines[0]).toBe(DISCLAIMERS.notPsychotherapy);
    expect(lines[1]).toBe(DISCLAIMERS.essentialDifference);
    // The closing paragraph, whole: its three sentences.
    expect(lines.at(-1)).toBe(DISCLAIMERS.complement);
    expect(DISCLAIMERS.complement.split(". ")).toHaveLength(3);
    expect(DISCLAIMERS.essentialDifference).toContain("this \u2013 psychotherapy");
    expect(DISCLAIMERS.notPsychotherapy).toContain("NOT psychotherapy");
  });

  it("is frozen at every depth", () => {
    const model = COMPARISON_MODEL as unknown as {
      modalities: { id: string; label: string }[];
      dimensions: { id: string; label: string; values: Record<string, string> }[];
    };
    expect(() => { model.modalities.push({ id: "x", label: "X" }); }).toThrow(TypeError);
    expect(() => { model.modalities[0]!.label = "X"; }).toThrow(TypeError);
    expect(() => { model.dimensions.pop(); }).toThrow(TypeError);
    expect(() => { model.dimensions[0]!.label = "X"; }).toThrow(TypeError);
    expect(() => { model.dimensions[0]!.values.coaching = "X"; }).toThrow(TypeError);
    expect(() => { (model as { extra?: number }).extra = 1; }).toThrow(TypeError);
    expect(() => { (DISCLAIMERS as Record<string, string>).notPsychotherapy = "x"; }).toThrow(TypeError);
    expect(() => { (DIMENSION_IDS as string[]).push("x"); }).toThrow(TypeError);
    expect(getDimension("relationship").values.coaching).toBe("Co-active; peer-basis");
  });
});

describe("getDimension", () => {
  it("finds a dimension in the built-in or a custom model", () => {
    expect(getDimension("aim").label).toBe("Aim");
    const custom = defineComparisonModel({
      modalities: [{ id: "a", label: "A" }],
      dimensions: [{ id: "cost", label: "Cost", values: { a: "Free" } }],
    });
    expect(getDimension("cost", custom).values).toEqual({ a: "Free" });
  });

  it("throws a ScopeConfigError for an unknown id", () => {
    const issues = configIssues(() => getDimension("nope" as "aim"));
    expect(issues[0]).toMatchObject({ path: ["id"], code: "invalid_value" });
  });
});

const mentoringValues = Object.fromEntries(DIMENSION_IDS.map((id) => [id, { mentoring: `Mentoring ${id}` }]));

describe("extendComparisonModel", () => {
  it("appends a modality with its values, leaving the base untouched", () => {
    const model = extendComparisonModel(COMPARISON_MODEL, {
      modalities: [{ id: "mentoring", label: "Mentoring" }],
      values: mentoringValues,
    });
    expect(model.modalities.map((m) => m.id)).toEqual(["coaching", "psychotherapy", "mentoring"]);
    expect(model.dimensions[3]!.values).toEqual({
      coaching: "Focuses on the present and future",
      psychotherapy: "Focuses on dealing with the past",
      mentoring: "Mentoring timeFocus",
    });
    expect(COMPARISON_MODEL.modalities).toHaveLength(2);
    expect(Object.keys(COMPARISON_MODEL.dimensions[3]!.values)).toEqual(["coaching", "psychotherapy"]);
    expect(Object.isFrozen(model.dimensions[3]!.values)).toBe(true);
  });

  it("appends a dimension after the base's", () => {
    const model = extendComparisonModel(COMPARISON_MODEL, {
      dimensions: [{ id: "cost", label: "Cost", values: { coaching: "Paid privately", psychotherapy: "Often insured" } }],
    });
    expect(model.dimensions.map((d) => d.id)).toEqual([...DIMENSION_IDS, "cost"]);
  });

  it("adds a modality and a dimension together; the new dimension needs every modality", () => {
    const model = extendComparisonModel(COMPARISON_MODEL, {
      modalities: [{ id: "peer-support", label: "Peer support" }],
      values: Object.fromEntries(DIMENSION_IDS.map((id) => [id, { "peer-support": "Shared experience" }])),
      dimensions: [{ id: "cost", label: "Cost", values: { coaching: "a", psychotherapy: "b", "peer-support": "c" } }],
    });
    expect(model.dimensions.at(-1)!.values).toEqual({ coaching: "a", psychotherapy: "b", "peer-support": "c" });
  });

  it.each<[string, ComparisonModelExtension, (string | number)[], string]>([
    ["a missing value for a new modality in a new dimension", {
      modalities: [{ id: "mentoring", label: "Mentoring" }],
      values: mentoringValues,
      dimensions: [
        { id: "a1", label: "A1", values: { coaching: "x", psychotherapy: "y", mentoring: "z" } },
        { id: "a2", label: "A2", values: { coaching: "x", psychotherapy: "y", mentoring: "z" } },
        { id: "a3", label: "A3", values: { coaching: "x", psychotherapy: "y", mentoring: "z" } },
        { id: "a4", label: "A4", values: { coaching: "x", psychotherapy: "y" } },
      ],
    }, ["dimensions", 3, "values", "mentoring"], "invalid_type"],
    ["a missing value for a base dimension", {
      modalities: [{ id: "mentoring", label: "Mentoring" }],
      values: { ...mentoringValues, setting: {} },
    }, ["values", "setting", "mentoring"], "invalid_type"],
    ["no values at all for a new modality", { modalities: [{ id: "mentoring", label: "Mentoring" }] }, ["values", "relationship", "mentoring"], "invalid_type"],
    ["an empty value", { dimensions: [{ id: "cost", label: "Cost", values: { coaching: "  ", psychotherapy: "b" } }] }, ["dimensions", 0, "values", "coaching"], "too_small"],
    ["a non-string label", { modalities: [{ id: "mentoring", label: 5 as unknown as string }], values: mentoringValues }, ["modalities", 0, "label"], "invalid_type"],
    ["a duplicate of a base modality", { modalities: [{ id: "coaching", label: "Again" }] }, ["modalities", 0, "id"], "custom"],
    ["a duplicate of a base dimension", { dimensions: [{ id: "aim", label: "Aim", values: { coaching: "a", psychotherapy: "b" } }] }, ["dimensions", 0, "id"], "custom"],
    ["an unknown key in a dimension", { dimensions: [{ id: "cost", label: "Cost", values: { coaching: "a", psychotherapy: "b" }, extra: 1 } as never] }, ["dimensions", 0], "unrecognized_keys"],
    ["an unknown top-level key", { modality: [] } as never, [], "unrecognized_keys"],
    ["values for an unknown dimension", { values: { nope: { coaching: "x" } } }, ["values"], "unrecognized_keys"],
    ["values that overwrite a base modality", { values: { aim: { coaching: "x" } } }, ["values", "aim"], "unrecognized_keys"],
    ["a value for an unknown modality", { dimensions: [{ id: "cost", label: "Cost", values: { coaching: "a", psychotherapy: "b", mentoring: "c" } }] }, ["dimensions", 0, "values"], "unrecognized_keys"],
    ["a reserved id", { modalities: [{ id: "__proto__", label: "P" }] }, ["modalities", 0, "id"], "invalid_value"],
    ["an id with a dot", { modalities: [{ id: "a.b", label: "P" }] }, ["modalities", 0, "id"], "invalid_value"],
    ["modalities that are not a list", { modalities: "mentoring" as never }, ["modalities"], "invalid_type"],
  ])("rejects %s, naming the path", (_name, add, path, code) => {
    const issues = configIssues(() => extendComparisonModel(COMPARISON_MODEL, add));
    expect(issues).toContainEqual(expect.objectContaining({ path, code }));
  });

  it("lists every problem at once", () => {
    const issues = configIssues(() =>
      extendComparisonModel(COMPARISON_MODEL, {
        modalities: [{ id: "m", label: "" }],
        dimensions: [{ id: "aim", label: "", values: {} }],
      }),
    );
    expect(issues.length).toBeGreaterThanOrEqual(4);
  });

  it("checks the base model too", () => {
    const base = { modalities: [{ id: "__proto__", label: "P" }], dimensions: [{ id: "d", label: "D", values: JSON.parse('{"__proto__":"x"}') }] };
    const issues = configIssues(() => extendComparisonModel(base as never, {}));
    expect(issues).toContainEqual(expect.objectContaining({ path: ["base", "modalities", 0, "id"], code: "invalid_value" }));
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("rejects a non-object extension", () => {
    expect(configIssues(() => extendComparisonModel(COMPARISON_MODEL, null as never))[0]).toMatchObject({ path: [], code: "invalid_type" });
  });
});

describe("defineComparisonModel", () => {
  const spec: ComparisonModelSpec = {
    modalities: [{ id: "coaching", label: "Coaching" }, { id: "mentoring", label: "Mentoring" }],
    dimensions: [{ id: "expertise", label: "Expertise", values: { coaching: "Draws it out", mentoring: "Shares it" } }],
  };

  it("returns a deeply frozen copy", () => {
    const model = defineComparisonModel(spec);
    expect(model).toEqual(spec);
    expect(model).not.toBe(spec);
    expect(Object.isFrozen(model.dimensions[0]!.values)).toBe(true);
    expect(Object.isFrozen(spec.dimensions[0]!.values)).toBe(false);
  });

  it.each<[string, unknown, (string | number)[], string]>([
    ["no modalities", { modalities: [], dimensions: [] }, ["modalities"], "too_small"],
    ["no dimensions", { modalities: [{ id: "a", label: "A" }], dimensions: [] }, ["dimensions"], "too_small"],
    ["duplicate modality ids", { modalities: [{ id: "a", label: "A" }, { id: "a", label: "B" }], dimensions: [] }, ["modalities", 1, "id"], "custom"],
    ["duplicate dimension ids", {
      modalities: [{ id: "a", label: "A" }],
      dimensions: [{ id: "d", label: "D", values: { a: "x" } }, { id: "d", label: "E", values: { a: "y" } }],
    }, ["dimensions", 1, "id"], "custom"],
    ["a missing value", { modalities: [{ id: "a", label: "A" }, { id: "b", label: "B" }], dimensions: [{ id: "d", label: "D", values: { a: "x" } }] }, ["dimensions", 0, "values", "b"], "invalid_type"],
    ["a non-string value", { modalities: [{ id: "a", label: "A" }], dimensions: [{ id: "d", label: "D", values: { a: 1 } }] }, ["dimensions", 0, "values", "a"], "invalid_type"],
    ["values as an array", { modalities: [{ id: "a", label: "A" }], dimensions: [{ id: "d", label: "D", values: ["x"] }] }, ["dimensions", 0, "values"], "invalid_type"],
    ["a prototype key in values", { modalities: [{ id: "a", label: "A" }], dimensions: [{ id: "d", label: "D", values: JSON.parse('{"a":"x","__proto__":"y"}') }] }, ["dimensions", 0, "values"], "unrecognized_keys"],
    ["an unknown key", { modalities: [{ id: "a", label: "A" }], dimensions: [{ id: "d", label: "D", values: { a: "x" } }], title: "T" }, [], "unrecognized_keys"],
    ["a non-string id", { modalities: [{ id: 1, label: "A" }], dimensions: [] }, ["modalities", 0, "id"], "invalid_type"],
    ["a modality that is not an object", { modalities: ["a"], dimensions: [] }, ["modalities", 0], "invalid_type"],
  ])("rejects %s", (_name, bad, path, code) => {
    const issues = configIssues(() => defineComparisonModel(bad as ComparisonModelSpec));
    expect(issues).toContainEqual(expect.objectContaining({ path, code }));
  });

  it("leaves Object.prototype unchanged after a hostile model", () => {
    configIssues(() => defineComparisonModel(JSON.parse('{"__proto__":{"polluted":true},"modalities":[],"dimensions":[]}')));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
