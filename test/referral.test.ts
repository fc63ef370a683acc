/**
 * Where to send people (SPEC-v2 §D), written from docs/clinical-basis.md: each red flag with
 * its destination and urgency, perinatal psychosis and mania, the SCOFF and the PC-PTSD-5 at
 * their cut-offs (one below, at, one above), the PC-PTSD-5's exposure question, and the
 * client's age: unknown, under the minimum age, a minor with and without a guardian's consent.
 */
import { describe, expect, it } from "vitest";
import { RED_FLAGS, REFER_TO, actionKey, assessScope, referrals, type ScopeAssessment } from "../src/index.js";
import { de } from "../src/locales/de.js";
import { en } from "../src/locales/en.js";
import { es } from "../src/locales/es.js";
import { fr } from "../src/locales/fr.js";
import { ADULT, NO_RED_FLAGS, SAFE, SCREENED, codes, inputIssues, reason } from "./helpers.js";

const CARE = { inPsychotherapy: true, professionalSupportsCoaching: true } as const;
const flag = (id: string, extra: object = {}): ScopeAssessment => assessScope({ ...SCREENED, redFlags: { ...NO_RED_FLAGS, [id]: true }, ...extra });

describe("red flags", () => {
  it.each(RED_FLAGS.map((f) => [f.id, f.referTo, f.urgent] as const))("%s refers to %s (urgent: %s), never lowered alongside treatment", (id, referTo, urgent) => {
    const result = flag(id);
    expect(result.level).toBe("refer");
    expect(reason(result, "red-flag")).toMatchObject({ kind: "context", level: "refer", evidence: { flag: id, referTo, urgent } });
    expect(referrals(result)).toEqual([{ to: referTo, urgent }]);
    // A perinatal question is asked only where it decides between refer and crisis.
    expect(result.missing).toEqual(urgent ? ["client.perinatal"] : []);
    expect(result.worstCase).toBe(urgent ? "crisis" : "refer");
    const inCare = flag(id, { treatment: CARE });
    expect(reason(inCare, "red-flag")?.level).toBe("refer");
    expect(inCare.level).toBe("refer");
  });

  it("every destination at refer or above is listed, not only the level's", () => {
    const both = flag("psychosis", { client: { ...ADULT, perinatal: true }, redFlags: { ...NO_RED_FLAGS, psychosis: true, "abuse-or-violence": true } });
    expect(both.level).toBe("crisis");
    expect(referrals(both)).toEqual([{ to: "mental-health", urgent: true }, { to: "abuse-support", urgent: false }]);
    const danger = assessScope({ ...SCREENED, risk: { ...SAFE, imminentDanger: true }, redFlags: { ...NO_RED_FLAGS, "substance-use": true } });
    expect(referrals(danger)).toEqual([{ to: "mental-health", urgent: true }, { to: "addiction-services", urgent: false }]);
  });

  it("keeps the plain referral's wording in care: a treating professional does not replace the service a red flag names", () => {
    const inCare = flag("psychosis", { client: { ...ADULT, perinatal: false }, treatment: { inPsychotherapy: true } });
    expect(actionKey(inCare)).toBe("level.refer.action");
    const young = assessScope({ ...SCREENED, client: { age: 10 }, treatment: { inPsychotherapy: true } });
    expect([young.level, actionKey(young)]).toEqual(["refer", "level.refer.action"]);
  });

  it("a minor's abuse goes to safeguarding, psychosis to youth services", () => {
    const minor = { client: { age: 15, guardianConsent: true } };
    expect(reason(flag("abuse-or-violence", minor), "red-flag")?.evidence).toMatchObject({ referTo: "safeguarding" });
    expect(reason(flag("psychosis", minor), "red-flag")?.evidence).toMatchObject({ referTo: "youth-services", urgent: true });
    expect(reason(flag("substance-use", minor), "red-flag")?.evidence).toMatchObject({ referTo: "addiction-services" });
  });

  it.each(["psychosis", "mania"])("%s in pregnancy or the year after birth is a crisis", (id) => {
    const result = flag(id, { client: { ...ADULT, perinatal: true } });
    expect(result.level).toBe("crisis");
    expect(reason(result, "red-flag")?.evidence).toEqual({ flag: id, referTo: "mental-health", urgent: true, perinatal: true });
    expect(result.worstCase).toBe("crisis");
    expect(flag(id, { client: { ...ADULT, perinatal: false } })).toMatchObject({ level: "refer", worstCase: "refer", missing: [] });
    // Substance use in a perinatal client stays a referral.
    expect(flag("substance-use", { client: { ...ADULT, perinatal: true } }).level).toBe("refer");
  });

  it("unanswered red flags are asked (incomplete, worst case at least refer); with requireRedFlags false they are not", () => {
    const result = assessScope({ risk: SAFE, client: ADULT, redFlags: { psychosis: false, mania: false } });
    expect(result.level).toBe("incomplete");
    expect(reason(result, "red-flag")?.evidence).toEqual({ unanswered: ["substance-use", "eating-disorder", "abuse-or-violence", "cognitive-decline"] });
    expect(result.missing).toEqual(["redFlags.substance-use", "redFlags.eating-disorder", "redFlags.abuse-or-violence", "redFlags.cognitive-decline"]);
    expect(result.worstCase).toBe("refer");
    expect(assessScope({ risk: SAFE, client: ADULT }, { policy: { requireRedFlags: false } })).toMatchObject({ level: "coaching", missing: [] });
    // A red-flag answer is a clinical answer: "no" to all of them is not "nothing answered".
    expect(codes(assessScope({ redFlags: NO_RED_FLAGS }))).not.toContain("nothing-answered");
    expect(codes(assessScope({ client: ADULT }))).toContain("nothing-answered");
  });

  it("says where to refer in every locale", () => {
    for (const locale of [en, de, es, fr]) {
      const result = assessScope({ ...SCREENED, redFlags: { ...NO_RED_FLAGS, "substance-use": true } }, { locale });
      expect(reason(result, "red-flag")?.message).toContain(locale.messages["referTo.addiction-services"]);
      expect(reason(result, "red-flag")?.message).toContain(locale.messages["redFlag.substance-use"]);
      for (const to of REFER_TO) expect(locale.messages[`referTo.${to}`].length, `${locale.code} ${to}`).toBeGreaterThan(3);
    }
  });
});

