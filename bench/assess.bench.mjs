// Benchmarks a prepared assessor against JSON.parse of the same input's JSON text, side by
// side in one run: this machine is shared, so only ratios measured together mean anything.
// Run with `npm run bench`.
import { buildComparisonTable, createScopeAssessor, renderHtml } from "coaching-scope";
import { de } from "coaching-scope/locales/de";
import { parseScreeningInput } from "coaching-scope/schema";
import { INPUTS } from "./inputs.mjs";
import { N, ROUNDS, keepResults, sideBySide } from "./timing.mjs";

const inputs = INPUTS;
const goals = { minimal: 0.5, typical: 0.5, full: 1, incomplete: undefined };

const assess = createScopeAssessor();

console.log(`node ${process.version}, ${ROUNDS} alternating rounds of ${N} calls each; medians`);
let failed = false;
for (const [name, input] of Object.entries(inputs)) {
  const text = JSON.stringify(input);
  const { ours, theirs, ratio } = sideBySide(() => assess(input), () => JSON.parse(text));
  const goal = goals[name];
  const ok = goal === undefined || ratio <= goal;
  failed ||= !ok;
  console.log(
    `${name.padEnd(10)} assess ${ours.toFixed(0).padStart(5)} ns (${(1e9 / ours / 1e3).toFixed(0)}k calls/s)` +
      ` | JSON.parse ${theirs.toFixed(0).padStart(5)} ns (${text.length} B)` +
      ` | ratio ${ratio.toFixed(2)} × ${goal === undefined ? "(reported, no goal)" : `(goal ≤ ${goal} ×) ${ok ? "ok" : "OVER"}`}`,
  );
}
// The same typical input as 1,000 distinct objects (as a service sees them, each freshly
// parsed) taken in turn, against JSON.parse: reported beside the goal, which uses one object.
{
  const text = JSON.stringify(inputs.typical);
  const copies = Array.from({ length: 1000 }, () => JSON.parse(text));
  let next = 0;
  const { ratio } = sideBySide(() => assess(copies[next++ % copies.length]), () => JSON.parse(text));
  console.log(`typical, 1,000 distinct copies in turn | ratio ${ratio.toFixed(2)} × JSON.parse (reported)`);
}
// parseScreeningInput (the same validator, returning the snapshot) and a prepared assessor
// together, against JSON.parse.
{
  const input = inputs.typical;
  const text = JSON.stringify(input);
  const { ratio } = sideBySide(() => assess(parseScreeningInput(input)), () => JSON.parse(text));
  failed ||= ratio > 3;
  console.log(`parseScreeningInput + assess (typical) | ratio ${ratio.toFixed(2)} × JSON.parse (goal ≤ 3 ×) ${ratio <= 3 ? "ok" : "OVER"}`);
}

// The whole comparison table in German, built and rendered as HTML, against JSON.stringify of its data.
{
  const table = buildComparisonTable({ locale: de });
  const { ours, ratio } = sideBySide(() => renderHtml(buildComparisonTable({ locale: de })), () => JSON.stringify(table), 2_000);
  console.log(`buildComparisonTable + renderHtml (de, whole model) ${(1e9 / ours).toFixed(0)} calls/s | ratio ${ratio.toFixed(2)} × JSON.stringify of the table data (reported, no goal)`);
}

keepResults();
process.exitCode = failed && process.argv.includes("--strict") ? 1 : 0;
