// End-to-end tests in Debian's Chromium against the built site (`npm run docs` first).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ["default", ["json", { outputFile: "reports/vitest-e2e.json" }]],
  },
});
