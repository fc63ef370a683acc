// Compiled by the typecheck step; docs/clinical-basis.md shows the code below (a test keeps them equal).
export {};
import { assessScope } from "coaching-scope";
// On that page, `risk` is a fully answered risk screen, every answer at its least severe, and
// `basics` answers every red flag `false` and the client's age.
const risk = { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } as const;
const basics = { redFlags: { psychosis: false, mania: false, "substance-use": false, "eating-disorder": false, "abuse-or-violence": false, "cognitive-decline": false }, client: { age: 35 } };
// The app's own questions; the PHQ-9's item 9 answers the one on thoughts of suicide.
const asked = { imminentDanger: false, recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } as const;
const totalAlone = assessScope({ ...basics, risk: asked, instruments: { phq9: { total: 3 } } });
[totalAlone.level, totalAlone.missing]; //=> ["incomplete", ["risk.suicidalThoughts", "instruments.phq9.item9"]]
const withItem9 = assessScope({ ...basics, risk: asked, instruments: { phq9: { total: 3, item9: 0 } } });
[withItem9.level, withItem9.missing]; //=> ["coaching", []]
