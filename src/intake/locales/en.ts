/**
 * The intake's texts in English: the project's own wording of the client, risk, context,
 * red-flag, indicator and preference questions; the PHQ-9 (with the PHQ-8 and PHQ-2), GAD-7
 * (with the GAD-2), K10, K6 and PC-PTSD-5 as published; the comparison model's texts.
 *
 * @module
 */
import { en as core } from "../../locales/en.js";
import { texts as gad7 } from "../../instruments/gad7/texts.js";
import { texts as k10 } from "../../instruments/k10/texts.js";
import { texts as k6 } from "../../instruments/k6/texts.js";
import { texts as pcptsd5 } from "../../instruments/pcptsd5/texts.js";
import { texts as phq9 } from "../../instruments/phq9/texts.js";
import { defineIntakeLocale, type IntakeLocale } from "../texts.js";

/**
 * English. The risk, context, red-flag, indicator and preference questions are the project's own
 * wording (no licensed instrument's text), written for a reading level a distressed adult can
 * follow; the instruments' texts are their published English forms.
 *
 * @example
 * ```ts
 * import { buildIntake } from "coaching-scope/intake";
 * import { en } from "coaching-scope/intake/locales/en";
 * buildIntake({ locale: en }).sections[1]!.title;
 * //=> "Your safety"
 * ```
 */
export const en: IntakeLocale = /* @__PURE__ */ defineIntakeLocale(
  core,
  {
    yes: "Yes",
    no: "No",
    "section.client": "About you",
    "section.client.help": "A few questions so that we can offer you the right kind of support.",
    "client.age": "How old are you?",
    "client.age.help": "In whole years.",
    "client.adult": "Are you {adultAge} or older?",
    "client.guardianConsent": "Has a parent or guardian agreed to you having coaching?",
    "client.perinatal": "Are you pregnant, or have you given birth in the past 12 months?",
    "client.perinatal.help": "We ask everyone this, including when a pregnancy or birth ended in loss. If it applies, support may need to include your doctor or midwife.",
    "section.risk": "Your safety",
    "section.risk.help": "We ask everyone these questions. Please answer them honestly: your answers help us make sure you get the right support.",
    "risk.skipped": "You do not have to answer. If you are in danger right now, or you are thinking about harming yourself or someone else, please contact one of these services now. They are there to help.",
    "risk.imminentDanger": "Are you in danger of harming yourself or someone else right now, or do you need urgent medical help?",
    "risk.suicidalThoughts": "In the past month, have you thought you would be better off dead, wished you were not alive, or thought about killing yourself?",
    "risk.suicidalThoughts.help": "Many people have thoughts like these when life is hard. Telling us helps us find you the right support.",
    "risk.suicidalThoughts=none": "No",
    "risk.suicidalThoughts=passive": "Yes, I have thought I would be better off dead or wished I were not alive, but not about killing myself",
    "risk.suicidalThoughts=active": "Yes, I have thought about killing myself",
    "risk.suicidalIntentOrPlan": "In the past month, have you intended to act on thoughts of killing yourself, or made any plans, even partly, for how or when you would end your life?",
    "risk.recentSuicidalBehavior": "In the past 3 months, have you tried to end your life, started to and then stopped or been stopped, or done anything to get ready to?",
    "risk.selfHarm": "In the past 3 months, have you hurt yourself on purpose?",
    "risk.harmToOthers": "In the past month, have you intended to seriously hurt another person, or made any plans to?",
    "risk.pastSuicidalBehavior": "More than 3 months ago, did you ever try to end your life, start to and then stop or get stopped, or do anything to get ready to?",
    "section.context": "Your health and care",
    medicallyStable: "Is your physical health stable at the moment, with nothing that needs urgent medical care?",
    "medicallyStable.help": "A long-term condition that is under control counts as stable.",
    dailyFunctioningImpaired: "Over the past 2 weeks, has how you feel often stopped you from managing your usual work, study, family tasks or looking after yourself?",
    "treatment.inPsychotherapy": "Are you having psychotherapy (talking therapy with a therapist) at the moment?",
    "treatment.inPsychiatricCare": "Are you under the care of a psychiatrist or a mental-health team at the moment?",
    "treatment.professionalSupportsCoaching": "Do the professionals treating you support you having coaching at the same time?",
    "treatment.professionalSupportsCoaching.help": "If you have not asked them yet, leave this blank.",
    "treatment.professionalSupportsCoaching=true": "Yes, they support it",
    "treatment.professionalSupportsCoaching=false": "No, one of them advised against it",
    "treatment.recentDischarge": "At any time in the past 3 months, including now, have you stayed in a hospital or ward for your mental health, or been looked after by a crisis team?",
    "section.redFlags": "Other things that may be affecting you",
    "section.redFlags.help": "These questions are about the past month, up to now. Please answer each one.",
    "redFlags.psychosis": "In the past month, have you heard or seen things that other people could not, or felt sure of things that others said were not true (for example, that you were being watched or followed, or that your thoughts were being read or controlled)?",
    "redFlags.mania": "In the past month, have you had days of feeling unusually happy, excited or irritable, while needing much less sleep than usual without feeling tired?",
    "redFlags.substance-use": "In the past month, has drinking alcohol or using drugs caused problems for you or for people close to you?",
    "redFlags.eating-disorder": "In the past month, have you been strictly limiting what you eat so that you lost a lot of weight or others worried, eating large amounts and losing control, making yourself sick, or been very afraid of gaining weight?",
    "redFlags.abuse-or-violence": "In the past month, up to now, has anyone hurt you, threatened you, or controlled what you do, who you see or your money?",
    "redFlags.cognitive-decline": "In the past month, have you noticed new problems with your memory or your thinking?",
    "section.indicators": "How you have been feeling",
    indicators: "In the past few weeks, have you noticed any of these? Choose all that apply.",
    "indicators.help": "Leave it blank if none of them apply.",
    "indicators=low-mood": "Feeling sad or helpless, or enjoying things less than before",
    "indicators=poor-concentration": "Finding it hard to concentrate, or having thoughts you cannot push away",
    "indicators=sleep-disturbance": "Trouble getting to sleep or staying asleep, or sleeping too much",
    "indicators=appetite-change": "Eating much more or much less than usual",
    "indicators=survivor-guilt": "Feeling guilty because other people have suffered or died",
    "indicators=hopelessness": "Feeling hopeless or in despair",
    "indicators=hyperalert-or-exhausted": "Feeling constantly on guard, or worn out",
    "indicators=irritability": "Getting irritated or angry more easily than before",
    "indicators=impulsive-risk-taking": "Doing risky things on impulse",
    "indicators=thoughts-of-death": "Thoughts about your own death, or about suicide",
    "section.preferences": "What you are looking for",
    "section.preferences.help": "For each pair, choose the description that comes closer to what you want. There are no right or wrong answers.",
    preferences: "{dimension}: which comes closer to what you are looking for?",
  },
  { phq9, gad7, k10, k6, pcptsd5 },
);
