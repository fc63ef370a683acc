// Compiled by the typecheck step; docs/clinical-basis.md shows the code below (a test keeps them equal).
export {};
import { assessScope } from "coaching-scope";
// On that page, `risk` is a fully answered risk screen, every answer at its least severe.
const risk = { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } as const;

assessScope({ risk, instruments: { phq9: { items: [0, 0, 0, 0, 0, 0, 0, 0, 1] } } },
  { policy: { phq9Item9: "crisis" } }).level;
//=> "crisis"   (with the default policy: "refer")
