// Compiled by the typecheck step; docs/clinical-basis.md shows the code below (a test keeps them equal).
export {};
import { assessScope } from "coaching-scope";
// On that page, `risk` is a fully answered risk screen, every answer at its least severe, and
// `basics` answers every red flag `false` and the client's age.
const risk = { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } as const;
const basics = { redFlags: { psychosis: false, mania: false, "substance-use": false, "eating-disorder": false, "abuse-or-violence": false, "cognitive-decline": false }, client: { age: 35 } };
const partly = assessScope({ risk, ...basics, instruments: { phq9: { items: [1, 1, 1, 1, 1, null, null, 0, 0] } } });
partly.level; //=> "incomplete"
partly.reasons.map((r) => r.message);
//=> ["PHQ-9 questions still unanswered: 6, 7. Their answers could change the result.",
//    "Your PHQ-9 (mood) score is 5–11, at or above 5."]
partly.scores.phq9; //=> { min: 5, max: 11, complete: false }
partly.missing; //=> ["instruments.phq9.items[5]", "instruments.phq9.items[6]"]
partly.worstCase; //=> "refer"
