// Compiled by the typecheck step; docs/clinical-basis.md shows the code below (a test keeps them equal).
export {};
import { assessScope } from "coaching-scope";
// On that page, `risk` is a fully answered risk screen, every answer at its least severe, and
// `basics` answers every red flag `false` and the client's age.
const risk = { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } as const;
const basics = { redFlags: { psychosis: false, mania: false, "substance-use": false, "eating-disorder": false, "abuse-or-violence": false, "cognitive-decline": false }, client: { age: 35 } };
const inTherapy = assessScope({ risk, ...basics, instruments: { phq9: { items: [2, 2, 1, 1, 1, 1, 1, 1, 0] } },
  treatment: { inPsychotherapy: true, professionalSupportsCoaching: true } });
inTherapy.level; //=> "coaching-with-care"
inTherapy.reasons.map((r) => r.code); //=> ["phq9", "concurrent-treatment", "alongside-treatment"]
inTherapy.reasons[0]?.evidence; //=> { instrument: "phq9", score: "10", min: 10, max: 10, band: "moderate", complete: true, threshold: 10, thresholdName: "refer", loweredFrom: "refer" }
const severe = assessScope({ risk, ...basics, instruments: { phq9: { items: [3, 3, 3, 3, 3, 3, 2, 0, 0] } },
  treatment: { inPsychotherapy: true, professionalSupportsCoaching: true } });
severe.level; //=> "refer"   (20 is in the severe band: never lowered)
