import { ScopeConfigError, ScopeInputError } from "./errors.js";
import type { Issues } from "./check.js";
import { checkScreeningInput, type ScreeningInput } from "./input.js";
import { bandOf, INSTRUMENT_IDS, SCALES, scoreItems, type Answer, type InstrumentId, type InstrumentScore, type Scale } from "./scales.js";
import { EN_REASONS } from "./locales/en.js";
import { SEED_NOT_PSYCHOTHERAPY } from "./seed.js";
import { RANK, REASON_CODES, type ReasonCode, type ReasonKind, type ScopeLevel } from "./levels.js";
import { checkLocalizeOptions, makeLocalizer, type InternalLocalizer } from "./localize.js";
import type { LocalizeOptions, MessageKey } from "./messages.js";
import { resolvePolicy, type CareReferThresholds, type Policy, type PolicyOverrides } from "./policy.js";

/**
 * Options of {@link assessScope} and {@link createScopeAssessor}: a policy (merged over
 * {@link DEFAULT_POLICY}) and localization options for the messages.
 *
 * @example
 * ```ts
 * const options: AssessOptions = { policy: { phq9Item9: "crisis" }, overrides: { "level.refer": "See a therapist first" } };
 * ```
 */
export type AssessOptions = {
  /** Changes to {@link DEFAULT_POLICY}, merged deeply over it. */
  readonly policy?: PolicyOverrides;
} & LocalizeOptions;

/**
 * Evidence behind a reason: the answers, scores and thresholds that made it fire.
 *
 * @example
 * ```ts
 * const evidence: ReasonEvidence = { instrument: "phq9", score: 12, band: "moderate", threshold: 10 };
 * ```
 */
export type ReasonEvidence = Readonly<Record<string, string | number | boolean>>;

/**
 * One reason for the level: which rule fired, at what level, why (a localized sentence a
 * coach can read to the client), and on what evidence.
 *
 * @example
 * ```ts
 * const reason: ScopeReason = {
 *   code: "phq9", kind: "symptom", level: "refer",
 *   message: "Your PHQ-9 (mood) score is 12, at or above 10.",
 *   evidence: { instrument: "phq9", score: 12, band: "moderate", threshold: 10, thresholdName: "refer" },
 * };
 * ```
 */
