/**
 * The validator, compiled once from a shape: it checks a value and copies it into a plain
 * snapshot in one pass, reading each field once. The rules read only the snapshot, so getters,
 * proxies and custom iterators cannot show them other values than the validator saw.
 *
 * @internal
 * @module
 */
import { checkInt, checkNumber, checkRange, push, received, typeIssue, unrecognized, type Issues, type Path } from "../shared/check.js";
import type { Instrument } from "../instruments/registry.js";
import { crossedThresholds, fieldShape, type InstrumentShape, type NumberShape, type ObjectShape, type SetShape, type Shape, type StringShape } from "../shared/shape.js";

/** @internal What a checker returns for a value it rejected. */
export const INVALID: unique symbol = Symbol("invalid");

/** @internal Checks a value, reports problems, and returns its snapshot (or {@link INVALID}). */
export type Checker = (value: unknown, issues: Issues) => unknown;

function quoteOption(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value.length > 50 ? `${value.slice(0, 50)}…` : value) : received(value);
}

/**
 * A plain data object: an object literal, a parsed JSON object or `Object.create(null)`. Arrays,
 * maps, dates and class instances are not, so their contents can never be ignored unseen.
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** What a value is, for a message about one that should have been a plain object. */
function objectIssue(issues: Issues, path: Path, value: unknown): void {
  const name = typeof value === "object" && value !== null && !Array.isArray(value) ? (value.constructor as { name?: unknown } | undefined)?.name : undefined;
  if (typeof name === "string" && name !== "Object") push(issues, path, "invalid_type", `Expected a plain object, received ${name.slice(0, 50)}`);
  else typeIssue(issues, path, "object", value);
}

/** A checker that turns an exception thrown while reading a value (a getter, a revoked proxy) into an issue. */
function guarded(check: Checker, path: Path): Checker {
  return (value, issues) => {
    try {
      return check(value, issues);
    } catch (error) {
      const name = error instanceof Error ? error.name : typeof error;
      push(issues, path, "custom", `The value could not be read (reading it threw ${name}): expected plain data`);
      return INVALID;
    }
  };
}

function objectChecker(shape: ObjectShape, path: Path): Checker {
  const keys = Object.keys(shape.fields);
  const known = new Set(keys);
  const checks = keys.map((key) => compileShape(fieldShape(shape.fields[key]!), [...path, key]));
  return guarded((value, issues) => {
    if (!isPlainObject(value)) {
      objectIssue(issues, path, value);
      return INVALID;
    }
    let unknown: string[] | undefined;
    // for…in visits own and inherited enumerable keys; no shape has a key such as `__proto__`,
    // so those are always reported.
    for (const key in value) if (!known.has(key)) (unknown ??= []).push(key);
    if (unknown !== undefined) unrecognized(issues, path, unknown);
    const before = issues.length;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const field = value[key];
      if (field === undefined) continue;
      const checked = checks[i]!(field, issues);
      if (checked !== INVALID) out[key] = checked;
    }
    if (shape.order !== undefined && issues.length === before) checkOrder(issues, path, out, shape.order);
    return out;
  }, path);
}

/** A policy's `care` and `refer` must not cross (the one left out is its default). */
function checkOrder(issues: Issues, path: Path, value: Readonly<Record<string, unknown>>, order: NonNullable<ObjectShape["order"]>): void {
  const care = value["care"] as number | undefined;
  const message = crossedThresholds(care ?? order.defaults.care, (value["refer"] as number | undefined) ?? order.defaults.refer, order.order);
  if (message !== undefined) push(issues, [...path, care !== undefined ? "care" : "refer"], "custom", message);
}

function numberChecker(shape: NumberShape, path: Path): Checker {
  const min = shape.min ?? -Infinity;
  const max = shape.max ?? Infinity;
  if (shape.integer) return (value, issues) => (checkInt(issues, path, value, min, max) ? value : INVALID);
  return (value, issues) => (checkNumber(issues, path, value) && checkRange(issues, path, value, min, max) ? value : INVALID);
}

/** Characters, as JSON Schema and zod count them: Unicode code points. */
function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

function stringChecker(shape: StringShape, path: Path): Checker {
  return (value, issues) => {
    if (typeof value !== "string") return typeIssue(issues, path, "string", value), INVALID;
    // A string is at least as many code points as half its UTF-16 length, and at most as many as its length.
    if (shape.maxLength !== undefined && value.length > shape.maxLength && codePoints(value) > shape.maxLength) {
      push(issues, path, "too_big", `Too big: expected at most ${shape.maxLength} characters, received ${codePoints(value)}`);
      return INVALID;
    }
    if (shape.minLength !== undefined && (value.length < shape.minLength || codePoints(value) < shape.minLength)) {
      push(issues, path, "too_small", `Too small: expected at least ${shape.minLength} characters, received ${codePoints(value)}`);
      return INVALID;
    }
    return value;
  };
}

