// The cost of importing the library: `node -e "import('coaching-scope')"` against
// `node -e "0"`, alternating, median of many runs. Goal: at most 1.15 ×.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const RUNS = 41;
const run = (code) => {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["-e", code], { cwd: root, stdio: "ignore" });
  if (result.status !== 0) throw new Error(`node -e ${code} exited ${result.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
};
const empty = [];
const lib = [];
for (let i = 0; i < 3; i++) { run("0"); run("import('coaching-scope')"); }
for (let i = 0; i < RUNS; i++) {
  empty.push(run("0"));
  lib.push(run("import('coaching-scope')"));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const ratio = median(lib) / median(empty);
console.log(`import cost: node -e "import('coaching-scope')" ${median(lib).toFixed(1)} ms against node -e "0" ${median(empty).toFixed(1)} ms (${RUNS} alternating runs, medians) | ratio ${ratio.toFixed(2)} × (goal ≤ 1.15 ×) ${ratio <= 1.15 ? "ok" : "OVER"}`);
