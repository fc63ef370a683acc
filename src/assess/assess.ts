/**
 * `assessScope` and `createScopeAssessor`: validate the input into a snapshot, run the rules
 * table, and make the text last, from the findings.
 *
 * @module
 */
import type { InternalLocalizer } from "../i18n/localize.js";
import { checkLocalizeOptions, makeLocalizer } from "../i18n/localize.js";
import type { LocalizeOptions } from "../i18n/messages.js";
import type { ScreeningInput } from "../input/screening-input.js";
import { EN_REASONS } from "../locales/en.js";
import { SEED_NOT_PSYCHOTHERAPY } from "../model/seed.js";
import { resolvePolicy, type Policy, type PolicyOverrides } from "../policy/policy.js";
import { evaluate, worstCase, type Evaluation } from "../rules/evaluate.js";
import { RANK } from "../rules/levels.js";
import type { Finding } from "../rules/rule.js";
import type { Issues } from "../shared/check.js";
import { ScopeConfigError, ScopeInputError } from "../shared/errors.js";
import { libraryEngine, type Engine } from "./engine.js";
import { metaOf } from "./meta.js";
import type { AssessmentMeta, InstrumentScores, ScopeAssessment, ScopeReason } from "./result.js";

/**
 * Options of {@link assessScope} and {@link createScopeAssessor}: a policy (merged over
 * {@link DEFAULT_POLICY}) and localization options for the messages.
 *
 * @example
 * ```ts
 * const options: AssessOptions = { policy: { phq9Item9: "crisis" }, overrides: { "level.refer": "See a therapist first" } };
 * ```
 */
export type AssessOptions = {
  /** Changes to {@link DEFAULT_POLICY}, merged deeply over it. */
  readonly policy?: PolicyOverrides;
} & LocalizeOptions;

/**
 * A prepared screening function, from {@link createScopeAssessor}.
 *
 * @example
 * ```ts
 * const assess: ScopeAssessor = createScopeAssessor();
 * assess({ risk: { imminentDanger: true } }).level;
 * //=> "crisis"
 * ```
 */
export type ScopeAssessor = (input: ScreeningInput) => ScopeAssessment;

/** The English an assessment can print: reasons, instrument names, the disclaimer. */
const ASSESS_ENGLISH = /* @__PURE__ */ (() => ({ ...EN_REASONS, "disclaimer.notPsychotherapy": SEED_NOT_PSYCHOTHERAPY }))();

/** The reasons' text, made last: each message from its template and the evidence's parameters. */
function reasonsOf(engine: Engine, findings: readonly Finding[], l: InternalLocalizer): ScopeReason[] {
  return findings.map((f) => {
    const text = engine.texts.get(f.code)!;
    const message = l.t(text.key, text.params === undefined ? undefined : text.params(f.evidence as never, l));
    return { code: f.code, kind: f.kind, level: f.level, message, evidence: f.evidence } as ScopeReason;
  });
}

function scoresOf(evaluation: Evaluation): InstrumentScores {
  const scores: Record<string, unknown> = {};
  for (const s of evaluation.ctx.scored) scores[s.instrument.id] = s.score;
  return scores as InstrumentScores;
}

function result(engine: Engine, evaluation: Evaluation, policy: Policy, l: InternalLocalizer, meta: AssessmentMeta): ScopeAssessment {
  const { level, ctx } = evaluation;
  // Built field by field in the documented order, not with object spreads: a literal that spreads
  // an object which is sometimes empty takes V8's slow path (about 2.8 µs a result here, against
  // 30 ns; bench/assess.bench.mjs).
  const out: { -readonly [K in keyof ScopeAssessment]: ScopeAssessment[K] } = ctx.input.ref === undefined ? ({} as ScopeAssessment) : ({ ref: ctx.input.ref } as ScopeAssessment);
  out.level = level;
  out.inScope = RANK[level] <= RANK["coaching-with-care"];
  out.worstCase = worstCase(engine.steps, engine.inputShape, evaluation, policy, engine.registry);
  out.reasons = reasonsOf(engine, evaluation.findings, l);
  out.scores = scoresOf(evaluation);
  if (ctx.fit !== undefined) out.fit = ctx.fit;
  out.missing = evaluation.missingText as ScopeAssessment["missing"];
  out.policy = policy;
  out.disclaimer = l.t("disclaimer.notPsychotherapy");
  out.meta = meta;
  return out;
}

