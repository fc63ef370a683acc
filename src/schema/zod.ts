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
import type { InputScale, Instrument } from "../instruments/registry.js";
import { policyShape } from "../policy/policy.js";
import { DATE_PATTERN, orderPath, orderProblem, riskTotalProblem, type ObjectShape, type SetShape, type Shape } from "../shared/shape.js";

const DATE = /* @__PURE__ */ new RegExp(DATE_PATTERN);
import { assessmentShape } from "./shapes.js";

const notNegativeZero = /* @__PURE__ */ z.refine<number>((v) => !Object.is(v, -0), { message: "Expected a number other than -0" });

function numberSchema(integer: boolean, min: number | undefined, max: number | undefined): z.ZodMiniType {
  const checks: z.core.$ZodCheck<number>[] = [notNegativeZero];
  if (min !== undefined) checks.push(z.minimum(min));
  if (max !== undefined) checks.push(z.maximum(max));
  return (integer ? z.int() : z.number()).check(...checks);
}

function itemsSchema(instrument: Instrument, range: readonly [number, number], scale: InputScale | undefined): z.ZodMiniType {
  const items = z.array(z.nullable(numberSchema(true, range[0], range[1]))).check(z.length(instrument.itemCount));
  return scale === undefined ? z.strictObject({ items }) : z.strictObject({ items, scale: z.literal(scale.id) });
}

function totalSchema(instrument: Instrument, scale: InputScale | undefined): z.ZodMiniType {
  const range = scale?.totalRange ?? instrument.totalRange;
  const total = numberSchema(true, range[0], range[1]);
  if (scale === undefined) return z.strictObject({ total });
  return z.strictObject({ total: scale.factor === 1 ? total : total.check(z.multipleOf(scale.factor)), scale: z.literal(scale.id) });
}

/** A total with the risk item beside it: the other items must be able to make up the rest. */
function totalWithRiskSchema(instrument: Instrument, field: string): z.ZodMiniType {
  const [itemMin, itemMax] = instrument.itemRange;
  const total = numberSchema(true, instrument.totalRange[0], instrument.totalRange[1]);
  return z.strictObject({ total, [field]: z.optional(numberSchema(true, itemMin, itemMax)) }).check(
    z.superRefine((v: Record<string, unknown>, ctx) => {
      const problem = v[field] === undefined ? undefined : riskTotalProblem(instrument, v["total"] as number, v[field] as number);
      if (problem !== undefined) ctx.addIssue({ code: "custom", path: [field], message: problem, input: v[field] });
    }),
  );
}

function instrumentSchema(instrument: Instrument): z.ZodMiniType {
  const field = instrument.riskField;
  const items = instrument.itemScales === undefined ? [itemsSchema(instrument, instrument.itemRange, undefined)] : instrument.itemScales.map((s) => itemsSchema(instrument, s.itemRange!, s));
  const totals =
    field !== undefined
      ? [totalWithRiskSchema(instrument, field)]
      : instrument.totalScales === undefined
        ? [totalSchema(instrument, undefined)]
        : instrument.totalScales.map((s) => totalSchema(instrument, s));
  const gate = instrument.gate;
  if (gate === undefined) return z.union([...items, ...totals] as unknown as [z.ZodMiniType, z.ZodMiniType]);
  // A gate answered false takes no other answer; answered true, it comes with the answers.
  const open = [...items, ...totals].map((s) => z.extend(s as z.ZodMiniObject, { [gate]: z.literal(true) }));
  return z.union([z.strictObject({ [gate]: z.literal(false) }), ...open] as unknown as [z.ZodMiniType, z.ZodMiniType]);
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
  // care must not be past refer (minAge not past adultAge); where one is left out, the other is compared with the default.
  return schema.check(
    z.superRefine((v: Record<string, unknown>, ctx) => {
      const message = orderProblem(v, order);
      if (message !== undefined) ctx.addIssue({ code: "custom", path: [orderPath(v, order)], message, input: v });
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
    case "date":
      return z.string().check(z.regex(DATE));
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