describe("the SCOFF", () => {
  const scoff = (items: number[], extra: object = {}) => assessScope({ ...SCREENED, instruments: { scoff: { items } }, ...extra });
  it("one below, at and one above the cut-off of 2: needs an assessment by a doctor", () => {
    expect(scoff([1, 0, 0, 0, 0])).toMatchObject({ level: "coaching", scores: { scoff: { min: 1, max: 1, complete: true, band: "negative" } } });
    const at = scoff([1, 0, 1, 0, 0]);
    expect(at.level).toBe("refer");
    expect(reason(at, "scoff")?.evidence).toEqual({ instrument: "scoff", score: "2", min: 2, max: 2, band: "positive", complete: true, threshold: 2, referTo: "medical" });
    expect(reason(at, "scoff")?.message).toBe("Your SCOFF (eating) score is 2, at or above 2: an assessment by a doctor is needed. The SCOFF screens; it does not find an eating disorder.");
    expect(scoff([1, 1, 1, 0, 0]).level).toBe("refer");
    expect(assessScope({ ...SCREENED, instruments: { scoff: { total: 2 } } }).level).toBe("refer");
    expect(scoff([1, 0, 0, 0, 0], {}).level).toBe("coaching");
    expect(assessScope({ ...SCREENED, instruments: { scoff: { items: [1, 0, 0, 0, 0] } } }, { policy: { thresholds: { scoff: { positive: 1 } } } }).level).toBe("refer");
  });
  it("an unanswered item that could make it positive is asked", () => {
    expect(scoff([1, null, 0, 0, 0] as never)).toMatchObject({ level: "incomplete", missing: ["instruments.scoff.items[1]"], worstCase: "refer" });
  });
  it("is lowered alongside treatment only for a client who is medically stable", () => {
    expect(reason(scoff([1, 1, 0, 0, 0], { treatment: CARE }), "scoff")?.level).toBe("refer");
    expect(reason(scoff([1, 1, 0, 0, 0], { treatment: CARE, medicallyStable: true }), "scoff")).toMatchObject({ level: "coaching-with-care", evidence: { loweredFrom: "refer" } });
    expect(reason(scoff([1, 1, 0, 0, 0], { treatment: CARE, medicallyStable: false }), "scoff")?.level).toBe("refer");
    // In care with medical stability unknown, it is asked: the answer decides whether it is lowered.
    expect(scoff([1, 1, 0, 0, 0], { treatment: CARE }).missing).toEqual(["medicallyStable"]);
    expect(scoff([1, 1, 0, 0, 0], { treatment: CARE }, ).worstCase).toBe("refer");
    expect(scoff([1, 1, 0, 0, 0]).missing).toEqual([]);
    expect(assessScope({ ...SCREENED, instruments: { scoff: { items: [1, 1, 0, 0, 0] } }, treatment: CARE }, { policy: { alongsideTreatment: false } }).missing).toEqual([]);
  });
});

