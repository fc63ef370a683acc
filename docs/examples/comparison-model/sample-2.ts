// Compiled by the typecheck step; docs/comparison-model.md shows the code below (a test keeps them equal).
export {};

import { COMPARISON_MODEL, extendComparisonModel } from "coaching-scope";

const model = extendComparisonModel(COMPARISON_MODEL, {
  modalities: [{ id: "mentoring", label: "Mentoring" }],
  values: {
    relationship: { mentoring: "Experienced guide; mentee" },
    clientState: { mentoring: "Works with people building a career or skill" },
    // … one for each of the twelve dimensions
  },
  dimensions: [
    { id: "cost", label: "Cost", values: { coaching: "Paid privately", psychotherapy: "Often covered by insurance", mentoring: "Often free" } },
  ],
});
