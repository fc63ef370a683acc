import type { ScopeIssue, ScopeIssueCode } from "./errors.js";
import { quoteText } from "./quote.js";

/** @internal A path under construction. */
export type Path = readonly (string | number)[];

/** @internal Collects issues for one validation run. */
export type Issues = ScopeIssue[];

/** @internal Keys that could reach an object's prototype: never accepted as data keys. */
export const RESERVED_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);

/** @internal Plain data object: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Whether a value is an array; `false` for a revoked proxy (on which Array.isArray throws). */
function isArraySafe(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** @internal How a value is named in messages ("received string"). */
export function received(value: unknown): string {
  if (value === null) return "null";
  // Said in words: a message that shows "undefined" reads like a bug in the message itself.
  if (value === undefined) return "no value";
  if (isArraySafe(value)) return "array";
  // NaN, Infinity and -Infinity by name: "received number" would not say what was wrong.
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  return typeof value;
}

/**
 * @internal A value from the input, for a message: a string quoted, escaped and cut to 50
 * characters ({@link quoteText}); anything else named by its kind, never shown.
 */
export function quoteValue(value: unknown): string {
  return typeof value === "string" ? quoteText(value, 50) : received(value);
}

/** @internal Adds an issue. */
export function push(issues: Issues, path: Path, code: ScopeIssueCode, message: string): void {
  issues.push({ path: [...path], code, message });
}

/**
 * @internal Adds the issue for a value that threw when read (a getter, a revoked proxy): what
 * was thrown is named by its kind, never shown. `what` names the value ("The options").
 */
export function unreadable(issues: Issues, path: Path, error: unknown, what = "The value", expected = "plain data"): void {
  push(issues, path, "custom", `${what} could not be read (reading threw ${thrownKind(error)}): expected ${expected}`);
}

/**
 * What was thrown, named without trusting it: an error's name when it is a plain word, else its
 * kind. What was thrown can itself be hostile (a revoked proxy, a throwing `name` getter).
 */
function thrownKind(error: unknown): string {
  try {
    const name: unknown = error instanceof Error ? error.name : undefined;
    return typeof name === "string" && /^\w{1,50}$/.test(name) ? name : received(error);
  } catch {
    return received(error);
  }
}

/**
 * @internal Reads `object[key]` once; a getter or a proxy that throws is reported at `path`
 * (`unreadable`) and gives `undefined`.
 */
export function readField(issues: Issues, path: Path, object: Readonly<Record<string, unknown>>, key: string): unknown {
  try {
    return object[key];
  } catch (error) {
    unreadable(issues, path, error);
    return undefined;
  }
}

/** @internal Adds an `invalid_type` issue. */
export function typeIssue(issues: Issues, path: Path, expected: string, value: unknown): void {
  push(issues, path, "invalid_type", `Expected ${expected}, received ${received(value)}`);
}

/**
 * @internal Checks that `value` is a plain object whose keys are all in `allowed`; reports
 * the unknown ones in one `unrecognized_keys` issue. Returns false when not an object.
 */
export function checkObject(
  issues: Issues,
  path: Path,
  value: unknown,
  allowed: ReadonlySet<string>,
): value is Record<string, unknown> {
  if (!isRecord(value)) {
    typeIssue(issues, path, "object", value);
    return false;
  }
  let unknown: string[] | undefined;
  // for…in (own and inherited enumerable keys) allocates nothing on the common path. No
  // allowed set holds a reserved key (`__proto__`, …), so those are always reported.
  for (const key in value) {
    if (!allowed.has(key)) (unknown ??= []).push(key);
  }
  if (unknown !== undefined) unrecognized(issues, path, unknown);
  return true;
}

/** Names at most 10 keys (each quoted and cut to 50 characters), so a hostile input cannot make a huge message. */
function listed(keys: readonly string[]): string {
  const shown = keys.slice(0, 10).map(quoteValue);
  return keys.length > 10 ? `${shown.join(", ")} and ${keys.length - 10} more` : shown.join(", ");
}

/** @internal Adds one `unrecognized_keys` issue for the object at `path`. */
export function unrecognized(issues: Issues, path: Path, keys: string[]): void {
  issues.push({
    path: [...path],
    code: "unrecognized_keys",
    keys,
    message: `Unrecognized key${keys.length > 1 ? "s" : ""}: ${listed(keys)}`,
  });
}

/** @internal A finite number that is not -0. Reports and returns false otherwise. */
export function checkNumber(issues: Issues, path: Path, value: unknown): value is number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    typeIssue(issues, path, "number", value);
    return false;
  }
  if (Object.is(value, -0)) {
    push(issues, path, "custom", "Expected a number other than -0");
    return false;
  }
  return true;
}

/** @internal An integer in [min, max], not -0: what `checkInt` accepts, without reporting. */
export function isIntIn(value: unknown, min: number, max: number): value is number {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max && !Object.is(value, -0);
}

/** @internal An integer in [min, max], not -0. Reports why not and returns false otherwise. */
export function checkInt(issues: Issues, path: Path, value: unknown, min: number, max: number): value is number {
  if (isIntIn(value, min, max)) return true;
  // It is not: say why, in the order a reader would fix it; out of range is the reason left.
  if (checkNumber(issues, path, value)) {
    if (!Number.isInteger(value)) push(issues, path, "invalid_type", `Expected an integer, received ${value}`);
    else rangeIssue(issues, path, value, min, max);
  }
  return false;
}

/** @internal A number in [min, max]. */
export function checkRange(issues: Issues, path: Path, value: number, min: number, max: number): boolean {
  if (value >= min && value <= max) return true;
  rangeIssue(issues, path, value, min, max);
  return false;
}

/** The issue for a number outside [min, max]: too small when below `min`, else too big. */
function rangeIssue(issues: Issues, path: Path, value: number, min: number, max: number): void {
  if (value < min) push(issues, path, "too_small", `Too small: expected a number >= ${min}, received ${value}`);
  else push(issues, path, "too_big", `Too big: expected a number <= ${max}, received ${value}`);
}

/** @internal One of a set of strings. */
export function checkEnum<T extends string>(
  issues: Issues,
  path: Path,
  value: unknown,
  options: readonly T[],
): value is T {
  if (!(options as readonly unknown[]).includes(value)) {
    const list = options.map((o) => JSON.stringify(o)).join(" | ");
    push(
      issues,
      path,
      "invalid_value",
      `Invalid option: expected one of ${list}, received ${quoteValue(value)}`,
    );
    return false;
  }
  return true;
}

/** @internal Deep-freezes plain data in place and returns it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
