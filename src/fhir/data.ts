/**
 * Reading untrusted FHIR JSON safely: own properties only, every read guarded (getters, revoked
 * proxies), lists bounded, trees walked without recursion. Every failure is a `ScopeInputError`
 * whose path points into the resource.
 *
 * @internal
 * @module
 */
import { ScopeInputError, type ScopeIssue } from "../shared/errors.js";
import { received, unreadable } from "../shared/check.js";
import { quoteText } from "../shared/quote.js";

/** @internal A path into the resource (`["item", 3, "answer", 0]`). */
export type Path = readonly (string | number)[];

/**
 * How deep items may nest, and how many list entries (items, answers, answer options, value-set
 * concepts, codes, extensions) the reader reads from one resource, together. Real forms nest a
 * few levels and hold a few hundred entries; the limits stop hostile input early.
 *
 * @example
 * ```ts
 * FHIR_LIMITS;
 * //=> { depth: 32, entries: 100000 }
 * ```
 */
export const FHIR_LIMITS: {
  /** The deepest nesting of items (groups, and items under answers), counted from 1. */
  readonly depth: number;
  /** The most list entries read from one resource (the response, or the Questionnaire). */
  readonly entries: number;
} = /* @__PURE__ */ Object.freeze({ depth: 32, entries: 100_000 });

/** @internal The options of the reader (`questionnaire` is one; its errors name the Questionnaire). */
export const OPTION_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(["questionnaire", "codes", "scales", "allowEmpty"]);

/** @internal Throws the library's error for a resource. */
export function fail(path: Path, message: string, code: ScopeIssue["code"] = "invalid_type", params?: ScopeIssue["params"]): never {
  const title = path[0] === "questionnaire" ? "Invalid FHIR Questionnaire" : OPTION_KEYS.has(String(path[0])) ? "Invalid FHIR options" : "Invalid FHIR QuestionnaireResponse";
  throw new ScopeInputError([{ path: [...path], code, message, ...(params !== undefined && { params }) }], title);
}

/** The error for a value whose reading threw (a getter, a revoked proxy). */
function unreadableAt(path: Path, error: unknown): never {
  if (error instanceof ScopeInputError) throw error;
  const issues: ScopeIssue[] = [];
  unreadable(issues, path, error, "The value", "JSON data");
  return fail(path, issues[0]!.message, "custom");
}

/** @internal Runs a read that could throw (a getter, a revoked proxy) and names the path if it does. */
export function guard<T>(path: Path, read: () => T): T {
  try {
    return read();
  } catch (error) {
    return unreadableAt(path, error);
  }
}

/** @internal A JSON object (not null, not a list). */
export function isObject(value: unknown, path: Path): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !guard(path, () => Array.isArray(value));
}

/** @internal An own property of an object, or `undefined`: nothing inherited is ever read. */
export function field(value: Record<string, unknown>, key: string, path: Path): unknown {
  // The path is built only when the read fails: this runs for every field the reader reads.
  try {
    return Object.hasOwn(value, key) ? value[key] : undefined;
  } catch (error) {
    return unreadableAt([...path, key], error);
  }
}

/** @internal The object at `path`, or an error naming what was expected. */
export function object(value: unknown, path: Path, what: string): Record<string, unknown> {
  if (!isObject(value, path)) fail(path, `Expected ${what} to be an object, received ${received(value)}`);
  return value;
}

/** @internal A string field, or `undefined` when absent; anything else is an error. */
export function text(value: Record<string, unknown>, key: string, path: Path): string | undefined {
  const v = field(value, key, path);
  if (v === undefined || typeof v === "string") return v;
  return fail([...path, key], `Expected ${key} to be a string, received ${received(v)}`);
}

/** @internal Counts the list entries read from one resource against {@link FHIR_LIMITS}. */
export class Budget {
  private used = 0;
  take(n: number, path: Path): void {
    this.used += n;
    if (this.used > FHIR_LIMITS.entries) fail(path, `The resource holds more than ${FHIR_LIMITS.entries} list entries (items, answers, options, codes, extensions)`, "too_big");
  }
}

/**
 * @internal A list field as a plain copy of its own elements (absent: empty; a hole: no value),
 * counted against the budget.
 */
export function list(value: Record<string, unknown>, key: string, path: Path, budget: Budget): readonly unknown[] {
  const v = field(value, key, path);
  if (v === undefined) return [];
  const at = [...path, key];
  if (!guard(at, () => Array.isArray(v))) fail(at, `Expected ${key} to be a list, received ${received(v)}`);
  const array = v as readonly unknown[];
  const length: unknown = guard(at, () => array.length);
  if (typeof length !== "number" || !Number.isSafeInteger(length) || length < 0) fail(at, `Expected ${key} to be a list with a length, received a length of ${received(length)}`, "custom");
  budget.take(length, at);
  const out: unknown[] = [];
  let i = 0;
  try {
    for (; i < length; i++) out.push(Object.hasOwn(array, i) ? array[i] : undefined);
  } catch (error) {
    return unreadableAt([...at, i], error);
  }
  return out;
}

/**
 * @internal Walks `item` lists depth-first in document order without recursion: `visit` gets each
 * item (checked to be an object with a string `linkId`) and returns the nested item lists to walk
 * next. Nesting past {@link FHIR_LIMITS}`.depth` is an error.
 */
export function walkItems(
  root: Record<string, unknown>,
  rootPath: Path,
  budget: Budget,
  visit: (item: Record<string, unknown>, linkId: string, path: Path) => readonly (readonly [Record<string, unknown>, Path])[],
): void {
  const stack: { item: unknown; path: Path; depth: number }[] = [];
  const push = (owner: Record<string, unknown>, path: Path, depth: number) => {
    const items = list(owner, "item", path, budget);
    if (items.length > 0 && depth > FHIR_LIMITS.depth) fail([...path, "item"], `Items are nested more than ${FHIR_LIMITS.depth} levels deep`, "too_big");
    for (let i = items.length - 1; i >= 0; i--) stack.push({ item: items[i], path: [...path, "item", i], depth });
  };
  push(root, rootPath, 1);
  while (stack.length > 0) {
    const { item, path, depth } = stack.pop()!;
    const value = object(item, path, "an item");
    const linkId = field(value, "linkId", path);
    if (typeof linkId !== "string") fail([...path, "linkId"], `Expected every item to have a string linkId, received ${received(linkId)}`);
    // Nested lists are pushed last-first, so they are visited in document order.
    const nested = visit(value, linkId, path);
    for (let i = nested.length - 1; i >= 0; i--) push(nested[i]![0], nested[i]![1], depth + 1);
  }
}

/** @internal A value from the input, for a message: text quoted, escaped and cut to 100 characters; anything else by its kind. */
export function show(value: unknown): string {
  if (typeof value === "string") return quoteText(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return received(value);
}
