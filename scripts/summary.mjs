// Prints the test runs' totals as one plain line ("N passed, N failed") for CI logs.
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;
for (const name of ["vitest.json", "vitest-e2e.json"]) {
  const file = new URL(`../reports/${name}`, import.meta.url);
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests;
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
