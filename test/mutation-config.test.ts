// Mutation testing must reach the code it claims to: each of stryker.config.json's `mutate`
// globs matches files, every file under the folders they name is mutated (texts excepted: data
// with no logic), and every test file the mutation run lists exists.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url);
const config = JSON.parse(readFileSync(new URL("stryker.config.json", root), "utf8")) as { mutate: string[] };
const files = readdirSync(new URL("src/", root), { recursive: true }).map((f) => `src/${String(f)}`).filter((f) => f.endsWith(".ts"));

/** A glob of the forms the config uses (`dir/**\/*.ts`, `dir/*\/name.ts`, a file) as a pattern. */
const pattern = (glob: string) => new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*\*\//g, "(?:.*/)?").replace(/\*/g, "[^/]*")}$`);
const included = config.mutate.filter((g) => !g.startsWith("!")).map(pattern);
const excluded = config.mutate.filter((g) => g.startsWith("!")).map((g) => pattern(g.slice(1)));
const mutated = (file: string) => included.some((p) => p.test(file)) && !excluded.some((p) => p.test(file));

describe("the mutation run's configuration", () => {
  it("has no glob that matches nothing", () => {
    for (const glob of config.mutate) expect(files.filter((f) => pattern(glob.replace(/^!/, "")).test(f)).length, glob).toBeGreaterThan(0);
  });

  it("mutates every file of the engine's folders", () => {
    const folders = ["instruments", "input", "policy", "rules", "assess", "shared", "schema", "fhir", "intake"];
    // Texts are data (the instruments' published texts, the intake's locales): not mutated.
    const texts = (f: string) => /\/texts(\.[a-z]{2})?\.ts$/.test(f) || f.startsWith("src/intake/locales/");
    const missed = files.filter((f) => folders.some((d) => f.startsWith(`src/${d}/`)) && !texts(f) && !mutated(f));
    expect(missed).toEqual([]);
  });

  it("lists test files that exist", () => {
    const text = readFileSync(new URL("vitest.mutation.config.ts", root), "utf8");
    const listed = [...text.matchAll(/"(test\/[^"]+)"/g)].map((m) => m[1]!);
    expect(listed.length).toBeGreaterThan(5);
    for (const entry of listed) {
      const matches = readdirSync(new URL("test/", root)).map((f) => `test/${f}`).filter((f) => pattern(entry).test(f));
      expect(matches.length, entry).toBeGreaterThan(0);
      if (!entry.includes("*")) expect(existsSync(new URL(entry, root))).toBe(true);
    }
  });
});
