// Compiled by the typecheck step; docs/crisis.md shows the code below (a test keeps them equal).
export {};

import { assessScope, crisisAudience, referrals, showCrisisResources } from "coaching-scope";
import { crisisLines } from "coaching-scope/crisis";

const result = assessScope({ risk: { imminentDanger: true }, client: { age: 15 } });
result.level; //=> "crisis"
showCrisisResources(result); //=> true
crisisAudience(result); //=> "youth"
referrals(result); //=> [{ to: "youth-services", urgent: true }]
crisisLines("CH", { audience: crisisAudience(result) }).lines.map((l) => l.number);
//=> ["147", "112", "143"]
