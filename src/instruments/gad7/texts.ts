import { defineTexts } from "../define.js";

/**
 * @internal The GAD-7 as printed on the published form. Checked against the HL7 pco-ig GAD-7
 * Questionnaire (LOINC 69737-5), whose item 2 reads "Over the past 2 weeks have you not been
 * able to stop or control worrying", and transcriptions of the printed form.
 */
export const texts = defineTexts({
  language: "en",
  stem: "Over the last 2 weeks, how often have you been bothered by the following problems?",
  items: [
    "Feeling nervous, anxious or on edge",
    "Not being able to stop or control worrying",
    "Worrying too much about different things",
    "Trouble relaxing",
    "Being so restless that it is hard to sit still",
    "Becoming easily annoyed or irritable",
    "Feeling afraid as if something awful might happen",
  ],
  answers: [
    { value: 0, label: "Not at all" },
    { value: 1, label: "Several days" },
    { value: 2, label: "More than half the days" },
    { value: 3, label: "Nearly every day" },
  ],
  copyright:
    "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.",
  source: "HL7 pco-ig Questionnaire-GAD7 (LOINC 69737-5); https://www.phqscreeners.com/",
});
