import { defineInstrument } from "../define.js";
import { KESSLER } from "../licences.js";

/** @internal The K10 (psychological distress), Australian scoring canonical. */
export const definition = defineInstrument({
  id: "k10",
  name: "K10",
  order: 50,
  itemCount: 10,
  scales: [
    { id: "1-5", itemRange: [1, 5] },
    { id: "0-4", itemRange: [0, 4] },
  ],
  direction: "higher-is-worse",
  bands: [
    { id: "low", min: 10, max: 15 },
    { id: "moderate", min: 16, max: 21 },
    { id: "high", min: 22, max: 29 },
    { id: "very-high", min: 30, max: 50 },
  ],
  severeFrom: 30,
  referLimit: 30,
  thresholds: { care: 16, refer: 22 },
  recallDays: 30,
  loinc: null,
  citation: "Andrews & Slade 2001; Australian Bureau of Statistics 4817.0.55.001.",
  licence: KESSLER,
});
