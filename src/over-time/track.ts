/**
 * A client's screenings over time, as data ready to chart, and the first date each alert fired.
 *
 * @module
 */
import type { ScopeAssessment } from "../assess/result.js";
import type { InstrumentId } from "../instruments/registry.js";
import { RANK, type ScopeLevel } from "../rules/levels.js";
import { checkDay } from "../shared/dates.js";
import { checkObject, readField, typeIssue, unreadable, type Issues } from "../shared/check.js";
import { ScopeInputError } from "../shared/errors.js";
import { instrumentChange, thresholdsOf, type ChangeClassification, type CompareOptions, type ScoreRange } from "./compare.js";
import { readResult } from "./read.js";

/**
 * One screening to track: the day it was made (`YYYY-MM-DD`, from the caller: the library reads
 * no clock) and its result.
 *
 * @example
 * ```ts
 * const entry: TrackEntry = { on: "2026-11-02", result: assessScope({ risk: { imminentDanger: false } }) };
 * ```
 */
export interface TrackEntry {
  /** The day of the screening, `YYYY-MM-DD`. */
  readonly on: string;
  /** Its result. */
  readonly result: ScopeAssessment;
}

/**
 * One instrument at one screening: its score, its band when exact, and how it moved from the
 * first screening that scored it and from the previous one.
 *
 * @example
 * ```ts
 * const point: TrackPoint = { on: "2026-11-30", min: 14, max: 14, band: "moderate", fromFirst: "reliable-deterioration", fromPrevious: "no-reliable-change" };
 * ```
 */
export interface TrackPoint extends ScoreRange {
  /** The day of the screening. */
  readonly on: string;
  /** The published band, when the score is exact. */
  readonly band?: string;
  /** How the score moved from the first screening that scored the instrument (itself, for the first). */
  readonly fromFirst: ChangeClassification;
  /** How the score moved from the previous screening that scored the instrument (itself, for the first). */
  readonly fromPrevious: ChangeClassification;
}

/**
 * An alert, on a day it fired: a reliable deterioration of an instrument (against the previous
 * screening, or newly against the first), a score that became a case (after the last score
 * that was decidedly not one), or a level more severe than the previous one.
 *
 * @example
 * ```ts
 * const alert: TrackAlert = { kind: "reliable-deterioration", instrument: "phq9", on: "2026-11-30" };
 * ```
 */
export interface TrackAlert {
  /** What fired. */
  readonly kind: "reliable-deterioration" | "became-case" | "level-more-severe";
  /** The instrument, for an instrument's alert. */
  readonly instrument?: InstrumentId;
  /** The day it fired. */
  readonly on: string;
}

/**
 * Each instrument's points, keyed by its id, in date order.
 *
 * @example
 * ```ts
 * const series: InstrumentSeries = { phq9: [{ on: "2026-11-02", min: 8, max: 8, band: "mild", fromFirst: "no-reliable-change", fromPrevious: "no-reliable-change" }] };
 * ```
 */
export type InstrumentSeries = { readonly [I in InstrumentId]?: readonly TrackPoint[] };

/**
 * The level of one screening, on its day.
 *
 * @example
 * ```ts
 * const level: TrackLevel = { on: "2026-11-02", level: "coaching-with-care" };
 * ```
 */
export interface TrackLevel {
  /** The day of the screening. */
  readonly on: string;
  /** Its level. */
  readonly level: ScopeLevel;
}

/**
 * Screenings over time: per instrument the points to chart, the level at each screening, and
 * each alert on the first day it fired.
 *
 * @example
 * ```ts
 * const track: AssessmentTrack = { instruments: {}, levels: [{ on: "2026-11-02", level: "coaching" }], alerts: [] };
 * ```
 */
export interface AssessmentTrack {
  /** Per instrument, one point per screening that scored it, in date order. */
  readonly instruments: InstrumentSeries;
  /** The level of each screening, in date order. */
  readonly levels: readonly TrackLevel[];
  /** Each alert on each day it newly fired, in date order: the first of a kind is the first day it fired. */
  readonly alerts: readonly TrackAlert[];
}

const ENTRY_KEYS = /* @__PURE__ */ new Set(["on", "result"]);

/** The entries, checked and read once, in date order (equal days in the order given). */
function readEntries(entries: unknown): { on: string; day: number; result: ScopeAssessment }[] {
  const issues: Issues = [];
  const out: { on: string; day: number; result: ScopeAssessment }[] = [];
  try {
    if (!Array.isArray(entries)) typeIssue(issues, ["entries"], "array", entries);
    else {
      const length = entries.length;
      for (let i = 0; i < length; i++) {
        const entry: unknown = entries[i];
        if (!checkObject(issues, ["entries", i], entry, ENTRY_KEYS)) continue;
        const unread = issues.length;
        const on = readField(issues, ["entries", i, "on"], entry as Record<string, unknown>, "on");
        // A day that could not be read is one problem, not also a wrong date.
        const day = issues.length > unread ? undefined : checkDay(issues, ["entries", i, "on"], on);
        const result = readResult(issues, ["entries", i, "result"], readField(issues, ["entries", i, "result"], entry as Record<string, unknown>, "result"));
        out.push({ on: on as string, day: day!, result });
      }
    }
  } catch (error) {
    unreadable(issues, ["entries"], error, "The entries");
  }
  if (issues.length > 0) throw new ScopeInputError(issues, "Invalid screenings to track");
  return out.map((e, i) => ({ ...e, i })).sort((a, b) => a.day - b.day || a.i - b.i);
}

