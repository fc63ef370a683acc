import { defineTexts } from "../define.js";

/**
 * @internal The PC-PTSD-5 as published by Prins et al. (J Gen Intern Med 2016;31:1206–11,
 * appendix: https://pmc.ncbi.nlm.nih.gov/articles/PMC5023594/table/Taba): the trauma-exposure
 * question (`gate`, the definition's `exposure`), with its list of examples one to a line, then
 * "In the past month, have you…" and five yes/no items. Checked word for word against that table,
 * and against the National Center for PTSD's form as reproduced in Appendix R of the Australian
 * comorbidity guidelines (https://comorbidityguidelines.org.au/appendices/appendix-r-primary-care-ptsd-screen-for-dsm5-pcptsd5)
 * and the opening of the gate on https://www.ptsd.va.gov/professional/treat/care/toolkits/clergy/basicsScreening.asp.
 * Item 5 reads "event(s)" as the VA form prints it; the paper's table has the misprint
 * "events(s)". The VA form's "In the past month have you:" and "suicide." (a full stop after the
 * last example) are layout variants; the paper's wording is kept. The copyright line is the
 * citation the definition's licence gives (https://www.ptsd.va.gov/professional/assessment/screens/pc-ptsd.asp).
 */
export const texts = defineTexts({
  language: "en",
  gate:
    "Sometimes things happen to people that are unusually or especially frightening, horrible, or traumatic. For example:\n" +
    "\u2022 a serious accident or fire\n" +
    "\u2022 a physical or sexual assault or abuse\n" +
    "\u2022 an earthquake or flood\n" +
    "\u2022 a war\n" +
    "\u2022 seeing someone be killed or seriously injured\n" +
    "\u2022 having a loved one die through homicide or suicide\n" +
    "Have you ever experienced this kind of event?",
  stem: "In the past month, have you\u2026",
  items: [
    "Had nightmares about the event(s) or thought about the event(s) when you did not want to?",
    "Tried hard not to think about the event(s) or went out of your way to avoid situations that reminded you of the event(s)?",
    "Been constantly on guard, watchful, or easily startled?",
    "Felt numb or detached from people, activities, or your surroundings?",
    "Felt guilty or unable to stop blaming yourself or others for the event(s) or any problems the event(s) may have caused?",
  ],
  answers: [
    { value: 0, label: "No" },
    { value: 1, label: "Yes" },
  ],
  copyright:
    "Prins, A., Bovin, M. J., Kimerling, R., Kaloupek, D. G., Marx, B. P., Pless Kaiser, A., & Schnurr, P. P. (2015). The Primary Care PTSD Screen for DSM-5 (PC-PTSD-5) [Measurement instrument]. Available from https://www.ptsd.va.gov",
  source:
    "Prins et al. 2016, appendix (https://pmc.ncbi.nlm.nih.gov/articles/PMC5023594/table/Taba); the VA form as reproduced by https://comorbidityguidelines.org.au/appendices/appendix-r-primary-care-ptsd-screen-for-dsm5-pcptsd5; https://www.ptsd.va.gov/professional/treat/care/toolkits/clergy/basicsScreening.asp",
});
