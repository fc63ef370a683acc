// Compiled by the typecheck step; its outputs are checked by test/doc-outputs.test.ts;
// docs/intake.md shows this code.
import { assessScope } from "coaching-scope";
import { buildIntake, nextQuestions, toScreeningInput } from "coaching-scope/intake";
import { en } from "coaching-scope/intake/locales/en";

const intake = buildIntake({ locale: en });
intake.sections.map((s) => s.title);
//=> ["About you", "Your safety", "Your health and care", "Other things that may be affecting you", "How you have been feeling", "What you are looking for", "PHQ-9", "GAD-7"]

// The app renders it (below) and collects the answers by question id:
const answers = { "client.age": 34, "risk.imminentDanger": false, "risk.suicidalThoughts": "none" };
const input = toScreeningInput(answers);
input;
//=> { client: { age: 34 }, risk: { imminentDanger: false, suicidalThoughts: "none" } }
const result = assessScope(input);
result.level;
//=> "incomplete"
nextQuestions(result, { locale: en }).slice(0, 2).map((q) => q.text);
//=> ["In the past 3 months, have you tried to end your life, started to and then stopped or been stopped, or done anything to get ready to?", "In the past 3 months, have you hurt yourself on purpose?"]
