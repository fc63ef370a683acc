// Compiled by the typecheck step; docs/clinical-basis.md shows the code below (a test keeps them equal).
export {};
import { assessScope } from "coaching-scope";

assessScope({ risk: { imminentDanger: false }, instruments: { phq9: { items: [0, 0, 0, 0, 0, 0, 0, 0, 1] } } },
  { policy: { phq9Item9: "crisis" } }).level;
//=> "crisis"   (with the default policy: "refer")
