// Compiled by the typecheck step; docs/clinical-basis.md shows the code below (a test keeps them equal).
export {};
import { assessScope } from "coaching-scope";
// On that page, `risk` is a fully answered risk screen, every answer at its least severe.
const risk = { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } as const;

assessScope({ risk, instruments: { who5: { total: 10, scale: "raw" } } }).missing; //=> ["instruments.phq9"]
assessScope({ risk, instruments: { who5: { items: [5, 5, 5, 4, 1] } } }).reasons[0]?.code; //=> "who5-positive"
assessScope({ risk, instruments: { who5: { total: 19, scale: "raw" } } }).level; //=> "coaching"
