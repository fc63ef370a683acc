// Compiled by the typecheck step; docs/clinical-basis.md shows the code below (a test keeps them equal).
export {};
import { assessScope } from "coaching-scope";
// On that page, `risk` is a fully answered risk screen, every answer at its least severe, and
// `basics` answers every red flag `false` and the client's age.
const risk = { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } as const;
const basics = { redFlags: { psychosis: false, mania: false, "substance-use": false, "eating-disorder": false, "abuse-or-violence": false, "cognitive-decline": false }, client: { age: 35 } };
const minor = assessScope({ risk, redFlags: basics.redFlags, client: { age: 16 } });
[minor.level, minor.missing]; //=> ["incomplete", ["client.guardianConsent"]]
assessScope({ risk, redFlags: basics.redFlags, client: { age: 16, guardianConsent: true } }).level;
//=> "coaching-with-care"
assessScope({ risk, redFlags: basics.redFlags, client: { age: 12 } }).reasons.map((r) => r.code);
//=> ["under-minimum-age"]
