// Compiled by the typecheck step; docs/fhir.md shows the code below (a test keeps them equal).
export {};
import { isScopeInputError } from "coaching-scope";
import { fromQuestionnaireResponse } from "coaching-scope/fhir";

// A K10 form whose items carry no codes (linkIds k1 … k10), its answers scored 1–5.
const codes = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i + 1}`, `k10:${i + 1}`]));
const k10 = {
  resourceType: "QuestionnaireResponse",
  status: "completed",
  item: [2, 3, 2, 2, 1, 2, 3, 2, 2, 1].map((value, i) => ({ linkId: `k${i + 1}`, answer: [{ valueInteger: value }] })),
};
const { input, recognised } = fromQuestionnaireResponse(k10, { codes, scales: { k10: "1-5" } });
input.instruments?.k10;
//=> { items: [2, 3, 2, 2, 1, 2, 3, 2, 2, 1], scale: "1-5" }
recognised;
//=> [{ instrument: "k10", items: 10, source: "items" }]

// A form the library does not know is refused, rather than screened as empty.
try {
  fromQuestionnaireResponse({ resourceType: "QuestionnaireResponse", status: "completed", item: [{ linkId: "name", answer: [{ valueString: "Ada" }] }] });
} catch (error) {
  if (isScopeInputError(error)) error.issues[0]?.params;
  //=> { reason: "nothing-recognized" }
}
