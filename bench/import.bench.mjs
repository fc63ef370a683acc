// The cost of importing the library: `node -e "import('coaching-scope')"` against
// `node -e "0"`, alternating, median of many runs. Goal: at most 1.15 ×.
// The import of an empty ES module is timed in the same runs, to show how much of the
// difference is Node's own ES module loader and how much is the library.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "coaching-scope-import-"));
const empty = join(dir, "empty.mjs");
writeFileSync(empty, "");
const RUNS = 41;
const run = (code) => {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["-e", code], { cwd: root, stdio: "ignore" });
  if (result.status !== 0) throw new Error(`node -e ${code} exited ${result.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
};
const codes = { node: "0", emptyModule: `import(${JSON.stringify(pathToFileURL(empty).href)})`, library: "import('coaching-scope')" };
const times = { node: [], emptyModule: [], library: [] };
for (let i = 0; i < 3; i++) for (const code of Object.values(codes)) run(code);
for (let i = 0; i < RUNS; i++) for (const [name, code] of Object.entries(codes)) times[name].push(run(code));
rmSync(dir, { recursive: true, force: true });
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const [node, emptyModule, library] = [median(times.node), median(times.emptyModule), median(times.library)];
const ratio = library / node;
console.log(
  `import cost: node -e "import('coaching-scope')" ${library.toFixed(1)} ms against node -e "0" ${node.toFixed(1)} ms (${RUNS} alternating runs, medians) | ratio ${ratio.toFixed(2)} × (goal ≤ 1.15 ×) ${ratio <= 1.15 ? "ok" : "OVER"}`,
);
console.log(
  `  of which Node's ES module loader (importing an empty module): ${emptyModule.toFixed(1)} ms, ${(emptyModule / node).toFixed(2)} ×; the library itself: ${(library - emptyModule).toFixed(1)} ms, ${(library / emptyModule).toFixed(2)} × the empty module`,
);
