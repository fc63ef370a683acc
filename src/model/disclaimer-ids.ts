/**
 * The id of a disclaimer.
 *
 * @example
 * ```ts
 * const id: DisclaimerId = "notPsychotherapy";
 * ```
 */
export type DisclaimerId = "notPsychotherapy" | "essentialDifference" | "complement";

/**
 * Every disclaimer id, in the source's order.
 *
 * @example
 * ```ts
 * DISCLAIMER_IDS;
 * //=> ["notPsychotherapy", "essentialDifference", "complement"]
 * ```
 */
export const DISCLAIMER_IDS: readonly DisclaimerId[] = /* @__PURE__ */ Object.freeze([
  "notPsychotherapy",
  "essentialDifference",
  "complement",
]);

