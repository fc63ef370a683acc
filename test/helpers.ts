import {
  INSTRUMENTS,
  isScopeConfigError,
  isScopeInputError,
  type InstrumentId,
  type ReasonCode,
  type ScopeAssessment,
  type ScopeReason,
  type ScopeIssue,
  type ScreeningInput,
} from "../src/index.js";

/** A risk screen answered with nothing to report. */
export const SAFE = { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } as const;

/** Every red flag answered "no". */
export const NO_RED_FLAGS = { psychosis: false, mania: false, "substance-use": false, "eating-disorder": false, "abuse-or-violence": false, "cognitive-decline": false } as const;

/** An adult client. */
export const ADULT = { age: 35 } as const;

/** Everything asked by default answered with nothing to report: the risk screen, the red flags, an adult's age. */
export const SCREENED = { risk: SAFE, redFlags: NO_RED_FLAGS, client: ADULT } as const;

/** Item answers that add up to `total`, filled from the first item; item 9 of the PHQ-9 stays 0. */
export function itemsFor(id: InstrumentId, total: number): number[] {
  const info = INSTRUMENTS[id];
  const [min, max] = info.itemRange;
  const items = Array.from({ length: info.itemCount }, () => min);
  let left = total - min * info.itemCount;
  const order = id === "phq9" ? [0, 1, 2, 3, 4, 5, 6, 7] : items.map((_, i) => i);
  for (const i of order) {
    const add = Math.min(max - min, left);
    items[i] = min + add;
    left -= add;
  }
  if (left !== 0) throw new Error(`cannot make ${total} for ${id}`);
  return items;
}

export function codes(result: ScopeAssessment): string[] {
  return result.reasons.map((r) => r.code);
}

/** The reason with this code, typed by it (its evidence has the code's own type). */
export function reason<C extends ReasonCode>(result: ScopeAssessment, code: C): Extract<ScopeReason, { code: C }> | undefined {
  return result.reasons.find((r): r is Extract<ScopeReason, { code: C }> => r.code === code);
}

export function inputIssues(fn: () => unknown): ScopeIssue[] {
  try {
    fn();
  } catch (error) {
    if (isScopeInputError(error)) return [...error.issues];
    throw error;
  }
  throw new Error("expected a ScopeInputError");
}

export function configIssues(fn: () => unknown): ScopeIssue[] {
  try {
    fn();
  } catch (error) {
    if (isScopeConfigError(error)) return [...error.issues];
    throw error;
  }
  throw new Error("expected a ScopeConfigError");
}

export type Input = ScreeningInput;

/** Every place in a JSON-like value that holds a field or an item: [parent, key], depth first. */
export function fieldSpots(value: unknown): [Record<string | number, unknown>, string | number][] {
  const spots: [Record<string | number, unknown>, string | number][] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach((v, i) => { spots.push([node as unknown as Record<number, unknown>, i]); walk(v); });
    else if (typeof node === "object" && node !== null) for (const [k, v] of Object.entries(node)) { spots.push([node as Record<string, unknown>, k]); walk(v); }
  };
  walk(value);
  return spots;
}
