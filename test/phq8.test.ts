// The PHQ-8 (Kroenke et al., J Affect Disord 2009): the PHQ-9's first eight items, 0–24, the
// PHQ-9's bands (20–24 severe), care at 5 and refer at 10 by default. It has no item 9, so it
// never answers the suicidal-thoughts question; it is a full form for a positive PHQ-2.
import { describe, expect, it } from "vitest";
import { assessScope, DEFAULT_POLICY, INSTRUMENTS, scoreInstrument } from "../src/index.js";
import { codes, inputIssues, reason, SCREENED} from "./helpers.js";

const SAFE = { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } as const;
/** Item answers (8, each 0–3) that add up to `total`. */
const items = (total: number) => Array.from({ length: 8 }, (_, i) => Math.max(0, Math.min(3, total - 3 * i)));

describe("the PHQ-8", () => {
  it("is the PHQ-9's first eight items, scored 0–24 on the PHQ-9's bands", () => {
    expect(INSTRUMENTS.phq8).toMatchObject({ name: "PHQ-8", itemCount: 8, itemRange: [0, 3], totalRange: [0, 24], severeFrom: 20, itemsOf: { id: "phq9", items: [0, 1, 2, 3, 4, 5, 6, 7] } });
    expect(INSTRUMENTS.phq8.bands.map((b) => [b.id, b.min, b.max])).toEqual([
      ["minimal", 0, 4], ["mild", 5, 9], ["moderate", 10, 14], ["moderately-severe", 15, 19], ["severe", 20, 24],
    ]);
    expect(DEFAULT_POLICY.thresholds.phq8).toEqual({ care: 5, refer: 10 });
    expect(INSTRUMENTS.phq8.loinc).toBeNull();
  });

  it.each([
    [4, "coaching", "minimal"],
    [5, "coaching-with-care", "mild"],
    [9, "coaching-with-care", "mild"],
    [10, "refer", "moderate"],
    [14, "refer", "moderate"],
    [15, "refer", "moderately-severe"],
    [19, "refer", "moderately-severe"],
    [20, "refer", "severe"],
    [24, "refer", "severe"],
  ] as const)("a total of %i gives %s (band %s), from items or a total", (total, level, band) => {
    for (const answers of [{ items: items(total) }, { total }]) {
      const result = assessScope({ ...SCREENED, instruments: { phq8: answers } });
      expect(result.level).toBe(level);
      expect(result.scores.phq8).toEqual({ min: total, max: total, complete: true, band });
    }
    expect(scoreInstrument("phq8", items(total))).toEqual({ min: total, max: total, complete: true, band });
  });

  it("words its reason with its own name", () => {
    expect(reason(assessScope({ ...SCREENED, instruments: { phq8: { total: 12 } } }), "phq8")?.message).toBe("Your PHQ-8 (mood) score is 12, at or above 10.");
  });

  it("cannot clear with an item missing that could reach refer", () => {
    const result = assessScope({ ...SCREENED, instruments: { phq8: { items: [2, 2, 2, 1, 0, 0, 0, null] } } });
    expect(result.level).toBe("incomplete");
    expect(result.missing).toEqual(["instruments.phq8.items[7]"]);
    expect(reason(result, "instrument-incomplete")?.message).toBe("PHQ-8 questions still unanswered: 8. Their answers could change the result.");
  });

  it("never answers the suicidal-thoughts question: the risk screen still asks it", () => {
    const result = assessScope({ ...SCREENED, risk: { imminentDanger: false, recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false }, instruments: { phq8: { items: [0, 0, 0, 0, 0, 0, 0, 0] } } });
    expect(result.level).toBe("incomplete");
    expect(result.missing).toEqual(["risk.suicidalThoughts"]);
    expect(inputIssues(() => assessScope({ instruments: { phq8: { total: 3, item9: 0 } as never } }))[0]).toMatchObject({ code: "unrecognized_keys", keys: ["item9"] });
  });

  it("answers a positive PHQ-2, as the PHQ-9 does", () => {
    const positive = { ...SCREENED, instruments: { phq2: { items: [2, 2] } } };
    expect(codes(assessScope(positive))).toContain("phq2-positive");
    const withPhq8 = assessScope({ ...positive, instruments: { ...positive.instruments, phq8: { items: [2, 2, 1, 0, 0, 0, 0, 0] } } });
    expect(codes(withPhq8)).not.toContain("phq2-positive");
    expect(withPhq8.level).toBe("coaching-with-care");
  });

  it("rejects answers out of its range, naming the item", () => {
    expect(inputIssues(() => assessScope({ instruments: { phq8: { items: [0, 0, 0, 0, 0, 0, 0, 4] } } }))).toEqual([
      { path: ["instruments", "phq8", "items", 7], code: "too_big", message: "Too big: expected a number <= 3, received 4" },
    ]);
    expect(inputIssues(() => assessScope({ instruments: { phq8: { total: 25 } } }))[0]).toMatchObject({ path: ["instruments", "phq8", "total"], code: "too_big" });
    expect(inputIssues(() => assessScope({ instruments: { phq8: { items: [0, 0, 0, 0, 0, 0, 0, 0, 0] } } }))[0]).toMatchObject({ message: "Expected exactly 8 answers for the PHQ-8, received 9" });
  });

  it("is lowered alongside treatment like the other measures", () => {
    const result = assessScope({ ...SCREENED, instruments: { phq8: { total: 12 } }, treatment: { inPsychotherapy: true, professionalSupportsCoaching: true } });
    expect(result.level).toBe("coaching-with-care");
    expect(reason(result, "phq8")?.evidence.loweredFrom).toBe("refer");
  });
});
