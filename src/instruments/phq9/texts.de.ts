import { defineTexts } from "../define.js";

/**
 * @internal The PHQ-9 in its authorised German version (PHQ-D, Löwe, Spitzer, Zipfel & Herzog,
 * "Gesundheitsfragebogen für Patienten"). Taken word for word from the German Questionnaire of
 * the Medizininformatik-Initiative's PRO module (medizininformatik-initiative/kerndatensatzmodul-proms,
 * input/fsh/definitions/phq-9/mii-qst-pro-phq-9.fsh; published as
 * https://build.fhir.org/ig/medizininformatik-initiative/kerndatensatzmodul-proms/de/). Taken as
 * the official translation because the same nine items appear verbatim on a page crediting the
 * German translation and validation by B. Löwe, S. Zipfel and W. Herzog
 * (https://interkulturelle-psychologie-berlin.de/depressionstest), and the answer labels are
 * LOINC's German variants of answer list LL358-3 (the MII value set expanded on tx.fhir.org).
 * Other copies differ only in layout: "z. B." for "z.B." (item 7) and a comma after
 * "Schwierigkeiten" (item 3, inanutshell.ch); they were not followed. The German form's own
 * footer was not found in a stored copy, so the copyright is the licence's line, as on the
 * English texts.
 */
export const texts = defineTexts({
  language: "de",
  stem: "Wie oft fühlten Sie sich im Verlauf der letzten 2 Wochen durch die folgenden Beschwerden beeinträchtigt?",
  items: [
    "Wenig Interesse oder Freude an Ihren Tätigkeiten",
    "Niedergeschlagenheit, Schwermut oder Hoffnungslosigkeit",
    "Schwierigkeiten ein- oder durchzuschlafen oder vermehrter Schlaf",
    "Müdigkeit oder Gefühl, keine Energie zu haben",
    "Verminderter Appetit oder übermäßiges Bedürfnis zu essen",
    "Schlechte Meinung von sich selbst; Gefühl, ein Versager zu sein oder die Familie enttäuscht zu haben",
    "Schwierigkeiten, sich auf etwas zu konzentrieren, z.B. beim Zeitunglesen oder Fernsehen",
    "Waren Ihre Bewegungen oder Ihre Sprache so verlangsamt, dass es auch anderen auffallen würde? Oder waren Sie im Gegenteil \u201ezappelig\u201c oder ruhelos und hatten dadurch einen stärkeren Bewegungsdrang als sonst?",
    "Gedanken, dass Sie lieber tot wären oder sich Leid zufügen möchten",
  ],
  answers: [
    { value: 0, label: "Überhaupt nicht" },
    { value: 1, label: "An einzelnen Tagen" },
    { value: 2, label: "An mehr als der Hälfte der Tage" },
    { value: 3, label: "Beinahe jeden Tag" },
  ],
  copyright:
    "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.",
  source:
    "MII PRO module, Questionnaire mii-qst-pro-phq-9 (https://github.com/medizininformatik-initiative/kerndatensatzmodul-proms); https://interkulturelle-psychologie-berlin.de/depressionstest; LOINC LL358-3 (German); PHQ-D, Löwe et al., Pfizer 2002",
});
