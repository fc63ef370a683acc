/**
 * `assessScope` and `createScopeAssessor`: validate the input into a snapshot, run the rules
 * table, and make the text last, from the findings.
 *
 * @module
 */
import type { InternalLocalizer } from "../i18n/localize.js";
import { checkLocalizeOptions, makeLocalizer } from "../i18n/localize.js";
import type { LocalizeOptions, MessageKey } from "../i18n/messages.js";
import type { ScreeningInput } from "../input/screening-input.js";
import { EN_REASONS, EN_REFERRALS } from "../locales/en.js";
import { SEED_NOT_PSYCHOTHERAPY } from "../model/seed.js";
import { resolvePolicy, type Policy, type PolicyOverrides } from "../policy/policy.js";
import { evaluate, worstCase, type Evaluation } from "../rules/evaluate.js";
import { RANK } from "../rules/levels.js";
import type { Finding } from "../rules/rule.js";
import type { Issues, Path } from "../shared/check.js";
import { checkDay, dayNumber } from "../shared/dates.js";
import { quoteValue, unreadable } from "../shared/check.js";
import { ScopeConfigError, ScopeInputError, type ScopeIssue } from "../shared/errors.js";
import { libraryEngine, type Engine } from "./engine.js";
import { metaOf } from "./meta.js";
import type { AssessmentMeta, InstrumentScores, ScopeAssessment, ScopeReason } from "./result.js";

/**
 * Options of {@link assessScope} and {@link createScopeAssessor}: a policy (merged over
 * {@link DEFAULT_POLICY}), today's date where the input has dates, and localization options for
 * the messages.
 *
 * @example
 * ```ts
 * const options: AssessOptions = { policy: { phq9Item9: "crisis" }, asOf: "2026-11-30", overrides: { "level.refer": "See a therapist first" } };
 * ```
 */
export type AssessOptions = {
  /** Changes to {@link DEFAULT_POLICY}, merged deeply over it. */
  readonly policy?: PolicyOverrides;
} & CallOptions &
  LocalizeOptions;

/**
 * Options of one call of a prepared {@link ScopeAssessor}.
 *
 * @example
 * ```ts
 * const options: CallOptions = { asOf: "2026-11-30" };
 * ```
 */
export interface CallOptions {
  /**
   * Today, `YYYY-MM-DD`: needed when the input has a date (`answeredOn`, `risk.assessedOn`), to
   * tell stale answers and how old a professional's assessment is. The library has no clock.
   */
  readonly asOf?: string | undefined;
}

/**
 * A prepared screening function, from {@link createScopeAssessor}. `asOf` may be given per call,
 * so a long-lived assessor never keeps an old "today".
 *
 * @example
 * ```ts
 * const assess: ScopeAssessor = createScopeAssessor();
 * assess({ risk: { imminentDanger: true } }).level;
 * //=> "crisis"
 * assess({ risk: { imminentDanger: false }, answeredOn: "2026-11-01" }, { asOf: "2026-11-30" }).missing[0];
 * //=> "risk.imminentDanger"
 * ```
 */
export type ScopeAssessor = (input: ScreeningInput, options?: CallOptions) => ScopeAssessment;

/** The English an assessment can print: reasons, instrument names, the disclaimer. */
const ASSESS_ENGLISH = /* @__PURE__ */ (() => ({ ...EN_REASONS, ...EN_REFERRALS, "disclaimer.notPsychotherapy": SEED_NOT_PSYCHOTHERAPY }))();

