import { defineConfig } from "vitest/config";
import { define } from "./build-define.js";

export default defineConfig({
  define,
  test: {
    include: ["test/**/*.test.ts"],
    // The browser tests need the built site: npm test runs them after `npm run docs`.
    exclude: ["test/e2e/**", "node_modules/**"],
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      // The executable's wrapper runs only in a child process: test/cli.test.ts spawns it.
      exclude: ["src/cli/bin.ts"],
      reporter: ["text-summary", "text"],
      thresholds: { lines: 95, branches: 95, functions: 95, statements: 95 },
    },
  },
});
