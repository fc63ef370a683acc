// Prints the test run's totals as one plain line ("N passed, N failed") for CI logs.
import { readFileSync } from "node:fs";

const report = JSON.parse(readFileSync(new URL("../reports/vitest.json", import.meta.url), "utf8"));
console.log(`tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped`);
