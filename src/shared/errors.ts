import { quoteText } from "./quote.js";
import { unreadable } from "./check.js";

/**
 * The issue codes a {@link ScopeIssue} can carry. They follow zod 4's codes, so an app that
 * also validates with zod reads one convention everywhere.
 *
 * @example
 * ```ts
 * const code: ScopeIssueCode = "unrecognized_keys";
 * ```
 */
export type ScopeIssueCode =
  | "invalid_type"
  | "too_small"
  | "too_big"
  | "unrecognized_keys"
  | "invalid_value"
  | "invalid_union"
  | "invalid_format"
  | "custom";

/**
 * One problem found in an input, a policy, a locale or a custom model.
 *
 * `path` follows zod's convention: the keys and array indexes from the root to the
 * offending value (`["instruments", "phq9", "items", 8]`). `unrecognized_keys` issues point
 * at the object that holds the unknown keys and list them in `keys`.
 *
 * @example
 * ```ts
 * const issue: ScopeIssue = {
 *   path: ["risk", "imminentDanger"],
 *   code: "invalid_type",
 *   message: "Expected boolean, received string",
 * };
 * ```
 */
export interface ScopeIssue {
  /** The keys and array indexes from the root to the offending value; empty for the root. */
  readonly path: readonly (string | number)[];
  /** What kind of problem it is. */
  readonly code: ScopeIssueCode;
  /** A readable English description of the problem. */
  readonly message: string;
  /** With `unrecognized_keys`: the unknown keys, as written. */
  readonly keys?: readonly string[];
  /**
   * With `custom`: what kind of problem it is, for code to branch on (`{ reason:
   * "nothing-recognized" }` when `coaching-scope/fhir` recognises nothing in a response).
   */
  readonly params?: {
    /** The kind of problem, as a stable code. */
    readonly reason: string;
  };
}

/**
 * Formats an issue path the way the library's docs and `missing` write paths:
 * `instruments.phq9.items[8]`. The root is `(root)`. A key that is not a plain name is quoted,
 * escaped and cut to 100 characters, as everywhere the library quotes input, so a path from
 * hostile input cannot make a huge message or carry control or bidi characters.
 *
 * @throws {@link ScopeConfigError} when `path` is not an array of strings and numbers.
 *
 * @example
 * ```ts
 * formatIssuePath(["instruments", "phq9", "items", 8]);
 * //=> "instruments.phq9.items[8]"
 * formatIssuePath(["codes", "a\u202eb"]);
 * //=> 'codes["a\\u202eb"]'
 * ```
 */
export function formatIssuePath(path: readonly (string | number)[]): string {
  let out = "";
  const parts = reading("Invalid path", () => (Array.isArray(path) ? Array.from(path) : undefined));
  if (parts === undefined || parts.some((part) => typeof part !== "string" && typeof part !== "number")) {
    throw new ScopeConfigError([{ path: [], code: "invalid_type", message: "Expected a path: an array of keys (strings) and indexes (numbers)" }], "Invalid path");
  }
  for (const part of parts) {
    if (typeof part === "number") out += `[${part}]`;
    else if (part.length <= 100 && /^[A-Za-z_$][\w$-]*$/.test(part)) out += out === "" ? part : `.${part}`;
    else out += `[${quoteText(part)}]`;
  }
  return out === "" ? "(root)" : out;
}

/**
 * @internal Runs `read`, which reads data from outside (a getter, a proxy, a value of any kind):
 * whatever it throws that is not the library's own error becomes a `ScopeConfigError` (or a
 * `ScopeInputError` with `input`) titled `title`, at the root, naming the kind of what was thrown.
 */
export function reading<T>(title: string, read: () => T, input?: boolean): T {
  try {
    return read();
  } catch (error) {
    if (isScopeConfigError(error) || isScopeInputError(error)) throw error;
    const issues: ScopeIssue[] = [];
    unreadable(issues, [], error);
    throw input === true ? new ScopeInputError(issues, title) : new ScopeConfigError(issues, title);
  }
}

