/**
 * What the rules read besides the snapshot, derived from it once: the instruments' scores, the
 * fit summary and the treatment status.
 *
 * @internal
 * @module
 */
import type { ScreeningInput } from "../input/screening-input.js";
import { SCREEN_BANDS, type Instrument, type Registry } from "../instruments/registry.js";
import { scoreItems, scoreTotal, unansweredItems, type Answer, type InstrumentScore } from "../instruments/scoring.js";
import type { DimensionId } from "../model/model.js";
import type { Policy, PositiveThreshold } from "../policy/policy.js";
import { dayNumber } from "../shared/dates.js";
import type { FitSummary, RuleContext, Scored } from "./rule.js";

type RawAnswers = { readonly items?: readonly Answer[]; readonly total?: number } & Readonly<Record<string, unknown>>;

/** A short screen's score with its band against the policy's `positive` threshold (the one band that follows the policy). */
function screenBand(instrument: Instrument, score: InstrumentScore, policy: Policy): InstrumentScore {
  if (score.band === undefined) return score;
  const { positive } = (policy.thresholds as unknown as Readonly<Record<string, PositiveThreshold>>)[instrument.id]!;
  const band = SCREEN_BANDS[score.min >= positive ? 1 : 0];
  return band === score.band ? score : { min: score.min, max: score.max, complete: score.complete, band };
}

/** @internal Scores one instrument's validated answers (on the canonical scale: the validator converted them). */
export function scoreAnswers(instrument: Instrument, value: RawAnswers, policy?: Policy): Scored {
  const riskIndex = instrument.riskIndex;
  if (value.items !== undefined) {
    const riskAnswer = riskIndex === undefined ? undefined : value.items[riskIndex]!;
    let score = scoreItems(instrument, value.items);
    if (policy !== undefined && instrument.role === "screen") score = screenBand(instrument, score, policy);
    return { instrument, score, unanswered: unansweredItems(value.items), totalOnly: false, riskAnswer };
  }
  // A closed gate (no trauma exposure) scores the lowest total, exactly.
  const total = value.total ?? instrument.totalRange[0];
  let riskAnswer: number | null | undefined;
  if (riskIndex !== undefined) {
    const given = value[instrument.riskField!] as number | undefined;
    // The lowest total means every item, the risk item too, had its lowest answer.
    riskAnswer = given ?? (total === instrument.totalRange[0] ? instrument.itemRange[0] : null);
  }
  let score = scoreTotal(instrument, total);
  if (policy !== undefined && instrument.role === "screen") score = screenBand(instrument, score, policy);
  return { instrument, score, unanswered: [], totalOnly: true, riskAnswer };
}

/** @internal The preference that is not one: how the client describes themself (docs/clinical-basis.md). */
export const SELF_DESCRIPTION = "clientState" satisfies DimensionId;

function fitOf(preferences: ScreeningInput["preferences"]): FitSummary | undefined {
  if (preferences === undefined) return undefined;
  let coaching = 0;
  let psychotherapy = 0;
  for (const key in preferences) {
    if (key === SELF_DESCRIPTION) continue;
    const value = preferences[key as keyof typeof preferences];
    if (value === "coaching") coaching++;
    else if (value === "psychotherapy") psychotherapy++;
  }
  const answered = coaching + psychotherapy;
  return answered === 0 ? undefined : { answered, coaching, psychotherapy, coachingShare: coaching / answered };
}

/** Whether a professional's assessment is dated and recent enough to stand in for unanswered risk questions. */
function assessmentStandsIn(risk: ScreeningInput["risk"], policy: Policy, today: number | undefined): boolean {
  if (risk?.assessedRiskLevel === undefined || today === undefined) return false;
  const on = dayNumber(risk.assessedOn);
  return on !== undefined && today - on <= policy.assessmentValidDays;
}

/** @internal The context the rules read, for a validated snapshot (`today`: `asOf`'s day number). */
export function ruleContext(input: ScreeningInput, policy: Policy, registry: Registry, today?: number): RuleContext {
  const scored: Scored[] = [];
  const byId = new Map<string, Scored>();
  const answers = input.instruments as Readonly<Record<string, RawAnswers | undefined>> | undefined;
  if (answers !== undefined) {
    for (const instrument of registry.instruments) {
      const value = answers[instrument.id];
      if (value === undefined) continue;
      const s = scoreAnswers(instrument, value, policy);
      scored.push(s);
      byId.set(instrument.id, s);
    }
  }
  const treatment = input.treatment;
  const inTreatment = treatment?.inPsychotherapy === true || treatment?.inPsychiatricCare === true;
  const alongside = policy.alongsideTreatment && inTreatment && treatment?.professionalSupportsCoaching === true;
  return { input, policy, registry, scored, byId, fit: fitOf(input.preferences), inTreatment, alongside, today, assessmentStandsIn: assessmentStandsIn(input.risk, policy, today) };
}
