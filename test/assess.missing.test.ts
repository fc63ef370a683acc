import { describe, expect, it } from "vitest";
import { assessScope, scoreInstrument } from "../src/index.js";
import { SAFE, codes, reason, SCREENED} from "./helpers.js";

describe("missing answers (the interval rule)", () => {
  it("fires refer when the lower bound is already over refer", () => {
    const result = assessScope({ ...SCREENED, instruments: { phq9: { items: [3, 3, 3, 2, null, null, null, null, 0] } } });
    expect(result.scores.phq9).toEqual({ min: 11, max: 23, complete: false });
    expect(result.level).toBe("refer");
    expect(codes(result)).toEqual(["phq9"]);
    expect(reason(result, "phq9")?.evidence).toMatchObject({ score: "11\u201323", complete: false, thresholdName: "refer" });
    expect(result.missing).toEqual([]);
  });

  it("cannot clear when the lower bound is under care but the upper bound is over it", () => {
    const result = assessScope({ ...SCREENED, instruments: { gad7: { items: [1, 1, 0, 0, 0, 0, null] } } });
    expect(result.scores.gad7).toEqual({ min: 2, max: 5, complete: false });
    expect(result.level).toBe("incomplete");
    expect(reason(result, "instrument-incomplete")).toMatchObject({ kind: "completeness", level: "incomplete", evidence: { instrument: "gad7", min: 2, max: 5, items: [7] } });
    expect(result.missing).toEqual(["instruments.gad7.items[6]"]);
    expect(reason(result, "instrument-incomplete")?.message).toBe("GAD-7 questions still unanswered: 7. Their answers could change the result.");
  });

  it("clears when no answer to the missing items could cross a threshold", () => {
    const result = assessScope({ ...SCREENED, instruments: { gad7: { items: [0, 0, 0, 0, 0, 0, null] } } });
    expect(result.scores.gad7).toEqual({ min: 0, max: 3, complete: false });
    expect(result.level).toBe("coaching");
  });

  it("fires care from the lower bound and asks for the items that could reach refer", () => {
    const result = assessScope({ ...SCREENED, instruments: { phq9: { items: [3, 2, 2, null, 0, 0, 0, 0, 0] } } });
    expect(result.scores.phq9).toEqual({ min: 7, max: 10, complete: false });
    expect(result.level).toBe("incomplete");
    expect(codes(result)).toEqual(["instrument-incomplete", "phq9"]);
    expect(reason(result, "phq9")?.level).toBe("coaching-with-care");
    expect(result.missing).toEqual(["instruments.phq9.items[3]"]);
  });

  it("treats a missing PHQ-9 item 9 as the unanswered risk question", () => {
    const result = assessScope({ ...SCREENED, risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false }, instruments: { phq9: { items: [0, 0, 0, 0, 0, 0, 0, 0, null] } } });
    expect(result.level).toBe("incomplete");
    expect(reason(result, "instrument-incomplete")?.evidence).toMatchObject({ instrument: "phq9", items: [9] });
    expect(result.missing).toEqual(["instruments.phq9.items[8]"]);
  });

  it("asks for item 9 beside a PHQ-9 total, unless the total is 0", () => {
    const result = assessScope({ ...SCREENED, instruments: { phq9: { total: 7 } } });
    expect(result.level).toBe("incomplete");
    expect(result.missing).toEqual(["instruments.phq9.item9"]);
    expect(result.scores.phq9).toEqual({ min: 7, max: 7, complete: true, band: "mild" });
    expect(reason(result, "instrument-incomplete")).toEqual({
      code: "instrument-incomplete",
      kind: "completeness",
      level: "incomplete",
      message: "PHQ-9 questions still unanswered: 9. Their answers could change the result.",
      evidence: { instrument: "phq9", min: 7, max: 7, items: [9] },
    });
    expect(assessScope({ ...SCREENED, risk: { imminentDanger: false, recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false }, instruments: { phq9: { total: 0 } } }).level).toBe("coaching");
  });

  it("asks for item 9 even when the total already refers: it is a risk question, and above 0 it leads to intent or plan", () => {
    for (const policy of [{}, { phq9Item9: "crisis" as const }]) {
      const result = assessScope({ ...SCREENED, instruments: { phq9: { total: 12 } } }, { policy });
      // Refer outranks incomplete, but the reason and the missing item still say what to ask.
      expect(result.level).toBe("refer");
      expect(codes(result)).toEqual(["phq9", "instrument-incomplete"]);
      expect(result.missing).toEqual(["instruments.phq9.item9"]);
      expect(result.worstCase).toBe("crisis");
    }
    // With items, only item 9 is asked when the others cannot change the level.
    const items = assessScope({ ...SCREENED, instruments: { phq9: { items: [3, 3, 3, 3, 0, 0, 0, null, null] } } });
    expect(items).toMatchObject({ level: "refer", worstCase: "crisis", missing: ["instruments.phq9.items[8]"] });
    expect(reason(items, "instrument-incomplete")?.evidence).toEqual({ instrument: "phq9", min: 12, max: 18, items: [9] });
    // In care, whatever the professional's view: item 9 is asked either way.
    const inCare = assessScope({ ...SCREENED, treatment: { inPsychotherapy: true }, instruments: { phq9: { items: [3, 3, 3, 3, 0, 0, 0, 0, null] } } });
    expect(inCare.missing).toEqual(["instruments.phq9.items[8]", "treatment.professionalSupportsCoaching"]);
    expect(inCare.worstCase).toBe("crisis");
  });

  it("all items missing: the whole range is open", () => {
    const result = assessScope({ ...SCREENED, instruments: { k10: { items: Array(10).fill(null), scale: "1-5" } } });
    expect(result.scores.k10).toEqual({ min: 10, max: 50, complete: false });
    expect(result.level).toBe("incomplete");
    expect(result.missing).toHaveLength(10);
    expect(result.missing[9]).toBe("instruments.k10.items[9]");
    const who5 = assessScope({ ...SCREENED, instruments: { who5: { items: [null, null, null, null, null] } } });
    expect(who5.scores.who5).toEqual({ min: 0, max: 25, complete: false });
    expect(who5.level).toBe("incomplete");
  });

  it("WHO-5: the bound flips, since lower is worse", () => {
    // With a PHQ-9 given, the WHO-5 gives its own reason (without one it asks for the PHQ-9).
    const phq9 = { items: [0, 0, 0, 0, 0, 0, 0, 0, 0] };
    const sureCare = assessScope({ ...SCREENED, instruments: { who5: { items: [2, 2, 2, 2, null] }, phq9 } });
    expect(sureCare.scores.who5).toEqual({ min: 8, max: 13, complete: false });
    expect(sureCare.level).toBe("incomplete");
    expect(reason(sureCare, "who5")).toBeUndefined();
    expect(sureCare.missing).toEqual(["instruments.who5.items[4]"]);
    const sure = assessScope({ ...SCREENED, instruments: { who5: { items: [1, 1, 0, 0, null] }, phq9 } });
    expect(sure.scores.who5).toEqual({ min: 2, max: 7, complete: false });
    expect(sure.level).toBe("refer");
    expect(sure.missing).toEqual([]);
  });

  it("an instrument alongside-treatment would cap at care does not ask for more", () => {
    const result = assessScope({
      ...SCREENED,
      instruments: { gad7: { items: [3, 3, 3, 0, 0, 0, null] } },
      treatment: { inPsychotherapy: true, professionalSupportsCoaching: true },
    });
    expect(result.scores.gad7).toEqual({ min: 9, max: 12, complete: false });
    expect(result.level).toBe("coaching-with-care");
    expect(result.missing).toEqual([]);
    const untreated = assessScope({ ...SCREENED, instruments: { gad7: { items: [3, 3, 3, 0, 0, 0, null] } } });
    expect(untreated.level).toBe("incomplete");
  });

  it("alongside treatment, still asks for items that could lift a clear score to care", () => {
    const result = assessScope({
      ...SCREENED,
      instruments: { gad7: { items: [1, 1, 1, 0, 0, null, null] } },
      treatment: { inPsychotherapy: true, professionalSupportsCoaching: true },
    });
    expect(result.scores.gad7).toStrictEqual({ min: 3, max: 9, complete: false });
    expect(codes(result)).toEqual(["instrument-incomplete", "concurrent-treatment"]);
    expect(result.level).toBe("incomplete");
    expect(result.missing).toEqual(["instruments.gad7.items[5]", "instruments.gad7.items[6]"]);
  });
});

