/**
 * The validator, compiled once from a shape: it checks a value and copies it into a plain
 * snapshot in one pass, reading each field once. The rules read only the snapshot, so getters,
 * proxies and custom iterators cannot show them other values than the validator saw.
 *
 * A checker reports every problem it finds into `issues` and returns the snapshot of what it
 * read. The snapshot means something only when no problem was reported: a caller that finds an
 * issue throws, and never looks at it.
 *
 * @internal
 * @module
 */
import { checkInt, checkNumber, checkRange, isIntIn, push, quoteValue, typeIssue, unreadable, unrecognized, type Issues, type Path } from "../shared/check.js";
import type { Instrument, InputScale } from "../instruments/registry.js";
import { DATE_PATTERN, orderPath, orderProblem, riskTotalProblem, fieldShape, type InstrumentShape, type ListShape, type NumberShape, type ObjectShape, type SetShape, type Shape, type StringShape, type UnionShape } from "../shared/shape.js";

/** @internal Checks a value, reports its problems, and returns its snapshot. */
export type Checker = (value: unknown, issues: Issues) => unknown;

/**
 * A plain data object: an object literal, a parsed JSON object or `Object.create(null)`. Arrays,
 * maps, dates and class instances are not, so their contents can never be ignored unseen.
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The issue for a value that should have been a plain object: naming its class where it has one. */
function objectIssue(issues: Issues, path: Path, value: unknown): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return typeIssue(issues, path, "object", value);
  const name: unknown = (value.constructor as { name?: unknown } | undefined)?.name;
  push(issues, path, "invalid_type", `Expected a plain object, received ${typeof name === "string" ? name.slice(0, 50) : "an object"}`);
}

/** A checker that turns an exception thrown while reading a value (a getter, a revoked proxy) into an issue. */
function guarded(check: Checker, path: Path): Checker {
  return (value, issues) => {
    try {
      return check(value, issues);
    } catch (error) {
      unreadable(issues, path, error);
      return undefined;
    }
  };
}

/** Keys of `value` (own and inherited, enumerable) that `known` lacks, reported in one issue. */
function unknownKeys(issues: Issues, path: Path, value: Record<string, unknown>, known: ReadonlySet<string>): void {
  let unknown: string[] | undefined;
  // No shape has a key such as `__proto__`, so those are always reported.
  for (const key in value) if (!known.has(key)) (unknown ??= []).push(key);
  if (unknown !== undefined) unrecognized(issues, path, unknown);
}

function objectChecker(shape: ObjectShape, path: Path): Checker {
  const keys = Object.keys(shape.fields);
  const known = new Set(keys);
  const checks = keys.map((key) => compileShape(fieldShape(shape.fields[key]!), [...path, key]));
  // No input or policy field is required; a result's are.
  const required = keys.map((key) => shape.fields[key]!.kind !== "optional");
  return guarded((value, issues) => {
    if (!isPlainObject(value)) return objectIssue(issues, path, value);
    unknownKeys(issues, path, value, known);
    const before = issues.length;
    const out: Record<string, unknown> = {};
    keys.forEach((key, i) => {
      const field = value[key];
      if (field !== undefined) out[key] = checks[i]!(field, issues);
      else if (required[i]) typeIssue(issues, [...path, key], "a value", field);
    });
    if (shape.order !== undefined && issues.length === before) checkOrder(issues, path, out, shape.order);
    return out;
  }, path);
}

/** Two fields that must not cross (the one left out is its default); the issue names the one given, `low` where both are. */
function checkOrder(issues: Issues, path: Path, value: Readonly<Record<string, unknown>>, order: NonNullable<ObjectShape["order"]>): void {
  const message = orderProblem(value, order);
  if (message !== undefined) push(issues, [...path, orderPath(value, order)], "custom", message);
}

