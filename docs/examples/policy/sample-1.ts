// Compiled by the typecheck step; docs/policy.md shows the code below (a test keeps them equal).
export {};
import type { ScreeningInput } from "coaching-scope";

const input: ScreeningInput = {
  risk: {
    imminentDanger: false,          // at immediate risk to self or others, or a medical emergency
    suicidalThoughts: "none",       // "none" | "passive" (wishes to be dead) | "active"
    suicidalIntentOrPlan: false,    // intent to act, or a plan, in the past month
    recentSuicidalBehavior: false,  // an attempt or preparatory act in the past 3 months
    selfHarm: false,                // current self-harm
    harmToOthers: false,            // intent or plan to harm someone
    assessedRiskLevel: "low",       // from a professional's assessment
  },
  medicallyStable: true,
  dailyFunctioningImpaired: false,
  instruments: {
    phq9: { items: [1, 0, 1, 0, 1, 0, 0, 1, 0] },   // or { total: 4, item9: 0 }
    gad7: { items: [0, 1, null, 0, 0, 1, 0] },      // null: unanswered
    k10: { total: 18 },                             // Australian scoring, 10–50
  },
  indicators: ["sleep-disturbance"],
  treatment: { inPsychotherapy: false },
  preferences: { timeFocus: "coaching", driver: "coaching" },
};
