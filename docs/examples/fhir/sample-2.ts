// Compiled by the typecheck step; docs/fhir.md shows the code below (a test keeps them equal).
export {};
import { assessScope } from "coaching-scope";
import { fromQuestionnaireResponse } from "coaching-scope/fhir";
declare const response: unknown;
const { input, recognised, warnings } = fromQuestionnaireResponse(response);
input;
//=> { instruments: { phq9: { items: [2, 2, 2, 2, 1, 1, 2, 0, 0] } } }
recognised;
//=> [{ instrument: "phq9", items: 9, source: "items" }]
warnings;
//=> []

// The app's own risk questions; item 9 answers the one on suicidal thoughts.
const risk = { imminentDanger: false, recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } as const;
const redFlags = { psychosis: false, mania: false, "substance-use": false, "eating-disorder": false, "abuse-or-violence": false, "cognitive-decline": false };
const result = assessScope({ ...input, risk, redFlags, client: { age: 35 } });
result.level;              //=> "refer"
result.worstCase;          //=> "refer"
result.missing;            //=> []
result.scores.phq9;        //=> { min: 12, max: 12, complete: true, band: "moderate" }
result.reasons[0]?.message; //=> "Your PHQ-9 (mood) score is 12, at or above 10."
