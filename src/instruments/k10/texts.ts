import { defineTexts } from "../define.js";

/**
 * @internal The K10 as printed on the Australian form, the wording Andrews & Slade (2001) and the
 * ABS's health surveys use (the definition's canonical scale, 1 = none of the time to 5 = all of
 * the time): "In the past 4 weeks", then ten questions "About how often did you feel …?".
 * Checked against Beyond Blue's K10 checklist (https://www.beyondblue.org.au/the-facts/anxiety-and-depression-checklist-k10:
 * stem, all ten items and the five answers, word for word), the ABS's comparison of the K5 with
 * the "K10 – 1994 version" (https://abs.gov.au/ausstats/abs@.nsf/Lookup/84330C2EDC3DB940CA2579D50015D74E:
 * "In the past 4 weeks:", "about how often did you feel nervous? / hopeless? / restless or
 * fidgety?") and the ABS National Health Survey Users' Guide 2014–15 (the answers, scored 1 for
 * "none" to 5 for "all of the time"). Copies that read "everything is an effort" (ALSWH) or drop
 * "about" (AMHOCN) were not followed. The Harvard (US) form words the recall "During the past 30
 * days", asks "so depressed" where this form asks "so sad", and swaps items 8 and 9: that is the
 * K6's wording (`k6/texts.ts`), not this form's.
 *
 * The copyright line: the Harvard NCS page (https://www.hcp.med.harvard.edu/ncs/k6_scales.php)
 * asks users to "cite the below article and include the copyright"; its stored copies end before
 * the line itself. The line and the article are as NSW Health's Transcultural Mental Health Centre
 * quotes them for the K6/K10
 * (https://www.dhi.health.nsw.gov.au/transcultural-mental-health-centre-tmhc/resources/multilingual-resources-by-title/kessler-10);
 * an older copy of that page printed "© World Health Organization 2003" instead (the ASRS's line).
 */
export const texts = defineTexts({
  language: "en",
  stem: "In the past 4 weeks:",
  items: [
    "About how often did you feel tired out for no good reason?",
    "About how often did you feel nervous?",
    "About how often did you feel so nervous that nothing could calm you down?",
    "About how often did you feel hopeless?",
    "About how often did you feel restless or fidgety?",
    "About how often did you feel so restless you could not sit still?",
    "About how often did you feel depressed?",
    "About how often did you feel that everything was an effort?",
    "About how often did you feel so sad that nothing could cheer you up?",
    "About how often did you feel worthless?",
  ],
  answers: [
    { value: 1, label: "None of the time" },
    { value: 2, label: "A little of the time" },
    { value: 3, label: "Some of the time" },
    { value: 4, label: "Most of the time" },
    { value: 5, label: "All of the time" },
  ],
  copyright:
    "Copyright \u00a9 Ronald C. Kessler, PhD. All rights reserved. Kessler, R.C., Barker, P.R., Colpe, L.J., Epstein, J.F., Gfroerer, J.C., Hiripi, E., Howes, M.J, Normand, S-L.T., Manderscheid, R.W., Walters, E.E., Zaslavsky, A.M. (2003). Screening for serious mental illness in the general population. Archives of General Psychiatry, 60(2), 184-189.",
  source:
    "https://www.beyondblue.org.au/the-facts/anxiety-and-depression-checklist-k10; ABS 4817.0.55.001 (K10 \u2013 1994 version) and 4363.0 (answers, 1\u20135); copyright line and article as quoted by https://www.dhi.health.nsw.gov.au/transcultural-mental-health-centre-tmhc/resources/multilingual-resources-by-title/kessler-10 for https://www.hcp.med.harvard.edu/ncs/k6_scales.php (the stored copies of the Harvard page end before the line)",
});
