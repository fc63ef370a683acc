// Benchmarks a prepared assessor against JSON.parse of the same input's JSON text, side by
// side in one run: this machine is shared, so only ratios measured together mean anything.
// Run with `npm run bench`.
import { buildComparisonTable, createScopeAssessor, renderHtml } from "coaching-scope";
import { de } from "coaching-scope/locales/de";
import { parseScreeningInput } from "coaching-scope/schema";
import { INPUTS } from "./inputs.mjs";

const inputs = INPUTS;
const goals = { minimal: 0.5, typical: 0.5, full: 1 };

const assess = createScopeAssessor();
let sink = 0;

/** Nanoseconds per call of `fn`, over a batch of `n` calls. */
function time(fn, n) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) sink += fn() ? 1 : 0;
  return Number(process.hrtime.bigint() - start) / n;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const ROUNDS = 31;
const N = 20_000;

console.log(`node ${process.version}, ${ROUNDS} alternating rounds of ${N} calls each; medians`);
let failed = false;
for (const [name, input] of Object.entries(inputs)) {
  const text = JSON.stringify(input);
  const parse = () => JSON.parse(text);
  const run = () => assess(input);
  for (let i = 0; i < 3; i++) { time(parse, N); time(run, N); } // warm up
  const a = [];
  const p = [];
  for (let r = 0; r < ROUNDS; r++) {
    p.push(time(parse, N));
    a.push(time(run, N));
  }
  const ratios = a.map((x, i) => x / p[i]);
  const ratio = median(ratios);
  const ok = ratio <= goals[name];
  failed ||= !ok;
  console.log(
    `${name.padEnd(8)} assess ${median(a).toFixed(0).padStart(5)} ns (${(1e9 / median(a) / 1e3).toFixed(0)}k calls/s)` +
      ` | JSON.parse ${median(p).toFixed(0).padStart(5)} ns (${text.length} B)` +
      ` | ratio ${ratio.toFixed(2)} × (goal ≤ ${goals[name]} ×) ${ok ? "ok" : "OVER"}`,
  );
}
// The same typical input as 1,000 distinct objects (as a service sees them, each freshly
// parsed) taken in turn, against JSON.parse: reported beside the goal, which uses one object.
{
  const text = JSON.stringify(inputs.typical);
  const copies = Array.from({ length: 1000 }, () => JSON.parse(text));
  let next = 0;
  const parse = () => JSON.parse(text);
  const run = () => assess(copies[next++ % copies.length]);
  for (let i = 0; i < 3; i++) { time(parse, N); time(run, N); }
  const ratios = [];
  for (let r = 0; r < ROUNDS; r++) ratios.push(time(run, N) / time(parse, N));
  console.log(`typical, 1,000 distinct copies in turn | ratio ${median(ratios).toFixed(2)} × JSON.parse (reported)`);
}
// parseScreeningInput (zod) and a prepared assessor together, against JSON.parse.
{
  const input = inputs.typical;
  const text = JSON.stringify(input);
  const parse = () => JSON.parse(text);
  const run = () => assess(parseScreeningInput(input));
  for (let i = 0; i < 3; i++) { time(parse, N); time(run, N); }
  const ratios = [];
  for (let r = 0; r < ROUNDS; r++) ratios.push(time(run, N) / time(parse, N));
  const ratio = median(ratios);
  failed ||= ratio > 3;
  console.log(`parseScreeningInput + assess (typical) | ratio ${ratio.toFixed(2)} × JSON.parse (goal ≤ 3 ×) ${ratio <= 3 ? "ok" : "OVER"}`);
}

// The whole comparison table in German, built and rendered as HTML, against JSON.stringify of its data.
{
  const table = buildComparisonTable({ locale: de });
  const render = () => renderHtml(buildComparisonTable({ locale: de }));
  const stringify = () => JSON.stringify(table);
  const n = 2_000;
  for (let i = 0; i < 3; i++) { time(render, n); time(stringify, n); }
  const r = [];
  const s = [];
  for (let k = 0; k < ROUNDS; k++) { r.push(time(render, n)); s.push(time(stringify, n)); }
  const ratio = median(r.map((x, i) => x / s[i]));
  console.log(`buildComparisonTable + renderHtml (de, whole model) ${(1e9 / median(r)).toFixed(0)} calls/s | ratio ${ratio.toFixed(2)} × JSON.stringify of the table data (reported, no goal)`);
}

if (sink === 42) console.log("");
process.exitCode = failed && process.argv.includes("--strict") ? 1 : 0;
