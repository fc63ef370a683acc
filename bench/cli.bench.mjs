// `coaching-scope assess` on 1,000,000 NDJSON lines against a plain Node script that only
// reads, parses, stringifies and writes the same lines, side by side, alternating runs.
// Run with `npm run bench:cli` (it builds first). Pass a line count to change the size.
import { spawnSync } from "node:child_process";
import { mkdtempSync, openSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeRecords } from "./records.mjs";

const count = Number(process.argv[2] ?? 1_000_000);
const root = fileURLToPath(new URL("..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "coaching-scope-bench-"));
const file = join(dir, "records.ndjson");
await writeRecords(file, count);

function time(args) {
  const devNull = openSync("/dev/null", "w");
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ["ignore", devNull, "inherit"] });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${args.join(" ")} exited ${result.status}`);
  return seconds;
}

const runs = { cli: [], baseline: [] };
for (let i = 0; i < 3; i++) {
  runs.baseline.push(time([join(root, "bench/baseline.mjs"), file]));
  runs.cli.push(time([join(root, "dist/cli.js"), "assess", file]));
}
rmSync(dir, { recursive: true, force: true });
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const cli = median(runs.cli);
const base = median(runs.baseline);
const ratio = cli / base;
console.log(`${count.toLocaleString("en")} NDJSON lines, 3 alternating runs each; medians`);
console.log(`baseline (read, parse, stringify, write): ${base.toFixed(2)} s (${Math.round(count / base).toLocaleString("en")} lines/s)`);
console.log(`coaching-scope assess:                    ${cli.toFixed(2)} s (${Math.round(count / cli).toLocaleString("en")} lines/s)`);
console.log(`ratio ${ratio.toFixed(2)} × (goal ≤ 2 ×) ${ratio <= 2 ? "ok" : "OVER"}`);
