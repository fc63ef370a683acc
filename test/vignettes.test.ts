/**
 * Clinical vignettes for the clinical rules, written from the clinical basis
 * (docs/clinical-basis.md and its sources), not from the code. Each row is one client; its name
 * gives the rule (C.1 the risk screen … C.16 the app's duty, as docs/clinical-basis.md numbers
 * them) and the boundary it checks, one step each side.
 *
 * Dates: `asOf` is 2026-11-30; the other dates are written literally, relative to it.
 * Item paths in `missing` are written as `result.missing` writes them (`instruments.phq9.items[8]`): see `item`.
 */
import { describe, expect, it } from "vitest";
import {
  ScopeConfigError,
  ScopeInputError,
  INDICATOR_IDS,
  assessScope,
  createScopeAssessor,
  isScopeConfigError,
  isScopeInputError,
  type ScopeAssessment,
} from "../src/index.js";

type Level = "coaching" | "coaching-with-care" | "incomplete" | "refer" | "crisis";

interface Vignette {
  readonly name: string;
  /** Typed loosely: some rows are inputs the library must refuse. */
  readonly input: Record<string, unknown>;
  readonly options?: Record<string, unknown>;
  /** Required unless `throws` is set. */
  readonly level?: Level;
  readonly worstCase?: Level;
  /** Reason codes that must be present. */
  readonly codes?: readonly string[];
  /** Reason codes that must not be present. */
  readonly absent?: readonly string[];
  /** The exact `missing` list, in order. */
  readonly missing?: readonly string[];
  /** Paths that must each be in `missing`. */
  readonly missingIncludes?: readonly string[];
  /** Paths that must not be in `missing`. */
  readonly missingExcludes?: readonly string[];
  /** `missing` must start with these, in this order. */
  readonly missingStartsWith?: readonly string[];
  /** Each of these must be a prefix of some path in `missing` (for paths named only by what they cover). */
  readonly missingUnder?: readonly string[];
  /** No path in `missing` may start with these. */
  readonly missingNotUnder?: readonly string[];
  /** Matched with `toMatchObject` against `result.scores` (canonical scales). */
  readonly scores?: Record<string, Record<string, unknown>>;
  /** The reason with `code` must exist; its evidence must mention each string; `noRiskBooleans`: no risk field holds a boolean there. */
  readonly evidence?: { readonly code: string; readonly mentions?: readonly string[]; readonly noRiskBooleans?: boolean };
  readonly throws?: "input" | "config";
  /** Assess the input as written: without the red-flag answers and adult age every other row adds (§D). */
  readonly bare?: boolean;
}

// --- Dates (asOf 2026-11-30) -----------------------------------------------------------------
const ASOF = "2026-11-30";
const D0 = "2026-11-30"; // the same day
const D14 = "2026-11-16"; // 14 days before
const D15 = "2026-11-15"; // 15 days before
const D20 = "2026-11-10"; // 20 days before
const D30 = "2026-10-31"; // 30 days before
const D31 = "2026-10-30"; // 31 days before
const D100 = "2026-08-22"; // 100 days before
const AFTER = "2026-12-01"; // 1 day after asOf
const AT = { asOf: ASOF } as const;

// --- Inputs ------------------------------------------------------------------------------------
/** A fully answered risk screen, every answer least severe (intent or plan is not required here). */
const SAFE_FULL = {
  imminentDanger: false,
  suicidalThoughts: "none",
  recentSuicidalBehavior: false,
  selfHarm: false,
  harmToOthers: false,
} as const;

/** In psychotherapy with a treating professional who supports coaching. */
const CARE = { inPsychotherapy: true, professionalSupportsCoaching: true } as const;

const NO_RISK_SCREEN = { policy: { requireRiskScreen: false } } as const;

const PHQ9_ZERO = [0, 0, 0, 0, 0, 0, 0, 0, 0] as const;
const PHQ8_ZERO = [0, 0, 0, 0, 0, 0, 0, 0] as const;
const PHQ9_ALL3 = [3, 3, 3, 3, 3, 3, 3, 3, 3] as const;
/** PHQ-9 19 and 20 with item 9 at 0 (so no risk item fires). */
const PHQ9_19 = [3, 3, 3, 3, 3, 3, 1, 0, 0] as const;
const PHQ9_20 = [3, 3, 3, 3, 3, 3, 2, 0, 0] as const;
/** PHQ-9 24 with item 9 at 0. */
const PHQ9_24 = [3, 3, 3, 3, 3, 3, 3, 3, 0] as const;

/** Every ICF indicator but thoughts of death (which has its own rule). */
const NINE_INDICATORS = INDICATOR_IDS.filter((id) => id !== "thoughts-of-death");

/** The eleven preference dimensions other than `clientState`, all answered "psychotherapy". */
const ALL_PSYCHOTHERAPY_PREFS = {
  relationship: "psychotherapy",
  orientation: "psychotherapy",
  timeFocus: "psychotherapy",
  driver: "psychotherapy",
  plan: "psychotherapy",
  aim: "psychotherapy",
  duration: "psychotherapy",
  guidingQuestion: "psychotherapy",
  selfEsteem: "psychotherapy",
  issueLocus: "psychotherapy",
  setting: "psychotherapy",
} as const;

// --- Paths -------------------------------------------------------------------------------------
const DANGER = "risk.imminentDanger";
const THOUGHTS = "risk.suicidalThoughts";
const INTENT = "risk.suicidalIntentOrPlan";
const BEHAVIOUR = "risk.recentSuicidalBehavior";
const SELF_HARM = "risk.selfHarm";
const OTHERS = "risk.harmToOthers";
const SUPPORT = "treatment.professionalSupportsCoaching";
/** An item's path in `missing`. */
const item = (id: string, index: number) => `instruments.${id}.items[${index}]`;

const RISK_FIELDS = ["imminentDanger", "suicidalThoughts", "suicidalIntentOrPlan", "recentSuicidalBehavior", "selfHarm", "harmToOthers"];

