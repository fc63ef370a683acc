import { checkInt, checkKeys, isRecord, push, received, typeIssue, unrecognized, type Issues, type Path } from "./check.js";
import { checkItems, SCALES, type Answer, type InstrumentId, type Scale } from "./scales.js";
import type { DimensionId, ModalityId } from "./model.js";

/**
 * The ten ICF referral indicators, by the library's short ids (labels paraphrased from
 * the ICF's "Top 10 indicators to refer a client to a mental-health professional"):
 *
 * | id | indicator |
 * |---|---|
 * | `low-mood` | less ability to feel pleasure; more sadness, hopelessness, helplessness |
 * | `poor-concentration` | intrusive thoughts, or cannot concentrate or focus |
 * | `sleep-disturbance` | cannot get to sleep, wakes and cannot get back to sleep, or sleeps too much |
 * | `appetite-change` | change in appetite, up or down |
 * | `survivor-guilt` | guilt because others have suffered or died |
 * | `hopelessness` | despair or hopelessness |
 * | `hyperalert-or-exhausted` | hyper-alert, or excessively tired |
 * | `irritability` | more irritability or outbursts of anger |
 * | `impulsive-risk-taking` | impulsive, risk-taking behaviour |
 * | `thoughts-of-death` | thoughts of death and/or suicide: refer immediately |
 *
 * @example
 * ```ts
 * const noted: IndicatorId[] = ["sleep-disturbance", "irritability"];
 * ```
 */
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/**
 * Every indicator id, in the ICF list's order.
 *
 * @example
 * ```ts
 * INDICATOR_IDS.length;
 * //=> 10
 * ```
 */
export const INDICATOR_IDS = /* @__PURE__ */ Object.freeze([
  "low-mood",
  "poor-concentration",
  "sleep-disturbance",
  "appetite-change",
  "survivor-guilt",
  "hopelessness",
  "hyperalert-or-exhausted",
  "irritability",
  "impulsive-risk-taking",
  "thoughts-of-death",
] as const);

/**
 * Generic risk answers: the app asks its own questions (or takes a professional's
 * assessment) and records the answers here. No licensed instrument's text is used.
 *
 * @example
 * ```ts
 * const risk: RiskAnswers = { imminentDanger: false, suicidalThoughts: "none" };
 * ```
 */
export interface RiskAnswers {
  /** At immediate risk to self or others, or a medical emergency. */
  readonly imminentDanger?: boolean | undefined;
  /** `passive`: wishes to be dead; `active`: thinks of killing oneself. */
  readonly suicidalThoughts?: "none" | "passive" | "active" | undefined;
  /** Intent to act, or a plan, in the past month. */
  readonly suicidalIntentOrPlan?: boolean | undefined;
  /** Any attempt or preparatory act in the past 3 months. */
  readonly recentSuicidalBehavior?: boolean | undefined;
  /** Current self-harm. */
  readonly selfHarm?: boolean | undefined;
  /** Intent or plan to harm someone. */
  readonly harmToOthers?: boolean | undefined;
  /** From a professional's assessment with a licensed instrument. */
  readonly assessedRiskLevel?: "low" | "moderate" | "high" | undefined;
}

/**
 * An instrument's answers: every item (`null` for unanswered), or a total alone.
 *
 * @example
 * ```ts
 * const gad7: InstrumentInput = { items: [1, 0, 2, null, 1, 0, 1] };
 * const k10: InstrumentInput = { total: 18 };
 * ```
 */
export type InstrumentInput =
  | {
      /** Exactly the instrument's item count of answers, in form order, `null` for unanswered. */
      readonly items: readonly Answer[];
    }
  | {
      /** The total alone: an integer in the instrument's total range; never accepted with `items`. */
      readonly total: number;
    };

/**
 * PHQ-9 answers: every item, or a total with item 9 (a total alone leaves item 9, the
 * risk question, unknown).
 *
 * @example
 * ```ts
 * const phq9: Phq9Input = { total: 7, item9: 0 };
 * ```
 */
