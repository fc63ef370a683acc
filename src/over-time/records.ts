/**
 * Decision records: what a service stores to show later which input, policy, release and locale
 * made a decision, and a check that re-makes the decision and finds any edit.
 *
 * @module
 */
import { assessScope, type AssessOptions } from "../assess/assess.js";
import type { AssessmentMeta, ScopeAssessment } from "../assess/result.js";
import { en } from "../locales/en.js";
import { createLocalizer } from "../i18n/localize.js";
import type { Locale } from "../i18n/messages.js";
import type { ScreeningInput } from "../input/screening-input.js";
import type { Policy } from "../policy/policy.js";
import { checkObject, isRecord, push, quoteValue, readField, typeIssue, unreadable, type Issues } from "../shared/check.js";
import { isScopeConfigError, isScopeInputError, ScopeConfigError, ScopeInputError } from "../shared/errors.js";
import { versionProblem } from "./read.js";
import { canonicalJson, fnv1a64 } from "../assess/meta.js";

import { DECISION_RECORD_KIND } from "./kind.js";

/**
 * A decision record: the input, the options that matter (`asOf`, the locale's code), the
 * resolved policy, the whole result and its `meta` (the release and the policy's id). Plain
 * JSON: store it as it is. `coaching-scope/schema/decision-record.json` describes it.
 *
 * @example
 * ```ts
 * const record: DecisionRecord = createDecisionRecord({ ref: "client-7", risk: { imminentDanger: true } });
 * record.result.level;
 * //=> "crisis"
 * ```
 */
export interface DecisionRecord {
  /** Always `"coaching-scope/decision-record"`. */
  readonly kind: typeof DECISION_RECORD_KIND;
  /** The input's `ref`, where it has one. */
  readonly ref?: string;
  /** The input, as given (a JSON copy). */
  readonly input: ScreeningInput;
  /** The day the answers were compared with, where one was given. */
  readonly asOf?: string;
  /** The code of the locale the messages are in. */
  readonly locale: string;
  /** The resolved policy. */
  readonly policy: Policy;
  /** The whole result. */
  readonly result: ScopeAssessment;
  /** The release, the policy's id and the locale that made the result (the result's `meta`). */
  readonly meta: AssessmentMeta;
  /**
   * A checksum (FNV-1a, 64 bits, 16 hex digits) of the record's canonical JSON without it: an
   * edit that leaves the result as it was (the input's age, `asOf`, a policy key the result does
   * not show) still changes it. Not a signature: whoever can edit a record can recompute it.
   */
  readonly digest: string;
}

/** The checksum of a record's fields other than `digest`. */
function digestOf(record: Readonly<Record<string, unknown>>): string {
  const { digest: _, ...rest } = record;
  return fnv1a64(canonicalJson(rest));
}

/**
 * Assesses an input and returns the decision record of that assessment.
 *
 * @param input - what the intake knows, as {@link assessScope} takes it.
 * @param options - as {@link assessScope} takes them.
 * @throws what {@link assessScope} throws, and a `ScopeInputError` for an input that is not
 *   JSON data (a record must be stored as JSON).
 *
 * @example
 * ```ts
 * const record = createDecisionRecord({ risk: { imminentDanger: true } }, { asOf: "2026-11-30" });
 * [record.kind, record.asOf, record.locale, record.meta.library];
 * //=> ["coaching-scope/decision-record", "2026-11-30", "en", "coaching-scope"]
 * ```
 */
export function createDecisionRecord(input: ScreeningInput, options?: AssessOptions): DecisionRecord {
  const result = assessScope(input, options);
  const copy = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;
  const out: Record<string, unknown> = { kind: DECISION_RECORD_KIND };
  if (result.ref !== undefined) out["ref"] = result.ref;
  out["input"] = copy(input);
  const asOf = options?.asOf;
  if (asOf !== undefined) out["asOf"] = asOf;
  out["locale"] = result.meta.locale;
  out["policy"] = copy(result.policy);
  out["result"] = copy(result);
  out["meta"] = copy(result.meta);
  out["digest"] = digestOf(out);
  return out as unknown as DecisionRecord;
}