// --- The table ---------------------------------------------------------------------------------
const VIGNETTES: readonly Vignette[] = [
  // ===== C.1 Risk screen =====
  {
    name: "C.1 fully answered risk screen, all least severe: coaching, nothing missing",
    input: { risk: SAFE_FULL },
    level: "coaching",
    worstCase: "coaching",
    missing: [],
    absent: ["risk-screen-incomplete"],
  },
  {
    name: "C.1 order of missing: only active thoughts answered lists danger, intent, behaviour, self-harm, harm to others",
    input: { risk: { suicidalThoughts: "active" } },
    level: "refer",
    worstCase: "crisis",
    codes: ["suicidal-thoughts", "risk-screen-incomplete"],
    missing: [DANGER, INTENT, BEHAVIOUR, SELF_HARM, OTHERS],
  },
  {
    name: "C.1 order of missing: only self-harm answered lists danger, thoughts, behaviour, harm to others (no intent while thoughts unknown)",
    input: { risk: { selfHarm: false } },
    level: "incomplete",
    worstCase: "crisis",
    codes: ["risk-screen-incomplete"],
    missing: [DANGER, THOUGHTS, BEHAVIOUR, OTHERS],
  },
  {
    name: "C.1 imminent danger alone unanswered: incomplete, worstCase crisis",
    input: { risk: { suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } },
    level: "incomplete",
    worstCase: "crisis",
    codes: ["risk-screen-incomplete"],
    missing: [DANGER],
  },
  {
    name: "C.1/C.4 thoughts alone unanswered: worstCase crisis through the intent follow-up of active thoughts",
    input: { risk: { imminentDanger: false, recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } },
    level: "incomplete",
    worstCase: "crisis",
    codes: ["risk-screen-incomplete"],
    missing: [THOUGHTS],
  },
  {
    name: "C.1 recent suicidal behaviour alone unanswered: incomplete, worstCase crisis",
    input: { risk: { imminentDanger: false, suicidalThoughts: "none", selfHarm: false, harmToOthers: false } },
    level: "incomplete",
    worstCase: "crisis",
    missing: [BEHAVIOUR],
  },
  {
    name: "C.1/C.4 self-harm alone unanswered: incomplete, worstCase refer (self-harm is refer, not crisis)",
    input: { risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, harmToOthers: false } },
    level: "incomplete",
    worstCase: "refer",
    missing: [SELF_HARM],
  },
  {
    name: "C.1 a case clinicians flagged: harm to others is asked (unanswered → risk.harmToOthers in missing, worstCase crisis)",
    input: { risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false } },
    level: "incomplete",
    worstCase: "crisis",
    codes: ["risk-screen-incomplete"],
    missing: [OTHERS],
  },
  {
    name: "C.1 a case clinicians flagged: active thoughts with intent, behaviour, self-harm, harm to others unasked is not refer-with-nothing-left",
    input: { risk: { imminentDanger: false, suicidalThoughts: "active" } },
    level: "refer",
    worstCase: "crisis",
    codes: ["suicidal-thoughts"],
    missing: [INTENT, BEHAVIOUR, SELF_HARM, OTHERS],
  },
  {
    name: "C.1 passive thoughts (below active) do not require intent or plan",
    input: { risk: { ...SAFE_FULL, suicidalThoughts: "passive" } },
    level: "refer",
    worstCase: "refer",
    codes: ["suicidal-thoughts"],
    missing: [],
  },
  {
    name: "C.1 active thoughts require intent or plan: unanswered → in missing, worstCase crisis",
    input: { risk: { ...SAFE_FULL, suicidalThoughts: "active" } },
    level: "refer",
    worstCase: "crisis",
    codes: ["suicidal-thoughts", "risk-screen-incomplete"],
    missing: [INTENT],
  },
  {
    name: "C.1 active thoughts with intent or plan false: refer, nothing missing",
    input: { risk: { ...SAFE_FULL, suicidalThoughts: "active", suicidalIntentOrPlan: false } },
    level: "refer",
    worstCase: "refer",
    codes: ["suicidal-thoughts"],
    absent: ["suicidal-intent-or-plan", "risk-screen-incomplete"],
    missing: [],
  },
  {
    name: "C.1 active thoughts with intent or plan true: crisis",
    input: { risk: { ...SAFE_FULL, suicidalThoughts: "active", suicidalIntentOrPlan: true } },
    level: "crisis",
    worstCase: "crisis",
    codes: ["suicidal-intent-or-plan", "suicidal-thoughts"],
    missing: [],
  },
  {
    name: "C.1 thoughts known from PHQ-9 item 9 = 0 without risk.suicidalThoughts",
    input: { risk: { imminentDanger: false, recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false }, instruments: { phq9: { items: PHQ9_ZERO } } },
    level: "coaching",
    worstCase: "coaching",
    missing: [],
  },
  {
    name: "C.1 PHQ-9 item 9 = 1 (one step above 0) with thoughts none: more severe counts, intent or plan required",
    input: { risk: SAFE_FULL, instruments: { phq9: { items: [0, 0, 0, 0, 0, 0, 0, 0, 1] } } },
    level: "refer",
    worstCase: "crisis",
    codes: ["phq9-item9", "risk-screen-incomplete"],
    missing: [INTENT],
  },
  {
    name: "C.1 PHQ-9 item 9 = 1 with intent or plan false: refer, nothing missing",
    input: { risk: { ...SAFE_FULL, suicidalIntentOrPlan: false }, instruments: { phq9: { items: [0, 0, 0, 0, 0, 0, 0, 0, 1] } } },
    level: "refer",
    worstCase: "refer",
    codes: ["phq9-item9"],
    missing: [],
  },
  {
    name: "C.1 PHQ-9 total with item9 1 answers thoughts and requires intent or plan",
    input: { risk: { imminentDanger: false, recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false }, instruments: { phq9: { total: 1, item9: 1 } } },
    level: "refer",
    worstCase: "crisis",
    codes: ["phq9-item9"],
    missing: [INTENT],
  },
  {
    name: "C.1 thoughts-of-death indicator requires intent or plan",
    input: { risk: SAFE_FULL, indicators: ["thoughts-of-death"] },
    level: "refer",
    worstCase: "crisis",
    codes: ["thoughts-of-death", "risk-screen-incomplete"],
    missing: [INTENT],
  },
  {
    name: "C.1 thoughts-of-death indicator with intent or plan false: refer, nothing missing",
    input: { risk: { ...SAFE_FULL, suicidalIntentOrPlan: false }, indicators: ["thoughts-of-death"] },
    level: "refer",
    worstCase: "refer",
    codes: ["thoughts-of-death"],
    missing: [],
  },
  {
    name: "C.1 disagreement never lowers: thoughts active with PHQ-9 item 9 = 0 still requires intent or plan",
    input: { risk: { ...SAFE_FULL, suicidalThoughts: "active" }, instruments: { phq9: { items: PHQ9_ZERO } } },
    level: "refer",
    worstCase: "crisis",
    codes: ["suicidal-thoughts"],
    missing: [INTENT],
  },
  {
    name: "C.1 past suicidal behaviour (more than 3 months ago) true: coaching-with-care",
    input: { risk: { ...SAFE_FULL, pastSuicidalBehavior: true } },
    level: "coaching-with-care",
    worstCase: "coaching-with-care",
    codes: ["past-suicidal-behavior"],
    missing: [],
  },
  {
    name: "C.1 past suicidal behaviour false: coaching, no reason (and it is optional: never in missing)",
    input: { risk: { ...SAFE_FULL, pastSuicidalBehavior: false } },
    level: "coaching",
    absent: ["past-suicidal-behavior"],
    missing: [],
  },
  {
    name: "C.1 recent suicidal behaviour true: crisis",
    input: { risk: { ...SAFE_FULL, recentSuicidalBehavior: true } },
    level: "crisis",
    codes: ["recent-suicidal-behavior"],
  },
  {
    name: "C.1 self-harm true: refer",
    input: { risk: { ...SAFE_FULL, selfHarm: true } },
    level: "refer",
    worstCase: "refer",
    codes: ["self-harm"],
  },
  {
    name: "C.1 harm to others true: crisis",
    input: { risk: { ...SAFE_FULL, harmToOthers: true } },
    level: "crisis",
    codes: ["harm-to-others"],
  },
  {
    name: "C.1 imminent danger true with the rest unanswered: crisis, the other questions still in missing",
    input: { risk: { imminentDanger: true } },
    level: "crisis",
    worstCase: "crisis",
    codes: ["imminent-danger"],
    missing: [THOUGHTS, BEHAVIOUR, SELF_HARM, OTHERS],
  },

  // ===== C.2 A professional's assessment is dated =====
  {
    name: "C.2 low assessment 14 days before asOf (= assessmentValidDays 14) stands in",
    input: { risk: { imminentDanger: false, assessedRiskLevel: "low", assessedOn: D14 } },
    options: AT,
    level: "coaching",
    worstCase: "coaching",
    missing: [],
  },
  {
    name: "C.2 low assessment 15 days before asOf (one day over 14) does not stand in",
    input: { risk: { imminentDanger: false, assessedRiskLevel: "low", assessedOn: D15 } },
    options: AT,
    level: "incomplete",
    worstCase: "crisis",
    codes: ["risk-screen-incomplete"],
    missing: [THOUGHTS, BEHAVIOUR, SELF_HARM, OTHERS],
  },
  {
    name: "C.2 low assessment on asOf itself (0 days) stands in",
    input: { risk: { imminentDanger: false, assessedRiskLevel: "low", assessedOn: D0 } },
    options: AT,
    level: "coaching",
    missing: [],
  },
  {
    name: "C.2 assessmentValidDays 30: low assessment 30 days old stands in",
    input: { risk: { imminentDanger: false, assessedRiskLevel: "low", assessedOn: D30 } },
    options: { asOf: ASOF, policy: { assessmentValidDays: 30 } },
    level: "coaching",
    missing: [],
  },
  {
    name: "C.2 assessmentValidDays 30: low assessment 31 days old does not stand in",
    input: { risk: { imminentDanger: false, assessedRiskLevel: "low", assessedOn: D31 } },
    options: { asOf: ASOF, policy: { assessmentValidDays: 30 } },
    level: "incomplete",
    worstCase: "crisis",
    missing: [THOUGHTS, BEHAVIOUR, SELF_HARM, OTHERS],
  },
  {
    name: "C.2 low assessment without assessedOn never stands in, and is no error",
    input: { risk: { imminentDanger: false, assessedRiskLevel: "low" } },
    level: "incomplete",
    worstCase: "crisis",
    missing: [THOUGHTS, BEHAVIOUR, SELF_HARM, OTHERS],
  },
  {
    name: "C.2 a case clinicians flagged: a low assessment 100 days before asOf does not stand in (risk questions stay in missing)",
    input: { risk: { imminentDanger: false, assessedRiskLevel: "low", assessedOn: D100 } },
    options: AT,
    level: "incomplete",
    worstCase: "crisis",
    missingIncludes: [THOUGHTS, BEHAVIOUR, SELF_HARM, OTHERS],
  },
  {
    name: "C.2 high assessment 100 days old still fires: crisis",
    input: { risk: { imminentDanger: false, assessedRiskLevel: "high", assessedOn: D100 } },
    options: AT,
    level: "crisis",
    codes: ["assessed-risk"],
  },
  {
    name: "C.2 moderate assessment without a date still fires: refer",
    input: { risk: { ...SAFE_FULL, assessedRiskLevel: "moderate" } },
    level: "refer",
    codes: ["assessed-risk"],
  },
  {
    name: "C.2 a fresh low assessment never overrides what the client said: passive thoughts refer",
    input: { risk: { imminentDanger: false, suicidalThoughts: "passive", assessedRiskLevel: "low", assessedOn: D14 } },
    options: AT,
    level: "refer",
    codes: ["suicidal-thoughts"],
  },
  {
    name: "C.2 a fresh low assessment never overrides what the client said: self-harm refers",
    input: { risk: { imminentDanger: false, selfHarm: true, assessedRiskLevel: "low", assessedOn: D14 } },
    options: AT,
    level: "refer",
    codes: ["self-harm"],
  },
  {
    name: "C.2 imminent danger is always asked, even with a fresh low assessment",
    input: { risk: { assessedRiskLevel: "low", assessedOn: D0 } },
    options: AT,
    level: "incomplete",
    worstCase: "crisis",
    missing: [DANGER],
  },
  {
    name: "C.2 assessedOn one day after asOf is a ScopeInputError",
    input: { risk: { imminentDanger: false, assessedRiskLevel: "low", assessedOn: AFTER } },
    options: AT,
    throws: "input",
  },
  {
    name: "C.2/C.3 assessedOn without asOf is a ScopeInputError",
    input: { risk: { imminentDanger: false, assessedRiskLevel: "low", assessedOn: D14 } },
    throws: "input",
  },
  {
    name: "C.2 assessedOn not in YYYY-MM-DD form is a ScopeInputError",
    input: { risk: { imminentDanger: false, assessedRiskLevel: "low", assessedOn: "16.11.2026" } },
    options: AT,
    throws: "input",
  },

  // ===== C.3 Stale answers =====
  {
    name: "C.3 risk answers exactly 14 days old are not stale",
    input: { risk: SAFE_FULL, answeredOn: D14 },
    options: AT,
    level: "coaching",
    absent: ["stale-answers"],
  },
  {
    name: "C.3 risk answers 15 days old (window 14) are stale",
    input: { risk: SAFE_FULL, answeredOn: D15 },
    options: AT,
    level: "incomplete",
    codes: ["stale-answers"],
    missingUnder: ["risk"],
  },
  {
    name: "C.3 answers given on asOf are not stale",
    input: { risk: SAFE_FULL, answeredOn: D0 },
    options: AT,
    level: "coaching",
    absent: ["stale-answers"],
  },
  {
    name: "C.3 PHQ-9 exactly 14 days old is not stale",
    input: { risk: SAFE_FULL, instruments: { phq9: { items: PHQ9_ZERO } }, answeredOn: D14 },
    options: AT,
    level: "coaching",
    absent: ["stale-answers"],
  },
  {
    name: "C.3 PHQ-9 15 days old (window 14) is stale and asked again",
    input: { risk: SAFE_FULL, instruments: { phq9: { items: PHQ9_ZERO } }, answeredOn: D15 },
    options: AT,
    level: "incomplete",
    codes: ["stale-answers"],
    missingUnder: ["instruments.phq9"],
  },
  {
    name: "C.3 GAD-7 15 days old (window 14) is stale",
    input: { instruments: { gad7: { total: 0 } }, answeredOn: D15 },
    options: { ...AT, ...NO_RISK_SCREEN },
    level: "incomplete",
    codes: ["stale-answers"],
    missingUnder: ["instruments.gad7"],
  },
  {
    name: "C.3 WHO-5 exactly 14 days old is not stale",
    input: { instruments: { who5: { items: [3, 3, 3, 3, 3] } }, answeredOn: D14 },
    options: { ...AT, ...NO_RISK_SCREEN },
    level: "coaching-with-care",
    codes: ["risk-not-screened"],
    absent: ["stale-answers"],
  },
  {
    name: "C.3 WHO-5 15 days old (window 14) is stale",
    input: { instruments: { who5: { items: [3, 3, 3, 3, 3] } }, answeredOn: D15 },
    options: { ...AT, ...NO_RISK_SCREEN },
    level: "incomplete",
    codes: ["stale-answers"],
    missingUnder: ["instruments.who5"],
  },
  {
    name: "C.3 K10 exactly 30 days old is not stale",
    input: { instruments: { k10: { total: 12, scale: "1-5" } }, answeredOn: D30 },
    options: { ...AT, ...NO_RISK_SCREEN },
    level: "coaching-with-care",
    codes: ["risk-not-screened"],
    absent: ["stale-answers"],
    missingNotUnder: ["instruments.k10"],
  },
  {
    name: "C.3 K10 31 days old (window 30) is stale",
    input: { instruments: { k10: { total: 12, scale: "1-5" } }, answeredOn: D31 },
    options: { ...AT, ...NO_RISK_SCREEN },
    level: "incomplete",
    codes: ["stale-answers"],
    missingUnder: ["instruments.k10"],
  },
  {
    name: "C.3 K6 exactly 30 days old is not stale",
    input: { instruments: { k6: { total: 0, scale: "0-4" } }, answeredOn: D30 },
    options: { ...AT, ...NO_RISK_SCREEN },
    level: "coaching-with-care",
    absent: ["stale-answers"],
  },
  {
    name: "C.3 K6 31 days old (window 30) is stale",
    input: { instruments: { k6: { total: 0, scale: "0-4" } }, answeredOn: D31 },
    options: { ...AT, ...NO_RISK_SCREEN },
    level: "incomplete",
    codes: ["stale-answers"],
    missingUnder: ["instruments.k6"],
  },
  {
    name: "C.3 PHQ-9 20 days old is stale while a K10 of the same day (window 30) is not",
    input: { risk: SAFE_FULL, instruments: { phq9: { items: PHQ9_ZERO }, k10: { total: 10, scale: "1-5" } }, answeredOn: D20 },
    options: AT,
    level: "incomplete",
    codes: ["stale-answers"],
    missingUnder: ["instruments.phq9"],
    missingNotUnder: ["instruments.k10"],
  },
  {
    name: "C.3 context answer exactly 30 days old is not stale",
    input: { medicallyStable: true, answeredOn: D30 },
    options: { ...AT, ...NO_RISK_SCREEN },
    level: "coaching-with-care",
    absent: ["stale-answers"],
  },
  {
    name: "C.3 context answer 31 days old (window 30) is stale",
    input: { medicallyStable: true, answeredOn: D31 },
    options: { ...AT, ...NO_RISK_SCREEN },
    level: "incomplete",
    codes: ["stale-answers"],
    missingUnder: ["medicallyStable"],
  },
  {
    name: "C.3 treatment answers exactly 30 days old are not stale",
    input: { treatment: { inPsychotherapy: false, inPsychiatricCare: false }, answeredOn: D30 },
    options: { ...AT, ...NO_RISK_SCREEN },
    level: "coaching-with-care",
    absent: ["stale-answers"],
  },
  {
    name: "C.3 treatment answers 31 days old (window 30) are stale",
    input: { treatment: { inPsychotherapy: false, inPsychiatricCare: false }, answeredOn: D31 },
    options: { ...AT, ...NO_RISK_SCREEN },
    level: "incomplete",
    codes: ["stale-answers"],
    missingUnder: ["treatment"],
  },
  {
    name: "C.3 answeredOn without asOf is a ScopeInputError",
    input: { risk: SAFE_FULL, answeredOn: D14 },
    throws: "input",
  },

  // ===== C.4 worstCase =====
  {
    name: "C.4 spec example: PHQ-9 all 3 with no risk answers is refer, worstCase crisis, missing starts with imminent danger",
    input: { instruments: { phq9: { items: PHQ9_ALL3 } } },
    level: "refer",
    worstCase: "crisis",
    codes: ["phq9", "phq9-item9"],
    missingStartsWith: [DANGER],
  },
  {
    name: "C.4 PHQ-9 all 3 with no risk answers: thoughts known from item 9, intent or plan required, in asking order",
    input: { instruments: { phq9: { items: PHQ9_ALL3 } } },
    level: "refer",
    worstCase: "crisis",
    missing: [DANGER, INTENT, BEHAVIOUR, SELF_HARM, OTHERS],
  },
  {
    name: "C.4 PHQ-9 item 9 unanswered with thoughts none: could be above 0, which requires intent or plan → worstCase crisis",
    input: { risk: SAFE_FULL, instruments: { phq9: { items: [0, 0, 0, 0, 0, 0, 0, 0, null] } } },
    level: "incomplete",
    worstCase: "crisis",
    missingIncludes: [item("phq9", 8)],
  },
  {
    name: "C.4 GAD-7 range 9–12 straddling refer 10: incomplete, worstCase refer (not crisis: the risk screen is answered)",
    input: { risk: SAFE_FULL, instruments: { gad7: { items: [3, 3, 3, 0, 0, 0, null] } } },
    level: "incomplete",
    worstCase: "refer",
    codes: ["instrument-incomplete"],
    missing: [item("gad7", 6)],
  },

  // ===== C.5 Alongside treatment =====
  {
    name: "C.5 PHQ-9 19 alongside treatment lowers (severeFrom 20)",
    input: { risk: SAFE_FULL, instruments: { phq9: { items: PHQ9_19 } }, treatment: CARE },
    level: "coaching-with-care",
    codes: ["phq9", "concurrent-treatment", "alongside-treatment"],
  },
  {
    name: "C.5 PHQ-9 20 alongside treatment is not lowered (severeFrom 20)",
    input: { risk: SAFE_FULL, instruments: { phq9: { items: PHQ9_20 } }, treatment: CARE },
    level: "refer",
    codes: ["phq9", "concurrent-treatment"],
  },
  {
    name: "C.5 PHQ-9 total 19 (item9 0) alongside treatment lowers",
    input: { risk: SAFE_FULL, instruments: { phq9: { total: 19, item9: 0 } }, treatment: CARE },
    level: "coaching-with-care",
    codes: ["phq9", "alongside-treatment"],
  },
  {
    name: "C.5 PHQ-9 with one item missing, whole range 16–19 below 20: lowered",
    input: { risk: SAFE_FULL, instruments: { phq9: { items: [3, 3, 3, 3, 3, 1, 0, null, 0] } }, treatment: CARE },
    level: "coaching-with-care",
    worstCase: "coaching-with-care",
    codes: ["phq9", "alongside-treatment"],
  },
  {
    name: "C.5 PHQ-9 with one item missing, range 17–20 reaching 20: not lowered",
    input: { risk: SAFE_FULL, instruments: { phq9: { items: [3, 3, 3, 3, 3, 2, 0, null, 0] } }, treatment: CARE },
    level: "refer",
    codes: ["phq9"],
  },
  {
    name: "C.5 PHQ-8 19 alongside treatment lowers (severeFrom 20)",
    input: { risk: SAFE_FULL, instruments: { phq8: { items: [3, 3, 3, 3, 3, 3, 1, 0] } }, treatment: CARE },
    level: "coaching-with-care",
    codes: ["phq8", "alongside-treatment"],
  },
  {
    name: "C.5 PHQ-8 20 alongside treatment is not lowered (severeFrom 20)",
    input: { risk: SAFE_FULL, instruments: { phq8: { items: [3, 3, 3, 3, 3, 3, 2, 0] } }, treatment: CARE },
    level: "refer",
    codes: ["phq8"],
  },
  {
    name: "C.5 GAD-7 14 alongside treatment lowers (severeFrom 15)",
    input: { risk: SAFE_FULL, instruments: { gad7: { total: 14 } }, treatment: CARE },
    level: "coaching-with-care",
    codes: ["gad7", "alongside-treatment"],
  },
  {
    name: "C.5 GAD-7 15 alongside treatment is not lowered (severeFrom 15)",
    input: { risk: SAFE_FULL, instruments: { gad7: { total: 15 } }, treatment: CARE },
    level: "refer",
    codes: ["gad7"],
  },
  {
    name: "C.5 GAD-7 14 alongside psychiatric care lowers too",
    input: { risk: SAFE_FULL, instruments: { gad7: { total: 14 } }, treatment: { inPsychiatricCare: true, professionalSupportsCoaching: true } },
    level: "coaching-with-care",
    codes: ["gad7", "alongside-treatment"],
  },
  {
    name: "C.5 K10 29 (scale 1-5) alongside treatment lowers (severeFrom 30)",
    input: { risk: SAFE_FULL, instruments: { k10: { total: 29, scale: "1-5" } }, treatment: CARE },
    level: "coaching-with-care",
    codes: ["k10", "alongside-treatment"],
  },
  {
    name: "C.5 K10 30 (scale 1-5) alongside treatment is not lowered (severeFrom 30)",
    input: { risk: SAFE_FULL, instruments: { k10: { total: 30, scale: "1-5" } }, treatment: CARE },
    level: "refer",
    codes: ["k10"],
  },
  {
    name: "C.5/C.9 K10 19 on scale 0-4 (canonical 29) alongside treatment lowers",
    input: { risk: SAFE_FULL, instruments: { k10: { total: 19, scale: "0-4" } }, treatment: CARE },
    level: "coaching-with-care",
    codes: ["k10", "alongside-treatment"],
    scores: { k10: { min: 29, max: 29 } },
  },
  {
    name: "C.5/C.9 K10 20 on scale 0-4 (canonical 30) alongside treatment is not lowered",
    input: { risk: SAFE_FULL, instruments: { k10: { total: 20, scale: "0-4" } }, treatment: CARE },
    level: "refer",
    codes: ["k10"],
  },
  {
    name: "C.5 K6 12 at a policy refer of 12 alongside treatment lowers (severeFrom 13)",
    input: { risk: SAFE_FULL, instruments: { k6: { total: 12, scale: "0-4" } }, treatment: CARE },
    options: { policy: { thresholds: { k6: { refer: 12 } } } },
    level: "coaching-with-care",
    codes: ["k6", "alongside-treatment"],
  },
  {
    name: "C.5 K6 13 alongside treatment is not lowered (severeFrom 13)",
    input: { risk: SAFE_FULL, instruments: { k6: { total: 13, scale: "0-4" } }, treatment: CARE },
    options: { policy: { thresholds: { k6: { refer: 12 } } } },
    level: "refer",
    codes: ["k6"],
  },
  {
    name: "C.5 WHO-5 raw 5 with a complete PHQ-9 of 0 (below 20) alongside treatment lowers",
    input: { risk: SAFE_FULL, instruments: { who5: { total: 5, scale: "raw" }, phq9: { items: PHQ9_ZERO } }, treatment: CARE },
    level: "coaching-with-care",
    codes: ["who5", "alongside-treatment"],
  },
  {
    name: "C.5 WHO-5 raw 5 with a complete PHQ-9 of 19 alongside treatment: both lowered",
    input: { risk: SAFE_FULL, instruments: { who5: { total: 5, scale: "raw" }, phq9: { items: PHQ9_19 } }, treatment: CARE },
    level: "coaching-with-care",
    codes: ["who5", "phq9", "alongside-treatment"],
  },
  {
    name: "C.5 WHO-5 raw 5 with a complete PHQ-9 of 20 alongside treatment: not lowered",
    input: { risk: SAFE_FULL, instruments: { who5: { total: 5, scale: "raw" }, phq9: { items: PHQ9_20 } }, treatment: CARE },
    level: "refer",
    codes: ["who5", "phq9"],
  },
  {
    name: "C.5 WHO-5 raw 5 with an incomplete PHQ-9 alongside treatment: not lowered",
    input: { risk: SAFE_FULL, instruments: { who5: { total: 5, scale: "raw" }, phq9: { items: [0, 0, 0, 0, 0, 0, 0, null, 0] } }, treatment: CARE },
    level: "refer",
    codes: ["who5"],
  },
  {
    name: "C.5/C.14 WHO-5 raw 5 without any PHQ alongside treatment: not lowered, PHQ-9 asked",
    input: { risk: SAFE_FULL, instruments: { who5: { total: 5, scale: "raw" } }, treatment: CARE },
    level: "refer",
    codes: ["who5"],
    missingIncludes: ["instruments.phq9"],
  },
  {
    name: "C.5 WHO-5 raw 5 with a complete PHQ-8 of 0 alongside treatment lowers",
    input: { risk: SAFE_FULL, instruments: { who5: { total: 5, scale: "raw" }, phq8: { items: PHQ8_ZERO } }, treatment: CARE },
    level: "coaching-with-care",
    codes: ["who5", "alongside-treatment"],
  },
  {
    name: "C.5 three indicators without hopelessness alongside treatment lower",
    input: { risk: SAFE_FULL, indicators: ["low-mood", "irritability", "appetite-change"], treatment: CARE },
    level: "coaching-with-care",
    codes: ["indicators", "alongside-treatment"],
  },
  {
    name: "C.5 three indicators including hopelessness alongside treatment are not lowered",
    input: { risk: SAFE_FULL, indicators: ["low-mood", "irritability", "hopelessness"], treatment: CARE },
    level: "refer",
    codes: ["indicators"],
  },
  {
    name: "C.5 impaired daily functioning alongside treatment is lowered",
    input: { risk: SAFE_FULL, dailyFunctioningImpaired: true, treatment: CARE },
    level: "coaching-with-care",
    codes: ["daily-functioning", "alongside-treatment"],
  },
  {
    name: "C.5 self-described unwell alongside treatment is lowered",
    input: { risk: SAFE_FULL, preferences: { clientState: "psychotherapy" }, treatment: CARE },
    level: "coaching-with-care",
    codes: ["self-described-unwell", "alongside-treatment"],
  },
  {
    name: "C.5 recent discharge alongside treatment is lowered",
    input: { risk: SAFE_FULL, treatment: { ...CARE, recentDischarge: true } },
    level: "coaching-with-care",
    codes: ["recent-discharge", "alongside-treatment"],
  },
  {
    name: "C.5 no risk reason is lowered: passive thoughts stay refer beside a lowered PHQ-9 19",
    input: { risk: { ...SAFE_FULL, suicidalThoughts: "passive" }, instruments: { phq9: { items: PHQ9_19 } }, treatment: CARE },
    level: "refer",
    codes: ["suicidal-thoughts", "phq9"],
  },
  {
    name: "C.5 no risk reason is lowered: self-harm stays refer alongside treatment",
    input: { risk: { ...SAFE_FULL, selfHarm: true }, treatment: CARE },
    level: "refer",
    codes: ["self-harm"],
  },
  {
    name: "C.5 no risk reason is lowered: PHQ-9 item 9 stays refer alongside treatment",
    input: { risk: { ...SAFE_FULL, suicidalIntentOrPlan: false }, instruments: { phq9: { items: [0, 0, 0, 0, 0, 0, 0, 0, 2] } }, treatment: CARE },
    level: "refer",
    codes: ["phq9-item9"],
  },
  {
    name: "C.5 medically unstable is not among the lowered reasons: stays refer alongside treatment",
    input: { risk: SAFE_FULL, medicallyStable: false, treatment: CARE },
    level: "refer",
    codes: ["medically-unstable"],
  },
  {
    name: "C.5 in care with professionalSupportsCoaching unanswered and a lowerable PHQ-9 15: the path is in missing",
    input: { risk: SAFE_FULL, instruments: { phq9: { items: [3, 3, 3, 3, 3, 0, 0, 0, 0] } }, treatment: { inPsychotherapy: true } },
    level: "refer",
    worstCase: "refer",
    codes: ["phq9", "concurrent-treatment"],
    missingIncludes: [SUPPORT],
  },
  {
    name: "C.5 in care with professionalSupportsCoaching unanswered and a PHQ-9 of 20 (not lowerable): the path is not in missing",
    input: { risk: SAFE_FULL, instruments: { phq9: { items: PHQ9_20 } }, treatment: { inPsychotherapy: true } },
    level: "refer",
    codes: ["phq9"],
    missingExcludes: [SUPPORT],
  },
  {
    name: "C.5 policy alongsideTreatment false: PHQ-9 19 in supported care stays refer",
    input: { risk: SAFE_FULL, instruments: { phq9: { items: PHQ9_19 } }, treatment: CARE },
    options: { policy: { alongsideTreatment: false } },
    level: "refer",
    absent: ["alongside-treatment"],
  },
  {
    name: "C.5 a case clinicians flagged: PHQ-9 24, GAD-7 21, K10 50 (1-5), nine ICF indicators, in psychotherapy, supported → refer",
    input: {
      risk: SAFE_FULL,
      instruments: { phq9: { items: PHQ9_24 }, gad7: { total: 21 }, k10: { total: 50, scale: "1-5" } },
      indicators: NINE_INDICATORS,
      treatment: CARE,
    },
    level: "refer",
    codes: ["phq9", "gad7", "k10", "indicators", "concurrent-treatment"],
  },

  // ===== C.6 Treating professional against coaching =====
  {
    name: "C.6 a case clinicians flagged: a treating professional who advises against coaching (in care) → refer",
    input: { risk: SAFE_FULL, treatment: { inPsychotherapy: true, professionalSupportsCoaching: false } },
    level: "refer",
    codes: ["professional-advises-against", "concurrent-treatment"],
  },
  {
    name: "C.6 professional advises against coaching, not in care → refer",
    input: { risk: SAFE_FULL, treatment: { professionalSupportsCoaching: false } },
    level: "refer",
    codes: ["professional-advises-against"],
  },
  {
    name: "C.6 professional advises against coaching is never lowered, even beside a lowerable PHQ-9 19",
    input: { risk: SAFE_FULL, instruments: { phq9: { items: PHQ9_19 } }, treatment: { inPsychiatricCare: true, professionalSupportsCoaching: false } },
    level: "refer",
    codes: ["professional-advises-against", "phq9"],
    absent: ["alongside-treatment"],
  },
  {
    name: "C.6 professional supports coaching, not in care: coaching",
    input: { risk: SAFE_FULL, treatment: { professionalSupportsCoaching: true } },
    level: "coaching",
    absent: ["professional-advises-against"],
  },

  // ===== C.7 Recent discharge =====
  {
    name: "C.7 a case clinicians flagged: discharged from a psychiatric ward last week (recentDischarge true) → refer",
    input: { risk: SAFE_FULL, treatment: { recentDischarge: true } },
    level: "refer",
    codes: ["recent-discharge"],
  },
  {
    name: "C.7 recentDischarge false: coaching",
    input: { risk: SAFE_FULL, treatment: { recentDischarge: false } },
    level: "coaching",
    absent: ["recent-discharge"],
  },

  // ===== C.8 Fit never refers =====
  {
    name: "C.8 a case clinicians flagged: office setting and long duration only (two psychotherapy preferences) never refer",
    input: { risk: SAFE_FULL, preferences: { setting: "psychotherapy", duration: "psychotherapy" } },
    level: "coaching",
    absent: ["fit"],
  },
  {
    name: "C.8 five psychotherapy preferences (coaching share 0): fit at most coaching-with-care",
    input: { risk: SAFE_FULL, preferences: { timeFocus: "psychotherapy", driver: "psychotherapy", aim: "psychotherapy", plan: "psychotherapy", setting: "psychotherapy" } },
    level: "coaching-with-care",
    codes: ["fit"],
  },
  {
    name: "C.8 all eleven non-clientState preferences psychotherapy: still coaching-with-care",
    input: { risk: SAFE_FULL, preferences: ALL_PSYCHOTHERAPY_PREFS },
    level: "coaching-with-care",
    codes: ["fit"],
  },
  {
    name: "C.8 clientState psychotherapy is not a preference: self-described-unwell refers",
    input: { risk: SAFE_FULL, preferences: { clientState: "psychotherapy" } },
    level: "refer",
    codes: ["self-described-unwell"],
    absent: ["fit"],
  },
  {
    name: "C.8 clientState psychotherapy does not count towards fit: with three others, below minAnswered 4",
    input: { risk: SAFE_FULL, preferences: { clientState: "psychotherapy", timeFocus: "psychotherapy", driver: "psychotherapy", aim: "psychotherapy" } },
    level: "refer",
    codes: ["self-described-unwell"],
    absent: ["fit"],
  },
  {
    name: "C.8 clientState coaching does not count towards fit either: with three others, no fit",
    input: { risk: SAFE_FULL, preferences: { clientState: "coaching", timeFocus: "psychotherapy", driver: "psychotherapy", aim: "psychotherapy" } },
    level: "coaching",
    absent: ["fit", "self-described-unwell"],
  },
  {
    name: "C.8 clientState coaching with four psychotherapy preferences: fit at coaching-with-care",
    input: { risk: SAFE_FULL, preferences: { clientState: "coaching", timeFocus: "psychotherapy", driver: "psychotherapy", aim: "psychotherapy", plan: "psychotherapy" } },
    level: "coaching-with-care",
    codes: ["fit"],
    absent: ["self-described-unwell"],
  },
  {
    name: "C.8 a thresholds.fit.refer key is a ScopeConfigError",
    input: { risk: SAFE_FULL },
    options: { policy: { thresholds: { fit: { refer: 0.25 } } } },
    throws: "config",
  },

  // ===== C.9 Ambiguous scales must be named =====
  {
    name: "C.9 K10 total 20 on scale 0-4 ≡ 30 on 1-5: canonical 30, very-high, refer",
    input: { risk: SAFE_FULL, instruments: { k10: { total: 20, scale: "0-4" } } },
    level: "refer",
    codes: ["k10"],
    scores: { k10: { min: 30, max: 30, band: "very-high" } },
    evidence: { code: "k10", mentions: ["0-4"] },
  },
  {
    name: "C.9 K10 total 30 on scale 1-5: canonical 30, refer",
    input: { risk: SAFE_FULL, instruments: { k10: { total: 30, scale: "1-5" } } },
    level: "refer",
    scores: { k10: { min: 30, max: 30, band: "very-high" } },
  },
  {
    name: "C.9 K10 total 5 on scale 0-4 (canonical 15, one below care 16): coaching",
    input: { risk: SAFE_FULL, instruments: { k10: { total: 5, scale: "0-4" } } },
    level: "coaching",
    scores: { k10: { min: 15, max: 15 } },
  },
  {
    name: "C.9 K10 total 6 on scale 0-4 (canonical 16 = care): coaching-with-care",
    input: { risk: SAFE_FULL, instruments: { k10: { total: 6, scale: "0-4" } } },
    level: "coaching-with-care",
    codes: ["k10"],
    scores: { k10: { min: 16, max: 16 } },
  },
  {
    name: "C.9 K10 total 11 on scale 0-4 (canonical 21, one below refer 22): coaching-with-care",
    input: { risk: SAFE_FULL, instruments: { k10: { total: 11, scale: "0-4" } } },
    level: "coaching-with-care",
    scores: { k10: { min: 21, max: 21 } },
  },
  {
    name: "C.9 K10 total 12 on scale 0-4 (canonical 22 = refer): refer",
    input: { risk: SAFE_FULL, instruments: { k10: { total: 12, scale: "0-4" } } },
    level: "refer",
    scores: { k10: { min: 22, max: 22 } },
  },
  {
    name: "C.9 K10 items all 0 on scale 0-4: canonical 10",
    input: { risk: SAFE_FULL, instruments: { k10: { items: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0], scale: "0-4" } } },
    level: "coaching",
    scores: { k10: { min: 10, max: 10, band: "low" } },
  },
  {
    name: "C.9 K10 items all 4 on scale 0-4: canonical 50",
    input: { risk: SAFE_FULL, instruments: { k10: { items: [4, 4, 4, 4, 4, 4, 4, 4, 4, 4], scale: "0-4" } } },
    level: "refer",
    scores: { k10: { min: 50, max: 50 } },
  },
  {
    name: "C.9 K10 items all 1 on scale 1-5: canonical 10",
    input: { risk: SAFE_FULL, instruments: { k10: { items: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1], scale: "1-5" } } },
    level: "coaching",
    scores: { k10: { min: 10, max: 10 } },
  },
  { name: "C.9 K10 without scale is a ScopeInputError", input: { risk: SAFE_FULL, instruments: { k10: { total: 20 } } }, throws: "input" },
  {
    name: "C.9 K10 item 5 on scale 0-4 (one above its range) is a ScopeInputError",
    input: { risk: SAFE_FULL, instruments: { k10: { items: [5, 0, 0, 0, 0, 0, 0, 0, 0, 0], scale: "0-4" } } },
    throws: "input",
  },
  {
    name: "C.9 K10 item 0 on scale 1-5 (one below its range) is a ScopeInputError",
    input: { risk: SAFE_FULL, instruments: { k10: { items: [0, 1, 1, 1, 1, 1, 1, 1, 1, 1], scale: "1-5" } } },
    throws: "input",
  },
  { name: "C.9 K10 total 41 on scale 0-4 (one above 40) is a ScopeInputError", input: { risk: SAFE_FULL, instruments: { k10: { total: 41, scale: "0-4" } } }, throws: "input" },
  { name: "C.9 K10 total 9 on scale 1-5 (one below 10) is a ScopeInputError", input: { risk: SAFE_FULL, instruments: { k10: { total: 9, scale: "1-5" } } }, throws: "input" },
  {
    name: "C.9 K6 total 18 on scale 1-5 (canonical 12, one below refer 13): coaching-with-care",
    input: { risk: SAFE_FULL, instruments: { k6: { total: 18, scale: "1-5" } } },
    level: "coaching-with-care",
    codes: ["k6"],
    scores: { k6: { min: 12, max: 12 } },
  },
  {
    name: "C.9 K6 total 19 on scale 1-5 (canonical 13 = refer): refer",
    input: { risk: SAFE_FULL, instruments: { k6: { total: 19, scale: "1-5" } } },
    level: "refer",
    codes: ["k6"],
    scores: { k6: { min: 13, max: 13, band: "serious" } },
  },
  {
    name: "C.9 K6 total 6 on scale 1-5 (canonical 0): coaching",
    input: { risk: SAFE_FULL, instruments: { k6: { total: 6, scale: "1-5" } } },
    level: "coaching",
    scores: { k6: { min: 0, max: 0 } },
  },
  {
    name: "C.9 K6 items all 5 on scale 1-5: canonical 24",
    input: { risk: SAFE_FULL, instruments: { k6: { items: [5, 5, 5, 5, 5, 5], scale: "1-5" } } },
    level: "refer",
    scores: { k6: { min: 24, max: 24 } },
  },
  { name: "C.9 K6 total 5 on scale 1-5 (one below 6) is a ScopeInputError", input: { risk: SAFE_FULL, instruments: { k6: { total: 5, scale: "1-5" } } }, throws: "input" },
  { name: "C.9 K6 without scale is a ScopeInputError", input: { risk: SAFE_FULL, instruments: { k6: { total: 5 } } }, throws: "input" },
  {
    name: "C.9 WHO-5 percent 28 = raw 7 (refer)",
    input: { risk: SAFE_FULL, instruments: { who5: { total: 28, scale: "percent" } } },
    level: "refer",
    codes: ["who5"],
    scores: { who5: { min: 7, max: 7 } },
  },
  {
    name: "C.9 WHO-5 percent 32 = raw 8 (one above refer 7): not refer",
    input: { risk: SAFE_FULL, instruments: { who5: { total: 32, scale: "percent" } } },
    level: "incomplete",
    codes: ["who5-positive"],
    absent: ["who5"],
    scores: { who5: { min: 8, max: 8 } },
  },
  { name: "C.9 WHO-5 percent 30 (not a multiple of 4) is a ScopeInputError", input: { risk: SAFE_FULL, instruments: { who5: { total: 30, scale: "percent" } } }, throws: "input" },
  { name: "C.9 WHO-5 total without scale is a ScopeInputError", input: { risk: SAFE_FULL, instruments: { who5: { total: 20 } } }, throws: "input" },

  // ===== C.10 Consistency =====
  {
    name: "C.10 PHQ-2 item 1 disagreeing with PHQ-9 item 1: inconsistent-answers names both paths",
    input: { risk: SAFE_FULL, instruments: { phq2: { items: [1, 0] }, phq9: { items: PHQ9_ZERO } } },
    level: "incomplete",
    codes: ["inconsistent-answers"],
    missingIncludes: ["instruments.phq2", "instruments.phq9"],
  },
  {
    name: "C.10 PHQ-2 items equal to PHQ-9 items 1–2: consistent",
    input: { risk: SAFE_FULL, instruments: { phq2: { items: [1, 1] }, phq9: { items: [1, 1, 0, 0, 0, 0, 0, 0, 0] } } },
    level: "coaching",
    absent: ["inconsistent-answers", "phq2-positive"],
  },
  {
    name: "C.10 PHQ-2 total 3 above PHQ-9 total 2: inconsistent",
    input: { risk: SAFE_FULL, instruments: { phq2: { total: 3 }, phq9: { total: 2, item9: 0 } } },
    level: "incomplete",
    codes: ["inconsistent-answers"],
    missingIncludes: ["instruments.phq2", "instruments.phq9"],
  },
  {
    name: "C.10 PHQ-2 total 2 equal to PHQ-9 total 2: consistent (short ≤ full)",
    input: { risk: SAFE_FULL, instruments: { phq2: { total: 2 }, phq9: { total: 2, item9: 0 } } },
    level: "coaching",
    absent: ["inconsistent-answers"],
  },
  {
    name: "C.10 PHQ-2 item disagreeing with PHQ-8 item: inconsistent",
    input: { risk: SAFE_FULL, instruments: { phq2: { items: [0, 1] }, phq8: { items: PHQ8_ZERO } } },
    level: "incomplete",
    codes: ["inconsistent-answers"],
    missingIncludes: ["instruments.phq2", "instruments.phq8"],
  },
  {
    name: "C.10 PHQ-9 12 − PHQ-8 12 = 0: consistent",
    input: { risk: SAFE_FULL, instruments: { phq9: { total: 12 }, phq8: { total: 12 } } },
    level: "refer",
    absent: ["inconsistent-answers"],
  },
  {
    name: "C.10 PHQ-9 12 − PHQ-8 9 = 3: consistent",
    input: { risk: SAFE_FULL, instruments: { phq9: { total: 12 }, phq8: { total: 9 } } },
    level: "refer",
    absent: ["inconsistent-answers"],
  },
  {
    name: "C.10 PHQ-9 12 − PHQ-8 8 = 4: inconsistent, and the level stays refer (never lowered)",
    input: { risk: SAFE_FULL, instruments: { phq9: { total: 12 }, phq8: { total: 8 } } },
    level: "refer",
    codes: ["inconsistent-answers", "phq9"],
    missingIncludes: ["instruments.phq8", "instruments.phq9"],
  },
  {
    name: "C.10 PHQ-9 12 − PHQ-8 13 = −1: inconsistent",
    input: { risk: SAFE_FULL, instruments: { phq9: { total: 12 }, phq8: { total: 13 } } },
    level: "refer",
    codes: ["inconsistent-answers"],
    missingIncludes: ["instruments.phq8", "instruments.phq9"],
  },
  {
    name: "C.10 GAD-2 items equal to GAD-7 items 1–2: consistent, GAD-7 decides",
    input: { risk: SAFE_FULL, instruments: { gad2: { items: [2, 1] }, gad7: { items: [2, 1, 0, 0, 0, 0, 0] } } },
    level: "coaching",
    absent: ["inconsistent-answers", "gad2-positive"],
  },
  {
    name: "C.10 GAD-2 item 1 disagreeing with GAD-7 item 1: inconsistent",
    input: { risk: SAFE_FULL, instruments: { gad2: { items: [2, 1] }, gad7: { items: [1, 1, 0, 0, 0, 0, 0] } } },
    level: "incomplete",
    codes: ["inconsistent-answers"],
    missingIncludes: ["instruments.gad2", "instruments.gad7"],
  },
  {
    name: "C.10 GAD-2 total 4 above GAD-7 total 3: inconsistent",
    input: { risk: SAFE_FULL, instruments: { gad2: { total: 4 }, gad7: { total: 3 } } },
    level: "incomplete",
    codes: ["inconsistent-answers"],
    missingIncludes: ["instruments.gad2", "instruments.gad7"],
  },
  {
    name: "C.10 an inconsistency never lowers: GAD-2/GAD-7 disagreeing beside a PHQ-9 of 20 stays refer",
    input: { risk: SAFE_FULL, instruments: { gad2: { total: 4 }, gad7: { total: 3 }, phq9: { items: PHQ9_20 } } },
    level: "refer",
    codes: ["inconsistent-answers", "phq9"],
  },

  // ===== C.11 Never clear without a clinical answer =====
  {
    name: "C.11 an empty input: incomplete, nothing-answered, worstCase crisis",
    bare: true,
    input: {},
    level: "incomplete",
    worstCase: "crisis",
    codes: ["nothing-answered"],
    missingStartsWith: [DANGER],
  },
  {
    name: "C.11 only preferences: incomplete, nothing-answered",
    bare: true,
    input: { preferences: { setting: "coaching", duration: "coaching" } },
    level: "incomplete",
    worstCase: "crisis",
    codes: ["nothing-answered"],
  },
  {
    name: "C.11 an empty input with requireRiskScreen false: still incomplete, nothing-answered",
    bare: true,
    input: {},
    options: NO_RISK_SCREEN,
    level: "incomplete",
    worstCase: "crisis",
    codes: ["nothing-answered"],
  },
  {
    name: "C.11 only preferences with requireRiskScreen false: still incomplete",
    bare: true,
    input: { preferences: { setting: "coaching", duration: "coaching", aim: "coaching", plan: "coaching" } },
    options: NO_RISK_SCREEN,
    level: "incomplete",
    codes: ["nothing-answered"],
  },
  {
    name: "C.11 requireRiskScreen false, a context answer only: risk-not-screened at coaching-with-care, never coaching",
    input: { medicallyStable: true },
    options: NO_RISK_SCREEN,
    level: "coaching-with-care",
    worstCase: "crisis",
    codes: ["risk-not-screened"],
    absent: ["risk-screen-incomplete", "nothing-answered"],
    missing: [DANGER, THOUGHTS, BEHAVIOUR, SELF_HARM, OTHERS],
  },
  {
    name: "C.11 requireRiskScreen false, PHQ-9 all 0 only: thoughts known from item 9, the rest in missing",
    input: { instruments: { phq9: { items: PHQ9_ZERO } } },
    options: NO_RISK_SCREEN,
    level: "coaching-with-care",
    worstCase: "crisis",
    codes: ["risk-not-screened"],
    missing: [DANGER, BEHAVIOUR, SELF_HARM, OTHERS],
  },
  {
    name: "C.11 requireRiskScreen false, risk screen partly answered: risk-not-screened lists the rest",
    input: { risk: { imminentDanger: false, suicidalThoughts: "none" } },
    options: NO_RISK_SCREEN,
    level: "coaching-with-care",
    worstCase: "crisis",
    codes: ["risk-not-screened"],
    missing: [BEHAVIOUR, SELF_HARM, OTHERS],
  },
  {
    name: "C.11 requireRiskScreen false, one question short of a full screen (harm to others): never coaching",
    input: { risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false } },
    options: NO_RISK_SCREEN,
    level: "coaching-with-care",
    worstCase: "crisis",
    codes: ["risk-not-screened"],
    missing: [OTHERS],
  },
  {
    name: "C.11 requireRiskScreen false, fully answered screen: coaching",
    input: { risk: SAFE_FULL },
    options: NO_RISK_SCREEN,
    level: "coaching",
    worstCase: "coaching",
    absent: ["risk-not-screened"],
    missing: [],
  },

  // ===== C.12 Policy limits =====
  { name: "C.12 phq9 refer 16 (one above the limit 15) is a ScopeConfigError", input: { risk: SAFE_FULL }, options: { policy: { thresholds: { phq9: { refer: 16 } } } }, throws: "config" },
  {
    name: "C.12 phq9 refer 15 (at the limit) is accepted: PHQ-9 14 is coaching-with-care",
    input: { risk: SAFE_FULL, instruments: { phq9: { items: [3, 3, 3, 3, 2, 0, 0, 0, 0] } } },
    options: { policy: { thresholds: { phq9: { refer: 15 } } } },
    level: "coaching-with-care",
  },
  {
    name: "C.12 phq9 refer 15 (at the limit) is accepted: PHQ-9 15 refers",
    input: { risk: SAFE_FULL, instruments: { phq9: { items: [3, 3, 3, 3, 3, 0, 0, 0, 0] } } },
    options: { policy: { thresholds: { phq9: { refer: 15 } } } },
    level: "refer",
  },
  { name: "C.12 phq8 refer 16 is a ScopeConfigError", input: { risk: SAFE_FULL }, options: { policy: { thresholds: { phq8: { refer: 16 } } } }, throws: "config" },
  { name: "C.12 gad7 refer 16 is a ScopeConfigError", input: { risk: SAFE_FULL }, options: { policy: { thresholds: { gad7: { refer: 16 } } } }, throws: "config" },
  { name: "C.12 gad7 refer 15 (at the limit) is accepted", input: { risk: SAFE_FULL }, options: { policy: { thresholds: { gad7: { refer: 15 } } } }, level: "coaching" },
  { name: "C.12 k10 refer 31 is a ScopeConfigError", input: { risk: SAFE_FULL }, options: { policy: { thresholds: { k10: { refer: 31 } } } }, throws: "config" },
  { name: "C.12 k10 refer 30 (at the limit) is accepted", input: { risk: SAFE_FULL }, options: { policy: { thresholds: { k10: { refer: 30 } } } }, level: "coaching" },
  { name: "C.12 k6 refer 14 is a ScopeConfigError", input: { risk: SAFE_FULL }, options: { policy: { thresholds: { k6: { refer: 14 } } } }, throws: "config" },
  { name: "C.12 k6 refer 13 (at the limit) is accepted", input: { risk: SAFE_FULL }, options: { policy: { thresholds: { k6: { refer: 13 } } } }, level: "coaching" },
  { name: "C.12 who5 refer 6 (one below raw 7) is a ScopeConfigError", input: { risk: SAFE_FULL }, options: { policy: { thresholds: { who5: { refer: 6 } } } }, throws: "config" },
  { name: "C.12 who5 refer 7 (at the limit) is accepted", input: { risk: SAFE_FULL }, options: { policy: { thresholds: { who5: { refer: 7 } } } }, level: "coaching" },
  { name: "C.12 phq2 positive 0 is a ScopeConfigError", input: { risk: SAFE_FULL }, options: { policy: { thresholds: { phq2: { positive: 0 } } } }, throws: "config" },
  { name: "C.12 phq2 positive 4 is a ScopeConfigError", input: { risk: SAFE_FULL }, options: { policy: { thresholds: { phq2: { positive: 4 } } } }, throws: "config" },
  { name: "C.12 phq2 positive 3 (upper limit) is accepted", input: { risk: SAFE_FULL }, options: { policy: { thresholds: { phq2: { positive: 3 } } } }, level: "coaching" },
  { name: "C.12 gad2 positive 0 is a ScopeConfigError", input: { risk: SAFE_FULL }, options: { policy: { thresholds: { gad2: { positive: 0 } } } }, throws: "config" },
  { name: "C.12 gad2 positive 4 is a ScopeConfigError", input: { risk: SAFE_FULL }, options: { policy: { thresholds: { gad2: { positive: 4 } } } }, throws: "config" },
  { name: "C.12 indicators refer 5 is a ScopeConfigError", input: { risk: SAFE_FULL }, options: { policy: { thresholds: { indicators: { refer: 5 } } } }, throws: "config" },
  {
    name: "C.12 indicators refer 4 (at the limit): three indicators are coaching-with-care",
    input: { risk: SAFE_FULL, indicators: ["low-mood", "irritability", "appetite-change"] },
    options: { policy: { thresholds: { indicators: { refer: 4 } } } },
    level: "coaching-with-care",
  },
  {
    name: "C.12 indicators refer 4 (at the limit): four indicators refer",
    input: { risk: SAFE_FULL, indicators: ["low-mood", "irritability", "appetite-change", "sleep-disturbance"] },
    options: { policy: { thresholds: { indicators: { refer: 4 } } } },
    level: "refer",
  },
  { name: "C.12 assessmentValidDays 31 is a ScopeConfigError", input: { risk: SAFE_FULL }, options: { policy: { assessmentValidDays: 31 } }, throws: "config" },
  {
    name: "C.12 hopelessness alone with indicators.care 2 is still coaching-with-care",
    input: { risk: SAFE_FULL, indicators: ["hopelessness"] },
    options: { policy: { thresholds: { indicators: { care: 2 } } } },
    level: "coaching-with-care",
    codes: ["indicators"],
  },
  {
    name: "C.12 low mood alone with indicators.care 2 is coaching (only hopelessness has the floor)",
    input: { risk: SAFE_FULL, indicators: ["low-mood"] },
    options: { policy: { thresholds: { indicators: { care: 2 } } } },
    level: "coaching",
    absent: ["indicators"],
  },

  // ===== C.13 Defaults changed =====
  {
    name: "C.13 PHQ-2 total 1 (one below the default positive 2): negative, coaching",
    input: { risk: SAFE_FULL, instruments: { phq2: { items: [1, 0] } } },
    level: "coaching",
    absent: ["phq2-positive"],
    scores: { phq2: { band: "negative" } },
  },
  {
    name: "C.13 PHQ-2 total 2 (default positive 2): positive, incomplete asking instruments.phq9",
    input: { risk: SAFE_FULL, instruments: { phq2: { items: [1, 1] } } },
    level: "incomplete",
    worstCase: "crisis",
    codes: ["phq2-positive"],
    missing: ["instruments.phq9"],
    scores: { phq2: { band: "positive" } },
  },
  {
    name: "C.13 PHQ-2 total 2 with policy positive 3: band follows the policy (negative), coaching",
    input: { risk: SAFE_FULL, instruments: { phq2: { total: 2 } } },
    options: { policy: { thresholds: { phq2: { positive: 3 } } } },
    level: "coaching",
    absent: ["phq2-positive"],
    scores: { phq2: { band: "negative" } },
  },
  {
    name: "C.13/C.12 PHQ-2 total 1 with policy positive 1 (lower limit): positive",
    input: { risk: SAFE_FULL, instruments: { phq2: { total: 1 } } },
    options: { policy: { thresholds: { phq2: { positive: 1 } } } },
    level: "incomplete",
    codes: ["phq2-positive"],
    scores: { phq2: { band: "positive" } },
  },
  {
    name: "C.13 GAD-2 total 2 (one below positive 3, unchanged): negative, coaching",
    input: { risk: SAFE_FULL, instruments: { gad2: { total: 2 } } },
    level: "coaching",
    absent: ["gad2-positive"],
    scores: { gad2: { band: "negative" } },
  },
  {
    name: "C.13 GAD-2 total 3 (positive 3): incomplete asking instruments.gad7, worstCase refer",
    input: { risk: SAFE_FULL, instruments: { gad2: { total: 3 } } },
    level: "incomplete",
    worstCase: "refer",
    codes: ["gad2-positive"],
    missing: ["instruments.gad7"],
    scores: { gad2: { band: "positive" } },
  },

  // ===== C.14 WHO-5 ladder =====
  {
    name: "C.14 WHO-5 raw 7 (= refer) without PHQ: who5 refer, PHQ-9 still asked, worstCase crisis",
    input: { risk: SAFE_FULL, instruments: { who5: { items: [2, 2, 1, 1, 1] } } },
    level: "refer",
    worstCase: "crisis",
    codes: ["who5"],
    absent: ["who5-positive"],
    missingIncludes: ["instruments.phq9"],
  },
  {
    name: "C.14 WHO-5 raw 8 (one above refer) without PHQ: who5-positive, incomplete, missing instruments.phq9",
    input: { risk: SAFE_FULL, instruments: { who5: { total: 8, scale: "raw" } } },
    level: "incomplete",
    worstCase: "crisis",
    codes: ["who5-positive"],
    absent: ["who5"],
    missing: ["instruments.phq9"],
  },
  {
    name: "C.14 WHO-5 raw 12 (= care) without PHQ: who5-positive",
    input: { risk: SAFE_FULL, instruments: { who5: { total: 12, scale: "raw" } } },
    level: "incomplete",
    codes: ["who5-positive"],
    missing: ["instruments.phq9"],
  },
  {
    name: "C.14 WHO-5 raw 13 with every item ≥ 2: no WHO-5 reason",
    input: { risk: SAFE_FULL, instruments: { who5: { items: [3, 3, 3, 2, 2] } } },
    level: "coaching",
    absent: ["who5", "who5-positive"],
    missing: [],
  },
  {
    name: "C.14 WHO-5 raw 13 with the lowest item 2 (one above 1): no WHO-5 reason",
    input: { risk: SAFE_FULL, instruments: { who5: { items: [2, 2, 2, 2, 5] } } },
    level: "coaching",
    absent: ["who5", "who5-positive"],
  },
  {
    name: "C.14 WHO-5 raw 21 with an item answered 1, without PHQ: who5-positive",
    input: { risk: SAFE_FULL, instruments: { who5: { items: [5, 5, 5, 5, 1] } } },
    level: "incomplete",
    codes: ["who5-positive"],
    missing: ["instruments.phq9"],
  },
  {
    name: "C.14 WHO-5 raw 20 with an item answered 0, without PHQ: who5-positive",
    input: { risk: SAFE_FULL, instruments: { who5: { items: [5, 5, 5, 5, 0] } } },
    level: "incomplete",
    codes: ["who5-positive"],
  },
  {
    name: "C.14 WHO-5 raw 10 with a PHQ-9 given: who5 at coaching-with-care, PHQ decides the rest",
    input: { risk: SAFE_FULL, instruments: { who5: { total: 10, scale: "raw" }, phq9: { items: PHQ9_ZERO } } },
    level: "coaching-with-care",
    codes: ["who5"],
    absent: ["who5-positive"],
    missingExcludes: ["instruments.phq9"],
  },
  {
    name: "C.14 WHO-5 with an item answered 1 and a PHQ-9 given: who5 at coaching-with-care",
    input: { risk: SAFE_FULL, instruments: { who5: { items: [5, 5, 5, 5, 1] }, phq9: { items: PHQ9_ZERO } } },
    level: "coaching-with-care",
    codes: ["who5"],
    absent: ["who5-positive"],
  },
  {
    name: "C.14 WHO-5 raw 10 with a PHQ-8 given: who5 at coaching-with-care",
    input: { risk: SAFE_FULL, instruments: { who5: { total: 10, scale: "raw" }, phq8: { items: PHQ8_ZERO } } },
    level: "coaching-with-care",
    codes: ["who5"],
    absent: ["who5-positive"],
  },
  {
    name: "C.14 WHO-5 raw 10 with a PHQ-9 of 12: the PHQ decides (refer)",
    input: { risk: SAFE_FULL, instruments: { who5: { total: 10, scale: "raw" }, phq9: { items: [3, 3, 3, 3, 0, 0, 0, 0, 0] } } },
    level: "refer",
    codes: ["who5", "phq9"],
  },
  {
    name: "C.14 WHO-5 raw 7 with a PHQ-9 given: who5 refer, PHQ-9 not asked again",
    input: { risk: SAFE_FULL, instruments: { who5: { total: 7, scale: "raw" }, phq9: { items: PHQ9_ZERO } } },
    level: "refer",
    codes: ["who5"],
    missingExcludes: ["instruments.phq9"],
  },

  // ===== C.15 Evidence that reads truthfully =====
  {
    name: "C.15 risk-screen-incomplete evidence names what is missing, never booleans that look like answers",
    input: { risk: { imminentDanger: false, suicidalThoughts: "none" } },
    level: "incomplete",
    codes: ["risk-screen-incomplete"],
    missing: [BEHAVIOUR, SELF_HARM, OTHERS],
    evidence: { code: "risk-screen-incomplete", mentions: ["recentSuicidalBehavior", "selfHarm", "harmToOthers"], noRiskBooleans: true },
  },
  {
    name: "C.15 risk-screen-incomplete evidence with only danger missing names it",
    input: { risk: { suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } },
    level: "incomplete",
    evidence: { code: "risk-screen-incomplete", mentions: ["imminentDanger"], noRiskBooleans: true },
  },
  {
    name: "C.15 indicators evidence lists the ids",
    input: { risk: SAFE_FULL, indicators: ["low-mood", "irritability"] },
    level: "coaching-with-care",
    codes: ["indicators"],
    evidence: { code: "indicators", mentions: ["low-mood", "irritability"] },
  },
];