export type Phq9Input =
  | {
      /** Exactly 9 answers (0–3), in form order, `null` for unanswered. */
      readonly items: readonly Answer[];
    }
  | {
      /** The total: an integer from 0 to 27; never accepted with `items`. */
      readonly total: number;
      /** The answer to item 9 (thoughts of being better off dead or of self-harm): 0–3, at most the total. */
      readonly item9?: number | undefined;
    };

/**
 * Answers to the standard instruments. Item counts and ranges: PHQ-9 9 × 0–3, GAD-7 7 × 0–3,
 * PHQ-2 and GAD-2 2 × 0–3, K10 10 × 1–5 (Australian scoring, total 10–50), K6 6 × 0–4,
 * WHO-5 5 × 0–5 (raw 0–25).
 *
 * @example
 * ```ts
 * const instruments: InstrumentAnswers = { phq9: { items: [0, 1, 0, 0, 1, 0, 0, 0, 0] }, k6: { total: 4 } };
 * ```
 */
export interface InstrumentAnswers {
  /** PHQ-9 (depression): 9 items scored 0–3, or a total (0–27) with item 9. */
  readonly phq9?: Phq9Input | undefined;
  /** GAD-7 (anxiety): 7 items scored 0–3, or a total (0–21). */
  readonly gad7?: InstrumentInput | undefined;
  /** PHQ-2 (depression screen): 2 items scored 0–3, or a total (0–6). */
  readonly phq2?: InstrumentInput | undefined;
  /** GAD-2 (anxiety screen): 2 items scored 0–3, or a total (0–6). */
  readonly gad2?: InstrumentInput | undefined;
  /** K10 (distress): 10 items scored 1–5, or a total (10–50). */
  readonly k10?: InstrumentInput | undefined;
  /** K6 (distress): 6 items scored 0–4, or a total (0–24). */
  readonly k6?: InstrumentInput | undefined;
  /** WHO-5 (well-being): 5 items scored 0–5, or a raw total (0–25). */
  readonly who5?: InstrumentInput | undefined;
}

/**
 * Whether the client is in treatment, and whether the treating professional supports
 * coaching alongside it.
 *
 * @example
 * ```ts
 * const treatment: TreatmentStatus = { inPsychotherapy: true, professionalSupportsCoaching: true };
 * ```
 */
export interface TreatmentStatus {
  /** The client is currently in psychotherapy. */
  readonly inPsychotherapy?: boolean | undefined;
  /** The client is currently in psychiatric care. */
  readonly inPsychiatricCare?: boolean | undefined;
  /** The treating professional supports coaching alongside the treatment. */
  readonly professionalSupportsCoaching?: boolean | undefined;
}

/**
 * Which column of the comparison the client's request matches, dimension by dimension.
 *
 * @example
 * ```ts
 * const preferences: Preferences = { timeFocus: "coaching", driver: "psychotherapy" };
 * ```
 */
export type Preferences = { readonly [D in DimensionId]?: ModalityId | undefined };

/**
 * What an intake knows about a client. Every field is optional; unknown keys are rejected at
 * every depth, so a typo is an error, never silently ignored.
 *
 * @example
 * ```ts
 * const input: ScreeningInput = {
 *   risk: { imminentDanger: false, suicidalThoughts: "none" },
 *   instruments: { phq9: { items: [1, 0, 1, 0, 1, 0, 0, 1, 0] } },
 *   indicators: ["sleep-disturbance"],
 *   preferences: { timeFocus: "coaching", orientation: "coaching" },
 * };
 * ```
 */
