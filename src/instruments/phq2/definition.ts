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
  severeFrom: null,
  positiveRange: [1, 3],
  thresholds: { positive: 2 },
  itemsOf: { id: "phq9", items: [0, 1] },
  recallDays: 14,
  loinc: { panel: "55757-9", total: "55758-7" },
  citation: "Kroenke, Spitzer & Williams, Med Care 2003;41:1284–92; cut-off 2 then PHQ-9: Levis et al., JAMA 2020;323:2290–2300.",
  licence: PFIZER,
});
