/**
 * The ids of the built-in crisis lines: the keys of their localized names and notes
 * (`crisis.<id>.name`, `crisis.<id>.notes`). The entries themselves are in `./lines.ts`, which
 * must give exactly these (the compiler checks it).
 *
 * @internal
 * @module
 */

/** @internal Every built-in crisis line's id, general lines first, then youth lines. */
export const CRISIS_LINE_IDS = [
  "us-911",
  "us-988",
  "gb-999",
  "gb-nhs-111",
  "gb-samaritans",
  "ie-999",
  "eu-112",
  "au-000",
  "au-lifeline",
  "nz-111",
  "de-telefonseelsorge",
  "at-telefonseelsorge",
  "ch-112",
  "ch-143",
  "fr-3114",
  "es-024",
  "be-cps",
  "be-1813",
  "ca-911",
  "ca-988",
  "de-nummer-gegen-kummer",
  "at-rat-auf-draht",
  "ch-147",
  "es-anar",
  "gb-childline",
  "ca-kids-help-phone",
  "au-kids-helpline",
  "nz-youthline",
  "be-103",
] as const;

/**
 * The id of a built-in crisis line (`us-988`, `fr-3114`): its message keys are
 * `crisis.<id>.name` and `crisis.<id>.notes`.
 *
 * @example
 * ```ts
 * const id: CrisisLineId = "gb-samaritans";
 * ```
 */
export type CrisisLineId = (typeof CRISIS_LINE_IDS)[number];
