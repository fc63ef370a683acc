import { defineInstrument } from "../define.js";
import { answerList, LL358_3 } from "../answer-lists.js";
import { PFIZER } from "../licences.js";

/** @internal The GAD-7 (anxiety). */
export const definition = defineInstrument({
  id: "gad7",
  name: "GAD-7",
  order: 20,
  itemCount: 7,
  scales: [{ id: "0-3", itemRange: [0, 3] }],
  direction: "higher-is-worse",
  bands: [
    { id: "minimal", min: 0, max: 4 },
    { id: "mild", min: 5, max: 9 },
    { id: "moderate", min: 10, max: 14 },
    { id: "severe", min: 15, max: 21 },
  ],
  severeFrom: 15,
  referLimit: 15,
  thresholds: { care: 5, refer: 10 },
  recallDays: 14,
  loinc: {
    panel: "69737-5",
    total: "70274-6",
    items: ["69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"],
    // Item 2's answer list has "More days than not" (LA18938-3) for 2 (HL7 pco-ig, LOINC 69729-2).
    answers: answerList(LL358_3, { "LA18938-3": 2 }),
  },
  change: { reliable: 4, caseness: 8, source: "NHS Talking Therapies manual (reliable change 4, caseness 8; secondary copies only); Toussaint et al., J Affect Disord 2020;265:395–401 (minimal clinically important difference 4)" },
  citation: "Spitzer et al., Arch Intern Med 2006;166:1092–7.",
  licence: PFIZER,
});
