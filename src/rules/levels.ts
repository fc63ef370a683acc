import { checkEnum, type Issues } from "../shared/check.js";
import { ScopeInputError } from "../shared/errors.js";

/**
 * The outcome of a screen, from least to most severe.
 *
 * - `coaching`: in scope.
 * - `coaching-with-care`: in scope; name the flagged points in contracting and coordinate
 *   with any treating professional.
 * - `incomplete`: the answers cannot clear the client; `missing` says what to ask next.
 * - `refer`: refer to a mental-health professional before coaching.
 * - `crisis`: imminent danger; stop, contact emergency services or a crisis line now.
 *
 * @example
 * ```ts
 * const level: ScopeLevel = "coaching-with-care";
 * ```
 */
export type ScopeLevel = "coaching" | "coaching-with-care" | "incomplete" | "refer" | "crisis";

/**
 * Every level, from least to most severe.
 *
 * @example
 * ```ts
 * SCOPE_LEVELS.indexOf("refer") > SCOPE_LEVELS.indexOf("incomplete");
 * //=> true
 * ```
 */
export const SCOPE_LEVELS: readonly ScopeLevel[] = /* @__PURE__ */ Object.freeze([
  "coaching",
  "coaching-with-care",
  "incomplete",
  "refer",
  "crisis",
]);

/**
 * Compares two levels by severity: negative when `a` is less severe than `b`, 0 when equal,
 * positive when more severe. Use it to sort, or to ask "at least refer?".
 *
 * @throws `ScopeInputError` (recognise it with `isScopeInputError`) when `a` or `b` is not one
 *   of {@link SCOPE_LEVELS}: a misspelt level never compares as less severe.
 *
 * @example
 * ```ts
 * compareLevels("crisis", "refer") > 0;
 * //=> true
 * ```
 */
export function compareLevels(a: ScopeLevel, b: ScopeLevel): number {
  const issues: Issues = [];
  checkEnum(issues, ["a"], a, SCOPE_LEVELS);
  checkEnum(issues, ["b"], b, SCOPE_LEVELS);
  if (issues.length > 0) throw new ScopeInputError(issues, "Invalid level");
  return RANK[a] - RANK[b];
}

/** @internal Severity rank of each level. */
export const RANK: Readonly<Record<ScopeLevel, number>> = {
  coaching: 0,
  "coaching-with-care": 1,
  incomplete: 2,
  refer: 3,
  crisis: 4,
};

/**
 * What a reason is about: a risk answer, the client's context, a symptom score, the fit of
 * the request, or missing answers.
 *
 * @example
 * ```ts
 * const kind: ReasonKind = "risk";
 * ```
 */
export type ReasonKind = "risk" | "context" | "symptom" | "fit" | "completeness";
