// `coaching-scope assess` on 1,000,000 NDJSON lines against a plain Node script that only
// reads, parses, stringifies and writes the same lines, side by side, alternating runs: through
// a pipe (`| cat > file`, what a reader of the pipe receives; the goal) and into /dev/null.
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

const out = join(dir, "out.ndjson");
function time(args, pipe) {
  const start = process.hrtime.bigint();
  const result = pipe
    ? spawnSync("/bin/sh", ["-c", `"${process.execPath}" ${args.map((a) => `"${a}"`).join(" ")} | cat > "${out}"`], { stdio: ["ignore", "ignore", "inherit"] })
    : spawnSync(process.execPath, args, { stdio: ["ignore", openSync("/dev/null", "w"), "inherit"] });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${args.join(" ")} exited ${result.status}`);
  return seconds;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(`${count.toLocaleString("en")} NDJSON lines, 3 alternating runs each; medians`);
for (const [pipe, label, goal] of [[true, "through a pipe (| cat > file)", 2], [false, "into /dev/null", undefined]]) {
  const runs = { cli: [], baseline: [] };
  for (let i = 0; i < 3; i++) {
    runs.baseline.push(time([join(root, "bench/baseline.mjs"), file], pipe));
    runs.cli.push(time([join(root, "dist/cli.js"), "assess", file], pipe));
  }
  const cli = median(runs.cli);
  const base = median(runs.baseline);
  const ratio = cli / base;
  const verdict = goal === undefined ? "(reported)" : `(goal ≤ ${goal} ×) ${ratio <= goal ? "ok" : "OVER"}`;
  console.log(`${label}: baseline ${base.toFixed(2)} s (${Math.round(count / base).toLocaleString("en")} lines/s), assess ${cli.toFixed(2)} s (${Math.round(count / cli).toLocaleString("en")} lines/s), ratio ${ratio.toFixed(2)} × ${verdict}`);
}
rmSync(dir, { recursive: true, force: true });
