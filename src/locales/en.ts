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
  "reason.red-flag": "A current warning sign was noted: {flag}. Refer to {referTo}.",
  "reason.red-flag.urgent": "A current warning sign was noted: {flag}. Refer urgently, the same day, to {referTo}.",
  "reason.red-flag.perinatal":
    "A current warning sign was noted in pregnancy or the year after birth: {flag}. This is an emergency: contact {referTo} or the local emergency number now.",
  "reason.red-flag.unanswered": "Not every question about current warning signs has been answered: they must be answered before coaching.",
  "reason.professional-advises-against": "You said your treating professional advises against coaching at the moment.",
  "reason.medically-unstable": "You said you are not medically stable at the moment.",
  "reason.daily-functioning": "You said your concerns are making everyday life hard to manage.",
  "reason.under-minimum-age": "The client is {age}, under the minimum age of {minAge} for coaching: refer to youth services.",
  "reason.minor": "The client is under {adultAge}: a parent's or guardian's consent is needed before coaching.",
  "reason.minor.unknown": "The client's age is not known: ask it (or whether they are {adultAge} or over) before coaching.",
  "reason.minor.consent":
    "The client is under {adultAge} and a parent or guardian consents: coach with care, and refer to youth services where a referral is needed.",
  "reason.minor.refused": "The client is under {adultAge} and a parent or guardian has not consented: do not start coaching.",
  "reason.perinatal":
    "The client is pregnant or gave birth in the past 12 months: coach with care, and involve their doctor or midwife in any concern.",
  "reason.phq9": "Your PHQ-9 (mood) score is {score}, at or above {threshold}.",
  "reason.phq8": "Your PHQ-8 (mood) score is {score}, at or above {threshold}.",
  "reason.gad7": "Your GAD-7 (anxiety) score is {score}, at or above {threshold}.",
  "reason.k10": "Your K10 (distress) score is {score}, at or above {threshold}.",
  "reason.k6": "Your K6 (distress) score is {score}, at or above {threshold}.",
  "reason.who5": "Your WHO-5 (well-being) score is {score}, at or below {threshold}.",
  "reason.who5.item": "Your WHO-5 (well-being) score is {score}, and at least one answer was {threshold} or lower.",
  "reason.scoff":
    "Your SCOFF (eating) score is {score}, at or above {threshold}: an assessment by {referTo} is needed. The SCOFF screens; it does not find an eating disorder.",
  "reason.pcptsd5": "Your PC-PTSD-5 (stress after a frightening or traumatic event) score is {score}, at or above {threshold}.",
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
  "reason.inconsistent-answers.client":
    "The client's age ({age}) and their answer on being {adultAge} or over disagree: ask both again. Until then they are treated as a minor.",
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
  "instrument.scoff.name": "SCOFF",
  "instrument.pcptsd5.name": "PC-PTSD-5",
}))();

/** @internal The red flags' descriptions and where referrals go. */
export const EN_REFERRALS: Part<`redFlag.${string}` | `referTo.${string}`> = /* @__PURE__ */ (() => ({
  "redFlag.psychosis": "hearing or seeing things others do not, or fixed beliefs others find strange",
  "redFlag.mania": "days of elevated or irritable mood with little need for sleep",
  "redFlag.substance-use": "alcohol or drug use that causes problems",
  "redFlag.eating-disorder": "restricting, bingeing or purging, or a fear of gaining weight",
  "redFlag.abuse-or-violence": "being harmed, threatened or controlled by someone",
  "redFlag.cognitive-decline": "new problems with memory or thinking",
  "referTo.mental-health": "a mental-health professional",
  "referTo.medical": "a doctor",
  "referTo.addiction-services": "an addiction service",
  "referTo.abuse-support": "a specialist abuse and violence support service",
  "referTo.safeguarding": "the local child-protection (safeguarding) service",
  "referTo.youth-services": "youth mental-health services",
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
  "band.scoff.negative": "Negative",
  "band.scoff.positive": "Positive: needs an assessment",
  "band.pcptsd5.negative": "Negative",
  "band.pcptsd5.borderline": "Borderline (positive at the sensitive cut-off of 3)",
  "band.pcptsd5.positive": "Positive",
}))();