function numberChecker(shape: NumberShape, path: Path): Checker {
  const min = shape.min ?? -Infinity;
  const max = shape.max ?? Infinity;
  if (shape.integer) return (value, issues) => (checkInt(issues, path, value, min, max), value);
  return (value, issues) => (checkNumber(issues, path, value) && checkRange(issues, path, value, min, max), value);
}

/** Characters, as JSON Schema and zod count them: Unicode code points. */
function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

function stringChecker(shape: StringShape, path: Path): Checker {
  const max = shape.maxLength ?? Infinity;
  return (value, issues) => {
    if (typeof value !== "string") typeIssue(issues, path, "string", value);
    // A string has at most as many code points as UTF-16 units: count them only when it could be too long.
    else if (value.length > max && codePoints(value) > max) push(issues, path, "too_big", `Too big: expected at most ${max} characters, received ${codePoints(value)}`);
    return value;
  };
}

function setChecker(shape: SetShape, path: Path): Checker {
  const allowed = new Set<unknown>(shape.values);
  return guarded((value, issues) => {
    if (!Array.isArray(value)) return typeIssue(issues, path, "array", value);
    const length = value.length;
    if (length > shape.values.length) return push(issues, path, "too_big", `Too big: expected at most ${shape.values.length} ${shape.noun}s, received ${length}`);
    const out: unknown[] = [];
    for (let i = 0; i < length; i++) {
      const item: unknown = value[i];
      if (!allowed.has(item)) {
        push(issues, [...path, i], "invalid_value", `Invalid option: expected ${shape.article} ${shape.noun} id (${shape.values.join(", ")}), received ${quoteValue(item)}`);
      } else if (out.includes(item)) push(issues, [...path, i], "custom", `Duplicate ${shape.noun} ${JSON.stringify(item)}`);
      out.push(item);
    }
    return out;
  }, path);
}

/**
 * @internal Validates one item list on the instrument's item range (or a named scale's) and
 * returns a copy on the canonical scale.
 */
export function checkItems(issues: Issues, path: Path, instrument: Instrument, items: unknown, scale?: InputScale): unknown {
  if (!Array.isArray(items)) return typeIssue(issues, path, "array", items);
  const length = items.length;
  if (length !== instrument.itemCount) {
    return push(issues, path, length > instrument.itemCount ? "too_big" : "too_small", `Expected exactly ${instrument.itemCount} answers for the ${instrument.name}, received ${length}`);
  }
  const [min, max] = scale?.itemRange ?? instrument.itemRange;
  const shift = scale?.shift ?? 0;
  const out: unknown[] = [];
  for (let i = 0; i < length; i++) {
    const answer: unknown = items[i];
    // The item's path is built only for an answer that fails (checkInt says why).
    if (answer !== null && !isIntIn(answer, min, max)) checkInt(issues, [...path, i], answer, min, max);
    out.push(answer === null || shift === 0 ? answer : (answer as number) + shift);
  }
  return out;
}

/** The scale an instrument's answers name, where they must name one: both choices in the message. */
function scaleOf(issues: Issues, path: Path, instrument: Instrument, scales: readonly InputScale[], given: unknown, what: "items" | "total"): InputScale | undefined {
  const found = scales.find((s) => s.id === given);
  if (found !== undefined) return found;
  const choices = scales.map((s) => JSON.stringify(s.id)).join(" or ");
  const head = `The ${instrument.name}'s ${what === "items" ? "item answers are" : "total is"} published on more than one scale: name it with scale, ${choices}`;
  if (given === undefined) push(issues, [...path, "scale"], "invalid_type", `${head} (a wrongly named scale cannot be detected)`);
  else push(issues, [...path, "scale"], "invalid_value", `${head}; received ${quoteValue(given)}`);
  return undefined;
}

/**
 * An instrument's gate (the PC-PTSD-5's `exposure`): required, `true` or `false`; `false` takes
 * no other answer. Returns the snapshot of a closed gate, `true` for an open one, or `undefined`
 * after an issue.
 */
