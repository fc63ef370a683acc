/**
 * What the rules read besides the snapshot, derived from it once: the instruments' scores, the
 * fit summary and the treatment status.
 *
 * @internal
 * @module
 */
import type { ScreeningInput } from "../input/screening-input.js";
import type { Instrument, Registry } from "../instruments/registry.js";
import { scoreItems, scoreTotal, unansweredItems, type Answer } from "../instruments/scoring.js";
import type { Policy } from "../policy/policy.js";
import type { FitSummary, RuleContext, Scored } from "./rule.js";

type RawAnswers = { readonly items?: readonly Answer[]; readonly total?: number } & Readonly<Record<string, unknown>>;

/** @internal Scores one instrument's validated answers. */
export function scoreAnswers(instrument: Instrument, value: RawAnswers): Scored {
  const riskIndex = instrument.riskIndex;
  if (value.items !== undefined) {
    const riskAnswer = riskIndex === undefined ? undefined : value.items[riskIndex]!;
    return { instrument, score: scoreItems(instrument, value.items), unanswered: unansweredItems(value.items), totalOnly: false, riskAnswer };
  }
  const total = value.total!;
  let riskAnswer: number | null | undefined;
  if (riskIndex !== undefined) {
    const given = value[instrument.riskField!] as number | undefined;
    // The lowest total means every item, the risk item too, had its lowest answer.
    riskAnswer = given ?? (total === instrument.totalRange[0] ? instrument.itemRange[0] : null);
  }
  return { instrument, score: scoreTotal(instrument, total), unanswered: [], totalOnly: true, riskAnswer };
}

function fitOf(preferences: ScreeningInput["preferences"]): FitSummary | undefined {
  if (preferences === undefined) return undefined;
  let coaching = 0;
  let psychotherapy = 0;
  for (const key in preferences) {
    const value = preferences[key as keyof typeof preferences];
    if (value === "coaching") coaching++;
    else if (value === "psychotherapy") psychotherapy++;
  }
  const answered = coaching + psychotherapy;
  return answered === 0 ? undefined : { answered, coaching, psychotherapy, coachingShare: coaching / answered };
}

/** @internal The context the rules read, for a validated snapshot. */
export function ruleContext(input: ScreeningInput, policy: Policy, registry: Registry): RuleContext {
  const scored: Scored[] = [];
  const byId = new Map<string, Scored>();
  const answers = input.instruments as Readonly<Record<string, RawAnswers | undefined>> | undefined;
  if (answers !== undefined) {
    for (const instrument of registry.instruments) {
      const value = answers[instrument.id];
      if (value === undefined) continue;
      const s = scoreAnswers(instrument, value);
      scored.push(s);
      byId.set(instrument.id, s);
    }
  }
  const treatment = input.treatment;
  const inTreatment = treatment?.inPsychotherapy === true || treatment?.inPsychiatricCare === true;
  const alongside = policy.alongsideTreatment && inTreatment && treatment?.professionalSupportsCoaching === true;
  return { input, policy, registry, scored, byId, fit: fitOf(input.preferences), inTreatment, alongside };
}