export interface ScopeReason {
  /** Which rule fired. */
  readonly code: ReasonCode;
  /** What the rule is about: risk, context, symptom, fit or completeness. */
  readonly kind: ReasonKind;
  /** The level this reason gives; the assessment's level is the most severe of these. */
  readonly level: ScopeLevel;
  /** Why, as a localized sentence a coach can read to the client. */
  readonly message: string;
  /** The answers, scores and thresholds that made the rule fire. */
  readonly evidence: ReasonEvidence;
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

/**
 * The result of a screen. `level` is the most severe level among `reasons` (`coaching`
 * when there are none); `inScope` is true for `coaching` and `coaching-with-care` only.
 *
 * @example
 * ```ts
 * const result: ScopeAssessment = assessScope({ risk: { imminentDanger: false, suicidalThoughts: "none" } });
 * result.level;
 * //=> "coaching"
 * ```
 */
export interface ScopeAssessment {
  /** The most severe level among `reasons`; `coaching` when there are none. */
  readonly level: ScopeLevel;
  /** True only when `level` is `coaching` or `coaching-with-care`. */
  readonly inScope: boolean;
  /** Every reason that led to the level, most severe first; ties in the rules table's order. */
  readonly reasons: readonly ScopeReason[];
  /** The score of every instrument given. */
  readonly scores: Readonly<Partial<Record<InstrumentId, InstrumentScore>>>;
  /** Present when the client stated at least one preference. */
  readonly fit?: FitSummary;
  /** Dotted input paths whose answers would let the assessment go further, most urgent first. */
  readonly missing: readonly string[];
  /** The resolved policy used. */
  readonly policy: Policy;
  /** The "not psychotherapy" disclaimer, localized. */
  readonly disclaimer: string;
}

interface Draft {
  code: ReasonCode;
  kind: ReasonKind;
  level: ScopeLevel;
  evidence: Record<string, string | number | boolean>;
  params: Record<string, string | number> | undefined;
  missing: readonly string[] | undefined;
  /**
   * A number that, with the code, fixes the message's text under one assessor (for example
   * (min × 64 + max) × 2 + 1 for a score range at `refer`), so the text is formatted once and
   * reused; -1 when the message cannot be reused.
   */
  memo: number;
  /** The position of the code in the rules table. */
  index: number;
  /** Sort key: severity rank, then the position of the code in the rules table. */
  order: number;
}

/** Formatted messages of one assessor, by the code's index in the rules table × {@link MEMO_SPAN} + memo number. */
type Memo = Map<number, string>;
/** Above every memo number: the largest is (50 × 64 + 50) × 2 + 1, for a K10 range at `refer`. */
const MEMO_SPAN = 8192;

/** Each code's position in the rules table (an object: a constant key is one cached load). */
const ORDER = /* @__PURE__ */ (() => Object.fromEntries(REASON_CODES.map((code, i) => [code, i])) as Record<ReasonCode, number>)();
// Message keys and input paths built once, so the hot path builds no strings to look up.
const REASON_KEY = /* @__PURE__ */ (() => Object.fromEntries(REASON_CODES.map((code) => [code, `reason.${code}`])) as unknown as Record<ReasonCode, MessageKey>)();
const NAME_KEY = /* @__PURE__ */ (() => Object.fromEntries(INSTRUMENT_IDS.map((id) => [id, `instrument.${id}.name`])) as unknown as Record<InstrumentId, MessageKey>)();
const ITEM_PATH = /* @__PURE__ */ (() =>
  Object.fromEntries(
    INSTRUMENT_IDS.map((id) => [id, Array.from({ length: SCALES[id].itemCount }, (_, i) => `instruments.${id}.items[${i}]`)]),
  ) as unknown as Record<InstrumentId, readonly string[]>)();
const SHORT_IDS = ["phq2", "gad2"] as const;
/** The English an assessment can print: reasons, instrument names, the disclaimer. */
const ASSESS_ENGLISH = /* @__PURE__ */ (() => ({ ...EN_REASONS, "disclaimer.notPsychotherapy": SEED_NOT_PSYCHOTHERAPY }))();
const FULL_FOR_SHORT = { phq2: "phq9", gad2: "gad7" } as const;
const SYMPTOM_IDS = ["phq9", "gad7", "k10", "k6", "who5"] as const;
const SYMPTOM_INFO = /* @__PURE__ */ (() => SYMPTOM_IDS.map((id) => SCALES[id]))();
const CARE: ScopeLevel = "coaching-with-care";

function draft(
  code: ReasonCode,
  kind: ReasonKind,
  level: ScopeLevel,
  evidence: Record<string, string | number | boolean>,
  params?: Record<string, string | number>,
  missing?: readonly string[],
  // Stryker disable next-line all: message memoization only saves work; the text is the same either way (tests compare kept and fresh messages).
  memo = params === undefined ? 0 : -1,
): Draft {
  const index = ORDER[code];
  return { code, kind, level, evidence, params, missing, memo, index, order: RANK[level] * 100 - index };
}

/** Stores a score under its instrument with a named property (fast on the hot path). */
function setScore(scores: Partial<Record<InstrumentId, InstrumentScore>>, id: InstrumentId, score: InstrumentScore): void {
  switch (id) {
    case "phq9": scores.phq9 = score; break;
    case "gad7": scores.gad7 = score; break;
    case "k10": scores.k10 = score; break;
    case "k6": scores.k6 = score; break;
    case "who5": scores.who5 = score; break;
    case "phq2": scores.phq2 = score; break;
    case "gad2": scores.gad2 = score; break;
  }
}

/** A reason's message: formatted once per assessor where its memo number allows. */
function messageOf(d: Draft, l: InternalLocalizer, memo: Memo | undefined): string {
  // Stryker disable next-line all: message memoization only saves work; the text is the same either way (tests compare kept and fresh messages).
  if (memo === undefined || d.memo < 0) return l.t(REASON_KEY[d.code], d.params);
  // Stryker disable next-line all: any key unique per code and memo number gives the same texts.
  const key = d.index * MEMO_SPAN + d.memo;
  let text = memo.get(key);
  // Stryker disable next-line all: message memoization only saves work; the text is the same either way (tests compare kept and fresh messages).
  if (text === undefined) memo.set(key, (text = l.t(REASON_KEY[d.code], d.params)));
  return text;
}

/** `instrument-incomplete` for the unanswered items (indexes from 0) of an instrument. */
function incomplete(id: InstrumentId, score: InstrumentScore, unanswered: readonly number[], paths: readonly string[], l: InternalLocalizer): Draft {
  const items = unanswered.map((i) => i + 1).join(", ");
  // The text depends on the instrument and the set of unanswered items (at most 10 of them).
  let set = 0;
  // Stryker disable next-line all: message memoization only saves work; the text is the same either way (tests compare kept and fresh messages).
  for (const i of unanswered) set |= 1 << i;
  return draft(
    "instrument-incomplete",
    "completeness",
    "incomplete",
    { instrument: id, min: score.min, max: score.max, items },
    { instrument: l.t(NAME_KEY[id]), items },
    paths,
    // Stryker disable next-line all: message memoization only saves work; the text is the same either way (tests compare kept and fresh messages).
    INSTRUMENT_IDS.indexOf(id) * 1024 + set,
  );
}

/** Level of an exact total under care/refer thresholds. */
function levelAt(info: Scale, t: CareReferThresholds, total: number): ScopeLevel {
  if (info.direction === "lower-is-worse") return total <= t.refer ? "refer" : total <= t.care ? CARE : "coaching";
  return total >= t.refer ? "refer" : total >= t.care ? CARE : "coaching";
}

function scoreText(score: InstrumentScore): string {
  return score.min === score.max ? String(score.min) : `${score.min}\u2013${score.max}`;
}

type RawInstrument = { items?: readonly Answer[] | undefined; total?: number | undefined; item9?: number | undefined };

/** The score of validated instrument answers; unanswered item indexes go to `missing`. */
function scoreOf(info: Scale, value: RawInstrument, missing: number[]): InstrumentScore {
  if (value.items !== undefined) return scoreItems(info, value.items, missing);
  const total = value.total!;
  return { min: total, max: total, complete: true, band: bandOf(info, total) };
}

/** @internal The rules, from validated input to drafts, scores and fit. */
function evaluate(input: ScreeningInput, policy: Policy, l: InternalLocalizer, memo: Memo | undefined): ScopeAssessment {
  const drafts: Draft[] = [];
  const th = policy.thresholds;
  const risk = input.risk;

  // Risk answers.
  if (risk !== undefined) {
    if (risk.imminentDanger === true) drafts.push(draft("imminent-danger", "risk", "crisis", { imminentDanger: true }));
    if (risk.suicidalIntentOrPlan === true) drafts.push(draft("suicidal-intent-or-plan", "risk", "crisis", { suicidalIntentOrPlan: true }));
    if (risk.recentSuicidalBehavior === true) drafts.push(draft("recent-suicidal-behavior", "risk", "crisis", { recentSuicidalBehavior: true }));
    if (risk.harmToOthers === true) drafts.push(draft("harm-to-others", "risk", "crisis", { harmToOthers: true }));
    const assessed = risk.assessedRiskLevel;
    if (assessed === "high" || assessed === "moderate") {
      drafts.push(draft("assessed-risk", "risk", assessed === "high" ? "crisis" : "refer", { assessedRiskLevel: assessed }));
    }
    const thoughts = risk.suicidalThoughts;
    if (thoughts === "passive" || thoughts === "active") drafts.push(draft("suicidal-thoughts", "risk", "refer", { suicidalThoughts: thoughts }));
    if (risk.selfHarm === true) drafts.push(draft("self-harm", "risk", "refer", { selfHarm: true }));
  }

  // Context.
  if (input.medicallyStable === false) drafts.push(draft("medically-unstable", "context", "refer", { medicallyStable: false }));
  if (input.dailyFunctioningImpaired === true) {
    drafts.push(draft("daily-functioning", "context", "refer", { dailyFunctioningImpaired: true }));
  }
  const treatment = input.treatment;
  const inTreatment = treatment?.inPsychotherapy === true || treatment?.inPsychiatricCare === true;
  const alongside = policy.alongsideTreatment && inTreatment && treatment?.professionalSupportsCoaching === true;
  /** The level a symptom or fit reason ends at, after the alongside-treatment rule. */
  const capped = (level: ScopeLevel): ScopeLevel => (alongside && level === "refer" ? CARE : level);

  // Instruments.
  const scores: Partial<Record<InstrumentId, InstrumentScore>> = {};
  let item9Known = false;
  const instruments = input.instruments;
  if (instruments !== undefined) {
    // Named reads (not instruments[id] in a loop) keep the property loads monomorphic.
    const values = [instruments.phq9, instruments.gad7, instruments.k10, instruments.k6, instruments.who5];
    for (let n = 0; n < SYMPTOM_IDS.length; n++) {
      const value = values[n] as RawInstrument | undefined;
      if (value === undefined) continue;
      const id = SYMPTOM_IDS[n]!;
      const info = SYMPTOM_INFO[n]!;
      const missingIdx: number[] = [];
      const score = scoreOf(info, value, missingIdx);
      setScore(scores, id, score);
      const t = th[id];
      const lowerIsWorse = info.direction === "lower-is-worse";
      const sure = levelAt(info, t, lowerIsWorse ? score.max : score.min);
      let worst = capped(levelAt(info, t, lowerIsWorse ? score.min : score.max));
      if (sure !== "coaching") {
        const refer = sure === "refer";
        // The evidence doubles as the message's parameters ({score}, {threshold}).
        const evidence: Record<string, string | number | boolean> = {
          instrument: id,
          score: scoreText(score),
          threshold: refer ? t.refer : t.care,
          thresholdName: refer ? "refer" : "care",
        };
        if (score.band !== undefined) evidence.band = score.band;
        if (!score.complete) evidence.complete = false;
        drafts.push(
          draft(id, "symptom", sure, evidence, evidence as Record<string, string | number>, undefined,
            // The text depends on the score's range and the threshold crossed (totals are under 64).
            // Stryker disable next-line all: message memoization only saves work; the text is the same either way (tests compare kept and fresh messages).
            (score.min * 64 + score.max) * 2 + (refer ? 1 : 0)),
        );
      }
      let totalOnlyItem9 = false;
      if (id === "phq9") {
        // A PHQ-9 total of 0 means every item, item 9 included, was 0.
        const item9 = value.items !== undefined ? value.items[8] ?? null : (value.item9 ?? (value.total === 0 ? 0 : null));
        if (item9 !== null) {
          item9Known = true;
          if (item9 > 0) drafts.push(draft("phq9-item9", "risk", policy.phq9Item9, { item9 }));
        } else {
          // An unknown item 9 could reach the item-9 level (refer or crisis): at least any total's.
          worst = policy.phq9Item9;
          totalOnlyItem9 = value.items === undefined;
        }
      }
      if (RANK[worst] > RANK[capped(sure)]) {
        const paths = missingIdx.map((i) => ITEM_PATH[id][i]!);
        if (totalOnlyItem9) paths.push("instruments.phq9.item9");
        const unanswered = totalOnlyItem9 ? [8] : missingIdx;
        drafts.push(incomplete(id, score, unanswered, paths, l));
      }
    }
    for (const id of SHORT_IDS) {
      const value = instruments[id];
      if (value === undefined) continue;
      const missingIdx: number[] = [];
      const score = scoreOf(SCALES[id], value, missingIdx);
      setScore(scores, id, score);
      const full = FULL_FOR_SHORT[id];
      if (instruments[full] !== undefined) continue;
      const positive = th[id].positive;
      if (score.min >= positive) {
        const s = scoreText(score);
        drafts.push(
          draft(`${id}-positive`, "symptom", "incomplete", { instrument: id, score: s, threshold: positive, next: full },
            { score: s, threshold: positive }, [`instruments.${full}`],
            // Stryker disable next-line all: message memoization only saves work; the text is the same either way (tests compare kept and fresh messages).
            score.min * 64 + score.max),
        );
      } else if (score.max >= positive) {
        drafts.push(incomplete(id, score, missingIdx, missingIdx.map((i) => ITEM_PATH[id][i]!), l));
      }
    }
  }

  // Indicators.
  const indicators = input.indicators;
  if (indicators !== undefined) {
    let count = 0;
    for (const id of indicators) {
      if (id === "thoughts-of-death") drafts.push(draft("thoughts-of-death", "risk", "refer", { indicator: id }));
      else count++;
    }
    const t = th.indicators;
    const level: ScopeLevel = count >= t.refer ? "refer" : count >= t.care ? CARE : "coaching";
    if (level !== "coaching") {
      const threshold = level === "refer" ? t.refer : t.care;
      const evidence = { count, threshold, thresholdName: level === "refer" ? "refer" : "care" };
      drafts.push(
        draft("indicators", "symptom", level, evidence, evidence, undefined,
          // Stryker disable next-line all: message memoization only saves work; the text is the same either way (tests compare kept and fresh messages).
          count * 2 + (level === "refer" ? 1 : 0)),
      );
    }
  }

  // Fit with the request.
  let fit: FitSummary | undefined;
  const preferences = input.preferences;
  if (preferences !== undefined) {
    let coaching = 0;
    let psychotherapy = 0;
    for (const key in preferences) {
      const value = preferences[key as keyof typeof preferences];
      if (value === "coaching") coaching++;
      else if (value === "psychotherapy") psychotherapy++;
    }
    const answered = coaching + psychotherapy;
    if (answered > 0) {
      const coachingShare = coaching / answered;
      fit = { answered, coaching, psychotherapy, coachingShare };
      const t = th.fit;
      if (answered >= t.minAnswered) {
        const level: ScopeLevel = coachingShare < t.refer ? "refer" : coachingShare < t.care ? CARE : "coaching";
        if (level !== "coaching") {
          const threshold = level === "refer" ? t.refer : t.care;
          drafts.push(
            draft("fit", "fit", level, { answered, coaching, psychotherapy, coachingShare, threshold, thresholdName: level === "refer" ? "refer" : "care" },
              { answered, coaching, psychotherapy }, undefined, coaching * 16 + psychotherapy),
          );
        }
      }
    }
  }

  // Treatment.
  if (inTreatment) {
    drafts.push(
      draft("concurrent-treatment", "context", CARE, {
        inPsychotherapy: treatment?.inPsychotherapy === true,
        inPsychiatricCare: treatment?.inPsychiatricCare === true,
      }),
    );
    if (alongside) {
      const lowered: string[] = [];
      for (const d of drafts) {
        if ((d.kind === "symptom" || d.kind === "fit") && d.level === "refer") {
          d.level = CARE;
          d.order = RANK[CARE] * 100 - d.index;
          d.evidence.loweredFrom = "refer";
          // The evidence often doubles as the message's parameters, which now differ from those
          // its memo number stands for: format this message afresh.
          // Stryker disable next-line all: message memoization only saves work; the text is the same either way (tests compare kept and fresh messages).
          d.memo = -1;
          lowered.push(d.code);
        }
      }
      if (lowered.length > 0) {
        drafts.push(draft("alongside-treatment", "context", CARE, { professionalSupportsCoaching: true, lowered: lowered.join(", ") }));
      }
    }
  }

  // The risk screen.
  if (policy.requireRiskScreen) {
    const dangerKnown = risk?.imminentDanger !== undefined;
    const thoughtsKnown = risk?.suicidalThoughts !== undefined || risk?.assessedRiskLevel !== undefined || item9Known;
    if (!dangerKnown || !thoughtsKnown) {
      const missing: string[] = [];
      if (!dangerKnown) missing.push("risk.imminentDanger");
      if (!thoughtsKnown) missing.push("risk.suicidalThoughts");
      drafts.push(draft("risk-screen-incomplete", "completeness", "incomplete", { imminentDanger: dangerKnown, suicidalThoughts: thoughtsKnown }, undefined, missing));
    }
  }

  // Most severe first, ties in the rules table's order (a stable insertion sort: lists are short).
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i]!;
    let j = i - 1;
    while (j >= 0 && d.order > drafts[j]!.order) {
      drafts[j + 1] = drafts[j]!;
      j--;
    }
    drafts[j + 1] = d;
  }
  const reasons: ScopeReason[] = [];
  const missing: string[] = [];
  for (const d of drafts) {
    reasons.push({
      code: d.code,
      kind: d.kind,
      level: d.level,
      message: messageOf(d, l, memo),
      evidence: d.evidence,
    });
    if (d.missing !== undefined) for (const path of d.missing) if (!missing.includes(path)) missing.push(path);
  }
  const level = reasons.length > 0 ? reasons[0]!.level : "coaching";
  const inScope = RANK[level] <= RANK[CARE];
  const disclaimer = l.t("disclaimer.notPsychotherapy");
  // Two literal shapes, so `fit` keeps its place in the documented order.
  const result: ScopeAssessment =
    fit === undefined
      ? { level, inScope, reasons, scores, missing, policy, disclaimer }
      : { level, inScope, reasons, scores, fit, missing, policy, disclaimer };
  return result;
}

