import type { Locale, MessageKey, Messages } from "../i18n/messages.js";
import {
  SEED_COMPLEMENT as COMPLEMENT,
  SEED_DIMENSIONS as D,
  SEED_ESSENTIAL_DIFFERENCE as ESSENTIAL,
  SEED_MODALITIES as M,
  SEED_NOT_PSYCHOTHERAPY as NOT_PSYCHOTHERAPY,
} from "../model/seed.js";

/** The messages whose keys match `P`. */
type Part<P extends string> = Pick<Messages, Extract<MessageKey, P>>;

/** @internal The comparison model's and the table's English text: the source's words and the library's labels. */
export const EN_MODEL: Part<`modality.${string}` | `dimension.${string}` | `table.${string}`> = /* @__PURE__ */ (() => {
  // Read from the seed's rows, so each English word stays stored once (the en snapshot lists every key).
  const out: Record<string, string> = {};
  for (const [id, label] of M) out[`modality.${id}`] = label;
  for (const [id, label, coaching, psychotherapy] of D) {
    out[`dimension.${id}.label`] = label;
    out[`dimension.${id}.coaching`] = coaching;
    out[`dimension.${id}.psychotherapy`] = psychotherapy;
  }
  out["table.caption"] = "Coaching and psychotherapy compared";
  out["table.dimensionHeader"] = "Dimension";
  return out as Part<`modality.${string}` | `dimension.${string}` | `table.${string}`>;
})();

/** @internal The source's disclaimers. */
export const EN_DISCLAIMERS: Part<`disclaimer.${string}`> = /* @__PURE__ */ (() => ({
  "disclaimer.notPsychotherapy": NOT_PSYCHOTHERAPY,
  "disclaimer.essentialDifference": ESSENTIAL,
  "disclaimer.complement": COMPLEMENT,
}))();

/** @internal The levels' names and actions. */
export const EN_LEVELS: Part<`level.${string}`> = /* @__PURE__ */ (() => ({
  "level.coaching": "In scope for coaching",
  "level.coaching.action": "Coaching can go ahead.",
  "level.coaching-with-care": "In scope for coaching, with care",
  "level.coaching-with-care.action":
    "Coaching can go ahead: name the points below when you agree how you will work together, and coordinate with any treating professional.",
  "level.incomplete": "Not enough answers to decide",
  "level.incomplete.action": "Ask the missing questions before deciding. Do not start coaching yet.",
  "level.refer": "Refer to a mental-health professional",
  "level.refer.action": "Refer to a mental-health professional before any coaching.",
  "level.refer.inCareAction": "Discuss with the client's treating professional before starting any coaching.",
  "level.crisis": "Crisis: get help now",
  "level.crisis.action":
    "Pause the coaching, not the contact: call the local emergency number or a crisis line now, and stay with the person until help takes over.",
}))();

