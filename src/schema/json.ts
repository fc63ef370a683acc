/**
 * Builds the JSON Schema documents (draft 2020-12) from the same shapes as the core's validator
 * and the zod schemas. Run at build time by `npm run schemas`; the documents are committed in
 * src/generated/ and shipped in dist/schema/.
 *
 * @internal
 * @module
 */
import { libraryEngine, type Engine } from "../assess/engine.js";
import type { InputScale, Instrument } from "../instruments/registry.js";
import { DATE_PATTERN, type ObjectShape, type Shape } from "../shared/shape.js";
import { policyShape } from "../policy/policy.js";
import { assessmentShape, decisionRecordShape } from "./shapes.js";

type Json = Record<string, unknown>;

const BASE = "urn:coaching-scope:schema:";

function numberJson(integer: boolean, min: number | undefined, max: number | undefined): Json {
  return { type: integer ? "integer" : "number", ...(min === undefined ? {} : { minimum: min }), ...(max === undefined ? {} : { maximum: max }) };
}

function itemsJson(instrument: Instrument, range: readonly [number, number], scale: InputScale | undefined): Json {
  const item = numberJson(true, range[0], range[1]);
  return {
    type: "object",
    properties: {
      items: { type: "array", items: { anyOf: [item, { type: "null" }] }, minItems: instrument.itemCount, maxItems: instrument.itemCount },
      ...(scale === undefined ? {} : { scale: { const: scale.id } }),
    },
    required: scale === undefined ? ["items"] : ["items", "scale"],
    additionalProperties: false,
  };
}

function totalJson(instrument: Instrument, scale: InputScale | undefined): Json {
  const range = scale?.totalRange ?? instrument.totalRange;
  const total = { ...numberJson(true, range[0], range[1]), ...(scale === undefined || scale.factor === 1 ? {} : { multipleOf: scale.factor }) };
  return {
    type: "object",
    properties: { total, ...(scale === undefined ? {} : { scale: { const: scale.id } }) },
    required: scale === undefined ? ["total"] : ["total", "scale"],
    additionalProperties: false,
  };
}

/** A total with the risk item beside it: the other items must be able to make up the rest. */
function totalWithRiskJson(instrument: Instrument, field: string): Json {
  const [itemMin, itemMax] = instrument.itemRange;
  const [low, high] = instrument.totalRange;
  const others = (instrument.itemCount - 1) * itemMax;
  const total = { ...totalJson(instrument, undefined), properties: { total: numberJson(true, low, high), [field]: numberJson(true, itemMin, itemMax) } };
  const limits: Json[] = [];
  for (let t = low; t <= high; t++) {
    // The risk item is at most the total, and at least what the other items cannot give.
    const max = Math.min(itemMax, t - (instrument.itemCount - 1) * itemMin);
    const min = Math.max(itemMin, t - others);
    if (max < itemMax || min > itemMin) {
      limits.push({ if: { properties: { total: { const: t } }, required: ["total"] }, then: { properties: { [field]: { type: "integer", minimum: min, maximum: max } } } });
    }
  }
  return { ...total, allOf: limits };
}

function instrumentJson(instrument: Instrument): Json {
  const field = instrument.riskField;
  const items = instrument.itemScales === undefined ? [itemsJson(instrument, instrument.itemRange, undefined)] : instrument.itemScales.map((s) => itemsJson(instrument, s.itemRange!, s));
  const totals =
    field !== undefined
      ? [totalWithRiskJson(instrument, field)]
      : instrument.totalScales === undefined
        ? [totalJson(instrument, undefined)]
        : instrument.totalScales.map((s) => totalJson(instrument, s));
  const gate = instrument.gate;
  if (gate === undefined) return { anyOf: [...items, ...totals] };
  // A gate answered false takes no other answer; answered true, it comes with the answers.
  const closed = { type: "object", properties: { [gate]: { const: false } }, required: [gate], additionalProperties: false };
  const open = [...items, ...totals].map((s) => ({ ...s, properties: { [gate]: { const: true }, ...(s["properties"] as Json) }, required: [gate, ...(s["required"] as string[])] }));
  return { anyOf: [closed, ...open] };
}

function objectJson(shape: ObjectShape): Json {
  const properties: Json = {};
  const required: string[] = [];
  for (const [key, field] of Object.entries(shape.fields)) {
    properties[key] = toJsonSchema(field.kind === "optional" ? field.shape : field);
    if (field.kind !== "optional") required.push(key);
  }
  return { type: "object", properties, ...(required.length > 0 ? { required } : {}), additionalProperties: false };
}

/** @internal The JSON Schema of a shape. */
export function toJsonSchema(shape: Shape): Json {
  switch (shape.kind) {
    case "boolean":
      return { type: "boolean" };
    case "literal":
      return { const: shape.value };
    case "enum":
      return { type: "string", enum: [...shape.values] };
    case "string":
      return { type: "string", ...(shape.maxLength === undefined ? {} : { maxLength: shape.maxLength }) };
    case "date":
      return { type: "string", pattern: DATE_PATTERN };
    case "number":
      return numberJson(shape.integer, shape.min, shape.max);
    case "set":
      return { type: "array", items: { type: "string", enum: [...shape.values] }, maxItems: shape.values.length, uniqueItems: true };
    case "list":
      return { type: "array", items: toJsonSchema(shape.item) };
    case "object":
      return objectJson(shape);
    case "union":
      return { oneOf: shape.options.map(objectJson) };
    case "instrument":
      return instrumentJson(shape.instrument);
  }
}

function document(shape: Shape, id: string, title: string, description: string): Json {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `${BASE}${id}`,
    $comment: "Generated by `npm run schemas` from the library's shapes (src/input, src/policy, src/rules): do not edit.",
    title,
    description,
    ...toJsonSchema(shape),
  };
}

/** @internal Every shipped document, by file name (without `.json`). */
export function buildJsonSchemas(engine: Engine = libraryEngine()): Record<"screening-input" | "policy-overrides" | "policy" | "assessment" | "decision-record", Json> {
  const note = "care must not be past refer, nor minAge past adultAge; where only one is given, the other is the default. JSON Schema checks the ranges, the library checks the order.";
  return {
    "screening-input": document(
      engine.inputShape,
      "screening-input",
      "coaching-scope ScreeningInput",
      "What an intake knows about a client, for assessScope. Every field is optional; unknown keys are rejected at every depth. Numbers must not be -0 (JSON Schema cannot say so; the library rejects it).",
    ),
    "policy-overrides": document(policyShape(engine.policy, true), "policy-overrides", "coaching-scope PolicyOverrides", `Changes to the default policy, merged deeply over it. ${note}`),
    policy: document(policyShape(engine.policy, false), "policy", "coaching-scope Policy", `A complete, resolved policy, as a ScopeAssessment carries it. ${note}`),
    assessment: document(assessmentShape(engine), "assessment", "coaching-scope ScopeAssessment", "The result of assessScope."),
    "decision-record": document(
      decisionRecordShape(engine),
      "decision-record",
      "coaching-scope DecisionRecord",
      "What createDecisionRecord gives: the input, asOf, the locale's code, the resolved policy, the whole result and its meta, for verifyDecisionRecord to re-make and compare.",
    ),
  };
}