export interface ScreeningInput {
  /** Answers to the app's own risk questions. */
  readonly risk?: RiskAnswers | undefined;
  /** The source's precondition for coaching: "medically stable (not in imminent danger)". */
  readonly medicallyStable?: boolean | undefined;
  /** The concerns interfere with daily functioning (an ICF reason to refer). */
  readonly dailyFunctioningImpaired?: boolean | undefined;
  /** Answers to the standard screening instruments. */
  readonly instruments?: InstrumentAnswers | undefined;
  /** ICF referral indicators noted, without duplicates. */
  readonly indicators?: readonly IndicatorId[] | undefined;
  /** Whether the client is in treatment, and whether the professional supports coaching. */
  readonly treatment?: TreatmentStatus | undefined;
  /** Which modality the client's request matches, dimension by dimension. */
  readonly preferences?: Preferences | undefined;
}

const TOP_KEYS = /* @__PURE__ */ new Set(["risk", "medicallyStable", "dailyFunctioningImpaired", "instruments", "indicators", "treatment", "preferences"]);
const RISK_KEYS = /* @__PURE__ */ new Set(["imminentDanger", "suicidalThoughts", "suicidalIntentOrPlan", "recentSuicidalBehavior", "selfHarm", "harmToOthers", "assessedRiskLevel"]);
const INSTRUMENT_KEYS = /* @__PURE__ */ (() => new Set(Object.keys(SCALES)))();
const TREATMENT_KEYS = ["inPsychotherapy", "inPsychiatricCare", "professionalSupportsCoaching"] as const;
const TREATMENT_KEY_SET = /* @__PURE__ */ new Set<string>(TREATMENT_KEYS);
const INDICATOR_SET = /* @__PURE__ */ new Set<string>(INDICATOR_IDS);
const THOUGHTS = ["none", "passive", "active"] as const;
const RISK_LEVELS = ["low", "moderate", "high"] as const;
const MODALITIES = ["coaching", "psychotherapy"] as const;
const RISK: Path = ["risk"];
const INSTR: Path = ["instruments"];
const TREATMENT: Path = ["treatment"];
const PREFS: Path = ["preferences"];
const INDICATORS: Path = ["indicators"];

/** 1 when a field has a value, else 0: the count of known keys that {@link checkKeys} expects. */
function given(value: unknown): number {
  // Stryker disable next-line all: a fast path; without it the full check that follows gives the same result.
  return value === undefined ? 0 : 1;
}

/** A dimension id, by a switch on interned literals: faster than a set on the hot path. */
function isDimensionId(key: string): boolean {
  switch (key) {
    case "relationship":
    case "clientState":
    case "orientation":
    case "timeFocus":
    case "driver":
    case "plan":
    case "aim":
    case "duration":
    case "guidingQuestion":
    case "selfEsteem":
    case "issueLocus":
    case "setting":
      return true;
    default:
      return false;
  }
}

function bool(issues: Issues, path: Path, key: string, value: unknown): void {
  if (value !== undefined && typeof value !== "boolean") typeIssue(issues, [...path, key], "boolean", value);
}

function oneOf(issues: Issues, path: Path, key: string, value: unknown, options: readonly string[]): void {
  // Stryker disable next-line all: a fast path; without it the full check that follows gives the same result.
  if (value === undefined || (typeof value === "string" && options.includes(value))) return;
  push(
    issues,
    [...path, key],
    "invalid_value",
    `Invalid option: expected one of ${options.map((o) => JSON.stringify(o)).join(" | ")}, received ${typeof value === "string" ? JSON.stringify(value) : received(value)}`,
  );
}

const ITEMS_KEYS = /* @__PURE__ */ new Set(["items"]);
const TOTAL_KEYS = /* @__PURE__ */ new Set(["total"]);
const PHQ9_TOTAL_KEYS = /* @__PURE__ */ new Set(["total", "item9"]);

const INSTRUMENT_PATHS = /* @__PURE__ */ (() => Object.fromEntries([...INSTRUMENT_KEYS].map((id) => [id, [...INSTR, id]])) as Record<string, Path>)();
const ITEMS_PATHS = /* @__PURE__ */ (() => Object.fromEntries([...INSTRUMENT_KEYS].map((id) => [id, [...INSTR, id, "items"]])) as Record<string, Path>)();

