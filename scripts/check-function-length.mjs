// Fails when a function under src/ is longer than 80 lines (counted from its first line to its
// last, with TypeScript's own parser). Run by `npm test`.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const LIMIT = 80;
const root = fileURLToPath(new URL("../src/", import.meta.url));
const files = readdirSync(root, { recursive: true }).map(String).filter((f) => f.endsWith(".ts"));
const long = [];
for (const file of files) {
  const text = readFileSync(root + file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body !== undefined) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > LIMIT) {
        const name = node.name?.getText(source) ?? (ts.isVariableDeclaration(node.parent) ? node.parent.name.getText(source) : "(anonymous)");
        long.push(`src/${file}:${start + 1} ${name}: ${lines} lines`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}
if (long.length > 0) {
  console.error(`Functions longer than ${LIMIT} lines:\n  ${long.join("\n  ")}`);
  process.exit(1);
}
console.log(`function length: every function under src/ is at most ${LIMIT} lines (${files.length} files)`);
