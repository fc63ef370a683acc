// Checks the built package as users load it: the ESM and CJS builds side by side.
// `npm test` builds before it runs the tests.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";

const dist = new URL("../dist/", import.meta.url);
const require = createRequire(import.meta.url);

describe("the built ESM and CJS entry points", () => {
  beforeAll(() => {
    if (!existsSync(new URL("index.cjs", dist))) throw new Error("dist/ is missing: run `npm run build` first (npm test does)");
  });

  it("export the same names", async () => {
    const esm = await import(new URL("index.js", dist).href);
    const cjs = require(new URL("index.cjs", dist).pathname);
    expect(Object.keys(esm).sort()).toEqual(Object.keys(cjs).sort());
    expect(Object.keys(esm)).toContain("assessScope");
  });

  it("recognise each other's errors with the guards, where instanceof fails", async () => {
    const esm = await import(new URL("index.js", dist).href);
    const cjs = require(new URL("index.cjs", dist).pathname);
    let fromCjs: unknown;
    try {
      cjs.assessScope({ risk: { imminentDangr: true } });
    } catch (error) {
      fromCjs = error;
    }
    expect(fromCjs instanceof esm.ScopeInputError).toBe(false);
    expect(esm.isScopeInputError(fromCjs)).toBe(true);
    let fromEsm: unknown;
    try {
      esm.createScopeAssessor({ policy: { thresholds: { phq9: { care: 99 } } } });
    } catch (error) {
      fromEsm = error;
    }
    expect(fromEsm instanceof cjs.ScopeConfigError).toBe(false);
    expect(cjs.isScopeConfigError(fromEsm)).toBe(true);
    expect(cjs.isScopeInputError(fromEsm)).toBe(false);
  });

  it("give the same assessment", async () => {
    const esm = await import(new URL("index.js", dist).href);
    const cjs = require(new URL("index.cjs", dist).pathname);
    const input = { risk: { imminentDanger: false }, instruments: { phq9: { items: [1, 2, 1, 2, 1, 0, 1, 1, 1] } } };
    expect(esm.assessScope(input)).toEqual(cjs.assessScope(input));
    expect(esm.assessScope(input).level).toBe("refer");
  });
});