function instrument(issues: Issues, id: InstrumentId, value: unknown): void {
  const path = INSTRUMENT_PATHS[id]!;
  if (!isRecord(value)) {
    typeIssue(issues, path, "object", value);
    return;
  }
  const info: Scale = SCALES[id];
  const hasItems = value.items !== undefined;
  const hasTotal = value.total !== undefined;
  if (hasItems === hasTotal) {
    push(
      issues,
      path,
      "invalid_union",
      hasItems
        ? `Give either items or total for the ${info.name}, not both: a stored total is never trusted beside item answers`
        : `Expected items (${info.itemCount} answers) or total for the ${info.name}`,
    );
    return;
  }
  if (hasItems) {
    // Stryker disable next-line all: a fast path; without it the full check that follows gives the same result.
    checkKeys(issues, path, value, ITEMS_KEYS, 1);
    checkItems(issues, ITEMS_PATHS[id]!, info, value.items);
    return;
  }
  // Stryker disable next-line all: a fast path; without it the full check that follows gives the same result.
  checkKeys(issues, path, value, id === "phq9" ? PHQ9_TOTAL_KEYS : TOTAL_KEYS, id === "phq9" ? 1 + given(value.item9) : 1);
  const totalOk = checkInt(issues, [...path, "total"], value.total, info.totalRange[0], info.totalRange[1]);
  if (id === "phq9" && value.item9 !== undefined) {
    const item9Ok = checkInt(issues, [...path, "item9"], value.item9, info.itemRange[0], info.itemRange[1]);
    if (totalOk && item9Ok && (value.item9 as number) > (value.total as number)) {
      push(issues, [...path, "item9"], "custom", `item9 (${String(value.item9)}) cannot exceed the total (${String(value.total)})`);
    }
  }
}

/**
 * @internal Validates a screening input, collecting every issue. The input is not copied
 * or changed.
 */
