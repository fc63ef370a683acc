// The code samples in the guides are compiled: each ```ts block of a guide below stands,
// word for word, in a file under docs/examples/, which the typecheck step compiles.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const GUIDES = ["docs/localization.md"];
const root = new URL("..", import.meta.url);
const examples = readdirSync(new URL("docs/examples/", root), { recursive: true })
  .map(String)
  .filter((f) => f.endsWith(".ts") || f.endsWith(".tsx"))
  .map((f) => readFileSync(new URL(`docs/examples/${f}`, root), "utf8"))
  .join("\n");

describe.each(GUIDES)("%s", (guide) => {
  const blocks = [...readFileSync(new URL(guide, root), "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());

  it("has code samples", () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  it.each(blocks.map((b, i) => [i + 1, b] as const))("sample %i is compiled from docs/examples", (_i, block) => {
    expect(examples.includes(block)).toBe(true);
  });
});
