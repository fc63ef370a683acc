// Compiled by the typecheck step; docs/fhir.md shows the code below (a test keeps them equal).
export {};
declare const response: unknown;
declare const questionnaire: unknown;
import { assessScope } from "coaching-scope";
import { fromQuestionnaireResponse } from "coaching-scope/fhir";

const { input, recognised, warnings } = fromQuestionnaireResponse(response, { questionnaire });
const result = assessScope({
  ...input,
  risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false },
  redFlags: { psychosis: false, mania: false, "substance-use": false, "eating-disorder": false, "abuse-or-violence": false, "cognitive-decline": false },
  client: { age: 35 },
});
