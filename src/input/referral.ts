/**
 * Where a referral goes, and the red flags: current signs that send a client somewhere other
 * than coaching, each with its destination (SPEC-v2 §D; docs/clinical-basis.md).
 *
 * @module
 */

/**
 * Where a reason sends the client (`evidence.referTo`):
 *
 * | id | where |
 * |---|---|
 * | `mental-health` | a mental-health professional or service |
 * | `medical` | a doctor (general practitioner or the client's physician) |
 * | `addiction-services` | an addiction (substance-use) service |
 * | `abuse-support` | a specialist domestic-abuse or violence support service |
 * | `safeguarding` | the local child-protection (safeguarding) service, for a minor |
 * | `youth-services` | youth mental-health services, for a minor |
 *
 * @example
 * ```ts
 * const to: ReferTo = "addiction-services";
 * ```
 */
export type ReferTo = (typeof REFER_TO)[number];

/**
 * Every destination, in the order referrals are listed.
 *
 * @example
 * ```ts
 * REFER_TO[0];
 * //=> "mental-health"
 * ```
 */
export const REFER_TO = /* @__PURE__ */ Object.freeze(["mental-health", "medical", "addiction-services", "abuse-support", "safeguarding", "youth-services"] as const);

/** Where a minor is sent instead: youth services, and safeguarding for abuse. */
const FOR_MINOR: Readonly<Partial<Record<ReferTo, ReferTo>>> = /* @__PURE__ */ Object.freeze({ "mental-health": "youth-services", "abuse-support": "safeguarding" });

/**
 * Where a referral goes for this client: for a minor, mental-health referrals go to youth
 * services and abuse support to safeguarding; every other destination stays.
 *
 * @example
 * ```ts
 * referToFor("abuse-support", true);
 * //=> "safeguarding"
 * referToFor("medical", true);
 * //=> "medical"
 * ```
 */
export function referToFor(to: ReferTo, minor: boolean): ReferTo {
  return minor ? (FOR_MINOR[to] ?? to) : to;
}

/**
 * One red flag: its id, where it sends an adult ({@link referToFor} gives a minor's), whether
 * the referral is urgent, and whether in a perinatal client it is a crisis.
 *
 * @example
 * ```ts
 * RED_FLAGS[0];
 * //=> { id: "psychosis", referTo: "mental-health", urgent: true, perinatalCrisis: true }
 * ```
 */
export interface RedFlag<I extends string = RedFlagId> {
  /** The id: the key under `redFlags` and the message keys `redFlag.<id>`. */
  readonly id: I;
  /** Where the `red-flag` reason sends an adult. */
  readonly referTo: ReferTo;
  /** Whether the referral is urgent (the same day). */
  readonly urgent: boolean;
  /** Whether in pregnancy or the year after birth it is a crisis (postpartum psychosis is an emergency). */
  readonly perinatalCrisis: boolean;
}

/** The table, with its literal types (the ids' type is derived from it). */
const FLAGS = /* @__PURE__ */ (() => {
  const flags = [
    { id: "psychosis", referTo: "mental-health", urgent: true, perinatalCrisis: true },
    { id: "mania", referTo: "mental-health", urgent: true, perinatalCrisis: true },
    { id: "substance-use", referTo: "addiction-services", urgent: false, perinatalCrisis: false },
    { id: "eating-disorder", referTo: "medical", urgent: false, perinatalCrisis: false },
    { id: "abuse-or-violence", referTo: "abuse-support", urgent: false, perinatalCrisis: false },
    { id: "cognitive-decline", referTo: "medical", urgent: false, perinatalCrisis: false },
  ] as const satisfies readonly RedFlag<string>[];
  return Object.freeze(flags.map((f) => Object.freeze(f))) as unknown as typeof flags;
})();

/**
 * The six red flags, current signs (past month), not past diagnoses:
 *
 * | id | signs | `referTo` | urgent |
 * |---|---|---|---|
 * | `psychosis` | hearing or seeing things others do not; fixed beliefs others find strange | `mental-health` | yes |
 * | `mania` | days of elevated or irritable mood with little need for sleep | `mental-health` | yes |
 * | `substance-use` | alcohol or drug use that causes problems | `addiction-services` | no |
 * | `eating-disorder` | restricting, bingeing or purging; fear of weight gain | `medical` | no |
 * | `abuse-or-violence` | being harmed, threatened or controlled by someone | `abuse-support` (`safeguarding` for a minor) | no |
 * | `cognitive-decline` | new memory or thinking problems | `medical` | no |
 *
 * Deeply frozen.
 *
 * @example
 * ```ts
 * RED_FLAGS.find((f) => f.id === "substance-use")?.referTo;
 * //=> "addiction-services"
 * ```
 */
export const RED_FLAGS: readonly RedFlag[] = /* @__PURE__ */ (() => FLAGS)();

/**
 * A red flag's id.
 *
 * @example
 * ```ts
 * const flag: RedFlagId = "mania";
 * ```
 */
export type RedFlagId = (typeof FLAGS)[number]["id"];

/**
 * Every red flag's id, in the order they are asked.
 *
 * @example
 * ```ts
 * RED_FLAG_IDS.length;
 * //=> 6
 * ```
 */
export const RED_FLAG_IDS: readonly RedFlagId[] = /* @__PURE__ */ (() => Object.freeze(FLAGS.map((f) => f.id)))();
