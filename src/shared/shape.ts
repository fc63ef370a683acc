/**
 * Shapes: a small description of data, written once, from which the library derives its
 * validator (which also copies the value into a snapshot), its zod schemas, its JSON Schema,
 * the most severe value of an unanswered question, and the tests' generators. The screening
 * input, the instruments' answers and every reason's evidence are described this way.
 *
 * A shape also carries the TypeScript type of the values it accepts (`Infer<S>`).
 *
 * @internal
 * @module
 */
import type { Instrument } from "../instruments/registry.js";

/** The type a shape accepts, carried only at compile time. */
declare const TYPE: unique symbol;
interface Typed<T> {
  readonly [TYPE]?: T;
}

/** @internal `true` or `false`; `severe` names the answer that is the more severe one, where there is one. */
export interface BooleanShape extends Typed<boolean> {
  readonly kind: "boolean";
  readonly severe: boolean | undefined;
}
/** @internal One fixed value. */
export interface LiteralShape<V extends string | number | boolean = string | number | boolean> extends Typed<V> {
  readonly kind: "literal";
  readonly value: V;
}
/** @internal One of a list of strings, from the least to the most severe where the order means severity. */
export interface EnumShape<V extends string = string> extends Typed<V> {
  readonly kind: "enum";
  readonly values: readonly V[];
  /** Whether the order of `values` is their severity. */
  readonly ordered: boolean;
}
/** @internal A string of at most `maxLength` characters (Unicode code points). */
export interface StringShape extends Typed<string> {
  readonly kind: "string";
  readonly maxLength: number | undefined;
}
/** @internal A calendar date written `YYYY-MM-DD` (the form only: whether the day exists is checked where dates are compared). */
export interface DateShape extends Typed<string> {
  readonly kind: "date";
}
/** @internal A number: an integer in `[min, max]`, or any finite number; `severe` is its most severe value, where one is. */
export interface NumberShape extends Typed<number> {
  readonly kind: "number";
  readonly integer: boolean;
  readonly min: number | undefined;
  readonly max: number | undefined;
  readonly severe: number | undefined;
}
/** @internal A list of distinct values from `values`, in any order; `noun` (after its `article`) names one in messages. */
export interface SetShape<V extends string = string> extends Typed<readonly V[]> {
  readonly kind: "set";
  readonly values: readonly V[];
  readonly noun: string;
  readonly article: "a" | "an";
}
/** @internal A list of values of one shape. */
export interface ListShape<T = unknown> extends Typed<readonly T[]> {
  readonly kind: "list";
  readonly item: Shape;
}
/** @internal A field that may be left out. */
export interface Optional<S extends Shape = Shape> {
  readonly kind: "optional";
  readonly shape: S;
}
type Field = Shape | Optional;
/** @internal An object with known fields only; every other key is an error. */
export interface ObjectShape<T = unknown> extends Typed<T> {
  readonly kind: "object";
  readonly fields: Readonly<Record<string, Field>>;
  /**
   * Two number fields that must not cross (a policy's `care` and `refer`; `minAge` and
   * `adultAge`): `problem(low, high)` says why when they do. Where one is left out, its value in
   * `defaults` is used.
   */
  readonly order?: {
    readonly low: string;
    readonly high: string;
    readonly defaults: Readonly<Record<string, number>>;
    readonly problem: (low: number, high: number) => string | undefined;
  };
}
/** @internal One of several object shapes, told apart by their first field's fixed value (a result's reasons, by `code`). */
export interface UnionShape<T = unknown> extends Typed<T> {
  readonly kind: "union";
  readonly discriminator: string;
  readonly options: readonly ObjectShape[];
}
/** @internal An instrument's answers: `{ items }`, or `{ total }` (with the risk item's answer beside it). */
export interface InstrumentShape<T = unknown> extends Typed<T> {
  readonly kind: "instrument";
  readonly instrument: Instrument;
}

/** @internal Any shape. */
export type Shape = BooleanShape | LiteralShape | EnumShape | StringShape | DateShape | NumberShape | SetShape | ListShape | ObjectShape | UnionShape | InstrumentShape;

/** @internal The type of the values a shape accepts. */
export type Infer<S> = S extends Optional<infer Inner> ? Infer<Inner> : S extends Typed<infer T> ? T : never;

