import { defineInstrument } from "../define.js";
import { PFIZER } from "../licences.js";

/** @internal The GAD-2 (anxiety screen): the first two GAD-7 items. */
export const definition = defineInstrument({
  id: "gad2",
  name: "GAD-2",
  order: 40,
  itemCount: 2,
  scales: [{ id: "0-3", itemRange: [0, 3] }],
  direction: "higher-is-worse",
  severeFrom: null,
  positiveRange: [1, 3],
  thresholds: { positive: 3 },
  itemsOf: { id: "gad7", items: [0, 1] },
  recallDays: 14,
  loinc: null,
  citation: "Kroenke et al., Ann Intern Med 2007;146:317–25 (cut-off figures from a secondary source).",
  licence: PFIZER,
});
