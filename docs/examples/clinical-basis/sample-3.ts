// Compiled by the typecheck step; docs/clinical-basis.md shows the code below (a test keeps them equal).
export {};
import { assessScope } from "coaching-scope";

const totalAlone = assessScope({ risk: { imminentDanger: false }, instruments: { phq9: { total: 3 } } });
[totalAlone.level, totalAlone.missing]; //=> ["incomplete", ["instruments.phq9.item9", "risk.suicidalThoughts"]]
const withItem9 = assessScope({ risk: { imminentDanger: false }, instruments: { phq9: { total: 3, item9: 0 } } });
[withItem9.level, withItem9.missing]; //=> ["coaching", []]