/**
 * What {@link verifyDecisionRecord} found: the record re-makes its result exactly, or the first
 * place where the stored record and the decision re-made from it differ.
 *
 * @example
 * ```ts
 * const found: DecisionVerification = { valid: false, path: ["result", "level"], stored: "coaching", recomputed: "refer" };
 * ```
 */
export type DecisionVerification = DecisionVerified | DecisionDifference;

/**
 * The record re-makes its result exactly.
 *
 * @example
 * ```ts
 * const verified: DecisionVerified = { valid: true };
 * ```
 */
export interface DecisionVerified {
  /** Always `true`. */
  readonly valid: true;
}

/**
 * The first place where a stored record and the decision re-made from it differ.
 *
 * @example
 * ```ts
 * const difference: DecisionDifference = { valid: false, path: ["result", "level"], stored: "coaching", recomputed: "refer" };
 * ```
 */
export interface DecisionDifference {
  /** Always `false`. */
  readonly valid: false;
  /** Where the first difference is, from the record's root (`["result", "reasons", 0, "message"]`). */
  readonly path: readonly (string | number)[];
  /** The stored value there (`undefined` where the record lacks it). */
  readonly stored: unknown;
  /** The value the decision re-made from the record has there (`undefined` where it has none). */
  readonly recomputed: unknown;
}

/**
 * Options of {@link verifyDecisionRecord}: the locales records may be in (English is always known).
 *
 * @example
 * ```ts
 * const options: VerifyOptions = { locales: [de] };
 * ```
 */
export interface VerifyOptions {
  /** The locales whose codes records may name; `en` is known without it. */
  readonly locales?: readonly Locale[];
}

/** The first place where two JSON values differ, or `undefined`. */
function firstDifference(stored: unknown, recomputed: unknown, path: (string | number)[]): DecisionVerification | undefined {
  if (Object.is(stored, recomputed)) return undefined;
  const differ = { valid: false, path, stored, recomputed } as const;
  if (typeof stored !== "object" || typeof recomputed !== "object" || stored === null || recomputed === null || Array.isArray(stored) !== Array.isArray(recomputed)) return differ;
  const a = stored as Readonly<Record<string, unknown>>;
  const b = recomputed as Readonly<Record<string, unknown>>;
  const keys = Array.isArray(b) ? Array.from({ length: Math.max(b.length, (a as unknown as unknown[]).length) }, (_, i) => i) : [...new Set([...Object.keys(b), ...Object.keys(a)])];
  for (const key of keys) {
    const found = firstDifference(Object.hasOwn(a, key) ? a[key] : undefined, Object.hasOwn(b, key) ? b[key] : undefined, [...path, key]);
    if (found !== undefined) return found;
  }
  return undefined;
}

const RECORD_KEYS = /* @__PURE__ */ new Set(["kind", "ref", "input", "asOf", "locale", "policy", "result", "meta", "digest"]);

/** The record, read once as JSON (a record is stored JSON), with its release checked. */
function readRecord(record: unknown): Readonly<Record<string, unknown>> {
  const issues: Issues = [];
  let copy: Record<string, unknown> = {};
  try {
    if (checkObject(issues, [], record, RECORD_KEYS)) {
      copy = JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
      if (copy["kind"] !== DECISION_RECORD_KIND) push(issues, ["kind"], "invalid_value", `Expected "${DECISION_RECORD_KIND}", received ${quoteValue(copy["kind"])}`);
      const meta = copy["meta"];
      const version = isRecord(meta) ? meta["version"] : undefined;
      if (typeof version !== "string") typeIssue(issues, ["meta", "version"], "string", version);
      else {
        const problem = versionProblem(version);
        if (problem !== undefined) push(issues, ["meta", "version"], "invalid_value", problem);
      }
      if (typeof copy["locale"] !== "string") typeIssue(issues, ["locale"], "string", copy["locale"]);
    }
  } catch (error) {
    unreadable(issues, [], error, "The record", "JSON data");
  }
  if (issues.length > 0) throw new ScopeInputError(issues, "Invalid decision record");
  return copy;
}

