// Compiled by the typecheck step; docs/policy.md shows the code below (a test keeps them equal).
export {};
import { createScopeAssessor } from "coaching-scope";

const assess = createScopeAssessor(); // the policy and the locale are checked once
const intake = {
  risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false },
  redFlags: { psychosis: false, mania: false, "substance-use": false, "eating-disorder": false, "abuse-or-violence": false, "cognitive-decline": false },
  client: { age: 35 },
  answeredOn: "2026-11-20",
} as const;
assess(intake, { asOf: "2026-11-30" }).level; //=> "coaching"
assess(intake, { asOf: "2026-12-10" }).level; //=> "incomplete"   (the risk answers are 20 days old)
