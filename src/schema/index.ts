/**
 * `coaching-scope/schema`: zod 4 schemas for every input, the policy and the result; parsing
 * functions that throw the library's own errors; and the JSON Schema documents for services in
 * other languages. zod is a peer dependency: install it beside the library to use this entry.
 *
 * @module
 */
import * as z from "zod/mini";
import { libraryEngine } from "../assess/engine.js";
import type { ScopeAssessment as CoreScopeAssessment } from "../assess/result.js";
import type { ScreeningInput as CoreScreeningInput } from "../input/screening-input.js";
import type { Policy as CorePolicy, PolicyOverrides as CorePolicyOverrides } from "../policy/policy.js";
import { deepFreeze, type Issues } from "../shared/check.js";
import { ScopeInputError, type ScopeIssue } from "../shared/errors.js";
import assessmentJson from "../generated/assessment.json";
import decisionRecordJson from "../generated/decision-record.json";
import policyOverridesJson from "../generated/policy-overrides.json";
import policyJson from "../generated/policy.json";
import screeningInputJson from "../generated/screening-input.json";
import { LIBRARY_SCHEMAS } from "./zod.js";

/**
 * The zod schema of a {@link CoreScreeningInput | ScreeningInput}: the schema and its type
 * share one name, as zod's own convention has it. It accepts and rejects exactly what
 * `assessScope` does.
 *
 * @example
 * ```ts
 * import * as z from "zod/mini";
 * import { ScreeningInput } from "coaching-scope/schema";
 * const Intake = z.object({ clientId: z.string(), screening: ScreeningInput });
 * Intake.safeParse({ clientId: "c-17", screening: { risk: { imminentDanger: false } } }).success;
 * //=> true
 * ScreeningInput.safeParse({ risk: { imminentDangr: false } }).success;
 * //=> false
 * ```
 */
export const ScreeningInput: z.ZodMiniType<CoreScreeningInput, unknown> = LIBRARY_SCHEMAS.screeningInput as z.ZodMiniType<CoreScreeningInput, unknown>;
/**
 * What an intake knows about a client (see the core's `ScreeningInput`).
 *
 * @example
 * ```ts
 * const input: ScreeningInput = { risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } };
 * ```
 */
export type ScreeningInput = CoreScreeningInput;

/**
 * The zod schema of policy overrides: a deep partial of the policy, with the ranges and
 * orders `createScopeAssessor` checks.
 *
 * @example
 * ```ts
 * PolicyOverrides.safeParse({ thresholds: { phq9: { care: 12 } } }).success;
 * //=> false  (care 12 is past the default refer 10)
 * ```
 */
export const PolicyOverrides: z.ZodMiniType<CorePolicyOverrides, unknown> = LIBRARY_SCHEMAS.policyOverrides as z.ZodMiniType<CorePolicyOverrides, unknown>;
/**
 * Changes to the default policy (see the core's `PolicyOverrides`).
 *
 * @example
 * ```ts
 * const overrides: PolicyOverrides = { phq9Item9: "crisis" };
 * ```
 */
export type PolicyOverrides = CorePolicyOverrides;

/**
 * The zod schema of a complete, resolved policy, as every assessment carries it.
 *
 * @example
 * ```ts
 * Policy.safeParse(DEFAULT_POLICY).success;
 * //=> true
 * ```
 */
export const Policy: z.ZodMiniType<CorePolicy, unknown> = LIBRARY_SCHEMAS.policy as unknown as z.ZodMiniType<CorePolicy, unknown>;
/**
 * A complete policy (see the core's `Policy`).
 *
 * @example
 * ```ts
 * const policy: Policy = DEFAULT_POLICY;
 * ```
 */
export type Policy = CorePolicy;

/**
 * The zod schema of an assessment, for services that receive results.
 *
 * @example
 * ```ts
 * ScopeAssessment.safeParse(assessScope({ risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } })).success;
 * //=> true
 * ```
 */
export const ScopeAssessment: z.ZodMiniType<CoreScopeAssessment, unknown> = LIBRARY_SCHEMAS.assessment as unknown as z.ZodMiniType<CoreScopeAssessment, unknown>;
/**
 * The result of a screen (see the core's `ScopeAssessment`).
 *
 * @example
 * ```ts
 * const result: ScopeAssessment = assessScope({ risk: { imminentDanger: true } });
 * ```
 */
export type ScopeAssessment = CoreScopeAssessment;

/**
 * The outcome of {@link safeParseScreeningInput}: the validated input, or its issues (and the
 * error, made only when you read it).
 *
 * @example
 * ```ts
 * const parsed: SafeParseResult<ScreeningInput> = safeParseScreeningInput(JSON.parse(body));
 * if (!parsed.success) console.log(parsed.issues);
 * ```
 */