function setChecker(shape: SetShape, path: Path): Checker {
  const allowed = new Set<unknown>(shape.values);
  return guarded((value, issues) => {
    if (!Array.isArray(value)) {
      typeIssue(issues, path, "array", value);
      return INVALID;
    }
    const length = value.length;
    if (length > shape.values.length) {
      push(issues, path, "too_big", `Too big: expected at most ${shape.values.length} ${shape.noun}s, received ${length}`);
      return INVALID;
    }
    const out: unknown[] = [];
    const before = issues.length;
    for (let i = 0; i < length; i++) {
      const item: unknown = value[i];
      if (!allowed.has(item)) {
        push(issues, [...path, i], "invalid_value", `Invalid option: expected ${shape.article} ${shape.noun} id (${shape.values.join(", ")}), received ${quoteOption(item)}`);
      } else if (out.includes(item)) push(issues, [...path, i], "custom", `Duplicate ${shape.noun} ${JSON.stringify(item)}`);
      else out.push(item);
    }
    return issues.length === before ? out : INVALID;
  }, path);
}

/** @internal Validates one item list on the canonical scale and returns a copy. */
export function checkItems(issues: Issues, path: Path, instrument: Instrument, items: unknown): unknown {
  if (!Array.isArray(items)) {
    typeIssue(issues, path, "array", items);
    return INVALID;
  }
  const length = items.length;
  if (length !== instrument.itemCount) {
    push(issues, path, length < instrument.itemCount ? "too_small" : "too_big", `Expected exactly ${instrument.itemCount} answers for the ${instrument.name}, received ${length}`);
    return INVALID;
  }
  const [min, max] = instrument.itemRange;
  const out: (number | null)[] = [];
  const before = issues.length;
  for (let i = 0; i < length; i++) {
    const answer: unknown = items[i];
    if (answer === null) out.push(null);
    else if (checkInt(issues, [...path, i], answer, min, max)) out.push(answer);
  }
  return issues.length === before ? out : INVALID;
}

function instrumentChecker(shape: InstrumentShape, path: Path): Checker {
  const instrument = shape.instrument;
  const riskField = instrument.riskField;
  const itemsKeys = new Set(["items"]);
  const totalKeys = new Set(riskField === undefined ? ["total"] : ["total", riskField]);
  const itemsPath = [...path, "items"];
  const totalPath = [...path, "total"];
  return guarded((value, issues) => {
    if (!isPlainObject(value)) {
      objectIssue(issues, path, value);
      return INVALID;
    }
    const items = value["items"];
    const total = value["total"];
    if ((items !== undefined) === (total !== undefined)) {
      const message =
        items !== undefined
          ? `Give either items or total for the ${instrument.name}, not both: a stored total is never trusted beside item answers`
          : `Expected items (${instrument.itemCount} answers) or total for the ${instrument.name}`;
      push(issues, path, "invalid_union", message);
      return INVALID;
    }
    const allowed = items !== undefined ? itemsKeys : totalKeys;
    let unknown: string[] | undefined;
    for (const key in value) if (!allowed.has(key)) (unknown ??= []).push(key);
    if (unknown !== undefined) unrecognized(issues, path, unknown);
    if (items !== undefined) {
      const checked = checkItems(issues, itemsPath, instrument, items);
      return checked === INVALID || unknown !== undefined ? INVALID : { items: checked };
    }
    return checkTotal(issues, path, totalPath, instrument, total, riskField === undefined ? undefined : value[riskField], unknown !== undefined);
  }, path);
}

function checkTotal(issues: Issues, path: Path, totalPath: Path, instrument: Instrument, total: unknown, risk: unknown, failed: boolean): unknown {
  const totalOk = checkInt(issues, totalPath, total, instrument.totalRange[0], instrument.totalRange[1]);
  // A risk answer is read only for an instrument that has a risk item.
  if (risk === undefined) return totalOk && !failed ? { total } : INVALID;
  const riskField = instrument.riskField!;
  const riskOk = checkInt(issues, [...path, riskField], risk, instrument.itemRange[0], instrument.itemRange[1]);
  if (totalOk && riskOk && (risk as number) > (total as number)) {
    push(issues, [...path, riskField], "custom", `${riskField} (${String(risk)}) cannot exceed the total (${String(total)})`);
    return INVALID;
  }
  return totalOk && riskOk && !failed ? { total, [riskField]: risk } : INVALID;
}

/** @internal Compiles a shape into a checker that reports under `path`. */
export function compileShape(shape: Shape, path: Path): Checker {
  switch (shape.kind) {
    case "object":
      return objectChecker(shape, path);
    case "instrument":
      return instrumentChecker(shape, path);
    case "set":
      return setChecker(shape, path);
    case "boolean":
      return (value, issues) => (typeof value === "boolean" ? value : (typeIssue(issues, path, "boolean", value), INVALID));
    case "enum": {
      const list = shape.values.map((o) => JSON.stringify(o)).join(" | ");
      return (value, issues) => {
        if (typeof value === "string" && (shape.values as readonly string[]).includes(value)) return value;
        push(issues, path, "invalid_value", `Invalid option: expected one of ${list}, received ${quoteOption(value)}`);
        return INVALID;
      };
    }
    case "string":
      return stringChecker(shape, path);
    case "number":
      return numberChecker(shape, path);
    default:
      // Evidence shapes (literals, lists, unions) describe results; no input or policy field uses them.
      throw new Error(`No checker for a ${shape.kind} shape`);
  }
}