/** The locale a record names: `en`, or one of the options' locales (a `ScopeConfigError` otherwise). */
function localeOf(code: string, options: unknown): Locale {
  const issues: Issues = [];
  let locales: unknown = [];
  try {
    if (options !== undefined && checkObject(issues, [], options, new Set(["locales"]))) locales = readField(issues, ["locales"], options, "locales") ?? [];
    if (!Array.isArray(locales)) typeIssue(issues, ["locales"], "array", locales);
    else if (issues.length === 0) {
      const list = Array.from(locales) as unknown[];
      const at = list.findIndex((l) => isRecord(l) && l["code"] === code);
      if (code === en.code) return en;
      if (at !== -1) {
        // Checked as every locale is, with its problems under `locales[i]`.
        try {
          createLocalizer({ locale: list[at] as Locale });
          return list[at] as Locale;
        } catch (error) {
          if (!isScopeConfigError(error)) throw error;
          for (const issue of error.issues) issues.push({ ...issue, path: ["locales", at, ...issue.path.slice(1)] });
          throw new ScopeConfigError(issues, "Invalid verification options");
        }
      }
      push(issues, ["locales"], "custom", `The record's messages are in ${quoteValue(code)}: pass that locale in locales`);
    }
  } catch (error) {
    if (isScopeConfigError(error)) throw error;
    unreadable(issues, [], error, "The options");
  }
  throw new ScopeConfigError(issues, "Invalid verification options");
}

/**
 * Re-makes a record's decision from its input, `asOf`, policy and locale, and deep-compares the
 * whole re-made result (every reason, message, score and `missing` path, not only the level)
 * with the stored one, the stored `ref` and `meta` with the result's, and the `digest` with the
 * record's fields (so an edit that leaves the result as it was is found too): `{ valid: true }`,
 * or the first difference with its path. This detects edits to a record; it is not a proof
 * against forgery (there is no cryptography: someone who can edit the record can re-make it).
 *
 * @param record - a stored record (from {@link createDecisionRecord}, as JSON).
 * @param options - the locales records may be in, beside English.
 * @throws {@link ScopeInputError} for a value that is not a record, a record of a release whose
 *   results this one does not read (another minor version while 0.x), or a stored input that
 *   is no longer valid (its issues under `input`).
 * @throws {@link ScopeConfigError} when the record's locale is not among `locales`.
 *
 * @example
 * ```ts
 * const record = createDecisionRecord({ risk: { imminentDanger: true } });
 * verifyDecisionRecord(record);
 * //=> { valid: true }
 * verifyDecisionRecord({ ...record, result: { ...record.result, level: "coaching" } });
 * //=> { valid: false, path: ["result", "level"], stored: "coaching", recomputed: "crisis" }
 * ```
 */
export function verifyDecisionRecord(record: DecisionRecord, options?: VerifyOptions): DecisionVerification {
  const stored = readRecord(record);
  const locale = localeOf(stored["locale"] as string, options);
  let result: ScopeAssessment;
  try {
    const asOf = stored["asOf"];
    result = assessScope(stored["input"] as ScreeningInput, { policy: stored["policy"] as Policy, locale, ...(asOf !== undefined && { asOf: asOf as string }) });
  } catch (error) {
    // The stored input's issues under `input`; the policy's and asOf's carry their own paths.
    if (isScopeInputError(error)) throw new ScopeInputError(error.issues.map((i) => ({ ...i, path: ["input", ...i.path] })), "Invalid decision record");
    if (isScopeConfigError(error)) throw new ScopeInputError(error.issues, "Invalid decision record");
    throw error;
  }
  const recomputed = JSON.parse(JSON.stringify(result)) as Record<string, unknown>;
  return (
    firstDifference(stored["result"], recomputed, ["result"]) ??
    firstDifference(stored["ref"], recomputed["ref"], ["ref"]) ??
    firstDifference(stored["meta"], recomputed["meta"], ["meta"]) ??
    firstDifference(stored["digest"], digestOf(stored), ["digest"]) ?? { valid: true }
  );
}