export function checkScreeningInput(input: unknown): Issues {
  const issues: Issues = [];
  if (!isRecord(input)) {
    typeIssue(issues, [], "object", input);
    return issues;
  }
  const { risk, medicallyStable, dailyFunctioningImpaired, instruments, indicators, treatment, preferences } = input;
  // Stryker disable next-line all: a fast path; without it the full check that follows gives the same result.
  checkKeys(issues, [], input, TOP_KEYS, given(risk) + given(medicallyStable) + given(dailyFunctioningImpaired) + given(instruments) + given(indicators) + given(treatment) + given(preferences));
  bool(issues, [], "medicallyStable", medicallyStable);
  bool(issues, [], "dailyFunctioningImpaired", dailyFunctioningImpaired);

  if (risk !== undefined) {
    if (!isRecord(risk)) typeIssue(issues, RISK, "object", risk);
    else {
      const { imminentDanger, suicidalThoughts, suicidalIntentOrPlan, recentSuicidalBehavior, selfHarm, harmToOthers, assessedRiskLevel } = risk;
      // Stryker disable next-line all: a fast path; without it the full check that follows gives the same result.
      checkKeys(issues, RISK, risk, RISK_KEYS, given(imminentDanger) + given(suicidalThoughts) + given(suicidalIntentOrPlan) + given(recentSuicidalBehavior) + given(selfHarm) + given(harmToOthers) + given(assessedRiskLevel));
      bool(issues, RISK, "imminentDanger", imminentDanger);
      bool(issues, RISK, "suicidalIntentOrPlan", suicidalIntentOrPlan);
      bool(issues, RISK, "recentSuicidalBehavior", recentSuicidalBehavior);
      bool(issues, RISK, "selfHarm", selfHarm);
      bool(issues, RISK, "harmToOthers", harmToOthers);
      // Stryker disable next-line all: a fast path; without it the full check that follows gives the same result.
      if (suicidalThoughts !== undefined && suicidalThoughts !== "none" && suicidalThoughts !== "passive" && suicidalThoughts !== "active") {
        oneOf(issues, RISK, "suicidalThoughts", suicidalThoughts, THOUGHTS);
      }
      // Stryker disable next-line all: a fast path; without it the full check that follows gives the same result.
      if (assessedRiskLevel !== undefined && assessedRiskLevel !== "low" && assessedRiskLevel !== "moderate" && assessedRiskLevel !== "high") {
        oneOf(issues, RISK, "assessedRiskLevel", assessedRiskLevel, RISK_LEVELS);
      }
    }
  }

  if (instruments !== undefined) {
    if (!isRecord(instruments)) typeIssue(issues, INSTR, "object", instruments);
    else {
      const { phq9, gad7, phq2, gad2, k10, k6, who5 } = instruments;
      // Stryker disable next-line all: a fast path; without it the full check that follows gives the same result.
      checkKeys(issues, INSTR, instruments, INSTRUMENT_KEYS, given(phq9) + given(gad7) + given(phq2) + given(gad2) + given(k10) + given(k6) + given(who5));
      if (phq9 !== undefined) instrument(issues, "phq9", phq9);
      if (gad7 !== undefined) instrument(issues, "gad7", gad7);
      if (phq2 !== undefined) instrument(issues, "phq2", phq2);
      if (gad2 !== undefined) instrument(issues, "gad2", gad2);
      if (k10 !== undefined) instrument(issues, "k10", k10);
      if (k6 !== undefined) instrument(issues, "k6", k6);
      if (who5 !== undefined) instrument(issues, "who5", who5);
    }
  }

  if (indicators !== undefined) {
    if (!Array.isArray(indicators)) typeIssue(issues, INDICATORS, "array", indicators);
    else if (indicators.length > INDICATOR_IDS.length) {
      push(issues, INDICATORS, "too_big", `Too big: expected at most ${INDICATOR_IDS.length} indicators, received ${indicators.length}`);
    } else {
      for (let i = 0; i < indicators.length; i++) {
        const id: unknown = indicators[i];
        if (typeof id !== "string" || !INDICATOR_SET.has(id)) {
          push(issues, [...INDICATORS, i], "invalid_value", `Invalid option: expected an indicator id (${INDICATOR_IDS.join(", ")}), received ${typeof id === "string" ? JSON.stringify(id) : received(id)}`);
        } else if (indicators.indexOf(id) !== i) {
          push(issues, [...INDICATORS, i], "custom", `Duplicate indicator ${JSON.stringify(id)}`);
        }
      }
    }
  }

  if (treatment !== undefined) {
    if (!isRecord(treatment)) typeIssue(issues, TREATMENT, "object", treatment);
    else {
      const { inPsychotherapy, inPsychiatricCare, professionalSupportsCoaching } = treatment;
      // Stryker disable next-line all: a fast path; without it the full check that follows gives the same result.
      checkKeys(issues, TREATMENT, treatment, TREATMENT_KEY_SET, given(inPsychotherapy) + given(inPsychiatricCare) + given(professionalSupportsCoaching));
      bool(issues, TREATMENT, "inPsychotherapy", inPsychotherapy);
      bool(issues, TREATMENT, "inPsychiatricCare", inPsychiatricCare);
      bool(issues, TREATMENT, "professionalSupportsCoaching", professionalSupportsCoaching);
    }
  }

  if (preferences !== undefined) {
    if (!isRecord(preferences)) typeIssue(issues, PREFS, "object", preferences);
    else {
      // One pass: unknown dimensions, and each answer.
      let unknown: string[] | undefined;
      for (const key in preferences) {
        if (!isDimensionId(key)) (unknown ??= []).push(key);
        else {
          const value = preferences[key];
          // Stryker disable next-line all: a fast path; without it the full check that follows gives the same result.
          if (value !== undefined && value !== "coaching" && value !== "psychotherapy") oneOf(issues, PREFS, key, value, MODALITIES);
        }
      }
      if (unknown !== undefined) unrecognized(issues, PREFS, unknown);
    }
  }
  return issues;
}
