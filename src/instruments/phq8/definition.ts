import { defineInstrument } from "../define.js";
import { PFIZER } from "../licences.js";

/**
 * @internal The PHQ-8 (depression): the PHQ-9 without item 9, the question about thoughts of
 * death or self-harm, so it never answers the suicidal-thoughts question. It is a full form for
 * a positive PHQ-2 (its items include the PHQ-2's).
 */
export const definition = defineInstrument({
  id: "phq8",
  name: "PHQ-8",
  order: 15,
  itemCount: 8,
  scales: [{ id: "0-3", itemRange: [0, 3] }],
  direction: "higher-is-worse",
  bands: [
    { id: "minimal", min: 0, max: 4 },
    { id: "mild", min: 5, max: 9 },
    { id: "moderate", min: 10, max: 14 },
    { id: "moderately-severe", min: 15, max: 19 },
    { id: "severe", min: 20, max: 24 },
  ],
  severeFrom: 20,
  referLimit: 15,
  thresholds: { care: 5, refer: 10 },
  itemsOf: { id: "phq9", items: [0, 1, 2, 3, 4, 5, 6, 7] },
  recallDays: 14,
  // No LOINC panel or total code for the PHQ-8 could be verified: a response with PHQ-9 item
  // codes is read as a PHQ-9.
  loinc: null,
  change: { reliable: 6, caseness: 10, source: "Caseness 10: Kroenke et al., J Affect Disord 2009;114:163–73. Reliable change 6: the PHQ-9's, taken for the PHQ-8 (no source gives one for the PHQ-8)" },
  citation: "Kroenke et al., J Affect Disord 2009;114:163–73 (bands as the PHQ-9's, from secondary sources).",
  licence: PFIZER,
});
