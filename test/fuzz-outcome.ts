// What a fuzzed call may end in: a result, or the library's own error with a path, within a time
// bound. Shared by the fuzz suites.
import { expect } from "vitest";
import { isScopeConfigError, isScopeInputError, type ScopeIssue } from "../src/index.js";

/** A hang guard far above any real call, which take microseconds. */
export const BOUND_MS = 1_000;
/** Each fuzz test runs thousands of values: far above vitest's 5 s default under coverage on a busy 2-core machine. */
export const FUZZ_TIMEOUT_MS = 120_000;

/**
 * A runner that allows only a result (passed to `check`) or the library's own error, with every
 * issue's path an array, no "undefined" in a message, a message under 20,000 characters, and
 * `issue` for any further check of each issue. `calls()` counts the runs.
 */
export function fuzzOutcome(issue: (issue: ScopeIssue) => void = () => undefined): {
  outcome: <T>(fn: () => T, check?: (value: T) => void) => void;
  calls: () => number;
} {
  let calls = 0;
  const outcome = <T>(fn: () => T, check: (value: T) => void = () => undefined): void => {
    calls++;
    const start = performance.now();
    try {
      check(fn());
    } catch (error) {
      if (!(isScopeInputError(error) || isScopeConfigError(error))) throw error;
      expect(error.issues.length).toBeGreaterThan(0);
      expect(error.message.length).toBeLessThan(20_000);
      for (const each of error.issues) {
        expect(Array.isArray(each.path)).toBe(true);
        expect(each.message).not.toMatch(/undefined/);
        issue(each);
      }
    } finally {
      expect(performance.now() - start).toBeLessThan(BOUND_MS);
    }
  };
  return { outcome, calls: () => calls };
}
