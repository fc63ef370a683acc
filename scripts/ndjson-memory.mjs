// Peak memory of `coaching-scope assess` on 300,000 and on 1,200,000 NDJSON lines: streaming
// keeps it flat. Goal: the larger run peaks at no more than 1.3 × the smaller one.
// Both runs are long enough for V8 to have grown its young generation to its full size, which
// takes some 250,000 lines here; a shorter run ends before that, so comparing with it would
// measure the heap's warm-up rather than growth with the input. A leak of 100 bytes a line
// would show as about 1.8 ×. The peak of a 2,000-line run is printed too, as the start-up
// footprint.
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

const startUp = await peakKb(2_000);
const small = await peakKb(300_000);
const large = await peakKb(1_200_000);
rmSync(dir, { recursive: true, force: true });
const ratio = large / small;
const mb = (kb) => `${(kb / 1024).toFixed(1)} MB`;
console.log(`peak RSS: 300,000 lines ${mb(small)}; 1,200,000 lines ${mb(large)}; ratio ${ratio.toFixed(2)} × (goal ≤ 1.3 ×) ${ratio <= 1.3 ? "ok" : "OVER"}`);
console.log(`  start-up footprint (2,000 lines): ${mb(startUp)}`);
if (ratio > 1.3) process.exitCode = 1;
