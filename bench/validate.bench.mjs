// The library's validator against Ajv compiled from the shipped JSON Schema (the fastest
// validator a service would pick instead), side by side in one run: valid input against Ajv
// (first error), invalid input against Ajv with `allErrors` (the library reports every issue).
// Run with `npm run bench:validate` (it builds first).
import Ajv2020Module from "ajv/dist/2020.js";
import { safeParseScreeningInput, screeningInputJsonSchema } from "coaching-scope/schema";
import { INPUTS } from "./inputs.mjs";
import { N, ROUNDS, keepResults, sideBySide } from "./timing.mjs";

const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
const first = new Ajv2020({ allErrors: false, strict: true, allowUnionTypes: true }).compile(screeningInputJsonSchema);
const all = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(screeningInputJsonSchema);

const invalid = {
  ...INPUTS.typical,
  risk: { ...INPUTS.typical.risk, imminentDanger: "no" },
  instruments: { ...INPUTS.typical.instruments, gad7: { items: [1, 1, 4, 0, 1, 1, 0] } },
  preferences: { timeFocus: "coaching", drivr: "coaching" },
};
if (safeParseScreeningInput(invalid).success || all(invalid) || !first(INPUTS.typical) || !safeParseScreeningInput(INPUTS.typical).success) throw new Error("bench inputs are wrong");

console.log(`node ${process.version}, ${ROUNDS} alternating rounds of ${N} calls each; medians`);
const cases = [
  ["valid (typical)", () => safeParseScreeningInput(INPUTS.typical).success, () => first(INPUTS.typical), 1.2, "Ajv"],
  ["valid (full)", () => safeParseScreeningInput(INPUTS.full).success, () => first(INPUTS.full), 1.2, "Ajv"],
  ["invalid (4 issues)", () => safeParseScreeningInput(invalid).issues.length, () => (all(invalid) ? 0 : all.errors.length), 1, "Ajv allErrors"],
];
for (const [name, library, ajv, goal, label] of cases) {
  const { ours, theirs, ratio } = sideBySide(library, ajv);
  console.log(`${name.padEnd(20)} library ${ours.toFixed(0).padStart(5)} ns | ${label} ${theirs.toFixed(0).padStart(5)} ns | ratio ${ratio.toFixed(2)} × (goal ≤ ${goal} ×) ${ratio <= goal ? "ok" : "OVER"}`);
}
keepResults();