/** @internal The reasons' messages and the instruments' names. */
export const EN_REASONS: Part<`reason.${string}` | `instrument.${string}`> = /* @__PURE__ */ (() => ({
  "reason.imminent-danger":
    "You said you are at immediate risk of harming yourself or someone else, or are having a medical emergency.",
  "reason.suicidal-intent-or-plan": "You said that in the past month you have intended to end your life, or have made a plan to.",
  "reason.recent-suicidal-behavior":
    "You said that in the past 3 months you have tried to end your life, or have done something to prepare for it.",
  "reason.harm-to-others": "You said that in the past month you have intended or planned to harm someone.",
  "reason.assessed-risk": "A mental-health professional's risk assessment found a level of risk that calls for this step.",
  "reason.suicidal-thoughts": "You said you have had thoughts of being better off dead, or of ending your life.",
  "reason.self-harm": "You said that in the past 3 months you have deliberately injured yourself.",
  "reason.phq9-item9":
    "On the PHQ-9 you said you have had thoughts that you would be better off dead, or of hurting yourself.",
  "reason.thoughts-of-death": "Thoughts of death or suicide were noted.",
  "reason.past-suicidal-behavior":
    "You said that more than 3 months ago you tried to end your life, or did something to prepare for it.",
  "reason.recent-discharge":
    "You said that in the past 3 months you left psychiatric inpatient care or the care of a crisis team.",
  "reason.professional-advises-against": "You said your treating professional advises against coaching at the moment.",
  "reason.medically-unstable": "You said you are not medically stable at the moment.",
  "reason.daily-functioning": "You said your concerns are making everyday life hard to manage.",
  "reason.phq9": "Your PHQ-9 (mood) score is {score}, at or above {threshold}.",
  "reason.phq8": "Your PHQ-8 (mood) score is {score}, at or above {threshold}.",
  "reason.gad7": "Your GAD-7 (anxiety) score is {score}, at or above {threshold}.",
  "reason.k10": "Your K10 (distress) score is {score}, at or above {threshold}.",
  "reason.k6": "Your K6 (distress) score is {score}, at or above {threshold}.",
  "reason.who5": "Your WHO-5 (well-being) score is {score}, at or below {threshold}.",
  "reason.who5.item": "Your WHO-5 (well-being) score is {score}, and at least one answer was {threshold} or lower.",
  "reason.self-described-unwell": "You described yourself as unwell and looking for help with that.",
  "reason.phq2-positive": "Your PHQ-2 (mood) score is {score}, at or above {threshold}: the full PHQ-9 is needed.",
  "reason.gad2-positive": "Your GAD-2 (anxiety) score is {score}, at or above {threshold}: the full GAD-7 is needed.",
  "reason.who5-positive": "Your WHO-5 (well-being) score is {score}, at or below {threshold}: a depression questionnaire (the PHQ-9) is needed.",
  "reason.who5-positive.item":
    "Your WHO-5 (well-being) score is {score}, and at least one answer was {threshold} or lower: a depression questionnaire (the PHQ-9) is needed.",
  "reason.indicators":
    "Signs that talking to a mental-health professional may help: {count} noted, at or above the threshold of {threshold}.",
  "reason.indicators.hopelessness": "Despair or hopelessness was noted: a sign to talk about, and to watch.",
  "reason.fit": "{coaching} of your {answered} answers about what you are looking for match coaching.",
  "reason.concurrent-treatment": "You are currently in psychotherapy or psychiatric care.",
  "reason.alongside-treatment":
    "Your treating professional supports coaching alongside your treatment, so screening results that would otherwise mean a referral are points to agree on instead.",
  "reason.instrument-incomplete":
    "{instrument} questions still unanswered: {items}. Their answers could change the result.",
  "reason.inconsistent-answers": "Your {first} and {second} answers disagree on the questions they share: both need to be asked again.",
  "reason.stale-answers": "Some answers were given {ageDays} days ago, longer ago than they stay valid: they need to be asked again.",
  "reason.risk-screen-incomplete":
    "Not every question about your safety (immediate danger, thoughts of suicide, harm to yourself or others) has been answered; they must be answered before coaching.",
  "reason.risk-not-screened":
    "Not every question about your safety (immediate danger, thoughts of suicide, harm to yourself or others) has been answered: they need to be asked before this result can be relied on.",
  "reason.nothing-answered":
    "No answer about your health or safety has been given yet: what you are looking for alone cannot show that coaching is right for you.",
  "instrument.phq9.name": "PHQ-9",
  "instrument.phq8.name": "PHQ-8",
  "instrument.gad7.name": "GAD-7",
  "instrument.phq2.name": "PHQ-2",
  "instrument.gad2.name": "GAD-2",
  "instrument.k10.name": "K10",
  "instrument.k6.name": "K6",
  "instrument.who5.name": "WHO-5",
}))();

/** @internal The instruments' band labels. */
export const EN_BANDS: Part<`band.${string}`> = /* @__PURE__ */ (() => ({
  "band.phq9.minimal": "Minimal",
  "band.phq9.mild": "Mild",
  "band.phq9.moderate": "Moderate",
  "band.phq9.moderately-severe": "Moderately severe",
  "band.phq9.severe": "Severe",
  "band.phq8.minimal": "Minimal",
  "band.phq8.mild": "Mild",
  "band.phq8.moderate": "Moderate",
  "band.phq8.moderately-severe": "Moderately severe",
  "band.phq8.severe": "Severe",
  "band.gad7.minimal": "Minimal",
  "band.gad7.mild": "Mild",
  "band.gad7.moderate": "Moderate",
  "band.gad7.severe": "Severe",
  "band.phq2.negative": "Negative",
  "band.phq2.positive": "Positive",
  "band.gad2.negative": "Negative",
  "band.gad2.positive": "Positive",
  "band.k10.low": "Low",
  "band.k10.moderate": "Moderate",
  "band.k10.high": "High",
  "band.k10.very-high": "Very high",
  "band.k6.low": "Low",
  "band.k6.moderate": "Moderate",
  "band.k6.serious": "Serious",
  "band.who5.very-low": "Very low",
  "band.who5.low": "Low",
  "band.who5.adequate": "Adequate",
}))();

/** @internal The crisis-line labels. */
export const EN_CRISIS: Part<`crisis.${string}`> = /* @__PURE__ */ (() => ({
  "crisis.instruction": "If you or someone else is in danger now, call your local emergency number.",
  "crisis.kind.emergency": "Emergency number",
  "crisis.kind.crisis-line": "Crisis line",
  "crisis.reach.call": "call",
  "crisis.reach.text": "text",
  "crisis.reach.email": "email",
}))();

/**
 * English, the default locale, bundled with the core. The comparison model and the
 * disclaimers are the source's own words; every other string is the library's.
 *
 * @example
 * ```ts
 * en.messages["level.refer"];
 * //=> "Refer to a mental-health professional"
 * ```
 */
export const en: Locale = /* @__PURE__ */ (() =>
  Object.freeze({
    code: "en",
    dir: "ltr",
    messages: Object.freeze({ ...EN_MODEL, ...EN_DISCLAIMERS, ...EN_LEVELS, ...EN_REASONS, ...EN_BANDS, ...EN_CRISIS } satisfies Messages),
  }))();
