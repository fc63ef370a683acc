// The routing helpers as truth tables over hand-made results: what each reads, and nothing else,
// decides where to send the client and whether to show crisis resources.
import { describe, expect, it } from "vitest";
import { REFER_TO, actionKey, crisisAudience, isScopeInputError, referrals, showCrisisResources, type ScopeAssessment, type ScopeLevel } from "../src/index.js";

type Reason = { code: string; kind: string; level: ScopeLevel; evidence?: Record<string, unknown> };
const result = (level: ScopeLevel, reasons: Reason[] = [], worstCase: ScopeLevel = level) =>
  ({ level, worstCase, reasons: reasons.map((r) => ({ evidence: {}, ...r })) }) as unknown as ScopeAssessment;
const symptom = (level: ScopeLevel, evidence: Record<string, unknown> = {}): Reason => ({ code: "phq9", kind: "symptom", level, evidence });

describe("showCrisisResources", () => {
  it.each([
    ["a crisis level alone", result("crisis", [symptom("crisis")], "crisis"), true],
    ["a crisis worst case alone", result("incomplete", [symptom("incomplete")], "crisis"), true],
    ["a risk reason alone", result("refer", [{ code: "self-harm", kind: "risk", level: "refer" }], "refer"), true],
    ["a risk reason at care, the level lower than refer", result("coaching-with-care", [{ code: "risk-not-screened", kind: "risk", level: "coaching-with-care" }]), true],
    ["refer with no risk reason", result("refer", [symptom("refer")], "refer"), false],
    ["coaching with no reason", result("coaching"), false],
  ])("%s: %s", (_name, value, expected) => {
    expect(showCrisisResources(value)).toBe(expected);
  });
});

describe("crisisAudience", () => {
  it.each([
    ["under the minimum age", [{ code: "under-minimum-age", kind: "context", level: "refer" }], "youth"],
    ["a minor, or an age still to ask", [{ code: "minor", kind: "context", level: "incomplete" }], "youth"],
    ["an adult's reasons", [symptom("refer")], "general"],
    ["no reason", [], "general"],
  ] as const)("%s: %s", (_name, reasons, expected) => {
    expect(crisisAudience(result("refer", [...reasons] as Reason[]))).toBe(expected);
  });
});

describe("referrals", () => {
  it("is empty below refer", () => {
    for (const level of ["coaching", "coaching-with-care", "incomplete"] as const) expect(referrals(result(level, [symptom(level)]))).toEqual([]);
  });
  it("lists each destination once, urgent first, then in REFER_TO's order; a crisis reason is urgent", () => {
    const reasons: Reason[] = [
      { code: "red-flag", kind: "context", level: "refer", evidence: { referTo: "addiction-services", urgent: false } },
      symptom("refer"),
      { code: "red-flag", kind: "context", level: "refer", evidence: { referTo: "medical", urgent: false } },
      { code: "red-flag", kind: "context", level: "refer", evidence: { referTo: "abuse-support", urgent: true } },
      { code: "red-flag", kind: "context", level: "refer", evidence: { referTo: "addiction-services", urgent: true } },
      { code: "imminent-danger", kind: "risk", level: "crisis" },
      symptom("coaching-with-care", { referTo: "safeguarding" }),
    ];
    expect(referrals(result("crisis", reasons))).toEqual([
      { to: "mental-health", urgent: true },
      { to: "addiction-services", urgent: true },
      { to: "abuse-support", urgent: true },
      { to: "medical", urgent: false },
    ]);
    expect(REFER_TO.indexOf("mental-health")).toBeLessThan(REFER_TO.indexOf("addiction-services"));
  });
  it("sends a known minor's mental-health referral to youth services, but not on an age still to ask", () => {
    const known: Reason = { code: "minor", kind: "context", level: "incomplete", evidence: { age: 15 } };
    const adultFalse: Reason = { code: "minor", kind: "context", level: "incomplete", evidence: { adult: false } };
    const toAsk: Reason = { code: "minor", kind: "context", level: "incomplete", evidence: {} };
    expect(referrals(result("refer", [symptom("refer"), known]))).toEqual([{ to: "youth-services", urgent: false }]);
    expect(referrals(result("refer", [symptom("refer"), adultFalse]))).toEqual([{ to: "youth-services", urgent: false }]);
    expect(referrals(result("refer", [symptom("refer"), toAsk]))).toEqual([{ to: "mental-health", urgent: false }]);
    expect(referrals(result("refer", [symptom("refer"), { code: "under-minimum-age", kind: "context", level: "refer" }]))).toEqual([{ to: "youth-services", urgent: false }]);
  });
});

describe("actionKey", () => {
  const inCare: Reason = { code: "concurrent-treatment", kind: "context", level: "coaching-with-care" };
  it.each([
    ["refer in care for a symptom", result("refer", [symptom("refer"), inCare]), "level.refer.inCareAction"],
    ["refer in care for a risk reason", result("refer", [{ code: "self-harm", kind: "risk", level: "refer" }, inCare]), "level.refer.action"],
    ["refer in care for a red flag", result("refer", [{ code: "red-flag", kind: "context", level: "refer" }, inCare]), "level.refer.action"],
    ["refer in care under the minimum age", result("refer", [{ code: "under-minimum-age", kind: "context", level: "refer" }, inCare]), "level.refer.action"],
    ["refer not in care", result("refer", [symptom("refer")]), "level.refer.action"],
    ["crisis in care", result("crisis", [{ code: "imminent-danger", kind: "risk", level: "crisis" }, inCare]), "level.crisis.action"],
    ["care in care", result("coaching-with-care", [inCare]), "level.coaching-with-care.action"],
  ])("%s: %s", (_name, value, expected) => {
    expect(actionKey(value)).toBe(expected);
  });
});

describe("what they refuse, word for word", () => {
  const issuesOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      if (isScopeInputError(error)) return [error.message.split("\n")[0], error.issues];
      throw error;
    }
    throw new Error("did not throw");
  };
  it("names each field", () => {
    expect(issuesOf(() => referrals(42 as never))).toEqual(["Invalid assessment", [{ path: [], code: "invalid_type", message: "Expected an assessment (a result of assessScope), received number" }]]);
    expect(issuesOf(() => actionKey({ level: "refer", reasons: "x" } as never))).toEqual(["Invalid assessment", [{ path: ["reasons"], code: "invalid_type", message: "Expected array, received string" }]]);
    expect(issuesOf(() => crisisAudience({ reasons: [7] } as never))).toEqual(["Invalid assessment", [{ path: ["reasons", 0], code: "invalid_type", message: "Expected object, received number" }]]);
    const throwing = Object.defineProperty({ level: "refer", worstCase: "refer" }, "reasons", { enumerable: true, get: () => { throw new RangeError("no"); } });
    expect(issuesOf(() => showCrisisResources(throwing as never))).toEqual(["Invalid assessment", [{ path: [], code: "custom", message: "The value could not be read (reading threw RangeError): expected plain data" }]]);
  });
});