export type SafeParseResult<T> =
  | {
      /** The value is valid. */
      readonly success: true;
      /** A plain copy of the value, as the library validated it. */
      readonly data: T;
    }
  | {
      /** The value is not valid. */
      readonly success: false;
      /** Every problem, with its path. */
      readonly issues: readonly ScopeIssue[];
      /** A `ScopeInputError` holding the issues, built when first read. */
      readonly error: ScopeInputError;
    };

/** A failed parse whose error (with its stack trace) is built only if someone reads it. */
function failure(issues: Issues): SafeParseResult<never> {
  let error: ScopeInputError | undefined;
  return {
    success: false,
    issues,
    get error() {
      return (error ??= new ScopeInputError(issues));
    },
  };
}

/**
 * Validates an unknown value as a screening input, without throwing.
 *
 * It runs the library's own validator, the one `assessScope` runs (a property test proves it
 * accepts and rejects exactly what the zod schema does), so its issues are the core's own; use
 * `ScreeningInput.safeParse` for zod's. On success, `data` is a plain copy of the value: getters
 * and proxies are read once.
 *
 * @example
 * ```ts
 * safeParseScreeningInput({ risk: { imminentDanger: "no" } }).success;
 * //=> false
 * ```
 */
export function safeParseScreeningInput(value: unknown): SafeParseResult<ScreeningInput> {
  const issues: Issues = [];
  const data = libraryEngine().check(value, issues) as ScreeningInput;
  return issues.length === 0 ? { success: true, data } : failure(issues);
}

/**
 * Validates an unknown value as a screening input (see {@link safeParseScreeningInput}) and
 * returns a plain copy of it. Errors are the core validator's: `ScopeInputError` with
 * `{ path, code, message }` issues.
 *
 * @throws `ScopeInputError` listing every problem (recognise it with `isScopeInputError`).
 *
 * @example
 * ```ts
 * parseScreeningInput({ risk: { imminentDanger: false } });
 * //=> { risk: { imminentDanger: false } }
 * ```
 */
export function parseScreeningInput(value: unknown): ScreeningInput {
  const result = safeParseScreeningInput(value);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * JSON Schema (draft 2020-12) of `ScreeningInput`, also shipped as
 * `coaching-scope/schema/screening-input.json`. It accepts what the library accepts, except
 * that it cannot reject -0.
 *
 * @example
 * ```ts
 * new Ajv2020().compile(screeningInputJsonSchema)({ risk: { imminentDanger: false } });
 * //=> true
 * ```
 */
export const screeningInputJsonSchema: Readonly<Record<string, unknown>> = /* @__PURE__ */ deepFreeze(screeningInputJson);

/**
 * JSON Schema (draft 2020-12) of `PolicyOverrides`, also shipped as
 * `coaching-scope/schema/policy-overrides.json`. It checks ranges; the library also checks
 * that `care` is not past `refer`.
 *
 * @example
 * ```ts
 * policyOverridesJsonSchema.title;
 * //=> "coaching-scope PolicyOverrides"
 * ```
 */
export const policyOverridesJsonSchema: Readonly<Record<string, unknown>> = /* @__PURE__ */ deepFreeze(policyOverridesJson);

/**
 * JSON Schema (draft 2020-12) of a complete `Policy`, also shipped as
 * `coaching-scope/schema/policy.json`.
 *
 * @example
 * ```ts
 * policyJsonSchema.title;
 * //=> "coaching-scope Policy"
 * ```
 */
export const policyJsonSchema: Readonly<Record<string, unknown>> = /* @__PURE__ */ deepFreeze(policyJson);

/**
 * JSON Schema (draft 2020-12) of `ScopeAssessment`, also shipped as
 * `coaching-scope/schema/assessment.json`.
 *
 * @example
 * ```ts
 * assessmentJsonSchema.title;
 * //=> "coaching-scope ScopeAssessment"
 * ```
 */
export const assessmentJsonSchema: Readonly<Record<string, unknown>> = /* @__PURE__ */ deepFreeze(assessmentJson);

/**
 * JSON Schema (draft 2020-12) of a `DecisionRecord`, also shipped as
 * `coaching-scope/schema/decision-record.json`.
 *
 * @example
 * ```ts
 * decisionRecordJsonSchema.title;
 * //=> "coaching-scope DecisionRecord"
 * ```
 */
export const decisionRecordJsonSchema: Readonly<Record<string, unknown>> = /* @__PURE__ */ deepFreeze(decisionRecordJson);

