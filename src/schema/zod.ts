/**
 * The zod 4 schemas of the public contract, built from the same shapes as the core's own
 * validator and written with `zod/mini`, so that an app's bundle takes only what it uses. They
 * accept and reject exactly what the core does (a property test checks it).
 *
 * @internal
 * @module
 */
import * as z from "zod/mini";
import { libraryEngine, type Engine } from "../assess/engine.js";
import type { Instrument } from "../instruments/registry.js";
import { policyShape } from "../policy/policy.js";
import { crossedThresholds, type ObjectShape, type SetShape, type Shape } from "../shared/shape.js";
import { assessmentShape } from "./shapes.js";

const notNegativeZero = /* @__PURE__ */ z.refine<number>((v) => !Object.is(v, -0), { message: "Expected a number other than -0" });

function numberSchema(integer: boolean, min: number | undefined, max: number | undefined): z.ZodMiniType {
  const checks: z.core.$ZodCheck<number>[] = [notNegativeZero];
  if (min !== undefined) checks.push(z.minimum(min));
  if (max !== undefined) checks.push(z.maximum(max));
  return (integer ? z.int() : z.number()).check(...checks);
}

function instrumentSchema(instrument: Instrument): z.ZodMiniType {
  const [itemMin, itemMax] = instrument.itemRange;
  const items = z.strictObject({ items: z.array(z.nullable(numberSchema(true, itemMin, itemMax))).check(z.length(instrument.itemCount)) });
  const total = numberSchema(true, instrument.totalRange[0], instrument.totalRange[1]);
  const field = instrument.riskField;
  if (field === undefined) return z.union([items, z.strictObject({ total })]);
  const withRisk = z.strictObject({ total, [field]: z.optional(numberSchema(true, itemMin, itemMax)) }).check(
    z.refine((v: Record<string, unknown>) => v[field] === undefined || (v[field] as number) <= (v["total"] as number), {
      message: `${field} cannot exceed the total`,
      path: [field],
    }),
  );
  return z.union([items, withRisk]);
}

function setSchema(shape: SetShape): z.ZodMiniType {
  return z.array(z.enum(shape.values as [string, ...string[]])).check(
    z.maxLength(shape.values.length),
    z.superRefine((list, ctx) => {
      list.forEach((id, i) => {
        if (list.indexOf(id) !== i) ctx.addIssue({ code: "custom", path: [i], message: `Duplicate ${shape.noun} ${JSON.stringify(id)}`, input: id });
      });
    }),
  );
}

function objectSchema(shape: ObjectShape): z.ZodMiniType {
  const fields = Object.fromEntries(
    Object.entries(shape.fields).map(([key, field]) => [key, field.kind === "optional" ? z.optional(toZod(field.shape)) : toZod(field)]),
  );
  const schema = z.strictObject(fields);
  const order = shape.order;
  if (order === undefined) return schema;
  // care must not be past refer; where one is left out, the other is compared with the default.
  return schema.check(
    z.superRefine((v: Record<string, unknown>, ctx) => {
      const message = crossedThresholds((v["care"] as number | undefined) ?? order.defaults.care, (v["refer"] as number | undefined) ?? order.defaults.refer, order.order);
      if (message !== undefined) ctx.addIssue({ code: "custom", path: [v["care"] !== undefined ? "care" : "refer"], message, input: v });
    }),
  );
}

/** @internal The zod schema of a shape. */
export function toZod(shape: Shape): z.ZodMiniType {
  switch (shape.kind) {
    case "boolean":
      return z.boolean();
    case "literal":
      return z.literal(shape.value);
    case "enum":
      return z.enum(shape.values as [string, ...string[]]);
    case "string":
      return shape.maxLength === undefined ? z.string() : z.string().check(z.maxLength(shape.maxLength));
    case "number":
      return numberSchema(shape.integer, shape.min, shape.max);
    case "set":
      return setSchema(shape);
    case "list":
      return z.array(toZod(shape.item));
    case "object":
      return objectSchema(shape);
    case "union":
      return z.discriminatedUnion(shape.discriminator, shape.options.map((o) => objectSchema(o)) as never);
    case "instrument":
      return instrumentSchema(shape.instrument);
  }
}

/** @internal The zod schemas of an engine's contract. */
export function zodSchemas(engine: Engine) {
  return {
    screeningInput: toZod(engine.inputShape),
    policyOverrides: toZod(policyShape(engine.policy, true)),
    policy: toZod(policyShape(engine.policy, false)),
    assessment: toZod(assessmentShape(engine)),
  };
}

/** @internal The library's zod schemas. */
export const LIBRARY_SCHEMAS = /* @__PURE__ */ (() => zodSchemas(libraryEngine()))();

