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
 * `instruments.phq9.items[8]`. The root is `(root)`.
 *
 * @example
 * ```ts
 * formatIssuePath(["instruments", "phq9", "items", 8]);
 * //=> "instruments.phq9.items[8]"
 * ```
 */
export function formatIssuePath(path: readonly (string | number)[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(part)) out += out === "" ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out === "" ? "(root)" : out;
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
  return v.name === name && v.code === code && Array.isArray(v.issues);
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