describe("the PC-PTSD-5", () => {
  const pc = (items: number[], extra: object = {}) => assessScope({ ...SCREENED, instruments: { pcptsd5: { exposure: true, items } }, ...extra });
  it("cut-offs: 3 coaching with care, 4 refer (one below, at, one above)", () => {
    expect(pc([1, 1, 0, 0, 0]).level).toBe("coaching");
    expect(pc([1, 1, 1, 0, 0])).toMatchObject({ level: "coaching-with-care", scores: { pcptsd5: { band: "borderline" } } });
    expect(pc([1, 1, 1, 1, 0])).toMatchObject({ level: "refer", scores: { pcptsd5: { band: "positive" } } });
    expect(reason(pc([1, 1, 1, 1, 0]), "pcptsd5")?.evidence).toMatchObject({ threshold: 4, thresholdName: "refer", referTo: "mental-health" });
    expect(pc([1, 1, 1, 1, 1]).level).toBe("refer");
    expect(pc([1, 1, 1, 0, 0], {}).level).toBe("coaching-with-care");
    expect(assessScope({ ...SCREENED, instruments: { pcptsd5: { exposure: true, items: [1, 1, 1, 0, 0] } } }, { policy: { thresholds: { pcptsd5: { refer: 3 } } } }).level).toBe("refer");
    expect(reason(pc([1, 1, 1, 1, 0], { client: { age: 16, guardianConsent: true } }), "pcptsd5")?.evidence).toMatchObject({ referTo: "youth-services" });
  });
  it("the exposure question gates the items: no exposure scores 0; it is always required", () => {
    expect(assessScope({ ...SCREENED, instruments: { pcptsd5: { exposure: false } } })).toMatchObject({ level: "coaching", scores: { pcptsd5: { min: 0, max: 0, complete: true, band: "negative" } } });
    expect(assessScope({ ...SCREENED, instruments: { pcptsd5: { exposure: true, total: 4 } } }).level).toBe("refer");
    expect(inputIssues(() => assessScope({ instruments: { pcptsd5: { items: [1, 1, 1, 1, 1] } } as never }))).toEqual([
      { path: ["instruments", "pcptsd5", "exposure"], code: "invalid_type", message: "The PC-PTSD-5 asks exposure first: required, true or false (false takes no other answer)" },
    ]);
    expect(inputIssues(() => assessScope({ instruments: { pcptsd5: { exposure: false, items: [1, 1, 1, 1, 1] } } as never }))).toEqual([
      { path: ["instruments", "pcptsd5", "exposure"], code: "custom", message: 'With exposure false the PC-PTSD-5 scores 0 and takes no other answer: leave out "items"' },
    ]);
    expect(inputIssues(() => assessScope({ instruments: { pcptsd5: { exposure: "yes" } } as never }))[0]).toMatchObject({ path: ["instruments", "pcptsd5", "exposure"], code: "invalid_type" });
    expect(inputIssues(() => assessScope({ instruments: { pcptsd5: { exposure: true } } as never }))[0]).toMatchObject({ path: ["instruments", "pcptsd5"], code: "invalid_union" });
  });
  it("is lowered alongside treatment", () => {
    expect(reason(pc([1, 1, 1, 1, 1], { treatment: CARE }), "pcptsd5")).toMatchObject({ level: "coaching-with-care", evidence: { loweredFrom: "refer" } });
  });
});