function prettify(title: string, issues: readonly ScopeIssue[]): string {
  const lines = issues.map((issue) => `✖ ${issue.message}\n  → at ${formatIssuePath(issue.path)}`);
  return `${title}\n${lines.join("\n")}`;
}

/**
 * Thrown when a screening input is invalid: a wrong type, an out-of-range answer, an
 * unknown key (a typo is never silently ignored in a safety screen). `issues` lists every
 * problem found, not only the first.
 *
 * Recognise it with {@link isScopeInputError}: `instanceof` fails across the ESM and CJS
 * copies of the library.
 *
 * @example
 * ```ts
 * try {
 *   assessScope({ risk: { imminentDangr: false } } as never);
 * } catch (error) {
 *   if (isScopeInputError(error)) error.issues[0];
 *   //=> { path: ["risk"], code: "unrecognized_keys", keys: ["imminentDangr"], message: 'Unrecognized key: "imminentDangr"' }
 * }
 * ```
 */
export class ScopeInputError extends Error {
  /** Always `"ScopeInputError"`; checked, with `code`, by {@link isScopeInputError}. */
  override readonly name = "ScopeInputError" as const;
  /** A stable code for logs and guards. */
  readonly code = "SCOPE_INPUT_INVALID" as const;
  /** Every problem found, in input order. */
  readonly issues: readonly ScopeIssue[];

  constructor(issues: readonly ScopeIssue[], title = "Invalid screening input") {
    super(prettify(title, issues));
    this.issues = issues;
  }
}

/**
 * Thrown when a configuration is invalid: a policy, a custom comparison model, a locale,
 * overrides or renderer options. `issues` name the offending path, for example
 * `dimensions[3].values.mentoring`.
 *
 * Recognise it with {@link isScopeConfigError}.
 *
 * @example
 * ```ts
 * try {
 *   createScopeAssessor({ policy: { thresholds: { phq9: { care: 12, refer: 10 } } } });
 * } catch (error) {
 *   if (isScopeConfigError(error)) error.issues[0]?.path;
 *   //=> ["policy", "thresholds", "phq9", "care"]
 * }
 * ```
 */
export class ScopeConfigError extends Error {
  /** Always `"ScopeConfigError"`; checked, with `code`, by {@link isScopeConfigError}. */
  override readonly name = "ScopeConfigError" as const;
  /** A stable code for logs and guards. */
  readonly code = "SCOPE_CONFIG_INVALID" as const;
  /** Every problem found. */
  readonly issues: readonly ScopeIssue[];

  constructor(issues: readonly ScopeIssue[], title = "Invalid configuration") {
    super(prettify(title, issues));
    this.issues = issues;
  }
}

function hasShape(value: unknown, name: string, code: string): boolean {
  if (typeof value !== "object" || value === null) return false;
  const v = value as { name?: unknown; code?: unknown; issues?: unknown };
  try {
    return v.name === name && v.code === code && Array.isArray(v.issues);
  } catch {
    // A revoked proxy or a getter that throws is not the library's error.
    return false;
  }
}

/**
 * Tells whether a value is a {@link ScopeInputError}, from either the ESM or the CJS build.
 *
 * @example
 * ```ts
 * isScopeInputError(new ScopeInputError([]));
 * //=> true
 * isScopeInputError(new Error("x"));
 * //=> false
 * ```
 */
export function isScopeInputError(value: unknown): value is ScopeInputError {
  return hasShape(value, "ScopeInputError", "SCOPE_INPUT_INVALID");
}

/**
 * Tells whether a value is a {@link ScopeConfigError}, from either the ESM or the CJS build.
 *
 * @example
 * ```ts
 * isScopeConfigError(new ScopeConfigError([]));
 * //=> true
 * ```
 */
export function isScopeConfigError(value: unknown): value is ScopeConfigError {
  return hasShape(value, "ScopeConfigError", "SCOPE_CONFIG_INVALID");
}
