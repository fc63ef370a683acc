// The comparison table's renderers and builder, in one run: each path that grows with its input
// timed at a size n and at 10 n (a linear path gives about 10 ×, a quadratic one about 100 ×;
// goal ≤ 12 ×), and the 12-row HTML table against a hand-written template literal that gives the
// same string (goal ≤ 3 ×). Run with `npm run bench:table` (it builds first); set
// TABLE_BENCH_DIST to a directory holding another build's `index.js` to measure that build.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { N, ROUNDS, keepResults, sideBySide } from "./timing.mjs";

const dist = process.env.TABLE_BENCH_DIST;
const lib = await import(dist === undefined ? new URL("../dist/index.js", import.meta.url).href : pathToFileURL(resolve(dist, "index.js")).href);
const { COMPARISON_MODEL, buildComparisonTable, defineComparisonModel, en, renderHtml, renderMarkdown, renderText } = lib;

// A collection before each timed call, so that garbage left by the last one is not charged to it.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc");

/**
 * Milliseconds for one call of `fn(input)`: the least of `reps` calls, each on a fresh input from
 * `make` (the least disturbed one: on a shared machine, other work only ever adds time).
 */
function once(make, fn, reps = 7) {
  const times = [];
  for (let r = 0; r < reps; r++) {
    const input = make();
    gc();
    const start = process.hrtime.bigint();
    if (fn(input) === undefined) throw new Error("no result");
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return Math.min(...times);
}

const hand = (rows, columns = 1) => ({
  lang: "en",
  dir: "ltr",
  caption: "Caption",
  dimensionHeader: "Dimension",
  columns: Array.from({ length: columns }, (_, j) => ({ id: `m${j}`, header: `M${j}` })),
  rows: Array.from({ length: rows }, (_, i) => ({
    id: `d${i}`,
    header: `Dimension ${i}`,
    cells: Array.from({ length: columns }, (_, j) => ({ columnId: `m${j}`, text: `Text ${i} ${j}` })),
  })),
});
const oneCell = (text) => defineComparisonModel({ modalities: [{ id: "a", label: "A" }], dimensions: [{ id: "d", label: "D", values: { a: text } }] });
const dimensions = (n) =>
  defineComparisonModel({
    modalities: [{ id: "a", label: "A" }, { id: "b", label: "B" }],
    dimensions: Array.from({ length: n }, (_, i) => ({ id: `d${i}`, label: `D ${i}`, values: { a: `a ${i}`, b: `b ${i}` } })),
  });
const modalities = (n) => {
  const ms = Array.from({ length: n }, (_, i) => ({ id: `m${i}`, label: `M ${i}` }));
  return defineComparisonModel({ modalities: ms, dimensions: [{ id: "d", label: "D", values: Object.fromEntries(ms.map((m) => [m.id, m.label])) }] });
};
const ids = (model, key) => model[key].map((entry) => entry.id);

// A hand-written template literal over the rows of a hand-made table, as renderHtml writes them.
const literal = (t) => {
  let out = "";
  for (const row of t.rows) {
    out += `<tr><th scope="row">${row.header}</th>`;
    for (const cell of row.cells) out += `<td>${cell.text}</td>`;
    out += "</tr>";
  }
  return out;
};

// [name, what n counts, n, make(n) → input (untimed), fn(input) → output (timed), goal]. Up to
// a point, the work of a call fits in V8's young generation and its garbage costs almost
// nothing; past it, every object still alive is copied and marked. A path is gated at sizes on
// one side of that point; the rows marked "reported" show the step, for the library's own model
// check and a template literal too.
const paths = [
  ["renderMarkdown, a cell of spaces and line breaks", "characters", 100_000, (n) => buildComparisonTable({ model: oneCell(`a${" \n".repeat(n / 2)}b`) }), renderMarkdown],
  ["renderMarkdown, a cell of spaces, no line break", "characters", 100_000, (n) => buildComparisonTable({ model: oneCell(`a${" ".repeat(n)}b`) }), renderMarkdown],
  ["renderMarkdown, a cell of Markdown syntax", "characters", 100_000, (n) => buildComparisonTable({ model: oneCell(`a${"*_[]()`~<>|\\#&!".repeat(n / 16)}`) }), renderMarkdown],
  ["renderText, one long word", "characters", 100_000, (n) => buildComparisonTable({ model: oneCell("x".repeat(n)) }), (t) => renderText(t, { width: 40 })],
  ["renderText, one cell of many words", "characters", 10_000, (n) => buildComparisonTable({ model: oneCell("ab ".repeat(n / 3)) }), (t) => renderText(t, { width: 40 })],
  ["renderText, rows of a hand-made table", "rows", 10_000, (n) => hand(n), renderText],
  ["renderMarkdown, rows of a hand-made table", "rows", 1_000, (n) => hand(n), renderMarkdown],
  ["renderHtml, rows of a hand-made table", "rows", 1_000, (n) => hand(n), renderHtml],
  ["buildComparisonTable, dimensions listed", "dimensions", 10_000, (n) => dimensions(n), (model) => buildComparisonTable({ model, dimensions: ids(model, "dimensions") })],
  ["buildComparisonTable, modalities listed", "modalities", 10_000, (n) => modalities(n), (model) => buildComparisonTable({ model, modalities: ids(model, "modalities") })],
  ["buildComparisonTable, dimensions listed", "dimensions", 1_000, (n) => dimensions(n), (model) => buildComparisonTable({ model, dimensions: ids(model, "dimensions") }), "reported"],
  ["defineComparisonModel, the same dimensions", "dimensions", 1_000, (n) => ({ ...dimensions(n) }), defineComparisonModel, "reported"],
  ["renderHtml, rows of a hand-made table", "rows", 10_000, (n) => hand(n), renderHtml, "reported"],
  ["a template literal over the same rows", "rows", 10_000, (n) => hand(n), literal, "reported"],
  // A model of n modalities has one object of n keys in each dimension, and V8 lists the keys of
  // so large an object in more than linear time.
  ["listing and copying the keys of one object", "keys", 10_000, (n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`m${i}`, `M ${i}`])), (o) => Object.assign(Object.create(null), o), "reported"],
];

console.log(`node ${process.version}; each path: the fastest of 7 calls at n and at 10 n, after a warm-up call (goal: ratio ≤ 12 ×)`);
let failed = false;
for (const [name, unit, n, make, fn, goal] of paths) {
  fn(make(n));
  const small = once(() => make(n), fn);
  const large = once(() => make(10 * n), fn);
  const ratio = large / small;
  const verdict = goal === "reported" ? "(reported, no goal)" : ratio <= 12 ? "ok" : "OVER";
  failed ||= verdict === "OVER";
  console.log(
    `${name.padEnd(48)} ${n.toLocaleString("en")} ${unit} ${small.toFixed(2).padStart(8)} ms | ${(10 * n).toLocaleString("en")} ${large.toFixed(2).padStart(8)} ms | ratio ${ratio.toFixed(1).padStart(5)} × ${verdict}`,
  );
}

// The whole built-in table in English, built and rendered, against a hand-written template
// literal that gives the same string from the model's English texts.
{
  const m = en.messages;
  const byHand = () => {
    let head = `<th scope="col">${m["table.dimensionHeader"]}</th>`;
    for (const modality of COMPARISON_MODEL.modalities) head += `<th scope="col">${modality.label}</th>`;
    let body = "";
    for (const d of COMPARISON_MODEL.dimensions) {
      body += `<tr><th scope="row">${d.label}</th>`;
      for (const modality of COMPARISON_MODEL.modalities) body += `<td>${d.values[modality.id]}</td>`;
      body += "</tr>";
    }
    return `<table lang="en" dir="ltr"><caption>${m["table.caption"]}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
  };
  const ours = () => renderHtml(buildComparisonTable());
  if (ours() !== byHand()) throw new Error("the template literal does not give renderHtml's string");
  const { ours: o, theirs: t, ratio } = sideBySide(ours, byHand, N / 10);
  failed ||= ratio > 3;
  console.log(
    `renderHtml(buildComparisonTable()), 12 rows      ${(o / 1000).toFixed(2)} µs | template literal ${(t / 1000).toFixed(2)} µs | ratio ${ratio.toFixed(2)} × (goal ≤ 3 ×; ${ROUNDS} alternating rounds) ${ratio <= 3 ? "ok" : "OVER"}`,
  );
}

keepResults();
process.exitCode = failed && process.argv.includes("--strict") ? 1 : 0;
