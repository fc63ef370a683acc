// The shapes the validator, the schemas, worstCase and the generators are derived from: what
// each answer's most severe value is, and what shape lies at a path.
import { describe, expect, it } from "vitest";
import { libraryEngine } from "../src/assess/engine.js";
import { assessScope } from "../src/index.js";
import { REGISTRY } from "../src/instruments/registry.js";
import { bool, crossedThresholds, int, list, literal, mostSevere, num, obj, oneOf, severity, shapeAt, str } from "../src/shared/shape.js";
import { SCREENED } from "./helpers.js";

const shape = libraryEngine().inputShape;

describe("mostSevere", () => {
  it("gives each answer's most severe value, where answers have an order", () => {
    expect(mostSevere(bool(true))).toBe(true);
    expect(mostSevere(bool(false))).toBe(false);
    expect(mostSevere(bool())).toBeUndefined();
    expect(mostSevere(severity(["none", "passive", "active"]))).toBe("active");
    expect(mostSevere(oneOf(["a", "b"]))).toBeUndefined();
    expect(mostSevere(int(0, 3, 3))).toBe(3);
    expect(mostSevere(int(0, 3))).toBeUndefined();
    expect(mostSevere(num(0, 1))).toBeUndefined();
    expect(mostSevere(str(5))).toBeUndefined();
    expect(mostSevere(literal("x"))).toBeUndefined();
    expect(mostSevere(list(int()))).toBeUndefined();
  });

  it("fills a whole instrument with its most severe answer (the lowest for the WHO-5)", () => {
    expect(mostSevere(shapeAt(shape, ["instruments", "phq9"])!)).toEqual({ items: [3, 3, 3, 3, 3, 3, 3, 3, 3] });
    expect(mostSevere(shapeAt(shape, ["instruments", "who5"])!)).toEqual({ items: [0, 0, 0, 0, 0] });
    expect(mostSevere(shapeAt(shape, ["instruments", "k10"])!)).toEqual({ items: Array.from({ length: 10 }, () => 5) });
  });
});

describe("shapeAt", () => {
  it("finds fields, items and an instrument's risk field", () => {
    expect(shapeAt(shape, [])).toBe(shape);
    expect(shapeAt(shape, ["risk", "imminentDanger"])).toEqual(bool(true));
    expect(shapeAt(shape, ["instruments", "phq9", "items", 8])).toEqual(int(0, 3, 3));
    expect(shapeAt(shape, ["instruments", "who5", "items", 0])).toEqual(int(0, 5, 0));
    expect(shapeAt(shape, ["instruments", "phq9", "item9"])).toEqual(int(0, 3, 3));
    expect(shapeAt(shape, ["instruments", "phq9"])?.kind).toBe("instrument");
  });

  it("finds nothing where nothing is", () => {
    for (const path of [["nope"], ["risk", "nope"], ["instruments", "gad7", "item9"], ["instruments", "phq9", "items"], ["instruments", "phq9", "total", 1], ["risk", "imminentDanger", "x"], ["toString"], ["risk", "__proto__"]]) {
      expect(shapeAt(shape, path), path.join(".")).toBeUndefined();
    }
    expect(shapeAt(obj({ a: bool() }), ["a", "b"])).toBeUndefined();
  });
});

describe("crossedThresholds", () => {
  it("says when care is past refer, in the direction scores run", () => {
    expect(crossedThresholds(5, 10, "care-below-refer")).toBeUndefined();
    expect(crossedThresholds(10, 10, "care-below-refer")).toBeUndefined();
    expect(crossedThresholds(11, 10, "care-below-refer")).toBe("care (11) must be at most refer (10): care is the milder level");
    expect(crossedThresholds(12, 7, "care-above-refer")).toBeUndefined();
    expect(crossedThresholds(7, 7, "care-above-refer")).toBeUndefined();
    expect(crossedThresholds(6, 7, "care-above-refer")).toBe("care (6) must be at least refer (7): care is the milder level and lower scores are worse here");
  });
});

describe("worstCase fills what is missing at its most severe", () => {
  const SAFE = { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } as const;
  it("a whole instrument asked for by a positive screen", () => {
    const positive = { ...SCREENED, instruments: { phq2: { items: [2, 2] } } };
    // The PHQ-9 at its most severe has item 9 at 3, which makes intent or plan required: crisis.
    expect(assessScope(positive)).toMatchObject({ level: "incomplete", missing: ["instruments.phq9"], worstCase: "crisis" });
    const gad = { ...SCREENED, instruments: { gad2: { items: [2, 2] } } };
    expect(assessScope(gad)).toMatchObject({ level: "incomplete", missing: ["instruments.gad7"], worstCase: "refer" });
  });

  it("single items, the WHO-5's at their lowest", () => {
    // Beside a PHQ-9: 12–22 could reach care at worst, so incomplete; filled at 0 it is care, below incomplete.
    const phq9 = { items: [0, 0, 0, 0, 0, 0, 0, 0, 0] };
    expect(assessScope({ ...SCREENED, instruments: { who5: { items: [5, 5, 2, null, null] }, phq9 } })).toMatchObject({ level: "incomplete", worstCase: "incomplete" });
    expect(assessScope({ ...SCREENED, instruments: { who5: { items: [2, 1, 1, null, null] }, phq9 } })).toMatchObject({ level: "incomplete", worstCase: "refer" });
    // Without one, a WHO-5 that could be low asks for the PHQ-9, whose item 9 could need the intent question.
    expect(assessScope({ ...SCREENED, instruments: { who5: { items: [5, 5, 2, null, null] } } })).toMatchObject({ level: "incomplete", worstCase: "crisis" });
    expect(assessScope({ ...SCREENED, instruments: { gad7: { items: [3, 3, 3, 0, 0, 0, null] } } })).toMatchObject({ level: "incomplete", worstCase: "refer" });
  });

  it("the questions about safety, inside a risk object that is not there yet", () => {
    expect(assessScope({ instruments: { gad7: { total: 0 } } })).toMatchObject({ level: "incomplete", worstCase: "crisis" });
    // Thoughts at their most severe (active) make intent or plan required, and that at its most severe is a crisis.
    expect(assessScope({ ...SCREENED, risk: { imminentDanger: false } })).toMatchObject({ level: "incomplete", worstCase: "crisis" });
    expect(assessScope({ ...SCREENED, risk: { ...SAFE, selfHarm: undefined } })).toMatchObject({ level: "incomplete", worstCase: "refer" });
  });

  it("every instrument of the registry can be filled", () => {
    for (const instrument of REGISTRY.instruments) {
      const filled = mostSevere(shapeAt(shape, ["instruments", instrument.id])!) as { items: number[] };
      expect(filled.items).toHaveLength(instrument.itemCount);
      expect(filled.items.every((a) => a === instrument.answerOrder.at(-1))).toBe(true);
    }
  });
});
