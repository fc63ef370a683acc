import { defineInstrument } from "../define.js";

/**
 * @internal The SCOFF (eating-disorder screen): five yes/no questions. Two or more "yes" mean the
 * client needs an assessment by a doctor: it screens, it never finds an eating disorder.
 */
export const definition = defineInstrument({
  id: "scoff",
  name: "SCOFF",
  order: 80,
  itemCount: 5,
  scales: [{ id: "0-1", itemRange: [0, 1] }],
  direction: "higher-is-worse",
  severeFrom: null,
  positiveRange: [1, 2],
  thresholds: { positive: 2 },
  referTo: "medical",
  // Lowered alongside treatment only for a client who is medically stable (SPEC-v2 §C.5).
  alongside: "medically-stable",
  recallDays: 30,
  loinc: null,
  citation:
    "Morgan, Reid & Lacey, BMJ 1999;319:1467 (cut-off 2); in a general-population sample: Lähteenmäki et al., BMC Psychiatry 2009;9:5. Validated first in women with known eating disorders; low positive predictive value in the general population.",
  licence: {
    commercialUse: false,
    attribution: "Morgan JF, Reid F, Lacey JH. The SCOFF questionnaire: assessment of a new screening tool for eating disorders. BMJ 1999;319:1467. No licence terms for reproducing the questions were found: the library does not ship their text.",
    shareAlike: false,
    source: "https://www.bmj.com/content/319/7223/1467",
  },
});
