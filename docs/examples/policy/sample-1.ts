// Compiled by the typecheck step; docs/policy.md shows the code below (a test keeps them equal).
export {};
import type { ScreeningInput } from "coaching-scope";

const input: ScreeningInput = {
  risk: {
    imminentDanger: false,          // at immediate risk to self or others, or a medical emergency, now
    suicidalThoughts: "none",       // past month: "none" | "passive" (wishes to be dead) | "active"
    suicidalIntentOrPlan: false,    // past month; required after active thoughts, item 9 > 0 or thoughts of death
    recentSuicidalBehavior: false,  // an attempt or preparatory act in the past 3 months
    selfHarm: false,                // deliberate self-injury in the past 3 months
    harmToOthers: false,            // intent or plan to harm someone, past month
    pastSuicidalBehavior: false,    // an attempt or preparatory act more than 3 months ago
    assessedRiskLevel: "low",       // from a professional's assessment …
    assessedOn: "2026-11-20",       // … on this day (needs asOf)
  },
  medicallyStable: true,
  dailyFunctioningImpaired: false,
  instruments: {
    phq9: { items: [1, 0, 1, 0, 1, 0, 0, 1, 0] },   // or { total: 4, item9: 0 }
    gad7: { items: [0, 1, null, 0, 0, 1, 0] },      // null: unanswered
    k10: { total: 18, scale: "1-5" },               // the scale must be named: "1-5" (10–50) or "0-4" (0–40)
    scoff: { items: [0, 0, 0, 0, 0] },              // yes/no items: 0 no, 1 yes
    pcptsd5: { exposure: false },                   // exposure required; false scores 0 and takes nothing else
  },
  indicators: ["sleep-disturbance"],
  redFlags: {                       // current signs, past month; true or false each
    psychosis: false, mania: false, "substance-use": false,
    "eating-disorder": false, "abuse-or-violence": false, "cognitive-decline": false,
  },
  client: { age: 35, perinatal: false }, // or { adult: true }; a minor: { age: 16, guardianConsent: true }
  treatment: { inPsychotherapy: false, recentDischarge: false },
  preferences: { timeFocus: "coaching", driver: "coaching" },
  answeredOn: "2026-11-28",         // the day of these answers (needs asOf)
  ref: "intake-0042",               // your record id, echoed as result.ref
};