describe("scoreInstrument", () => {
  it("scores complete answers with their band", () => {
    expect(scoreInstrument("phq9", [1, 1, 2, 1, 0, 1, 2, 1, 0])).toEqual({ min: 9, max: 9, complete: true, band: "mild" });
    expect(scoreInstrument("k10", Array(10).fill(3), { scale: "1-5" })).toEqual({ min: 30, max: 30, complete: true, band: "very-high" });
    expect(scoreInstrument("k6", [4, 4, 4, 1, 0, 0], { scale: "0-4" })).toEqual({ min: 13, max: 13, complete: true, band: "serious" });
  });

  it("widens unanswered items to a range, never counting them as 0", () => {
    expect(scoreInstrument("gad7", [1, 2, null, 1, 0, 0, 1])).toEqual({ min: 5, max: 8, complete: false });
    expect(scoreInstrument("k10", [null, 1, 1, 1, 1, 1, 1, 1, 1, 1], { scale: "1-5" })).toEqual({ min: 10, max: 14, complete: false });
  });

  it.each([
    ["phq9", 0, "minimal"], ["phq9", 4, "minimal"], ["phq9", 5, "mild"], ["phq9", 10, "moderate"], ["phq9", 15, "moderately-severe"], ["phq9", 20, "severe"], ["phq9", 27, "severe"],
    ["gad7", 14, "moderate"], ["gad7", 15, "severe"],
    ["phq2", 1, "negative"], ["phq2", 2, "positive"], ["gad2", 2, "negative"], ["gad2", 3, "positive"],
    ["k10", 15, "low"], ["k10", 16, "moderate"], ["k10", 22, "high"], ["k10", 29, "high"], ["k10", 30, "very-high"],
    ["k6", 4, "low"], ["k6", 5, "moderate"], ["k6", 12, "moderate"],
    ["who5", 7, "very-low"], ["who5", 8, "low"], ["who5", 12, "low"], ["who5", 13, "adequate"],
  ] as const)("%s total %i is %s", (id, total, band) => {
    const scale = { k10: "1-5", k6: "0-4", who5: "raw" }[id as string];
    expect(assessScope({ ...SCREENED, instruments: { [id]: scale === undefined ? { total } : { total, scale } } }).scores[id]?.band).toBe(band);
  });
});
