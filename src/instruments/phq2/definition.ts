import { defineInstrument } from "../define.js";
import { PFIZER } from "../licences.js";

/** @internal The PHQ-2 (depression screen): the first two PHQ-9 items. */
export const definition = defineInstrument({
  id: "phq2",
  name: "PHQ-2",
  order: 30,
  itemCount: 2,
  scales: [{ id: "0-3", itemRange: [0, 3] }],
  direction: "higher-is-worse",
  bands: [
    { id: "negative", min: 0, max: 2 },
    { id: "positive", min: 3, max: 6 },
  ],
  severeFrom: null,
  thresholds: { positive: 3 },
  itemsOf: { id: "phq9", items: [0, 1] },
  recallDays: 14,
  loinc: { panel: "55757-9", total: "55758-7" },
  citation: "Kroenke, Spitzer & Williams, Med Care 2003;41:1284–92.",
  licence: PFIZER,
});