type RequiredKeys<F> = { [K in keyof F]: F[K] extends Optional ? never : K }[keyof F];
type OptionalKeys<F> = { [K in keyof F]: F[K] extends Optional ? K : never }[keyof F];
type Simplify<T> = { [K in keyof T]: T[K] } & {};
/** @internal The type of an object shape's values: required fields, then optional ones. */
export type InferObject<F> = Simplify<
  { readonly [K in RequiredKeys<F>]: Infer<F[K]> } & { readonly [K in OptionalKeys<F>]?: Infer<F[K]> | undefined }
>;

/** @internal A boolean; `severe` is the more severe answer, where one is. */
export /* @__NO_SIDE_EFFECTS__ */ function bool(severe?: boolean): BooleanShape {
  return { kind: "boolean", severe };
}
/** @internal One fixed value. */
export /* @__NO_SIDE_EFFECTS__ */ function literal<const V extends string | number | boolean>(value: V): LiteralShape<V> {
  return { kind: "literal", value };
}
/** @internal One of `values`, ordered from the least to the most severe. */
export /* @__NO_SIDE_EFFECTS__ */ function severity<const V extends string>(values: readonly V[]): EnumShape<V> {
  return { kind: "enum", values, ordered: true };
}
/** @internal One of `values`, in no order of severity. */
export /* @__NO_SIDE_EFFECTS__ */ function oneOf<const V extends string>(values: readonly V[]): EnumShape<V> {
  return { kind: "enum", values, ordered: false };
}
/** @internal A string of at most `maxLength` characters. */
export /* @__NO_SIDE_EFFECTS__ */ function str(maxLength?: number): StringShape {
  return { kind: "string", maxLength };
}
/** @internal The form of a date: `YYYY-MM-DD`, month 01–12, day 01–31. */
export const DATE_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";
/** @internal A date written `YYYY-MM-DD`. */
export /* @__NO_SIDE_EFFECTS__ */ function date(): DateShape {
  return { kind: "date" };
}
/** @internal An integer in `[min, max]`. */
export /* @__NO_SIDE_EFFECTS__ */ function int(min?: number, max?: number, severe?: number): NumberShape {
  return { kind: "number", integer: true, min, max, severe };
}
/** @internal A finite number in `[min, max]`. */
export /* @__NO_SIDE_EFFECTS__ */ function num(min?: number, max?: number): NumberShape {
  return { kind: "number", integer: false, min, max, severe: undefined };
}
/** @internal Distinct values from `values`. */
export /* @__NO_SIDE_EFFECTS__ */ function set<const V extends string>(values: readonly V[], noun: string, article: "a" | "an"): SetShape<V> {
  return { kind: "set", values, noun, article };
}
/** @internal A list of values of one shape. */
export /* @__NO_SIDE_EFFECTS__ */ function list<S extends Shape>(item: S): ListShape<Infer<S>> {
  return { kind: "list", item };
}
/** @internal A field that may be left out. */
export /* @__NO_SIDE_EFFECTS__ */ function optional<S extends Shape>(shape: S): Optional<S> {
  return { kind: "optional", shape };
}
/** @internal An object of these fields. */
export /* @__NO_SIDE_EFFECTS__ */ function obj<const F extends Readonly<Record<string, Field>>>(fields: F): ObjectShape<InferObject<F>> {
  return { kind: "object", fields };
}
/** @internal An object whose fields may all be left out. */
export /* @__NO_SIDE_EFFECTS__ */ function partial<const F extends Readonly<Record<string, Shape>>>(fields: F): ObjectShape<InferObject<{ [K in keyof F]: Optional<F[K]> }>> {
  return { kind: "object", fields: Object.fromEntries(Object.entries(fields).map(([k, s]) => [k, optional(s)])) };
}
/** @internal One of several object shapes, told apart by the field `discriminator`. */
export /* @__NO_SIDE_EFFECTS__ */ function union(discriminator: string, options: readonly ObjectShape[]): UnionShape {
  return { kind: "union", discriminator, options };
}
/** @internal An instrument's answers. */
export /* @__NO_SIDE_EFFECTS__ */ function instrumentAnswers<T>(instrument: Instrument): InstrumentShape<T> {
  return { kind: "instrument", instrument };
}

/**
 * @internal The problem with `care` and `refer` crossing, in words (the validator and the zod
 * schema say it the same way); `undefined` when they do not cross.
 */