/**
 * Prepares a screening function for many inputs: validates the options and the policy
 * once, resolves the locale once, and returns a fast, pure function.
 *
 * `createScopeAssessor(options)(input)` gives the same result as `assessScope(input, options)`.
 *
 * @param options - a policy (merged over {@link DEFAULT_POLICY}) and localization options.
 * @returns `(input) => ScopeAssessment`, which throws {@link ScopeInputError} for invalid input.
 * @throws {@link ScopeConfigError} for an invalid policy or options, naming the path
 *   (for example `policy.thresholds.phq9.care`).
 *
 * @example
 * ```ts
 * const assess = createScopeAssessor({ policy: { phq9Item9: "crisis" } });
 * assess({
 *   risk: { imminentDanger: false },
 *   instruments: { phq9: { items: [0, 0, 0, 0, 0, 0, 0, 0, 1] } },
 * }).level;
 * //=> "crisis"
 * ```
 */
export function createScopeAssessor(options?: AssessOptions): (input: ScreeningInput) => ScopeAssessment {
  const issues: Issues = [];
  if (!checkLocalizeOptions(issues, options, ["policy"])) throw new ScopeConfigError(issues, "Invalid assessment options");
  const policy = resolvePolicy(options?.policy, ["policy"]);
  const l = makeLocalizer(options, ASSESS_ENGLISH);
  // With no translate hook, a message depends only on its key and parameters: keep them.
  // Stryker disable next-line all: message memoization only saves work; the text is the same either way (tests compare kept and fresh messages).
  const memo: Memo | undefined = options?.translate === undefined ? new Map() : undefined;
  return (input: ScreeningInput): ScopeAssessment => {
    const problems = checkScreeningInput(input);
    if (problems.length > 0) throw new ScopeInputError(problems);
    return evaluate(input, policy, l, memo);
  };
}

