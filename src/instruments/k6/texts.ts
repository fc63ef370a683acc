import { defineTexts } from "../define.js";
import { texts as k10 } from "../k10/texts.js";

/**
 * @internal The K6 in the wording of its US self-report form, the one the Harvard NCS page
 * distributes (no stored copy of Harvard's own form was found), on the definition's canonical
 * scale (0 = none of the time to 4 = all of the time): "During the past 30 days, about how often
 * did you feel …", then six feelings. Written out rather than taken from the K10's
 * texts by index (the K6's definition has no `itemsOf`): the K10 here is the Australian form,
 * whose recall, wording ("so sad" for "so depressed") and item order differ. Checked against a K6
 * form (https://docest.com/doc/593544/have-any-of-these-feelings-select-about-the-same-as-usual-circle-below:
 * "During the past 30 days, about how often did you feel …", the six items in this order, "All /
 * Most / Some / A little / None of the time"), CLOSER's list of the original K6 items
 * (https://ucldata.atlassian.net/wiki/spaces/CLOS/pages/37323148/Kessler+Psychological+Distress+Scale:
 * "During the past 30 days, about how often did you feel nervous?" and so on), a Harvard-layout
 * K10 self-report form on Scribd (https://scribd.com/document/450720579/Kessler-Psychological-Distress-Scale-K10:
 * its items b, d, e, h, i and j are these six, word for word; its stem reads "During that month,
 * how often did you feel …", not followed) and Kessler et al.'s 2010 WMH K6 paper as quoted by
 * https://pubcompare.ai/protocol/P9px1YwB4C3bMWOeLkkr (the six feelings; answers coded 4 for all
 * of the time to 0 for none of the time). The copyright line is the K10's: the Harvard NCS page
 * (https://www.hcp.med.harvard.edu/ncs/k6_scales.php) asks the same for both scales.
 */
export const texts = defineTexts({
  language: "en",
  stem: "During the past 30 days, about how often did you feel \u2026",
  items: [
    "nervous?",
    "hopeless?",
    "restless or fidgety?",
    "so depressed that nothing could cheer you up?",
    "that everything was an effort?",
    "worthless?",
  ],
  answers: [
    { value: 0, label: "None of the time" },
    { value: 1, label: "A little of the time" },
    { value: 2, label: "Some of the time" },
    { value: 3, label: "Most of the time" },
    { value: 4, label: "All of the time" },
  ],
  copyright: k10.copyright,
  source:
    "https://docest.com/doc/593544/have-any-of-these-feelings-select-about-the-same-as-usual-circle-below; https://scribd.com/document/450720579/Kessler-Psychological-Distress-Scale-K10; https://ucldata.atlassian.net/wiki/spaces/CLOS/pages/37323148/Kessler+Psychological+Distress+Scale; Kessler et al., Int J Methods Psychiatr Res 2010;19(S1):4\u201322, as quoted by https://pubcompare.ai/protocol/P9px1YwB4C3bMWOeLkkr (answers coded 4\u20130); https://www.hcp.med.harvard.edu/ncs/k6_scales.php",
});
