// Change over time: compareAssessments, trackAssessments and decision records, through the public API.
import Ajv2020Module from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_POLICY,
  INSTRUMENTS,
  assessScope,
  compareAssessments,
  createDecisionRecord,
  createScopeAssessor,
  isScopeConfigError,
  isScopeInputError,
  trackAssessments,
  verifyDecisionRecord,
  type InstrumentId,
  type ScopeAssessment,
} from "../src/index.js";
import { de } from "../src/locales/de.js";
import { screeningInputArb } from "./arbitraries.js";
import decisionRecordSchema from "../src/generated/decision-record.json";

const Ajv2020 = (Ajv2020Module as unknown as { default: typeof Ajv2020Module }).default ?? Ajv2020Module;

const SCREENED = {
  risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false },
  redFlags: { psychosis: false, mania: false, "substance-use": false, "eating-disorder": false, "abuse-or-violence": false, "cognitive-decline": false },
  client: { adult: true },
} as const;

/** A result with one instrument's total on its canonical scale. */
function withTotal(id: InstrumentId, total: number): ScopeAssessment {
  const answers = id === "who5" ? { total, scale: "raw" } : { total };
  return assessScope({ ...SCREENED, instruments: { [id]: answers } } as never);
}

function thrown(fn: () => unknown): { name: string; issues: readonly { path: readonly (string | number)[]; message: string }[] } {
  try {
    fn();
  } catch (error) {
    if (isScopeInputError(error) || isScopeConfigError(error)) return error;
    throw error;
  }
  throw new Error("did not throw");
}

describe("compareAssessments: each threshold, one below, at and one above, both directions", () => {
  // From the registry: the instruments with a reliable-change threshold.
  const withThreshold = (Object.keys(INSTRUMENTS) as InstrumentId[]).filter((id) => INSTRUMENTS[id].change !== undefined);

  it("covers the PHQ-9, PHQ-8, GAD-7 and WHO-5, with the published values", () => {
    expect(Object.fromEntries(withThreshold.map((id) => [id, [INSTRUMENTS[id].change?.reliable, INSTRUMENTS[id].change?.caseness]]))).toEqual({
      phq9: [6, 10],
      phq8: [6, 10],
      gad7: [4, 8],
      who5: [3, undefined],
    });
  });

  const rows = withThreshold.flatMap((id) => {
    const t = INSTRUMENTS[id].change!.reliable;
    const worse = INSTRUMENTS[id].direction === "higher-is-worse" ? 1 : -1;
    const [low, high] = INSTRUMENTS[id].totalRange;
    const base = Math.floor((low + high) / 2) - (worse === 1 ? t + 1 : -(t + 1)) * 0;
    return [t - 1, t, t + 1].flatMap((step) => [
      [id, base, base + worse * step, step >= t ? "reliable-deterioration" : "no-reliable-change"] as const,
      [id, base, base - worse * step, step >= t ? "reliable-improvement" : "no-reliable-change"] as const,
    ]);
  });
  it.each(rows)("%s %i → %i: %s", (id, before, after, classification) => {
    const change = compareAssessments(withTotal(id, before), withTotal(id, after)).instruments[id]!;
    expect(change).toMatchObject({ before: { min: before, max: before }, after: { min: after, max: after }, change: after - before, classification, threshold: INSTRUMENTS[id].change!.reliable });
  });

  it("caseness: PHQ-9 9 is not a case and 10 is; GAD-7 7 is not and 8 is", () => {
    expect(compareAssessments(withTotal("phq9", 9), withTotal("phq9", 10)).instruments.phq9).toMatchObject({ casenessBefore: false, casenessAfter: true });
    expect(compareAssessments(withTotal("gad7", 7), withTotal("gad7", 8)).instruments.gad7).toMatchObject({ casenessBefore: false, casenessAfter: true });
    expect(compareAssessments(withTotal("who5", 10), withTotal("who5", 20)).instruments.who5).not.toHaveProperty("casenessBefore");
  });

  it("the K10 and K6 have no threshold: the change is reported and classified unknown", () => {
    const k10 = (total: number) => assessScope({ ...SCREENED, instruments: { k10: { total, scale: "1-5" } } });
    expect(compareAssessments(k10(12), k10(40)).instruments.k10).toEqual({ before: { min: 12, max: 12 }, after: { min: 40, max: 40 }, change: 28, classification: "unknown" });
  });

  it("a threshold from the options replaces the registry's, and is checked like a policy", () => {
    expect(compareAssessments(withTotal("phq9", 5), withTotal("phq9", 10), { thresholds: { phq9: 5 } }).instruments.phq9?.classification).toBe("reliable-deterioration");
    expect(compareAssessments(withTotal("phq9", 5), withTotal("phq9", 10)).instruments.phq9?.classification).toBe("no-reliable-change");
    expect(thrown(() => compareAssessments(withTotal("phq9", 5), withTotal("phq9", 10), { thresholds: { phq9: 0 } })).issues[0]?.path).toEqual(["thresholds", "phq9"]);
    expect(thrown(() => compareAssessments(withTotal("phq9", 5), withTotal("phq9", 10), { thresholds: { phq10: 5 } as never })).issues[0]?.path).toEqual(["thresholds"]);
  });
});