/** The reasons' text, made last: each message from its template and the evidence's parameters. */
function reasonsOf(engine: Engine, findings: readonly Finding[], l: InternalLocalizer): ScopeReason[] {
  return findings.map((f) => {
    const text = engine.texts.get(f.code)!;
    const variant = text.variant?.(f.evidence as never);
    const key = variant === undefined ? text.key : (`${text.key}.${variant}` as MessageKey);
    const message = l.t(key, text.params === undefined ? undefined : text.params(f.evidence as never, l));
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

/** `asOf` as a day number: `undefined` when not given; a `ScopeConfigError` when not a date. */
function asOfDay(asOf: unknown): number | undefined {
  if (asOf === undefined) return undefined;
  const issues: Issues = [];
  const day = checkDay(issues, ["asOf"], asOf);
  if (day === undefined) throw new ScopeConfigError(issues, "Invalid assessment options");
  return day;
}

/** One date of the input: a day that exists, not after today, and today given to compare it with. */
function checkDate(path: Path, text: string, today: number | undefined, problems: Issues): void {
  const day = dayNumber(text);
  if (day === undefined) problems.push({ path, code: "invalid_format", message: `Invalid date: ${JSON.stringify(text)} is not a day that exists` });
  else if (today === undefined) problems.push({ path, code: "custom", message: "A date in the input is compared with today: pass asOf (YYYY-MM-DD) in the options" });
  else if (day > today) problems.push({ path, code: "custom", message: `The date ${text} is after asOf: answers and assessments cannot come from the future` });
}

/** The input's dates, wherever its shape has them (most inputs have none: nothing is allocated for them). */
function checkDates(paths: Engine["datePaths"], snapshot: ScreeningInput, today: number | undefined, problems: Issues): void {
  for (const path of paths) {
    let value: unknown = snapshot;
    for (let i = 0; i < path.length && value !== undefined; i++) value = (value as Readonly<Record<string, unknown>>)[path[i]!];
    if (value !== undefined) checkDate(path, value as string, today, problems);
  }
}

/** @internal A prepared assessor on an engine. */
export function createAssessorFor(engine: Engine, options?: AssessOptions): ScopeAssessor {
  const issues: Issues = [];
  const read = checkLocalizeOptions(issues, options, ["policy", "asOf"], engine.messageKeys);
  if (read === undefined) throw new ScopeConfigError(issues, "Invalid assessment options");
  const policy = resolvePolicy(read["policy"], ["policy"], engine.policy);
  const defaultDay = asOfDay(read["asOf"]);
  const l = makeLocalizer(read as AssessOptions, ASSESS_ENGLISH);
  const meta = metaOf(policy, l.code);
  return (input, call) => {
    const problems: Issues = [];
    const snapshot = engine.check(input, problems) as ScreeningInput;
    if (problems.length > 0) throw new ScopeInputError(problems);
    const today = call === undefined ? defaultDay : callDay(call);
    checkDates(engine.datePaths, snapshot, today ?? defaultDay, problems);
    if (problems.length > 0) throw new ScopeInputError(problems);
    return result(engine, evaluate(engine.steps, snapshot, policy, engine.registry, today ?? defaultDay), policy, l, meta);
  };
}

/** One call's options: a plain object with `asOf` at most. */
function callDay(call: unknown): number | undefined {
  const fail = (code: ScopeIssue["code"], message: string, keys?: string[]): never => {
    throw new ScopeConfigError([keys === undefined ? { path: [], code, message } : { path: [], code, keys, message }], "Invalid call options");
  };
  let keys: string[];
  let asOf: unknown;
  try {
    if (typeof call !== "object" || call === null || Array.isArray(call)) return fail("invalid_type", 'Expected the call\'s options to be an object, such as { asOf: "2026-11-30" }');
    keys = Object.keys(call).filter((k) => k !== "asOf");
    asOf = (call as CallOptions).asOf;
  } catch (error) {
    // A getter or a proxy that throws: the library's own error, never the raw one.
    if (error instanceof ScopeConfigError) throw error;
    const issues: Issues = [];
    unreadable(issues, [], error, "The call's options");
    throw new ScopeConfigError(issues, "Invalid call options");
  }
  if (keys.length > 0) fail("unrecognized_keys", `Unrecognized key(s) in the call's options: ${keys.map(quoteValue).join(", ")}`, keys);
  return asOfDay(asOf);
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
 *   risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false },
 *   redFlags: { psychosis: false, mania: false, "substance-use": false, "eating-disorder": false, "abuse-or-violence": false, "cognitive-decline": false },
 *   client: { age: 35 },
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
