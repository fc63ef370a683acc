/**
 * Builds the JSON Schema documents (draft 2020-12) from the zod schemas. Run at build time by
 * `npm run schemas`; the documents are committed in src/generated/ and shipped in dist/schema/.
 *
 * @internal
 * @module
 */
import * as z from "zod/mini";
import { fullPolicy, policyOverrides, scopeAssessment, screeningInput } from "./zod.js";

type Json = Record<string, unknown>;

const BASE = "urn:coaching-scope:schema:";

function at(node: Json, ...path: (string | number)[]): Json {
  let current: unknown = node;
  for (const key of path) current = (current as Record<string | number, unknown>)[key];
  if (typeof current !== "object" || current === null) throw new Error(`no schema node at ${path.join(".")}`);
  return current as Json;
}

function document(schema: z.core.$ZodType, id: string, title: string, description: string): Json {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "throw" }) as Json;
  return { $schema: json["$schema"], $id: `${BASE}${id}`, title, description, ...json };
}

/** @internal Every shipped document, by file name (without `.json`). */
export function buildJsonSchemas(): Record<"screening-input" | "policy-overrides" | "policy" | "assessment", Json> {
  const input = document(
    screeningInput,
    "screening-input",
    "coaching-scope ScreeningInput",
    "What an intake knows about a client, for assessScope. Every field is optional; unknown keys are rejected at every depth. Numbers must not be -0 (JSON Schema cannot say so; the library rejects it).",
  );
  // What zod checks with refinements, written in JSON Schema's own words.
  at(input, "properties", "indicators")["uniqueItems"] = true;
  const phq9Total = at(input, "properties", "instruments", "properties", "phq9", "anyOf", 1);
  phq9Total["allOf"] = [0, 1, 2].map((total) => ({
    if: { properties: { total: { const: total } }, required: ["total"] },
    then: { properties: { item9: { type: "integer", maximum: total } } },
  }));
  const note = "care must not be past refer; where only one is given, the other is the default. JSON Schema checks the ranges, the library checks the order.";
  const overrides = document(policyOverrides, "policy-overrides", "coaching-scope PolicyOverrides", `Changes to the default policy, merged deeply over it. ${note}`);
  const policy = document(fullPolicy, "policy", "coaching-scope Policy", `A complete, resolved policy, as a ScopeAssessment carries it. ${note}`);
  const assessment = document(scopeAssessment, "assessment", "coaching-scope ScopeAssessment", "The result of assessScope.");
  return { "screening-input": input, "policy-overrides": overrides, policy, assessment };
}