describe("compareAssessments: ranges", () => {
  const phq9 = (items: (number | null)[]) => assessScope({ ...SCREENED, instruments: { phq9: { items } } });
  it("a range that straddles the threshold is unknown, with no change", () => {
    // 8 exact, then 10–13: a change of 2 to 5, all below 6 but not exact.
    expect(compareAssessments(phq9([1, 1, 1, 1, 1, 1, 1, 1, 0]), phq9([2, 2, 2, 2, 1, 1, null, 0, 0])).instruments.phq9).toMatchObject({ change: null, classification: "unknown" });
    // 8 exact, then 13–16: a change of 5 to 8, straddling 6.
    expect(compareAssessments(phq9([1, 1, 1, 1, 1, 1, 1, 1, 0]), phq9([2, 2, 2, 2, 2, 2, null, 1, 0])).instruments.phq9).toMatchObject({ change: null, classification: "unknown" });
  });
  it("a range wholly past the threshold is reliable, even when not exact", () => {
    // 2 exact, then 14–17: at least 12 worse.
    expect(compareAssessments(phq9([1, 1, 0, 0, 0, 0, 0, 0, 0]), phq9([2, 2, 2, 2, 2, 2, 1, 1, null])).instruments.phq9).toMatchObject({ change: null, classification: "reliable-deterioration", casenessAfter: true });
  });
  it("results of an instrument given on different scales compare on the canonical scale", () => {
    const k6 = (items: number[], scale: "0-4" | "1-5") => assessScope({ ...SCREENED, instruments: { k6: { items, scale } } });
    expect(compareAssessments(k6([1, 1, 1, 1, 1, 1], "0-4"), k6([2, 2, 2, 2, 2, 2], "1-5")).instruments.k6?.change).toBe(0);
  });
});