function checkGate(issues: Issues, path: Path, instrument: Instrument, value: Record<string, unknown>): Record<string, unknown> | true | undefined {
  const gate = instrument.gate!;
  const open = value[gate];
  if (open === true) return true;
  if (open === false) {
    const others: string[] = [];
    for (const key in value) if (key !== gate) others.push(key);
    // Answers after a "no" were never asked: scoring them or dropping them would both mislead.
    if (others.length > 0) {
      const list = others.slice(0, 10).map((k) => quoteValue(k)).join(", ");
      push(issues, [...path, gate], "custom", `With ${gate} false the ${instrument.name} scores ${instrument.totalRange[0]} and takes no other answer: leave out ${list}${others.length > 10 ? ` and ${others.length - 10} more` : ""}`);
    }
    return { [gate]: false };
  }
  if (open === undefined) push(issues, [...path, gate], "invalid_type", `The ${instrument.name} asks ${gate} first: required, true or false (false takes no other answer)`);
  else typeIssue(issues, [...path, gate], "boolean", open);
  return undefined;
}

function instrumentChecker(shape: InstrumentShape, path: Path): Checker {
  const instrument = shape.instrument;
  const { riskField, itemScales, totalScales, gate } = instrument;
  const gateKeys = gate === undefined ? [] : [gate];
  const itemsKeys = new Set([...gateKeys, "items", ...(itemScales === undefined ? [] : ["scale"])]);
  const totalKeys = new Set([...gateKeys, "total", ...(totalScales === undefined ? [] : ["scale"]), ...(riskField === undefined ? [] : [riskField])]);
  const itemsPath = [...path, "items"];
  return guarded((value, issues) => {
    if (!isPlainObject(value)) return objectIssue(issues, path, value);
    if (gate !== undefined) {
      const gated = checkGate(issues, path, instrument, value);
      if (gated !== true) return gated;
    }
    const answers = checkAnswers(issues, path, value);
    return answers === undefined || gate === undefined ? answers : { [gate]: true, ...answers };
  }, path);

  function checkAnswers(issues: Issues, path: Path, value: Record<string, unknown>): Record<string, unknown> | undefined {
    const items = value["items"];
    const total = value["total"];
    if ((items !== undefined) === (total !== undefined)) {
      const message =
        items === undefined
          ? `Expected items (${instrument.itemCount} answers) or total for the ${instrument.name}`
          : `Give either items or total for the ${instrument.name}, not both: a stored total is never trusted beside item answers`;
      push(issues, path, "invalid_union", message);
      return undefined;
    }
    unknownKeys(issues, path, value, items === undefined ? totalKeys : itemsKeys);
    const scales = items === undefined ? totalScales : itemScales;
    const given = scales === undefined ? undefined : value["scale"];
    const scale = scales === undefined ? undefined : scaleOf(issues, path, instrument, scales, given, items === undefined ? "total" : "items");
    if (scales !== undefined && scale === undefined) return undefined;
    if (items !== undefined) {
      const canonical = checkItems(issues, itemsPath, instrument, items, scale);
      return scale === undefined ? { items: canonical } : { items: canonical, scale: scale.id };
    }
    return checkTotal(issues, path, instrument, total, riskField === undefined ? undefined : value[riskField], scale);
  }
}

/**
 * A total on its scale (a percentage a multiple of its factor), with the risk item's answer
 * beside it where the instrument has one: the other items must be able to make up the rest.
 * The snapshot holds the canonical total.
 */
