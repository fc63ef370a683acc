/**
 * Stale answers: with `answeredOn` and `asOf`, answers older than their window must be asked
 * again. An instrument's window is its recall period (from the registry); risk answers 14 days
 * (shorter than their recall periods: risk changes fast); context, indicator, red-flag and
 * treatment answers 30 days. A professional's assessment has its own date (`risk.assessedOn`).
 *
 * @internal
 * @module
 */
import type { Path } from "../shared/check.js";
import { dayNumber } from "../shared/dates.js";
import { formatIssuePath } from "../shared/errors.js";
import { int, list, obj, str } from "../shared/shape.js";
import { NONE, finding, type Rule, type RuleContext } from "./rule.js";

/** @internal The window, in days, of the answers that are not an instrument's. */
export const STALE_WINDOWS = {
  /** Every risk answer but the professional's assessment. */
  risk: 14,
  /** Medical stability, daily functioning, the referral indicators, red flags, treatment (the client's age, consent and perinatal state do not go stale). */
  context: 30,
} as const;

/** The risk answers a professional's assessment does not date. */
const UNDATED_BY_ANSWERED_ON = new Set(["assessedRiskLevel", "assessedOn"]);

/** Every answered path older than its window, in the input's order. */
function stalePaths(ctx: RuleContext, age: number): Path[] {
  const out: Path[] = [];
  const input = ctx.input;
  const risk = input.risk as Readonly<Record<string, unknown>> | undefined;
  if (risk !== undefined && age > STALE_WINDOWS.risk) for (const key in risk) if (!UNDATED_BY_ANSWERED_ON.has(key)) out.push(["risk", key]);
  const context = age > STALE_WINDOWS.context;
  if (context && input.medicallyStable !== undefined) out.push(["medicallyStable"]);
  if (context && input.dailyFunctioningImpaired !== undefined) out.push(["dailyFunctioningImpaired"]);
  for (const s of ctx.scored) if (age > s.instrument.recallDays) out.push(["instruments", s.instrument.id]);
  if (context && input.indicators !== undefined) out.push(["indicators"]);
  const redFlags = input.redFlags as Readonly<Record<string, unknown>> | undefined;
  if (context && redFlags !== undefined) for (const key in redFlags) out.push(["redFlags", key]);
  const treatment = input.treatment as Readonly<Record<string, unknown>> | undefined;
  if (context && treatment !== undefined) for (const key in treatment) out.push(["treatment", key]);
  return out;
}

const evidence = /* @__PURE__ */ obj({ answeredOn: str(), ageDays: int(), paths: list(str()) });

/** @internal Answers older than their window: ask them again (the paths are in `missing`). */
export const STALE_ANSWERS: Rule<"stale-answers", typeof evidence> = /* @__PURE__ */ (() => {
  const rule: Rule<"stale-answers", typeof evidence> = {
    code: "stale-answers",
    kind: "completeness",
    evidence,
    reads: ["answeredOn", "risk", "medicallyStable", "dailyFunctioningImpaired", "instruments", "indicators", "redFlags", "treatment"],
    find(ctx) {
      const on = dayNumber(ctx.input.answeredOn);
      if (on === undefined || ctx.today === undefined) return NONE;
      const ageDays = ctx.today - on;
      const paths = stalePaths(ctx, ageDays);
      if (paths.length === 0) return NONE;
      return [finding(rule, "incomplete", { answeredOn: ctx.input.answeredOn!, ageDays, paths: paths.map(formatIssuePath) }, paths)];
    },
    params: (e) => ({ ageDays: e.ageDays }),
  };
  return rule;
})();
