// Every public export carries a doc comment with an example (internal helpers are marked
// @internal and left out of the API reference).
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const dir = new URL("../src/", import.meta.url);
const files = readdirSync(dir, { recursive: true, withFileTypes: false })
  .map(String)
  .filter((f) => f.endsWith(".ts"));

describe("doc comments", () => {
  it.each(files)("%s: every public export has a doc comment with an example", (file) => {
    const text = readFileSync(new URL(file, dir), "utf8");
    const undocumented: string[] = [];
    const pattern = /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*)?export (?:const|function|class|type|interface|let) (\w+)/g;
    for (const match of text.matchAll(pattern)) {
      const doc = match[1] ?? "";
      if (doc.includes("@internal")) continue;
      if (!doc.includes("@example")) undocumented.push(match[2]!);
    }
    expect(undocumented).toEqual([]);
  });
});