describe("the client", () => {
  it("an unknown age is asked (requireAge); with requireAge false it is not", () => {
    const result = assessScope({ risk: SAFE, redFlags: NO_RED_FLAGS });
    expect(result).toMatchObject({ level: "incomplete", missing: ["client.age"], worstCase: "refer" });
    expect(reason(result, "minor")?.message).toBe("The client's age is not known: ask it (or whether they are 18 or over) before coaching.");
    expect(assessScope({ risk: SAFE, redFlags: NO_RED_FLAGS }, { policy: { requireAge: false } }).level).toBe("coaching");
    expect(assessScope({ risk: SAFE, redFlags: NO_RED_FLAGS, client: { adult: true } }).level).toBe("coaching");
  });

  it("under the minimum age (13): refer to youth services; at 13 a minor", () => {
    const young = assessScope({ ...SCREENED, client: { age: 12 } });
    expect(young.level).toBe("refer");
    expect(reason(young, "under-minimum-age")).toMatchObject({ kind: "context", level: "refer", evidence: { age: 12, minAge: 13, referTo: "youth-services" } });
    expect(codes(young)).not.toContain("minor");
    expect(referrals(young)).toEqual([{ to: "youth-services", urgent: false }]);
    expect(codes(assessScope({ ...SCREENED, client: { age: 13 } }))).toEqual(["minor"]);
    expect(assessScope({ ...SCREENED, client: { age: 12 } }, { policy: { minAge: 12 } }).level).toBe("incomplete");
  });

  it("a minor needs a guardian's consent: incomplete without it, coaching with care with it", () => {
    expect(assessScope({ ...SCREENED, client: { age: 17 } })).toMatchObject({ level: "incomplete", missing: ["client.guardianConsent"] });
    expect(assessScope({ ...SCREENED, client: { age: 17, guardianConsent: true } }).level).toBe("coaching-with-care");
    const refused = assessScope({ ...SCREENED, client: { age: 17, guardianConsent: false } });
    expect(refused).toMatchObject({ level: "incomplete", missing: [] });
    expect(reason(refused, "minor")?.message).toBe("The client is under 18 and a parent or guardian has not consented: do not start coaching.");
    expect(assessScope({ ...SCREENED, client: { age: 18 } }).level).toBe("coaching");
    expect(assessScope({ ...SCREENED, client: { age: 17 } }, { policy: { adultAge: 17 } }).level).toBe("coaching");
    // "Not 18 or over" without an age: the age is asked first (the client could be under 13).
    expect(assessScope({ ...SCREENED, client: { adult: false, guardianConsent: true } })).toMatchObject({ level: "incomplete", missing: ["client.age"], worstCase: "refer" });
  });

  it("an age that disagrees with 'adult' is asked again, and the client is treated as a minor", () => {
    const result = assessScope({ ...SCREENED, client: { age: 16, adult: true } });
    expect(codes(result)).toEqual(expect.arrayContaining(["minor", "inconsistent-answers"]));
    expect(reason(result, "inconsistent-answers")?.evidence).toEqual({ instruments: [], client: { age: 16, adult: true, adultAge: 18 } });
    expect(result.missing).toEqual(["client.guardianConsent", "client.age", "client.adult"]);
  });

  it("a minor's refer and crisis point to youth services", () => {
    const minor = { client: { age: 16, guardianConsent: true } };
    expect(referrals(assessScope({ ...SCREENED, ...minor, instruments: { gad7: { total: 15 } } }))).toEqual([{ to: "youth-services", urgent: false }]);
    expect(referrals(assessScope({ ...SCREENED, ...minor, risk: { ...SAFE, imminentDanger: true } }))).toEqual([{ to: "youth-services", urgent: true }]);
    expect(referrals(assessScope({ ...SCREENED, instruments: { gad7: { total: 15 } } }))).toEqual([{ to: "mental-health", urgent: false }]);
    expect(referrals(assessScope({ ...SCREENED }))).toEqual([]);
  });

  it("perinatal: coaching with care, the doctor in the loop, never lowered by policy", () => {
    const result = assessScope({ ...SCREENED, client: { ...ADULT, perinatal: true } });
    expect(result.level).toBe("coaching-with-care");
    expect(reason(result, "perinatal")).toMatchObject({ kind: "context", level: "coaching-with-care", evidence: { perinatal: true, referTo: "medical" } });
  });
});
