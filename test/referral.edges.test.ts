/**
 * Edges of §D that the clinical tests leave open: each red-flag and minor message in full, the
 * age at exactly `adultAge` beside "adult", "not an adult" with a minimum age of 0, and whose
 * crisis lines to show.
 */
import { describe, expect, it } from "vitest";
import { assessScope, crisisAudience } from "../src/index.js";
import { ADULT, NO_RED_FLAGS, SAFE, SCREENED, codes, reason } from "./helpers.js";

const withFlag = (id: string, client: object = ADULT) => assessScope({ ...SCREENED, client, redFlags: { ...NO_RED_FLAGS, [id]: true } });

describe("red-flag messages", () => {
  it("say the sign and where to refer, urgently where it is urgent, as an emergency in the perinatal period", () => {
    expect(reason(withFlag("cognitive-decline"), "red-flag")?.message).toBe("A current warning sign was noted: new problems with memory or thinking. Refer to a doctor.");
    expect(reason(withFlag("mania", { ...ADULT, perinatal: false }), "red-flag")?.message).toBe(
      "A current warning sign was noted: days of elevated or irritable mood with little need for sleep. Refer urgently, the same day, to a mental-health professional.",
    );
    expect(reason(withFlag("psychosis", { ...ADULT, perinatal: true }), "red-flag")?.message).toBe(
      "A current warning sign was noted in pregnancy or the year after birth: hearing or seeing things others do not, or fixed beliefs others find strange. This is an emergency: contact a mental-health professional or the local emergency number now.",
    );
    expect(reason(assessScope({ risk: SAFE, client: ADULT }), "red-flag")?.message).toBe(
      "Not every question about current warning signs has been answered: they must be answered before coaching.",
    );
    // Only the urgent and perinatal flags carry those words in their evidence.
    expect(reason(withFlag("eating-disorder"), "red-flag")?.evidence).toEqual({ flag: "eating-disorder", referTo: "medical", urgent: false });
  });
});

describe("minor messages and age edges", () => {
  it("words consent given, refused and still to ask", () => {
    expect(reason(assessScope({ ...SCREENED, client: { age: 16, guardianConsent: true } }), "minor")).toMatchObject({
      level: "coaching-with-care",
      message: "The client is under 18 and a parent or guardian consents: coach with care, and refer to youth services where a referral is needed.",
      evidence: { age: 16, adultAge: 18, guardianConsent: true },
    });
    expect(reason(assessScope({ ...SCREENED, client: { age: 16 } }), "minor")).toMatchObject({
      level: "incomplete",
      message: "The client is under 18: a parent's or guardian's consent is needed before coaching.",
      evidence: { age: 16, adultAge: 18 },
    });
    expect(reason(assessScope({ ...SCREENED, client: { age: 16 } }), "minor")?.evidence).toEqual({ age: 16, adultAge: 18 });
    expect(reason(assessScope({ ...SCREENED, client: { adult: false, guardianConsent: false } }), "minor")?.evidence).toEqual({ adult: false, adultAge: 18, guardianConsent: false });
  });

  it("an age at exactly adultAge agrees with 'adult'; one below disagrees with it", () => {
    expect(assessScope({ ...SCREENED, client: { age: 18, adult: true } })).toMatchObject({ level: "coaching", reasons: [] });
    expect(codes(assessScope({ ...SCREENED, client: { age: 17, adult: false, guardianConsent: true } }))).toEqual(["minor"]);
    expect(codes(assessScope({ ...SCREENED, client: { age: 18, adult: false } }))).toEqual(expect.arrayContaining(["minor", "inconsistent-answers"]));
    expect(codes(assessScope({ ...SCREENED, client: { age: 17, adult: true } }))).toEqual(expect.arrayContaining(["minor", "inconsistent-answers"]));
  });

  it("'not an adult' with a minimum age of 0: consent is enough, no age is asked", () => {
    const result = assessScope({ ...SCREENED, client: { adult: false, guardianConsent: true } }, { policy: { minAge: 0 } });
    expect(result).toMatchObject({ level: "coaching-with-care", missing: [] });
    expect(assessScope({ ...SCREENED, client: { adult: true } }, { policy: { minAge: 18 } })).toMatchObject({ level: "coaching", missing: [] });
  });
});

describe("whose crisis lines", () => {
  it("youth for a minor, for an age under the minimum and for an age still to ask; general for an adult", () => {
    const danger = { ...SCREENED.risk, imminentDanger: true };
    expect(crisisAudience(assessScope({ ...SCREENED, risk: danger }))).toBe("general");
    expect(crisisAudience(assessScope({ ...SCREENED, risk: danger, client: { age: 12 } }))).toBe("youth");
    expect(crisisAudience(assessScope({ ...SCREENED, risk: danger, client: { adult: false } }))).toBe("youth");
    expect(crisisAudience(assessScope({ risk: danger, redFlags: NO_RED_FLAGS }))).toBe("youth");
    expect(crisisAudience({ reasons: [] })).toBe("general");
  });
});
