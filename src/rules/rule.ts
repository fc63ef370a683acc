/**
 * What a rule is: a small pure function from the validated input (and what the rules before it
 * found) to findings, declaring its reason code, its kind, the shape of its evidence and the
 * input paths it reads. Findings are immutable; text is made from them at the end.
 *
 * @internal
 * @module
 */
import type { InternalLocalizer } from "../i18n/localize.js";
import type { MessageParams } from "../i18n/messages.js";
import type { ScreeningInput } from "../input/screening-input.js";
import type { Instrument, Registry } from "../instruments/registry.js";
import type { InstrumentScore } from "../instruments/scoring.js";
import type { Policy } from "../policy/policy.js";
import type { Path } from "../shared/check.js";
import type { Infer, ObjectShape } from "../shared/shape.js";
import { RANK, type ReasonKind, type ScopeLevel } from "./levels.js";

/** @internal What one rule found: a reason before it has text. */
export interface Finding {
  readonly code: string;
  readonly kind: ReasonKind;
  readonly level: ScopeLevel;
  readonly evidence: Readonly<Record<string, unknown>>;
  /** Input paths whose answers would let the assessment go further, most urgent first. */
  readonly missing: readonly Path[] | undefined;
  /** The alongside-treatment rule may lower it from `refer` (the list in docs/clinical-basis.md). */
  readonly lowerable: boolean;
}

/**
 * How the client's stated preferences split between the columns of the comparison.
 *
 * @example
 * ```ts
 * const fit: FitSummary = { answered: 4, coaching: 3, psychotherapy: 1, coachingShare: 0.75 };
 * ```
 */
export interface FitSummary {
  /** How many preferences the client stated (`coaching + psychotherapy`). */
  readonly answered: number;
  /** How many stated preferences match coaching. */
  readonly coaching: number;
  /** How many stated preferences match psychotherapy. */
  readonly psychotherapy: number;
  /** `coaching / answered`, from 0 to 1. */
  readonly coachingShare: number;
}

/** @internal One instrument's answers, scored. */
export interface Scored {
  readonly instrument: Instrument;
  readonly score: InstrumentScore;
  /** The indexes of the unanswered items (empty for a total). */
  readonly unanswered: readonly number[];
  /** Whether only a total was given. */
  readonly totalOnly: boolean;
  /** The risk item's answer: a number, `null` when unknown, `undefined` when the instrument has none. */
  readonly riskAnswer: number | null | undefined;
}

/** @internal What every rule may read: the snapshot, the policy, and what is derived from them once. */
export interface RuleContext {
  readonly input: ScreeningInput;
  readonly policy: Policy;
  readonly registry: Registry;
  /** The instruments given, scored, in registry order. */
  readonly scored: readonly Scored[];
  readonly byId: ReadonlyMap<string, Scored>;
  readonly fit: FitSummary | undefined;
  /** Whether the client is in psychotherapy or psychiatric care. */
  readonly inTreatment: boolean;
  /** Whether the alongside-treatment rule lowers the reasons it may lower. */
  readonly alongside: boolean;
  /** Today (`asOf`) as a day number, when the caller gave it. */
  readonly today: number | undefined;
  /** Whether a professional's risk assessment is recent enough to stand in for unanswered risk questions. */
  readonly assessmentStandsIn: boolean;
}

/** @internal A rule of the rules table. */
export interface Rule<C extends string = string, S extends ObjectShape = ObjectShape<Readonly<Record<string, unknown>>>> {
  /** The reason code it gives; the table's order is the order of equal reasons. */
  readonly code: C;
  readonly kind: ReasonKind;
  /** The shape of its evidence (for the result's types and schemas). */
  readonly evidence: S;
  /** The input paths it reads (a path also covers what lies below it). */
  readonly reads: readonly string[];
  /** New findings, given the findings of the rules before it. */
  readonly find?: (ctx: RuleContext, earlier: readonly Finding[]) => readonly Finding[];
  /** The whole list of findings after it, for a rule that revises earlier findings. */
  readonly revise?: (ctx: RuleContext, earlier: readonly Finding[]) => readonly Finding[];
  /** The message's parameters, from the evidence. */
  readonly params?: (evidence: Infer<S>, l: InternalLocalizer) => MessageParams;
  /** Other messages a finding may take (`reason.<code>.<variant>`), where one text cannot say every case truthfully. */
  readonly variants?: readonly string[];
  /** The variant a finding's evidence takes, or `undefined` for `reason.<code>`. */
  readonly variant?: (evidence: Infer<S>) => string | undefined;
}

/** @internal No findings: one shared empty list, so that a rule that finds nothing allocates nothing. */
export const NONE: readonly Finding[] = /* @__PURE__ */ Object.freeze([]);

/** @internal A finding (every finding has the same fields, `missing` and `lowerable` too: one hidden class). */
export function finding(rule: Pick<Rule, "code" | "kind">, level: ScopeLevel, evidence: Readonly<Record<string, unknown>>, missing?: readonly Path[]): Finding {
  return { code: rule.code, kind: rule.kind, level, evidence, missing, lowerable: false };
}

/** @internal A finding the alongside-treatment rule may lower from `refer` (none of them asks for anything). */
export function lowerableFinding(rule: Pick<Rule, "code" | "kind">, level: ScopeLevel, evidence: Readonly<Record<string, unknown>>): Finding {
  return { code: rule.code, kind: rule.kind, level, evidence, missing: undefined, lowerable: true };
}

/** @internal The level of findings sorted most severe first: the first one's, or `coaching`. */
export function levelOf(findings: readonly Finding[]): ScopeLevel {
  return findings.length > 0 ? findings[0]!.level : "coaching";
}

/** @internal The level the alongside-treatment rule leaves a level at, for a reason it may lower. */
export function capped(ctx: RuleContext, level: ScopeLevel, lowerable: boolean): ScopeLevel {
  return ctx.alongside && lowerable && level === "refer" ? "coaching-with-care" : level;
}

/** @internal A score's text for messages: `12`, or `7–10` for a range. */
export function scoreText(score: InstrumentScore): string {
  return score.min === score.max ? String(score.min) : `${score.min}\u2013${score.max}`;
}
