// Compiled by the typecheck step; docs/clinical-basis.md shows the code below (a test keeps them equal).
export {};
import { assessScope } from "coaching-scope";
// On that page, `risk` is a fully answered risk screen, every answer at its least severe, and
// `basics` answers every red flag `false` and the client's age.
const risk = { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } as const;
const basics = { redFlags: { psychosis: false, mania: false, "substance-use": false, "eating-disorder": false, "abuse-or-violence": false, "cognitive-decline": false }, client: { age: 35 } };
import { referrals } from "coaching-scope";

const eating = assessScope({ risk, client: { age: 35 }, redFlags: { ...basics.redFlags, "eating-disorder": true } });
eating.level; //=> "refer"
eating.reasons[0]?.evidence; //=> { flag: "eating-disorder", referTo: "medical", urgent: false }
referrals(eating); //=> [{ to: "medical", urgent: false }]

const psychosis = { ...basics.redFlags, psychosis: true };
assessScope({ risk, redFlags: psychosis, client: { age: 30, perinatal: true } }).level; //=> "crisis"
const unknown = assessScope({ risk, redFlags: psychosis, client: { age: 30 } });
[unknown.level, unknown.worstCase, unknown.missing]; //=> ["refer", "crisis", ["client.perinatal"]]
