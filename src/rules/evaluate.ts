/**
 * Runs the rules table over a validated snapshot: findings, sorted most severe first (ties in
 * the table's order), the level, what is missing, and the worst case.
 *
 * @internal
 * @module
 */
import { formatIssuePath } from "../shared/errors.js";
import type { Path } from "../shared/check.js";
import { mostSevere, shapeAt, type ObjectShape } from "../shared/shape.js";
import type { ScreeningInput } from "../input/screening-input.js";
import type { Registry } from "../instruments/registry.js";
import type { Policy } from "../policy/policy.js";
import { ruleContext } from "./context.js";
import { RANK, type ScopeLevel } from "./levels.js";
import { levelOf, type Finding, type Rule, type RuleContext } from "./rule.js";

/** @internal What the rules made of one snapshot. */
export interface Evaluation {
  readonly ctx: RuleContext;
  /** Most severe first; ties in the table's order. */
  readonly findings: readonly Finding[];
  readonly level: ScopeLevel;
  /** Distinct paths to ask, most urgent first. */
  readonly missing: readonly Path[];
  readonly missingText: readonly string[];
}

/**
 * @internal A rule as the evaluation runs it. Rules differ in shape (some have parameters, some
 * revise); steps all have the same two fields, so the loop that runs them reads each field from
 * one hidden class instead of many (about 0.2 µs an assessment; docs/performance.md).
 */
export interface Step {
  readonly find: Rule["find"];
  readonly revise: Rule["revise"];
}

/** @internal The steps of a rules table, in its order. */
export function stepsOf(rules: readonly Rule[]): readonly Step[] {
  return rules.map((rule) => ({ find: rule.find, revise: rule.revise }));
}

/** @internal Runs every step, in order. */
export function runRules(steps: readonly Step[], ctx: RuleContext): Finding[] {
  let findings: Finding[] = [];
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    if (step.revise !== undefined) findings = [...step.revise(ctx, findings)];
    else {
      const found = step.find!(ctx, findings);
      for (let j = 0; j < found.length; j++) findings.push(found[j]!);
    }
  }
  return findings.sort((a, b) => RANK[b.level] - RANK[a.level]);
}

/** @internal Evaluates a snapshot (`today`: `asOf`'s day number, where given). */
export function evaluate(steps: readonly Step[], input: ScreeningInput, policy: Policy, registry: Registry, today?: number): Evaluation {
  const ctx = ruleContext(input, policy, registry, today);
  const findings = runRules(steps, ctx);
  const missing: Path[] = [];
  const missingText: string[] = [];
  // The risk questions come first, whatever asks them: they are asked before anything else.
  for (const risk of [true, false]) {
    for (const f of findings) {
      if (f.missing === undefined) continue;
      for (const path of f.missing) {
        if ((path[0] === "risk") !== risk) continue;
        const text = formatIssuePath(path);
        if (missingText.includes(text)) continue;
        missing.push(path);
        missingText.push(text);
      }
    }
  }
  return { ctx, findings, level: levelOf(findings), missing, missingText };
}

/** A copy of `value` with `path` set to `answer`, copying only along the path. */
function setAt(value: unknown, path: Path, answer: unknown): unknown {
  if (path.length === 0) return answer;
  const [key, ...rest] = path as [string | number, ...Path];
  // A missing path runs through objects only, down to an item of an items list that is there.
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object | undefined) }) as Record<string | number, unknown>;
  copy[key] = setAt(copy[key], rest, answer);
  return copy;
}

/**
 * @internal The most severe level answering `missing` could give: the snapshot evaluated again
 * with every missing answer at its most severe value, and again with the questions those
 * answers make required (intent or plan after thoughts, the PHQ-9 after a WHO-5), until nothing
 * new is missing. Never below `level`. It covers the required questions only: it is not a risk
 * estimate.
 */
export function worstCase(steps: readonly Step[], shape: ObjectShape, evaluation: Evaluation, policy: Policy, registry: Registry): ScopeLevel {
  let level = evaluation.level;
  let missing = evaluation.missing;
  let filled: unknown = evaluation.ctx.input;
  const asked = new Set<string>();
  // Each round answers at least one question not answered before, and there are finitely many.
  for (;;) {
    let added = false;
    for (const path of missing) {
      const text = formatIssuePath(path);
      if (asked.has(text)) continue;
      asked.add(text);
      added = true;
      // A question whose answers have no order of severity (none is asked today) is left as it is.
      const answer = mostSevere(shapeAt(shape, path));
      if (answer !== undefined) filled = setAt(filled, path, answer);
    }
    if (!added) break;
    const findings = runRules(steps, ruleContext(filled as ScreeningInput, policy, registry, evaluation.ctx.today));
    const reached = levelOf(findings);
    if (RANK[reached] > RANK[level]) level = reached;
    missing = findings.flatMap((f) => f.missing ?? []);
  }
  return level;
}
