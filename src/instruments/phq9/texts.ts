import { defineTexts } from "../define.js";

/**
 * @internal The PHQ-9 as printed on the published form (the LOINC panel's texts differ only in
 * punctuation). Checked against the HL7 pco-ig PHQ-9 Questionnaire (LOINC 44249-1) and a
 * transcription of the printed form (CamCOPS, phq9.xml).
 */
export const texts = defineTexts({
  language: "en",
  stem: "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
  items: [
    "Little interest or pleasure in doing things",
    "Feeling down, depressed, or hopeless",
    "Trouble falling or staying asleep, or sleeping too much",
    "Feeling tired or having little energy",
    "Poor appetite or overeating",
    "Feeling bad about yourself \u2014 or that you are a failure or have let yourself or your family down",
    "Trouble concentrating on things, such as reading the newspaper or watching television",
    "Moving or speaking so slowly that other people could have noticed? Or the opposite \u2014 being so fidgety or restless that you have been moving around a lot more than usual",
    "Thoughts that you would be better off dead or of hurting yourself in some way",
  ],
  answers: [
    { value: 0, label: "Not at all" },
    { value: 1, label: "Several days" },
    { value: 2, label: "More than half the days" },
    { value: 3, label: "Nearly every day" },
  ],
  copyright:
    "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.",
  source: "HL7 pco-ig Questionnaire-PHQ9 (LOINC 44249-1); https://www.phqscreeners.com/",
});