let defaultAssessor: ((input: ScreeningInput) => ScopeAssessment) | undefined;

/**
 * Screens one client: is the request in scope for coaching, should the coach refer, or is
 * this a crisis? Returns the level with every reason that led there. It never diagnoses.
 *
 * Fails safe: an unanswered risk screen or missing items that could change the outcome give
 * `incomplete` with `missing` naming what to ask; a typo in a key is an error.
 * Pure: no I/O, no clock, no randomness; the input is never changed.
 *
 * @param input - what the intake knows; every field optional, unknown keys rejected.
 * @param options - a policy and localization options. To screen many inputs, prepare a
 *   function once with {@link createScopeAssessor}.
 * @throws {@link ScopeInputError} listing every problem of the input.
 * @throws {@link ScopeConfigError} for an invalid policy or options.
 *
 * @example
 * ```ts
 * const result = assessScope({
 *   risk: { imminentDanger: false, suicidalThoughts: "none" },
 *   instruments: { phq9: { items: [1, 1, 1, 1, 1, 1, 1, 0, 0] } },
 * });
 * result.level;
 * //=> "coaching-with-care"
 * result.reasons[0]?.message;
 * //=> "Your PHQ-9 (mood) score is 7, at or above 5."
 * ```
 */
export function assessScope(input: ScreeningInput, options?: AssessOptions): ScopeAssessment {
  if (options === undefined) return (defaultAssessor ??= createScopeAssessor())(input);
  return createScopeAssessor(options)(input);
}