export function crossedThresholds(care: number, refer: number, order: "care-below-refer" | "care-above-refer"): string | undefined {
  if (order === "care-below-refer" ? care <= refer : care >= refer) return undefined;
  const relation = order === "care-below-refer" ? "at most" : "at least";
  const lower = order === "care-below-refer" ? "" : " and lower scores are worse here";
  return `care (${care}) must be ${relation} refer (${refer}): care is the milder level${lower}`;
}

/** @internal The problem with two ordered fields of an object (the one left out is its default); `undefined` when there is none. */
export function orderProblem(value: Readonly<Record<string, unknown>>, order: NonNullable<ObjectShape["order"]>): string | undefined {
  const low = (value[order.low] as number | undefined) ?? order.defaults[order.low]!;
  const high = (value[order.high] as number | undefined) ?? order.defaults[order.high]!;
  return order.problem(low, high);
}

/** @internal The field an order problem is reported at: `care` (or the low field) where given, else the other. */
export function orderPath(value: Readonly<Record<string, unknown>>, order: NonNullable<ObjectShape["order"]>): string {
  const first = "care" in order.defaults ? "care" : order.low;
  const other = first === order.low ? order.high : order.low;
  return value[first] !== undefined ? first : other;
}

/**
 * @internal The problem with a total and its risk item's answer, in words (the validator and the
 * zod schema say it the same way): the other items must be able to make up the rest;
 * `undefined` when they can.
 */
export function riskTotalProblem(instrument: Instrument, total: number, risk: number): string | undefined {
  const [itemMin, itemMax] = instrument.itemRange;
  const field = instrument.riskField!;
  const rest = total - risk;
  const others = instrument.itemCount - 1;
  if (rest < others * itemMin) return `${field} (${risk}) cannot exceed the total (${total})`;
  if (rest > others * itemMax) return `The total (${total}) less ${field} (${risk}) is ${rest}, more than the other ${others} items can give (${others * itemMax})`;
  return undefined;
}

/** @internal The paths of every field of a kind below an object shape (through objects only), in field order. */
export function pathsOfKind(shape: ObjectShape, kind: Shape["kind"], prefix: readonly string[] = []): string[][] {
  const out: string[][] = [];
  for (const key of Object.keys(shape.fields)) {
    const field = fieldShape(shape.fields[key]!);
    if (field.kind === kind) out.push([...prefix, key]);
    else if (field.kind === "object") out.push(...pathsOfKind(field, kind, [...prefix, key]));
  }
  return out;
}

/** @internal A field's shape, whether it may be left out or not. */
export function fieldShape(field: Field): Shape {
  return field.kind === "optional" ? field.shape : field;
}

/**
 * @internal The most severe value a shape allows, where its answers have an order of severity
 * (`undefined` where they do not: the answer cannot be made worse by choosing it).
 */
export function mostSevere(shape: Shape | undefined): unknown {
  switch (shape?.kind) {
    case "boolean":
      return shape.severe;
    case "enum":
      return shape.ordered ? shape.values[shape.values.length - 1] : undefined;
    case "number":
      return shape.severe;
    case "set":
      return shape.values;
    case "instrument": {
      const { itemCount, answerOrder, gate } = shape.instrument;
      const items = Array.from({ length: itemCount }, () => answerOrder.at(-1));
      return gate === undefined ? { items } : { [gate]: true, items };
    }
    default:
      return undefined;
  }
}

/**
 * @internal The shape at a path below `shape` (object keys, then an instrument's `items[i]` or
 * its risk field), or `undefined` when nothing is there.
 */
export function shapeAt(shape: Shape, path: readonly (string | number)[]): Shape | undefined {
  let current: Shape | undefined = shape;
  for (let i = 0; i < path.length && current !== undefined; i++) {
    const key = path[i]!;
    if (current.kind === "object") {
      const field: Field | undefined = Object.hasOwn(current.fields, key) ? current.fields[key] : undefined;
      current = field === undefined ? undefined : fieldShape(field);
    } else if (current.kind === "instrument") {
      const { itemRange, answerOrder } = current.instrument;
      const item = int(itemRange[0], itemRange[1], answerOrder.at(-1));
      if (key === "items" && typeof path[i + 1] === "number") {
        i++;
        current = item;
      } else current = key === current.instrument.riskField ? item : undefined;
    } else current = undefined;
  }
  return current;
}