describe("compareAssessments: properties", () => {
  const resultArb = screeningInputArb({ nullable: true }).map((input) => assessScope(input));
  const mirror = { "reliable-improvement": "reliable-deterioration", "reliable-deterioration": "reliable-improvement", "no-reliable-change": "no-reliable-change", unknown: "unknown" } as const;

  it("compare(a, b) mirrors compare(b, a): improvement ↔ deterioration, and the level's move reversed", () => {
    fc.assert(
      fc.property(resultArb, resultArb, (a, b) => {
        const ab = compareAssessments(a, b);
        const ba = compareAssessments(b, a);
        for (const [id, change] of Object.entries(ab.instruments)) {
          const back = ba.instruments[id as InstrumentId]!;
          expect(back.classification).toBe(mirror[change.classification]);
          expect(back.change).toBe(change.change === null ? null : -change.change || 0);
        }
        expect(Object.keys(ba.instruments)).toEqual(Object.keys(ab.instruments));
        expect([ab.level.before, ab.level.after]).toEqual([ba.level.after, ba.level.before]);
      }),
      { numRuns: 300 },
    );
  });

  it("compare(a, a) is no-reliable-change for every instrument with a threshold and an exact score, unknown otherwise; never an error", () => {
    fc.assert(
      fc.property(resultArb, (a) => {
        const same = compareAssessments(a, a);
        expect(same.deteriorated).toBe(false);
        expect(same.level.direction).toBe("same");
        for (const [id, change] of Object.entries(same.instruments)) {
          const exact = change.before.min === change.before.max;
          const expected = INSTRUMENTS[id as InstrumentId].change !== undefined && exact ? "no-reliable-change" : "unknown";
          expect(change.classification, id).toBe(expected);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("policyId", () => {
  it("is equal for equal policies built in different key orders", () => {
    const a = createScopeAssessor({ policy: { thresholds: { phq9: { care: 4, refer: 9 }, gad7: { care: 5, refer: 10 } }, phq9Item9: "crisis" } })({ ...SCREENED });
    const b = createScopeAssessor({ policy: { phq9Item9: "crisis", thresholds: { gad7: { refer: 10, care: 5 }, phq9: { refer: 9, care: 4 } } } })({ ...SCREENED });
    expect(a.meta.policyId).toBe(b.meta.policyId);
    expect(compareAssessments(a, b).samePolicy).toBe(true);
  });

  it("differs when any threshold differs by one", () => {
    const base = assessScope({ ...SCREENED }).meta.policyId;
    const thresholds = DEFAULT_POLICY.thresholds as unknown as Record<string, Record<string, number>>;
    let checked = 0;
    for (const [id, values] of Object.entries(thresholds)) {
      for (const [key, value] of Object.entries(values)) {
        for (const moved of [value - 1, value + 1]) {
          let other: string;
          try {
            other = createScopeAssessor({ policy: { thresholds: { [id]: { [key]: moved } } } as never })({ ...SCREENED }).meta.policyId;
          } catch (error) {
            // A value past the evidence's limits is refused; the other direction is checked.
            if (isScopeConfigError(error)) continue;
            throw error;
          }
          expect(other, `${id}.${key} ${moved}`).not.toBe(base);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(Object.keys(thresholds).length);
  });
});

describe("bad input", () => {
  const result = withTotal("phq9", 8);
  it("a result of another minor version while 0.x is an error naming meta.version", () => {
    const other = { ...result, meta: { ...result.meta, version: "0.99.0" } };
    const error = thrown(() => compareAssessments(result, other));
    expect(error.name).toBe("ScopeInputError");
    expect(error.issues.map((i) => i.path)).toEqual([["after", "meta", "version"]]);
  });
  it("an unknown instrument or a score outside its range is an error with its path", () => {
    const unknown = { ...result, scores: { ...result.scores, phq10: { min: 1, max: 1, complete: true } } };
    expect(thrown(() => compareAssessments(unknown as never, result)).issues[0]).toMatchObject({ path: ["before", "scores"], code: "unrecognized_keys" });
    const outside = { ...result, scores: { phq9: { min: 3, max: 40, complete: false } } };
    expect(thrown(() => compareAssessments(result, outside as never)).issues[0]?.path).toEqual(["after", "scores", "phq9"]);
  });
  it("anything that is not a result is the library's error, never a raw one", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const bad of [null, 42, 10n, proxy, [], { ...result, level: "fine" }]) {
      expect(thrown(() => compareAssessments(bad as never, result)).issues.length).toBeGreaterThan(0);
    }
  });
  it("a result that went through JSON compares as the result itself", () => {
    expect(compareAssessments(JSON.parse(JSON.stringify(result)) as ScopeAssessment, result).instruments.phq9?.classification).toBe("no-reliable-change");
  });
});

describe("trackAssessments", () => {
  const phq9 = (items: number[]) => assessScope({ ...SCREENED, instruments: { phq9: { items } } });
  const mild = phq9([1, 1, 1, 1, 1, 1, 1, 1, 0]);
  const moderate = phq9([2, 2, 2, 2, 2, 2, 1, 1, 0]);

  it("gives each instrument's series in date order, with the first day each alert fired", () => {
    const track = trackAssessments([
      { on: "2026-11-30", result: moderate },
      { on: "2026-10-05", result: mild },
      { on: "2026-12-28", result: moderate },
    ]);
    expect(track.instruments.phq9).toEqual([
      { on: "2026-10-05", min: 8, max: 8, band: "mild", fromFirst: "no-reliable-change", fromPrevious: "no-reliable-change" },
      { on: "2026-11-30", min: 14, max: 14, band: "moderate", fromFirst: "reliable-deterioration", fromPrevious: "reliable-deterioration" },
      { on: "2026-12-28", min: 14, max: 14, band: "moderate", fromFirst: "reliable-deterioration", fromPrevious: "no-reliable-change" },
    ]);
    expect(track.levels).toEqual([
      { on: "2026-10-05", level: "coaching-with-care" },
      { on: "2026-11-30", level: "refer" },
      { on: "2026-12-28", level: "refer" },
    ]);
    expect(track.alerts).toEqual([
      { kind: "level-more-severe", on: "2026-11-30" },
      { kind: "reliable-deterioration", instrument: "phq9", on: "2026-11-30" },
      { kind: "became-case", instrument: "phq9", on: "2026-11-30" },
    ]);
  });

  it("an improvement fires nothing", () => {
    expect(trackAssessments([{ on: "2026-10-05", result: moderate }, { on: "2026-11-02", result: mild }]).alerts).toEqual([]);
  });

  it("a day that is not YYYY-MM-DD, or does not exist, is an error naming entries[i].on", () => {
    for (const on of ["2026-13-01", "2026-02-30", "30.11.2026", 20261130]) {
      expect(thrown(() => trackAssessments([{ on: on as string, result: mild }])).issues[0]).toMatchObject({ path: ["entries", 0, "on"], code: "invalid_format" });
    }
    expect(thrown(() => trackAssessments([{ on: "2026-11-30", result: { level: "refer" } as never }])).issues[0]?.path.slice(0, 3)).toEqual(["entries", 0, "result"]);
  });
});

describe("decision records", () => {
  const input = { ref: "client-7", ...SCREENED, instruments: { phq9: { items: [2, 2, 1, 1, 2, 1, 1, 0, 1] } }, answeredOn: "2026-11-20" };
  const record = createDecisionRecord(input, { asOf: "2026-11-30" });

  it("hold the input, the options that matter, the policy, the result and its meta, as the shipped JSON Schema describes", () => {
    expect(record).toMatchObject({ kind: "coaching-scope/decision-record", ref: "client-7", asOf: "2026-11-30", locale: "en", input });
    expect(record.meta).toEqual(record.result.meta);
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    expect(ajv.validate(decisionRecordSchema, JSON.parse(JSON.stringify(record))), JSON.stringify(ajv.errors)).toBe(true);
    expect(verifyDecisionRecord(JSON.parse(JSON.stringify(record)) as never)).toEqual({ valid: true });
  });

  /** Every leaf of a JSON value, with its path. */
  const leaves = (value: unknown, path: (string | number)[] = []): [(string | number)[], unknown][] =>
    typeof value === "object" && value !== null ? Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, Array.isArray(value) ? Number(k) : k])) : [[path, value]];
  const changed = (value: unknown): unknown => (typeof value === "string" ? `${value}x` : typeof value === "number" ? value + 1 : typeof value === "boolean" ? !value : 0);
  const setAt = (root: unknown, path: readonly (string | number)[], value: unknown): unknown => {
    const copy = structuredClone(root) as Record<string | number, unknown>;
    let node = copy;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    node[path.at(-1)!] = value;
    return copy;
  };

  it("fail verification when any one field of the result is changed, naming it, for every field", () => {
    const all = leaves(record.result);
    expect(all.length).toBeGreaterThan(40);
    for (const [path, value] of all) {
      const edited = setAt(record, ["result", ...path], changed(value));
      expect(verifyDecisionRecord(edited as never), path.join(".")).toEqual({ valid: false, path: ["result", ...path], stored: changed(value), recomputed: value });
    }
  });

  it("fail verification when the stored ref or meta is changed, and when the input, policy or locale was edited", () => {
    expect(verifyDecisionRecord({ ...record, ref: "client-8" })).toMatchObject({ valid: false, path: ["ref"], stored: "client-8", recomputed: "client-7" });
    expect(verifyDecisionRecord({ ...record, meta: { ...record.meta, policyId: "0000000000000000" } })).toMatchObject({ valid: false, path: ["meta", "policyId"] });
    expect(verifyDecisionRecord({ ...record, input: { ...input, instruments: { phq9: { items: [0, 0, 0, 0, 0, 0, 0, 0, 0] } } } }).valid).toBe(false);
    // PHQ-9 item 9 is 1: under the edited policy the level itself is re-made as crisis.
    expect(verifyDecisionRecord({ ...record, policy: { ...record.policy, phq9Item9: "crisis" } })).toMatchObject({ valid: false, path: ["result", "level"], stored: "refer", recomputed: "crisis" });
  });

  it("are re-made in their locale, which the options must supply beyond English", () => {
    const german = createDecisionRecord(input, { asOf: "2026-11-30", locale: de });
    expect(verifyDecisionRecord(german, { locales: [de] })).toEqual({ valid: true });
    expect(thrown(() => verifyDecisionRecord(german)).issues[0]).toMatchObject({ path: ["locales"], message: 'The record\'s messages are in "de": pass that locale in locales' });
  });

  it("of another minor version while 0.x, or not records at all, are the library's error", () => {
    expect(thrown(() => verifyDecisionRecord({ ...record, meta: { ...record.meta, version: "0.99.1" } })).issues[0]?.path).toEqual(["meta", "version"]);
    expect(thrown(() => verifyDecisionRecord({ ...record, kind: "other" } as never)).issues[0]?.path).toEqual(["kind"]);
    expect(thrown(() => verifyDecisionRecord({ ...record, input: { risk: { imminentDanger: "no" } } } as never)).issues[0]?.path).toEqual(["input", "risk", "imminentDanger"]);
    for (const bad of [null, 10n, [], { ...record, extra: 1 }]) expect(thrown(() => verifyDecisionRecord(bad as never)).name).toBe("ScopeInputError");
  });
});

describe("review: failing safe over time", () => {
  const phq9 = (items: (number | null)[], extra: object = {}) => assessScope({ ...SCREENED, ...extra, instruments: { phq9: { items } } } as never);

  it("PHQ-9 item 9 rising while the level stays refer is a deterioration", () => {
    const before = phq9([2, 2, 2, 2, 2, 2, 1, 1, 0]);
    const after = phq9([2, 2, 2, 2, 2, 1, 1, 1, 2], { risk: { ...SCREENED.risk, suicidalIntentOrPlan: false } });
    expect([before.level, after.level]).toEqual(["refer", "refer"]);
    expect(compareAssessments(before, after).deteriorated).toBe(true);
    expect(compareAssessments(after, after).deteriorated).toBe(false);
  });

  it("a move into incomplete whose worst case is more severe is a deterioration", () => {
    const before = phq9([2, 2, 2, 2, 2, 2, 1, 1, 0]);
    const after = assessScope({ risk: { imminentDanger: false }, instruments: { phq9: { items: [0, 0, 0, 0, 0, 0, 0, 0, 0] } } });
    const comparison = compareAssessments(before, after);
    expect([comparison.level.direction, after.worstCase]).toEqual(["less-severe", "crisis"]);
    expect(comparison.deteriorated).toBe(true);
  });

  it("a change that could be a deterioration but cannot be told is mayHaveDeteriorated, not deteriorated", () => {
    // 10 exact, then 13–16: at least 3, at most 6 worse.
    const wide = compareAssessments(phq9([2, 2, 2, 1, 1, 1, 1, 0, 0]), phq9([2, 2, 2, 2, 2, 2, 1, null, 0]));
    expect(wide).toMatchObject({ deteriorated: false, mayHaveDeteriorated: true });
    const k10 = (total: number) => assessScope({ ...SCREENED, instruments: { k10: { total, scale: "1-5" } } });
    expect(compareAssessments(k10(30), k10(50))).toMatchObject({ deteriorated: false, mayHaveDeteriorated: true });
    expect(compareAssessments(k10(50), k10(30))).toMatchObject({ deteriorated: false, mayHaveDeteriorated: false });
  });

  it("an alert fires again after its condition stopped holding: a second escalation, a relapse", () => {
    const crisis = assessScope({ ...SCREENED, risk: { ...SCREENED.risk, imminentDanger: true } });
    const track = trackAssessments([
      { on: "2026-01-01", result: phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]) },
      { on: "2026-02-01", result: phq9([2, 2, 2, 2, 2, 2, 1, 1, 0]) },
      { on: "2026-03-01", result: phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]) },
      { on: "2026-04-01", result: phq9([2, 2, 2, 2, 2, 2, 1, 1, 0]) },
      { on: "2026-05-01", result: crisis },
    ]);
    expect(track.alerts.filter((a) => a.kind === "level-more-severe").map((a) => a.on)).toEqual(["2026-02-01", "2026-04-01", "2026-05-01"]);
    expect(track.alerts.filter((a) => a.kind === "reliable-deterioration").map((a) => a.on)).toEqual(["2026-02-01", "2026-04-01"]);
    expect(track.alerts.filter((a) => a.kind === "became-case").map((a) => a.on)).toEqual(["2026-02-01", "2026-04-01"]);
  });

  it("became-case fires after a range that straddled the cut-off, against the last score that decided", () => {
    const track = trackAssessments([
      { on: "2026-01-01", result: phq9([1, 1, 1, 1, 1, 1, 1, 1, 0]) },
      { on: "2026-02-01", result: phq9([1, 1, 1, 1, 1, 1, 1, 1, null], { risk: { ...SCREENED.risk } }) },
      { on: "2026-03-01", result: phq9([2, 1, 1, 1, 1, 1, 1, 1, 1], { risk: { ...SCREENED.risk, suicidalIntentOrPlan: false } }) },
    ]);
    expect(track.instruments.phq9?.map((p) => [p.min, p.max])).toEqual([[8, 8], [8, 11], [10, 10]]);
    expect(track.alerts.filter((a) => a.kind === "became-case")).toEqual([{ kind: "became-case", instrument: "phq9", on: "2026-03-01" }]);
  });

  it("a stored result whose level, band or completeness disagrees with its own data is refused", () => {
    const result = phq9([1, 1, 1, 1, 1, 1, 1, 1, 0]);
    expect(thrown(() => compareAssessments({ ...result, level: "crisis", worstCase: "crisis", inScope: false }, result)).issues[0]?.path).toEqual(["before", "level"]);
    expect(thrown(() => compareAssessments(result, { ...result, scores: { phq9: { min: 8, max: 8, complete: true, band: "severe" } } })).issues[0]?.path).toEqual(["after", "scores", "phq9", "band"]);
    expect(thrown(() => compareAssessments(result, { ...result, scores: { phq9: { min: 8, max: 11, complete: true } } })).issues[0]?.path).toEqual(["after", "scores", "phq9", "complete"]);
    for (const version of ["0.0", "0.0.x", "0.0.0.0", "00.0.0", ""]) {
      expect(thrown(() => compareAssessments(result, { ...result, meta: { ...result.meta, version } })).issues[0]?.path, version).toEqual(["after", "meta", "version"]);
    }
  });

  it("a decision record edited where the result does not show it fails verification at its digest", () => {
    const record = createDecisionRecord({ ...SCREENED, client: { age: 35 } }, { asOf: "2026-11-30" });
    expect(verifyDecisionRecord({ ...record, input: { ...SCREENED, client: { age: 60 } } })).toMatchObject({ valid: false, path: ["digest"] });
    expect(verifyDecisionRecord({ ...record, asOf: "2026-12-01" })).toMatchObject({ valid: false, path: ["digest"] });
    expect(verifyDecisionRecord({ ...record, policy: { ...record.policy, thresholds: record.policy.thresholds } })).toEqual({ valid: true });
  });

  it("an unknown threshold id is one issue, and an invalid locale is named under locales", () => {
    expect(thrown(() => compareAssessments(withTotal("phq9", 5), withTotal("phq9", 10), { thresholds: { phq10: 5 } as never })).issues).toHaveLength(1);
    const german = createDecisionRecord({ risk: { imminentDanger: true } }, { locale: de });
    const error = thrown(() => verifyDecisionRecord(german, { locales: [{ code: "de" } as never] }));
    expect([error.name, error.issues[0]?.path.slice(0, 2)]).toEqual(["ScopeConfigError", ["locales", 0]]);
  });
});

describe("every message, word for word", () => {
  // PHQ-9 8 with item 9 answered: coaching-with-care.
  const result = assessScope({ ...SCREENED, instruments: { phq9: { items: [1, 1, 1, 1, 1, 1, 1, 1, 0] } } });
  it("of the comparison's options", () => {
    const error = thrown(() => compareAssessments(result, result, { thresholds: { phq9: 28, gad7: 1.5 } }));
    expect([error.name, (error as unknown as Error).message.split("\n")[0]]).toEqual(["ScopeConfigError", "Invalid comparison options"]);
    expect(error.issues).toEqual([
      { path: ["thresholds", "phq9"], code: "too_big", message: "Too big: expected a number <= 27, received 28" },
      { path: ["thresholds", "gad7"], code: "invalid_type", message: "Expected an integer, received 1.5" },
    ]);
    expect(compareAssessments(withTotal("gad7", 0), withTotal("gad7", 21), { thresholds: { gad7: 21 } }).instruments.gad7?.classification).toBe("reliable-deterioration");
    expect(thrown(() => compareAssessments(result, result, { extra: 1 } as never)).issues).toEqual([{ path: [], code: "unrecognized_keys", keys: ["extra"], message: 'Unrecognized key: "extra"' }]);
    const getter = Object.defineProperty({}, "thresholds", { enumerable: true, get: () => { throw new RangeError("no"); } });
    expect(thrown(() => compareAssessments(result, result, getter)).issues).toEqual([{ path: ["thresholds"], code: "custom", message: "The value could not be read (reading threw RangeError): expected plain data" }]);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(thrown(() => compareAssessments(result, result, proxy as never)).issues).toEqual([{ path: [], code: "custom", message: "The options could not be read (reading threw TypeError): expected plain data" }]);
  });

  it("of the results", () => {
    const error = thrown(() => compareAssessments({ ...result, meta: { ...result.meta, version: "0.99.0" } }, { ...result, scores: { phq9: { min: 3, max: 40, complete: false } } } as never));
    expect([error.name, (error as unknown as Error).message.split("\n")[0]]).toEqual(["ScopeInputError", "Invalid results to compare"]);
    expect(error.issues).toEqual([
      { path: ["before", "meta", "version"], code: "invalid_value", message: `Made by coaching-scope "0.99.0", whose results this release (${result.meta.version}) does not read: while the version is 0.x, a minor release may change results; compare and verify results of one release` },
      { path: ["after", "scores", "phq9"], code: "invalid_value", message: "Expected min ≤ max within the PHQ-9's total range 0–27, received 3–40" },
    ]);
    for (const [min, max] of [[-1, 3], [5, 4], [3, 28]]) {
      expect(thrown(() => compareAssessments(result, { ...result, scores: { phq9: { min, max, complete: false } } } as never)).issues[0]?.path, `${min}–${max}`).toEqual(["after", "scores", "phq9"]);
    }
    expect(thrown(() => compareAssessments(result, { ...result, inScope: false })).issues).toEqual([{ path: ["after", "inScope"], code: "invalid_value", message: "Expected true exactly when the level is coaching or coaching-with-care" }]);
    expect(thrown(() => compareAssessments(result, { ...result, worstCase: "coaching" })).issues).toEqual([{ path: ["after", "worstCase"], code: "invalid_value", message: 'Expected a level at least as severe as the level, received "coaching"' }]);
  });

  it("of the level's move, policies and caseness", () => {
    const refer = assessScope({ ...SCREENED, instruments: { phq9: { items: [2, 2, 2, 2, 2, 2, 2, 1, 0] } } });
    expect(compareAssessments(refer, result).level).toEqual({ before: "refer", after: "coaching-with-care", direction: "less-severe" });
    expect(compareAssessments(result, result).level.direction).toBe("same");
    const other = createScopeAssessor({ policy: { phq9Item9: "crisis" } })({ ...SCREENED, instruments: { phq9: { items: [1, 1, 1, 1, 1, 1, 1, 1, 0] } } });
    expect(compareAssessments(result, other).samePolicy).toBe(false);
    // 8–11 straddles the cut-off of 10: neither a case nor not one.
    const range = assessScope({ ...SCREENED, instruments: { phq9: { items: [1, 1, 1, 1, 1, 1, 1, 1, null] } }, risk: { ...SCREENED.risk } });
    const change = compareAssessments(result, range).instruments.phq9!;
    expect([change.casenessBefore, "casenessAfter" in change]).toEqual([false, false]);
    expect(compareAssessments(range, withTotal("phq9", 12)).instruments.phq9).toMatchObject({ casenessAfter: true });
    expect("casenessBefore" in compareAssessments(range, withTotal("phq9", 12)).instruments.phq9!).toBe(false);
  });

  it("of decision records and their options", () => {
    const record = createDecisionRecord({ risk: { imminentDanger: true } });
    const error = thrown(() => verifyDecisionRecord({ ...record, locale: 7, meta: { ...record.meta, version: 1 } } as never));
    expect([error.name, (error as unknown as Error).message.split("\n")[0]]).toEqual(["ScopeInputError", "Invalid decision record"]);
    expect(error.issues).toEqual([
      { path: ["meta", "version"], code: "invalid_type", message: "Expected string, received number" },
      { path: ["locale"], code: "invalid_type", message: "Expected string, received number" },
    ]);
    expect(thrown(() => verifyDecisionRecord({ ...record, input: 10n } as never)).issues).toEqual([{ path: [], code: "custom", message: "The record could not be read (reading threw TypeError): expected JSON data" }]);
    const options = thrown(() => verifyDecisionRecord(record, { locales: de } as never));
    expect([options.name, (options as unknown as Error).message.split("\n")[0], options.issues]).toEqual([
      "ScopeConfigError",
      "Invalid verification options",
      [{ path: ["locales"], code: "invalid_type", message: "Expected array, received object" }],
    ]);
    expect(thrown(() => verifyDecisionRecord(record, { locale: de } as never)).issues[0]).toMatchObject({ path: [], code: "unrecognized_keys" });
    expect(thrown(() => verifyDecisionRecord(record, 42 as never)).issues[0]).toMatchObject({ path: [], code: "invalid_type" });
  });

  it("of the entries to track", () => {
    const error = thrown(() => trackAssessments([{ on: "2026-11-30", result, note: 1 } as never, 42 as never]));
    expect([error.name, (error as unknown as Error).message.split("\n")[0]]).toEqual(["ScopeInputError", "Invalid screenings to track"]);
    expect(error.issues).toEqual([
      { path: ["entries", 0], code: "unrecognized_keys", keys: ["note"], message: 'Unrecognized key: "note"' },
      { path: ["entries", 1], code: "invalid_type", message: "Expected object, received number" },
    ]);
    expect(thrown(() => trackAssessments({} as never)).issues).toEqual([{ path: ["entries"], code: "invalid_type", message: "Expected array, received object" }]);
    expect(thrown(() => trackAssessments([{ on: "2026-13-01", result }])).issues).toEqual([{ path: ["entries", 0, "on"], code: "invalid_format", message: 'Invalid date: expected YYYY-MM-DD (a day that exists), received "2026-13-01"' }]);
  });
});

describe("each way a deterioration is told, alone", () => {
  const phq9 = (items: number[]) => assessScope({ ...SCREENED, instruments: { phq9: { items } } });
  it("a reliable deterioration alone: PHQ-9 10 → 16, refer both times", () => {
    const [before, after] = [phq9([2, 2, 2, 1, 1, 1, 1, 0, 0]), phq9([2, 2, 2, 2, 2, 2, 2, 2, 0])];
    expect([before.level, after.level, before.worstCase, after.worstCase]).toEqual(["refer", "refer", "refer", "refer"]);
    expect(compareAssessments(before, after)).toMatchObject({ deteriorated: true, mayHaveDeteriorated: true, instruments: { phq9: { classification: "reliable-deterioration" } } });
    expect(compareAssessments(after, before)).toMatchObject({ deteriorated: false, mayHaveDeteriorated: false });
  });
  it("a more severe level alone: PHQ-9 4 → 5, coaching → coaching-with-care", () => {
    const comparison = compareAssessments(phq9([1, 1, 1, 1, 0, 0, 0, 0, 0]), phq9([1, 1, 1, 1, 1, 0, 0, 0, 0]));
    expect(comparison).toMatchObject({ level: { before: "coaching", after: "coaching-with-care", direction: "more-severe" }, deteriorated: true, instruments: { phq9: { classification: "no-reliable-change" } } });
  });
  it("a WHO-5 range whose worst end reaches the threshold may have deteriorated", () => {
    const who5 = (items: (number | null)[]) => assessScope({ ...SCREENED, instruments: { who5: { items } } });
    // 20 exact, then 16–21 (one item unanswered): between 4 worse and 1 better.
    const comparison = compareAssessments(who5([4, 4, 4, 4, 4]), who5([4, 4, 4, 4, null]));
    expect(comparison.instruments.who5).toMatchObject({ change: null, classification: "unknown" });
    expect(comparison.mayHaveDeteriorated).toBe(true);
    // 16 exact, then 16–21: at worst no change.
    expect(compareAssessments(who5([4, 4, 4, 4, 0]), who5([4, 4, 4, 4, null])).mayHaveDeteriorated).toBe(false);
  });
  it("versions: strict semver, a pre-release of the same minor reads the same", () => {
    const result = phq9([1, 1, 1, 1, 0, 0, 0, 0, 0]);
    const [major, minor] = result.meta.version.split(".");
    const with_ = (version: string) => ({ ...result, meta: { ...result.meta, version } });
    expect(compareAssessments(result, with_(`${major}.${minor}.7-rc.1`)).samePolicy).toBe(true);
    for (const version of [`0${major}.${minor}.0`, `${major}.0${minor}.0`, `${major}.${minor}.01`, `${major}.${minor}.0-`, `${Number(major) + 1}.${minor}.0`]) {
      expect(thrown(() => compareAssessments(result, with_(version))).issues[0]?.path, version).toEqual(["after", "meta", "version"]);
    }
  });
  it("a short screen's band follows the policy, so it is not checked against published bands", () => {
    const phq2 = assessScope({ ...SCREENED, instruments: { phq2: { items: [1, 1] } } });
    expect(phq2.scores.phq2?.band).toBe("positive");
    expect(compareAssessments(phq2, phq2).instruments.phq2?.classification).toBe("unknown");
  });
});

describe("decision records: structure and stored options", () => {
  const record = createDecisionRecord({ risk: { imminentDanger: true } });
  it("leaves asOf out when none was given", () => {
    expect("asOf" in record).toBe(false);
  });
  it("finds a difference of kind, not only of value: an object for a string, an object for a list, null for an object", () => {
    expect(verifyDecisionRecord({ ...record, result: { ...record.result, level: {} as never } })).toEqual({ valid: false, path: ["result", "level"], stored: {}, recomputed: "crisis" });
    expect(verifyDecisionRecord({ ...record, result: { ...record.result, reasons: {} as never } })).toMatchObject({ valid: false, path: ["result", "reasons"] });
    expect(verifyDecisionRecord({ ...record, result: { ...record.result, scores: null as never } })).toEqual({ valid: false, path: ["result", "scores"], stored: null, recomputed: {} });
    expect(verifyDecisionRecord({ ...record, result: { ...record.result, missing: [...record.result.missing, "risk.selfHarm"] as never } })).toMatchObject({ valid: false, path: ["result", "missing", record.result.missing.length], recomputed: undefined });
  });
  it("a stored policy that is not valid is the record's error, named under policy", () => {
    const error = thrown(() => verifyDecisionRecord({ ...record, policy: { ...record.policy, phq9Item9: "later" } as never }));
    expect([error.name, error.issues[0]?.path]).toEqual(["ScopeInputError", ["policy", "phq9Item9"]]);
  });
  it("an entry whose day cannot be read is named by its path", () => {
    const entry = Object.defineProperty({ result: createDecisionRecord({ risk: { imminentDanger: true } }).result }, "on", { enumerable: true, get: () => { throw new RangeError("no"); } });
    expect(thrown(() => trackAssessments([entry as never])).issues).toEqual([{ path: ["entries", 0, "on"], code: "custom", message: "The value could not be read (reading threw RangeError): expected plain data" }]);
  });
});
