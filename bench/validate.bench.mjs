// The library's validator against Ajv compiled from the shipped JSON Schema (the fastest
// validator a service would pick instead), side by side in one run: valid input against Ajv
// (first error), invalid input against Ajv with `allErrors` (the library reports every issue).
// Run with `npm run bench:validate` (it builds first).
import Ajv2020Module from "ajv/dist/2020.js";
import { safeParseScreeningInput, screeningInputJsonSchema } from "coaching-scope/schema";
import { INPUTS } from "./inputs.mjs";

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

let sink = 0;
function time(fn, n) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) sink += fn() ? 1 : 0;
  return Number(process.hrtime.bigint() - start) / n;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const ROUNDS = 31;
const N = 20_000;

console.log(`node ${process.version}, ${ROUNDS} alternating rounds of ${N} calls each; medians`);
const cases = [
  ["valid (typical)", INPUTS.typical, () => safeParseScreeningInput(INPUTS.typical).success, () => first(INPUTS.typical), 1.2, "Ajv"],
  ["valid (full)", INPUTS.full, () => safeParseScreeningInput(INPUTS.full).success, () => first(INPUTS.full), 1.2, "Ajv"],
  ["invalid (4 issues)", invalid, () => safeParseScreeningInput(invalid).issues.length, () => (all(invalid) ? 0 : all.errors.length), 1, "Ajv allErrors"],
];
for (const [name, , ours, theirs, goal, label] of cases) {
  for (let i = 0; i < 3; i++) { time(ours, N); time(theirs, N); }
  const o = [];
  const t = [];
  for (let r = 0; r < ROUNDS; r++) { o.push(time(ours, N)); t.push(time(theirs, N)); }
  const ratio = median(o.map((x, i) => x / t[i]));
  console.log(`${name.padEnd(20)} library ${median(o).toFixed(0).padStart(5)} ns | ${label} ${median(t).toFixed(0).padStart(5)} ns | ratio ${ratio.toFixed(2)} × (goal ≤ ${goal} ×) ${ratio <= goal ? "ok" : "OVER"}`);
}
if (sink === 42) console.log("");
