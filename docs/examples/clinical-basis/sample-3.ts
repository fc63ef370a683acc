// Compiled by the typecheck step; docs/clinical-basis.md shows the code below (a test keeps them equal).
export {};
import { assessScope } from "coaching-scope";

// The app's own questions; the PHQ-9's item 9 answers the one on thoughts of suicide.
const asked = { imminentDanger: false, recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } as const;
const totalAlone = assessScope({ risk: asked, instruments: { phq9: { total: 3 } } });
[totalAlone.level, totalAlone.missing]; //=> ["incomplete", ["instruments.phq9.item9", "risk.suicidalThoughts"]]
const withItem9 = assessScope({ risk: asked, instruments: { phq9: { total: 3, item9: 0 } } });
[withItem9.level, withItem9.missing]; //=> ["coaching", []]
