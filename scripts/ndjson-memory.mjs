// Peak memory of `coaching-scope assess` on 2,000 and on 200,000 NDJSON lines: streaming keeps
// it flat. Goal: the larger run peaks at no more than 1.3 × the smaller one.
// Run with `npm run check:memory` (after a build).
import { spawnSync } from "node:child_process";
import { mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeRecords } from "../bench/records.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "coaching-scope-memory-"));
const report = join(dir, "report-rss.cjs");
writeFileSync(report, `process.on("exit", () => require("fs").writeSync(2, "maxRSS=" + process.resourceUsage().maxRSS + "\\n"));`);

function peakKb(lines) {
  const file = join(dir, `${lines}.ndjson`);
  return writeRecords(file, lines).then(() => {
    const result = spawnSync(process.execPath, ["--require", report, join(root, "dist/cli.js"), "assess", file], {
      stdio: ["ignore", openSync("/dev/null", "w"), "pipe"],
      encoding: "utf8",
    });
    return Number(/maxRSS=(\d+)/.exec(result.stderr)[1]);
  });
}

const small = await peakKb(2_000);
const large = await peakKb(200_000);
rmSync(dir, { recursive: true, force: true });
const ratio = large / small;
console.log(`peak RSS: 2,000 lines ${(small / 1024).toFixed(1)} MB; 200,000 lines ${(large / 1024).toFixed(1)} MB; ratio ${ratio.toFixed(2)} × (goal ≤ 1.3 ×)`);
if (ratio > 1.3) process.exitCode = 1;
