// What a bundler takes into an app for one import, read from esbuild's metafile over the
// built package: a locale brings no other locale, and a constant brings no engine.
import { build } from "esbuild";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));

async function inputsOf(code: string): Promise<{ files: string[]; text: string }> {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: "js" },
    bundle: true,
    write: false,
    minify: true,
    format: "esm",
    metafile: true,
    logLevel: "silent",
    // The package resolves itself by name, through its "exports".
    alias: {},
  });
  return { files: Object.keys(result.metafile.inputs).filter((f) => f !== "<stdin>"), text: result.outputFiles[0]!.text };
}

describe("what one import brings into a bundle", () => {
  beforeAll(() => {
    if (!existsSync(`${root}/dist/locales/de.js`)) throw new Error("dist/ is missing: run `npm run build` first (npm test does)");
  });

  it.each(["de", "es", "fr"])("coaching-scope/locales/%s brings only itself", async (code) => {
    const { files, text } = await inputsOf(`export { ${code} } from "coaching-scope/locales/${code}";`);
    expect(files).toEqual([`dist/locales/${code}.js`]);
    for (const other of ["de", "es", "fr"].filter((c) => c !== code)) expect(files.join()).not.toContain(`locales/${other}`);
    expect(text).not.toContain("Coaching and psychotherapy compared");
  });

  it("DISCLAIMERS alone brings neither the assessment code, the locales nor zod", async () => {
    const { files, text } = await inputsOf(`export { DISCLAIMERS } from "coaching-scope";`);
    expect(files.some((f) => f.includes("zod"))).toBe(false);
    expect(text).toContain("NOT psychotherapy");
    expect(text).not.toContain("risk-screen-incomplete");
    expect(text).not.toContain("Refer to a mental-health professional");
    // Nor the instruments' definitions: their citations stay out of a bundle that does not assess.
    expect(text).not.toContain("Kroenke");
  });

  it("everything in the core entry holds no instrument's item text (texts ship with the intake only)", async () => {
    const { text } = await inputsOf(`export * from "coaching-scope";`);
    expect(text).toContain("PHQ-9");
    for (const item of ["Little interest or pleasure", "Feeling nervous, anxious or on edge", "Not at all"]) expect(text).not.toContain(item);
  });
});
