import { defineInstrument } from "../define.js";
import { KESSLER } from "../licences.js";

/** @internal The K6 (psychological distress), US scoring canonical. */
export const definition = defineInstrument({
  id: "k6",
  name: "K6",
  order: 60,
  itemCount: 6,
  scales: [
    { id: "0-4", itemRange: [0, 4] },
    { id: "1-5", itemRange: [1, 5] },
  ],
  direction: "higher-is-worse",
  bands: [
    { id: "low", min: 0, max: 4 },
    { id: "moderate", min: 5, max: 12 },
    { id: "serious", min: 13, max: 24 },
  ],
  severeFrom: 13,
  referLimit: 13,
  thresholds: { care: 5, refer: 13 },
  recallDays: 30,
  loinc: null,
  citation: "Kessler et al., Arch Gen Psychiatry 2003;60:184–9; Prochaska et al. 2012.",
  licence: KESSLER,
});
