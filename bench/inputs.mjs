// The inputs the benchmarks share. "minimal" is the least a complete intake has under the
// current rules (the five risk questions, the six red flags and the age); "typical" adds context, a PHQ-9 and a GAD-7,
// indicators and preferences; "incomplete" leaves three risk questions unanswered, so its
// worst case is evaluated too.
const ASKED = { redFlags: { psychosis: false, mania: false, "substance-use": false, "eating-disorder": false, "abuse-or-violence": false, "cognitive-decline": false }, client: { age: 35 } };

export const INPUTS = {
  minimal: { risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false }, ...ASKED },
  typical: {
    risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false },
    ...ASKED,
    medicallyStable: true,
    dailyFunctioningImpaired: false,
    instruments: { phq9: { items: [1, 2, 1, 1, 0, 1, 2, 1, 0] }, gad7: { items: [1, 1, 2, 0, 1, 1, 0] } },
    indicators: ["sleep-disturbance", "irritability"],
    preferences: { timeFocus: "coaching", driver: "coaching", aim: "psychotherapy", plan: "coaching" },
    ref: "intake-20261130-0042",
  },
  full: {
    risk: { imminentDanger: false, suicidalThoughts: "passive", suicidalIntentOrPlan: false, recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false, assessedRiskLevel: "low" },
    ...ASKED,
    client: { age: 35, perinatal: false },
    medicallyStable: true,
    dailyFunctioningImpaired: false,
    instruments: {
      phq9: { items: [1, 2, 1, 1, 0, 1, 2, 1, 0] }, phq8: { items: [1, 2, 1, 1, 0, 1, 2, 1] }, gad7: { items: [1, 1, 2, 0, 1, 1, null] },
      phq2: { items: [1, 2] }, gad2: { items: [1, 1] }, k10: { items: [2, 2, 3, 1, 2, 2, 1, 2, 3, 2], scale: "1-5" },
      k6: { items: [1, 1, 2, 1, 0, 1], scale: "0-4" }, who5: { items: [3, 2, 3, 2, 2] },
      scoff: { items: [0, 0, 1, 0, 0] }, pcptsd5: { exposure: true, items: [1, 0, 1, 0, 0] },
    },
    indicators: ["sleep-disturbance", "irritability", "low-mood"],
    treatment: { inPsychotherapy: true, inPsychiatricCare: false, professionalSupportsCoaching: true },
    preferences: Object.fromEntries(["relationship", "clientState", "orientation", "timeFocus", "driver", "plan", "aim", "duration", "guidingQuestion", "selfEsteem", "issueLocus", "setting"].map((id, i) => [id, i % 3 === 0 ? "psychotherapy" : "coaching"])),
    ref: "intake-20261130-0043",
  },
  incomplete: { risk: { imminentDanger: false, suicidalThoughts: "none" } },
};
