import { defineInstrument } from "../define.js";

/** @internal The WHO-5 Well-Being Index (lower is worse). */
export const definition = defineInstrument({
  id: "who5",
  name: "WHO-5",
  order: 70,
  itemCount: 5,
  scales: [{ id: "0-5", itemRange: [0, 5] }],
  totalScales: [
    { id: "raw", factor: 1 },
    { id: "percent", factor: 4 },
  ],
  direction: "lower-is-worse",
  bands: [
    { id: "very-low", min: 0, max: 7 },
    { id: "low", min: 8, max: 12 },
    { id: "adequate", min: 13, max: 25 },
  ],
  severeFrom: null,
  referLimit: 7,
  thresholds: { care: 12, refer: 7 },
  // The scoring note: a raw score below 13, or any item answered 0 or 1, means "test for depression".
  asScreen: { next: "phq9", itemAtOrBelow: 1 },
  recallDays: 14,
  loinc: null,
  // Raw below 13 (50 % or less) is poor well-being (Topp 2015); the very-low band's cut-off
  // (raw 7, 28 %, "likely depression") is from a secondary source only.
  change: { reliable: 3, source: "10 points on the 0–100 scale, 2.5 raw, taken as 3 raw: secondary sources only (citing Ware 1995), unverified" },
  citation: "Topp et al., Psychother Psychosom 2015;84:167–76 (the very-low band, raw 0–7, unverified: secondary source only).",
  licence: {
    commercialUse: false,
    attribution:
      "© World Health Organization 2024. The World Health Organization-Five Well-Being Index (WHO-5), WHO/UCN/MSD/MHE/2024.01. Licence: CC BY-NC-SA 3.0 IGO.",
    shareAlike: true,
    source: "https://www.who.int/publications/m/item/WHO-UCN-MSD-MHE-2024.01",
  },
});