/**
 * Tracks a client's screenings: per instrument the series to chart (date, score range, band,
 * and the classification against the first and the previous screening that scored it, as
 * {@link compareAssessments} gives it), the level of each screening, and each alert on each day
 * it newly fired: a reliable deterioration, a score that became a case, a level more severe than
 * the previous screening's. An alert fires again after its condition stopped holding (a relapse
 * after a recovery, a second escalation), never twice for one continuing state. Entries are taken in date order (equal days as given). Pure: the
 * dates come from the caller.
 *
 * @param entries - each screening's day (`YYYY-MM-DD`) and result.
 * @param options - reliable-change `thresholds`, as {@link compareAssessments} takes them.
 * @throws {@link ScopeInputError} for a day that is not `YYYY-MM-DD` or does not exist, or a
 *   result that is not one (naming `entries[i].on` or `entries[i].result…`).
 * @throws {@link ScopeConfigError} for invalid options.
 *
 * @example
 * ```ts
 * const screened = { risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } } as const;
 * const phq9 = (items: number[]) => assessScope({ ...screened, instruments: { phq9: { items } } });
 * const track = trackAssessments([
 *   { on: "2026-10-05", result: phq9([1, 1, 1, 1, 1, 1, 1, 1, 0]) },
 *   { on: "2026-11-02", result: phq9([1, 1, 1, 2, 1, 1, 1, 1, 0]) },
 *   { on: "2026-11-30", result: phq9([2, 2, 2, 2, 2, 2, 1, 1, 0]) },
 * ]);
 * track.instruments.phq9?.map((p) => `${p.on} ${p.min} ${p.fromFirst}`);
 * //=> ["2026-10-05 8 no-reliable-change", "2026-11-02 9 no-reliable-change", "2026-11-30 14 reliable-deterioration"]
 * track.alerts;
 * //=> [{ kind: "level-more-severe", on: "2026-11-30" }, { kind: "reliable-deterioration", instrument: "phq9", on: "2026-11-30" }, { kind: "became-case", instrument: "phq9", on: "2026-11-30" }]
 * ```
 */
export function trackAssessments(entries: readonly TrackEntry[], options?: CompareOptions): AssessmentTrack {
  const thresholds = thresholdsOf(options);
  const read = readEntries(entries);
  const instruments: Record<string, TrackPoint[]> = {};
  const alerts: TrackAlert[] = [];
  const fire = (kind: TrackAlert["kind"], on: string, instrument?: string): void => {
    alerts.push(instrument === undefined ? { kind, on } : { kind, instrument: instrument as InstrumentId, on });
  };
  const first = new Map<string, ScoreRange>();
  const previous = new Map<string, TrackPoint>();
  // The last caseness a score decided: a range that straddles the cut-off decides nothing.
  const wasCase = new Map<string, boolean>();
  read.forEach(({ on, result }, k) => {
    if (k > 0 && RANK[result.level] > RANK[read[k - 1]!.result.level]) fire("level-more-severe", on);
    for (const [id, score] of Object.entries(result.scores) as [string, ScoreRange & { band?: string }][]) {
      const fromFirst = instrumentChange(id, first.get(id) ?? score, score, thresholds.get(id));
      const fromPrevious = instrumentChange(id, previous.get(id) ?? score, score, thresholds.get(id));
      const point: { -readonly [K in keyof TrackPoint]: TrackPoint[K] } = { on, min: score.min, max: score.max, fromFirst: fromFirst.classification, fromPrevious: fromPrevious.classification };
      if (score.band !== undefined) point.band = score.band;
      (instruments[id] ??= []).push(point);
      // Each alert fires on each day it newly holds: a relapse after a recovery fires again.
      const worse = (p: TrackPoint | undefined) => p?.fromFirst === "reliable-deterioration";
      if (fromPrevious.classification === "reliable-deterioration" || (point.fromFirst === "reliable-deterioration" && !worse(previous.get(id)))) fire("reliable-deterioration", on, id);
      const isCase = fromFirst.casenessAfter;
      if (isCase !== undefined) {
        if (isCase && wasCase.get(id) === false) fire("became-case", on, id);
        wasCase.set(id, isCase);
      }
      if (!first.has(id)) first.set(id, score);
      previous.set(id, point);
    }
  });
  return { instruments, levels: read.map(({ on, result }) => ({ on, level: result.level })), alerts };
}