/** @internal A prepared assessor on an engine. */
export function createAssessorFor(engine: Engine, options?: AssessOptions): ScopeAssessor {
  const issues: Issues = [];
  if (!checkLocalizeOptions(issues, options, ["policy"], engine.messageKeys)) throw new ScopeConfigError(issues, "Invalid assessment options");
  const policy = resolvePolicy(options?.policy, ["policy"], engine.policy);
  const l = makeLocalizer(options, ASSESS_ENGLISH);
  const meta = metaOf(policy, l.code);
  return (input) => {
    const problems: Issues = [];
    const snapshot = engine.check(input, problems) as ScreeningInput;
    if (problems.length > 0) throw new ScopeInputError(problems);
    return result(engine, evaluate(engine.steps, snapshot, policy, engine.registry), policy, l, meta);
  };
}

/**
 * Prepares a screening function for many inputs: validates the options and the policy
 * once, resolves the locale once, and returns a pure function.
 *
 * `createScopeAssessor(options)(input)` gives the same result as `assessScope(input, options)`.
 *
 * @param options - a policy (merged over {@link DEFAULT_POLICY}) and localization options.
 * @returns `(input) => ScopeAssessment`, which throws {@link ScopeInputError} for invalid input.
 * @throws {@link ScopeConfigError} for an invalid policy or options, naming the path
 *   (for example `policy.thresholds.phq9.care`).
 *
 * @example
 * ```ts
 * const assess = createScopeAssessor({ policy: { phq9Item9: "crisis" } });
 * assess({
 *   risk: { imminentDanger: false },
 *   instruments: { phq9: { items: [0, 0, 0, 0, 0, 0, 0, 0, 1] } },
 * }).level;
 * //=> "crisis"
 * ```
 */
export function createScopeAssessor(options?: AssessOptions): ScopeAssessor {
  return createAssessorFor(libraryEngine(), options);
}

let defaultAssessor: ScopeAssessor | undefined;

/**
 * Screens one client: is the request in scope for coaching, should the coach refer, or is
 * this a crisis? Returns the level with every reason that led there. It never diagnoses.
 *
 * Fails safe: an unanswered risk screen or missing items that could change the outcome give
 * `incomplete` with `missing` naming what to ask, and `worstCase` says how bad it could still
 * be; a typo in a key is an error. Pure: no I/O, no clock, no randomness; the input is never
 * changed.
 *
 * @param input - what the intake knows; every field optional, unknown keys rejected.
 * @param options - a policy and localization options. To screen many inputs, prepare a
 *   function once with {@link createScopeAssessor}.
 * @throws {@link ScopeInputError} listing every problem of the input.
 * @throws {@link ScopeConfigError} for an invalid policy or options.
 *
 * @example
 * ```ts
 * const result = assessScope({
 *   risk: { imminentDanger: false, suicidalThoughts: "none" },
 *   instruments: { phq9: { items: [1, 1, 1, 1, 1, 1, 1, 0, 0] } },
 * });
 * result.level;
 * //=> "coaching-with-care"
 * result.reasons[0]?.message;
 * //=> "Your PHQ-9 (mood) score is 7, at or above 5."
 * ```
 */
export function assessScope(input: ScreeningInput, options?: AssessOptions): ScopeAssessment {
  if (options === undefined) return (defaultAssessor ??= createScopeAssessor())(input);
  return createScopeAssessor(options)(input);
}