// --- Runner ------------------------------------------------------------------------------------
/** What a v2 input answers besides the row's own answers (§D asks them by default): no red flag, an adult. */
const BASE = {
  redFlags: { psychosis: false, mania: false, "substance-use": false, "eating-disorder": false, "abuse-or-violence": false, "cognitive-decline": false },
  client: { age: 35 },
} as const;
const run = (v: Vignette): ScopeAssessment => assessScope((v.bare === true ? v.input : { ...BASE, ...v.input }) as never, v.options as never);

describe("clinical vignettes", () => {
  it("has at least 90 cases, each with a unique name and either a level or an expected error", () => {
    expect(VIGNETTES.length).toBeGreaterThanOrEqual(90);
    expect(new Set(VIGNETTES.map((v) => v.name)).size).toBe(VIGNETTES.length);
    for (const v of VIGNETTES) expect(v.level === undefined, v.name).toBe(v.throws !== undefined);
  });

  // One `it` per row, named by the row (it.each's "$name" would cut long names short).
  for (const v of VIGNETTES) it(v.name, () => check(v));
});

function check(v: Vignette): void {
  if (v.throws !== undefined) {
    const ErrorClass = v.throws === "input" ? ScopeInputError : ScopeConfigError;
    const guard = v.throws === "input" ? isScopeInputError : isScopeConfigError;
    expect(() => run(v)).toThrow(ErrorClass);
    let caught: unknown;
    try {
      run(v);
    } catch (error) {
      caught = error;
    }
    expect(guard(caught)).toBe(true);
    return;
  }

  const result = run(v);
  const codes = result.reasons.map((r) => r.code as string);

  expect(result.level).toBe(v.level);
  if (v.worstCase !== undefined) expect(result.worstCase).toBe(v.worstCase);
  for (const code of v.codes ?? []) expect(codes, `code ${code}`).toContain(code);
  for (const code of v.absent ?? []) expect(codes, `no code ${code}`).not.toContain(code);

  const missing = result.missing as readonly string[];
  if (v.missing !== undefined) expect(missing).toEqual(v.missing);
  for (const path of v.missingIncludes ?? []) expect(missing, `missing ${path}`).toContain(path);
  for (const path of v.missingExcludes ?? []) expect(missing, `not missing ${path}`).not.toContain(path);
  if (v.missingStartsWith !== undefined) expect(missing.slice(0, v.missingStartsWith.length)).toEqual(v.missingStartsWith);
  for (const prefix of v.missingUnder ?? []) expect(missing.some((p) => p.startsWith(prefix)), `missing under ${prefix}: ${missing.join(", ")}`).toBe(true);
  for (const prefix of v.missingNotUnder ?? []) expect(missing.some((p) => p.startsWith(prefix)), `nothing missing under ${prefix}: ${missing.join(", ")}`).toBe(false);

  if (v.scores !== undefined) expect(result.scores).toMatchObject(v.scores);

  if (v.evidence !== undefined) {
    const found = result.reasons.find((r) => r.code === v.evidence?.code);
    expect(found, `reason ${v.evidence.code}`).toBeDefined();
    const evidence = (found?.evidence ?? {}) as Record<string, unknown>;
    const text = JSON.stringify(evidence);
    for (const word of v.evidence.mentions ?? []) expect(text, `evidence mentions ${word}`).toContain(word);
    if (v.evidence.noRiskBooleans === true) {
      for (const field of RISK_FIELDS) expect(typeof evidence[field], `evidence.${field}`).not.toBe("boolean");
    }
  }

  // §B: worstCase is never below the level, and equals it when nothing is missing.
  const rank: Record<Level, number> = { coaching: 0, "coaching-with-care": 1, incomplete: 2, refer: 3, crisis: 4 };
  expect(rank[result.worstCase as Level]).toBeGreaterThanOrEqual(rank[result.level as Level]);
  if (missing.length === 0) expect(result.worstCase).toBe(result.level);
}

describe("C.2 asOf per call on a prepared assessor", () => {
  // v2: `assess(input, { asOf })`, so a long-lived assessor never keeps an old "today".
  const assess = createScopeAssessor() as unknown as (input: never, options?: never) => ScopeAssessment;
  const input = { ...BASE, risk: { imminentDanger: false, assessedRiskLevel: "low", assessedOn: D14 } } as never;

  it("a low assessment 14 days before the call's asOf stands in", () => {
    expect(assess(input, { asOf: ASOF } as never).level).toBe("coaching");
  });

  it("the same assessor one day later (15 days) no longer lets it stand in", () => {
    const later = assess(input, { asOf: "2026-12-01" } as never);
    expect(later.level).toBe("incomplete");
    expect(later.missing).toEqual([THOUGHTS, BEHAVIOUR, SELF_HARM, OTHERS]);
  });
});