function checkTotal(issues: Issues, path: Path, instrument: Instrument, total: unknown, risk: unknown, scale: InputScale | undefined): Record<string, unknown> {
  const [low, high] = scale?.totalRange ?? instrument.totalRange;
  const totalPath = [...path, "total"];
  let totalOk = checkInt(issues, totalPath, total, low, high);
  const factor = scale?.factor ?? 1;
  if (totalOk && (total as number) % factor !== 0) {
    totalOk = false;
    push(issues, totalPath, "custom", `On the ${scale!.id} scale the ${instrument.name}'s total is a multiple of ${factor} (the raw total × ${factor}), received ${total as number}`);
  }
  const canonical = totalOk && scale !== undefined ? (total as number) / factor + scale.shift * instrument.itemCount : total;
  const out: Record<string, unknown> = { total: canonical };
  if (scale !== undefined) out["scale"] = scale.id;
  if (risk === undefined) return out;
  const riskField = instrument.riskField!;
  const [itemMin, itemMax] = instrument.itemRange;
  const riskOk = checkInt(issues, [...path, riskField], risk, itemMin, itemMax);
  const problem = totalOk && riskOk ? riskTotalProblem(instrument, total as number, risk as number) : undefined;
  if (problem !== undefined) push(issues, [...path, riskField], "custom", problem);
  out[riskField] = risk;
  return out;
}

/** A date's form: `YYYY-MM-DD` (whether the day exists is checked where dates are compared). */
const DATE = /* @__PURE__ */ new RegExp(DATE_PATTERN);

/** @internal Compiles a shape into a checker that reports under `path`. */
export function compileShape(shape: Shape, path: Path): Checker {
  switch (shape.kind) {
    case "object":
      return objectChecker(shape, path);
    case "instrument":
      return instrumentChecker(shape, path);
    case "set":
      return setChecker(shape, path);
    case "string":
      return stringChecker(shape, path);
    case "date":
      return (value, issues) => {
        if (typeof value !== "string") typeIssue(issues, path, "string", value);
        else if (!DATE.test(value)) push(issues, path, "invalid_format", `Invalid date: expected YYYY-MM-DD, received ${quoteValue(value)}`);
        return value;
      };
    case "number":
      return numberChecker(shape, path);
    case "boolean":
      return (value, issues) => (typeof value === "boolean" || typeIssue(issues, path, "boolean", value), value);
    case "enum": {
      const list = shape.values.map((o) => JSON.stringify(o)).join(" | ");
      return (value, issues) => {
        if (!(shape.values as readonly unknown[]).includes(value)) push(issues, path, "invalid_value", `Invalid option: expected one of ${list}, received ${quoteValue(value)}`);
        return value;
      };
    }
    case "literal":
      return (value, issues) => (value === shape.value || push(issues, path, "invalid_value", `Invalid value: expected ${JSON.stringify(shape.value)}, received ${quoteValue(value)}`), value);
    case "list":
      return listChecker(shape, path);
    case "union":
      return unionChecker(shape, path);
  }
}

/** A list: each entry checked by the item's shape, at its index (the results' `reasons`, `missing`). */
function listChecker(shape: ListShape, path: Path): Checker {
  const at: Checker[] = [];
  return guarded((value, issues) => {
    if (!Array.isArray(value)) return typeIssue(issues, path, "array", value);
    const out: unknown[] = [];
    const length = value.length;
    for (let i = 0; i < length; i++) out.push((at[i] ??= compileShape(shape.item, [...path, i]))(value[i], issues));
    return out;
  }, path);
}

/** One of several object shapes, told apart by the literal value of one field (a reason's `code`). */
function unionChecker(shape: UnionShape, path: Path): Checker {
  const options = new Map<unknown, Checker>();
  for (const option of shape.options) {
    const field = fieldShape(option.fields[shape.discriminator]!);
    if (field.kind === "literal") options.set(field.value, compileShape(option, path));
  }
  const key = shape.discriminator;
  return guarded((value, issues) => {
    if (!isPlainObject(value)) return objectIssue(issues, path, value);
    const check = options.get(value[key]);
    if (check === undefined) return push(issues, [...path, key], "invalid_union", `Invalid ${key}: expected one of ${[...options.keys()].slice(0, 10).join(", ")}${options.size > 10 ? ` and ${options.size - 10} more` : ""}, received ${quoteValue(value[key])}`);
    return check(value, issues);
  }, path);
}