/** @internal The crisis-line labels. */
export const EN_CRISIS: Part<`crisis.${string}`> = /* @__PURE__ */ (() => ({
  "crisis.instruction": "If you or someone else is in danger now, call your local emergency number.",
  "crisis.kind.emergency": "Emergency number",
  "crisis.kind.crisis-line": "Crisis line",
  "crisis.reach.call": "call",
  "crisis.reach.text": "text",
  "crisis.reach.email": "email",
  "crisis.email.notForEmergencies": "Email replies are not immediate: not for emergencies.",
  "crisis.de-telefonseelsorge.name": "TelefonSeelsorge",
  "crisis.de-telefonseelsorge.notes": "Free and anonymous; also 0800 111 0 222; chat and email at telefonseelsorge.de.",
  "crisis.es-024.name": "024, suicide behaviour line",
  "crisis.es-024.notes": "Free, anonymous and confidential, from anywhere in Spain.",
  "crisis.us-911.name": "Emergency services",
  "crisis.us-911.notes": "For any emergency.",
  "crisis.us-988.name": "988 Suicide & Crisis Lifeline",
  "crisis.us-988.notes": "Free and confidential; chat at 988lifeline.org.",
  "crisis.gb-999.name": "Emergency services",
  "crisis.gb-999.notes": "For a serious or life-threatening emergency.",
  "crisis.gb-nhs-111.name": "NHS 111, mental health option",
  "crisis.gb-nhs-111.notes": "In England, in a mental-health crisis: call 111 and choose option 2.",
  "crisis.gb-samaritans.name": "Samaritans",
  "crisis.gb-samaritans.notes": "Free to call from landlines and mobiles.",
  "crisis.ie-999.name": "Emergency services",
  "crisis.ie-999.notes": "112 works too; both are free.",
  "crisis.eu-112.name": "European emergency number",
  "crisis.eu-112.notes": "Free from any phone in every EU member state.",
  "crisis.au-000.name": "Triple Zero",
  "crisis.au-000.notes": "Free. 112 also works from mobile phones; 106 is the emergency number for TTY users (it takes no text messages).",
  "crisis.au-lifeline.name": "Lifeline",
  "crisis.au-lifeline.notes": "Crisis support and suicide prevention.",
  "crisis.nz-111.name": "Emergency services",
  "crisis.nz-111.notes": "Police, fire service or ambulance.",
  "crisis.at-telefonseelsorge.name": "TelefonSeelsorge",
  "crisis.at-telefonseelsorge.notes": "Free from any phone.",
  "crisis.ch-112.name": "European emergency number",
  "crisis.ch-112.notes": "Free. 144 for an ambulance.",
  "crisis.ch-143.name": "Die Dargebotene Hand (La Main Tendue)",
  "crisis.ch-143.notes": "Up to 20 centimes a call (70 from a payphone).",
  "crisis.fr-3114.name": "3114, national suicide prevention line",
  "crisis.fr-3114.notes": "Free.",
  "crisis.be-cps.name": "Centre de Prévention du Suicide",
  "crisis.be-cps.notes": "Anonymous; in French.",
  "crisis.be-1813.name": "Zelfmoordlijn 1813",
  "crisis.be-1813.notes": "In Dutch; a chat is open in the evening.",
  "crisis.ca-911.name": "Emergency services",
  "crisis.ca-911.notes": "When health, safety or property is threatened.",
  "crisis.ca-988.name": "9-8-8 Suicide Crisis Helpline",
  "crisis.ca-988.notes": "Call or text; since 30 November 2023.",
  "crisis.de-nummer-gegen-kummer.name": "Nummer gegen Kummer",
  "crisis.de-nummer-gegen-kummer.notes": "For children and young people; free and anonymous; not around the clock.",
  "crisis.at-rat-auf-draht.name": "Rat auf Draht",
  "crisis.at-rat-auf-draht.notes": "For children and young people; free, and not shown on the phone bill.",
  "crisis.ch-147.name": "Pro Juventute 147",
  "crisis.ch-147.notes": "For children and young people; free and confidential; WhatsApp chat through 147.ch.",
  "crisis.es-anar.name": "Fundación ANAR",
  "crisis.es-anar.notes": "For children and young people; also on 116 111.",
  "crisis.gb-childline.name": "Childline",
  "crisis.gb-childline.notes": "For young people up to 19; free; online chat at childline.org.uk.",
  "crisis.ca-kids-help-phone.name": "Kids Help Phone",
  "crisis.ca-kids-help-phone.notes": "For young people: text CONNECT; free across Canada.",
  "crisis.au-kids-helpline.name": "Kids Helpline",
  "crisis.au-kids-helpline.notes": "For young people aged 5 to 25.",
  "crisis.nz-youthline.name": "Youthline",
  "crisis.nz-youthline.notes": "For young people; free text on 234.",
  "crisis.be-103.name": "Écoute-Enfants",
  "crisis.be-103.notes": "For children and young people; in French.",
}))();

/** @internal The command line's labels. */
export const EN_CLI: Part<`cli.${string}`> = /* @__PURE__ */ (() => ({
  "cli.record": "Record {line}",
  "cli.invalidInput": "invalid input",
  "cli.askNext": "Ask next",
  "cli.item": "item {number}",
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
    messages: Object.freeze({ ...EN_MODEL, ...EN_DISCLAIMERS, ...EN_LEVELS, ...EN_REASONS, ...EN_REFERRALS, ...EN_BANDS, ...EN_CRISIS, ...EN_CLI } satisfies Messages),
  }))();
