/**
 * The engine: everything derived from one registry (the input's shape and its compiled
 * validator, the policy's specs, the rules table, the message keys). The library's engine is
 * derived from its own registry; a test can derive one for an instrument defined only in the
 * test.
 *
 * @internal
 * @module
 */
import { messageKeys } from "../i18n/keys.js";
import type { MessageKey } from "../i18n/messages.js";
import { screeningInputShape, type ScreeningInput } from "../input/screening-input.js";
import { compileShape, type Checker } from "../input/validate.js";
import { REGISTRY, type Registry } from "../instruments/registry.js";
import { POLICY_SPEC, policySpec, type PolicySpec } from "../policy/policy.js";
import { buildRules, RULES } from "../rules/table.js";
import type { Rule } from "../rules/rule.js";
import { stepsOf, type Step } from "../rules/evaluate.js";
import { pathsOfKind, type ObjectShape } from "../shared/shape.js";

/** @internal What is derived from a registry. */
export interface Engine {
  readonly registry: Registry;
  readonly inputShape: ObjectShape<ScreeningInput>;
  /** Checks an input and returns its snapshot. */
  readonly check: Checker;
  readonly policy: PolicySpec;
  readonly rules: readonly Rule[];
  /** The rules as the evaluation runs them. */
  readonly steps: readonly Step[];
  readonly reasonCodes: readonly string[];
  /** The paths of the input's dates (`answeredOn`, `risk.assessedOn`), found in its shape. */
  readonly datePaths: readonly (readonly string[])[];
  readonly messageKeys: ReadonlySet<string>;
  /** Each reason code's message key and parameters, from its rule. */
  readonly texts: ReadonlyMap<string, { readonly key: MessageKey; readonly params: Rule["params"]; readonly variant: Rule["variant"] }>;
}

/**
 * @internal Derives an engine from a registry. The library's engine passes the rules table and
 * the policy's specs it already made, so that `REASON_CODES` and `DEFAULT_POLICY` are the very
 * objects its results carry.
 */
export function createEngine(registry: Registry, rules: readonly Rule[] = buildRules(registry), policy: PolicySpec = policySpec(registry)): Engine {
  const inputShape = screeningInputShape(registry);
  const reasonCodes = rules.map((r) => r.code);
  return {
    registry,
    inputShape,
    check: compileShape(inputShape, []),
    policy,
    rules,
    steps: stepsOf(rules),
    reasonCodes,
    datePaths: pathsOfKind(inputShape, "date"),
    messageKeys: messageKeys(registry, rules),
    texts: new Map(rules.map((r) => [r.code, { key: `reason.${r.code}` as MessageKey, params: r.params, variant: r.variant }])),
  };
}

let engine: Engine | undefined;
/** @internal The library's engine, built on first use. */
export const libraryEngine = (): Engine => (engine ??= createEngine(REGISTRY, RULES, POLICY_SPEC));
