/**
 * The client: age (under the minimum age, a minor), a guardian's consent, and the perinatal
 * period (SPEC-v2 §D). A minor's referrals go to youth services ({@link referToFor}).
 *
 * @internal
 * @module
 */
import { literal, obj, oneOf, optional, bool, int } from "../shared/shape.js";
import { REFER_TO, referToFor } from "../input/referral.js";
import { NONE, finding, type Rule, type RuleContext } from "./rule.js";

/** @internal What the answers say of the client's age, the more careful reading where they disagree. */
export interface AgeReading {
  /** Under the policy's adult age; `undefined` when unknown. */
  readonly minor: boolean | undefined;
  /** Under the policy's minimum age; `undefined` when unknown. */
  readonly underMin: boolean | undefined;
  /** `client.age` and `client.adult` disagree. */
  readonly inconsistent: boolean;
}

/** @internal Reads the client's age against the policy. */
export function ageOf(ctx: RuleContext): AgeReading {
  const client = ctx.input.client;
  const age = client?.age;
  const adult = client?.adult;
  const { adultAge, minAge } = ctx.policy;
  if (age !== undefined) {
    const inconsistent = adult !== undefined && adult !== age >= adultAge;
    // A disagreement never lowers anything: either answer saying minor makes a minor.
    return { minor: age < adultAge || adult === false, underMin: age < minAge, inconsistent };
  }
  if (adult === true) return { minor: false, underMin: false, inconsistent: false };
  if (adult === false) return { minor: true, underMin: minAge === 0 ? false : undefined, inconsistent: false };
  return { minor: undefined, underMin: undefined, inconsistent: false };
}

/** @internal Whether the client is known to be a minor (their referrals go to youth services). */
export function isMinor(ctx: RuleContext): boolean {
  return ageOf(ctx).minor === true;
}

const underMinEvidence = /* @__PURE__ */ obj({ age: int(), minAge: int(), referTo: literal("youth-services") });

/** @internal Under the policy's minimum age: refer to youth services. */
export const UNDER_MINIMUM_AGE: Rule<"under-minimum-age", typeof underMinEvidence> = /* @__PURE__ */ (() => {
  const rule: Rule<"under-minimum-age", typeof underMinEvidence> = {
    code: "under-minimum-age",
    kind: "context",
    evidence: underMinEvidence,
    reads: ["client"],
    find(ctx) {
      const age = ctx.input.client?.age;
      if (age === undefined || ageOf(ctx).underMin !== true) return NONE;
      return [finding(rule, "refer", { age, minAge: ctx.policy.minAge, referTo: referToFor("mental-health", true) as "youth-services" })];
    },
    params: (e) => ({ age: e.age, minAge: e.minAge }),
  };
  return rule;
})();

const minorEvidence = /* @__PURE__ */ obj({
  age: optional(int()),
  adult: optional(bool()),
  adultAge: int(),
  guardianConsent: optional(bool()),
});

/**
 * @internal A minor (under `adultAge`) is coached only with a guardian's consent: `incomplete`
 * until it is given, then coaching with care. An unknown age (with `requireAge`) is asked.
 */
export const MINOR: Rule<"minor", typeof minorEvidence> = /* @__PURE__ */ (() => {
  const rule: Rule<"minor", typeof minorEvidence> = {
    code: "minor",
    kind: "context",
    evidence: minorEvidence,
    reads: ["client"],
    find(ctx) {
      const client = ctx.input.client;
      const { minor, underMin } = ageOf(ctx);
      const adultAge = ctx.policy.adultAge;
      if (minor === undefined) {
        return ctx.policy.requireAge ? [finding(rule, "incomplete", { adultAge }, [["client", "age"]])] : NONE;
      }
      // Under the minimum age the client is referred (under-minimum-age): consent changes nothing.
      if (!minor || underMin === true) return NONE;
      const evidence: Record<string, unknown> = {};
      if (client?.age !== undefined) evidence["age"] = client.age;
      if (client?.adult !== undefined) evidence["adult"] = client.adult;
      evidence["adultAge"] = adultAge;
      const consent = client?.guardianConsent;
      if (consent !== undefined) evidence["guardianConsent"] = consent;
      // Without an age, the client could be under the minimum age: it is asked first.
      const missing: (string | number)[][] = [];
      if (underMin === undefined) missing.push(["client", "age"]);
      if (consent === undefined) missing.push(["client", "guardianConsent"]);
      const level = consent === true && underMin === false ? "coaching-with-care" : "incomplete";
      return [finding(rule, level, evidence, missing.length > 0 ? missing : undefined)];
    },
    variants: ["unknown", "consent", "refused"],
    variant: (e) => (e.age === undefined && e.adult === undefined ? "unknown" : e.guardianConsent === true ? "consent" : e.guardianConsent === false ? "refused" : undefined),
    params: (e) => ({ adultAge: e.adultAge }),
  };
  return rule;
})();

const perinatalEvidence = /* @__PURE__ */ obj({ perinatal: literal(true), referTo: oneOf(REFER_TO) });

/** @internal Pregnant or in the year after birth: coaching with care, with the client's doctor in the loop. */
export const PERINATAL: Rule<"perinatal", typeof perinatalEvidence> = /* @__PURE__ */ (() => {
  const rule: Rule<"perinatal", typeof perinatalEvidence> = {
    code: "perinatal",
    kind: "context",
    evidence: perinatalEvidence,
    reads: ["client.perinatal"],
    find(ctx) {
      if (ctx.input.client?.perinatal !== true) return NONE;
      return [finding(rule, "coaching-with-care", { perinatal: true, referTo: "medical" })];
    },
  };
  return rule;
})();
