import { defineInstrument } from "../define.js";
import { LL358_3 } from "../answer-lists.js";
import { PFIZER } from "../licences.js";

/** @internal The PHQ-9 (depression). */
export const definition = defineInstrument({
  id: "phq9",
  name: "PHQ-9",
  order: 10,
  itemCount: 9,
  scales: [{ id: "0-3", itemRange: [0, 3] }],
  direction: "higher-is-worse",
  bands: [
    { id: "minimal", min: 0, max: 4 },
    { id: "mild", min: 5, max: 9 },
    { id: "moderate", min: 10, max: 14 },
    { id: "moderately-severe", min: 15, max: 19 },
    { id: "severe", min: 20, max: 27 },
  ],
  severeFrom: 20,
  referLimit: 15,
  thresholds: { care: 5, refer: 10 },
  riskItem: 9,
  recallDays: 14,
  loinc: {
    panel: "44249-1",
    total: "44261-6",
    items: ["44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8"],
    answers: LL358_3,
    // Item 10, answer list LL359-1 (loinc.org): not difficult at all, somewhat, very, extremely difficult.
    unscored: [{ code: "69722-7", field: "dailyFunctioningImpaired", answers: ["LA6572-7", "LA6573-5", "LA6575-0", "LA6574-3"], trueFor: ["LA6575-0", "LA6574-3"] }],
  },
  change: { reliable: 6, caseness: 10, source: "NHS Talking Therapies manual (reliable change 6, caseness 10; secondary copies only); Löwe et al., Med Care 2004;42:1194–1201 (5 points, the smallest individual change, is an option)" },
  citation: "Kroenke, Spitzer & Williams, J Gen Intern Med 2001;16:606–13.",
  licence: PFIZER,
});
