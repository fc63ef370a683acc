import { defineInstrument } from "../define.js";

/**
 * @internal The PC-PTSD-5 (Primary Care PTSD Screen for DSM-5): a trauma-exposure question, then,
 * after a "yes", five yes/no questions about the past month. No exposure scores 0.
 */
export const definition = defineInstrument({
  id: "pcptsd5",
  name: "PC-PTSD-5",
  order: 90,
  itemCount: 5,
  scales: [{ id: "0-1", itemRange: [0, 1] }],
  direction: "higher-is-worse",
  // 3 is the most sensitive cut-off (Prins 2016), 4 the most efficient (Prins 2016; Bovin 2021).
  bands: [
    { id: "negative", min: 0, max: 2 },
    { id: "borderline", min: 3, max: 3 },
    { id: "positive", min: 4, max: 5 },
  ],
  severeFrom: null,
  referLimit: 4,
  referFloor: 3,
  thresholds: { care: 3, refer: 4 },
  referTo: "mental-health",
  gate: "exposure",
  alongside: "always",
  recallDays: 30,
  loinc: null,
  citation:
    "Prins et al., J Gen Intern Med 2016;31:1206–11 (cut-off 3 most sensitive, 4 most efficient); Bovin et al., JAMA Netw Open 2021;4:e2036733 (4 best balances errors; women may need 3). Validated in US veterans in VA primary care.",
  licence: {
    commercialUse: true,
    attribution:
      "Prins, A., Bovin, M. J., Kimerling, R., Kaloupek, D. G., Marx, B. P., Pless Kaiser, A., & Schnurr, P. P. (2015). The Primary Care PTSD Screen for DSM-5 (PC-PTSD-5) [Measurement instrument]. Available from https://www.ptsd.va.gov. Published by the US Department of Veterans Affairs' National Center for PTSD for use in screening; as a work of US government employees it is taken to be in the public domain (no stored licence statement was found: docs/clinical-basis.md).",
    shareAlike: false,
    source: "https://www.ptsd.va.gov/professional/assessment/screens/pc-ptsd.asp",
  },
});
