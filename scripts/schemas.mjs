// Writes the JSON Schema documents into src/generated/ from the zod schemas (npm run schemas).
// With --check, fails when the committed documents differ from a fresh build instead.
import { build } from "esbuild";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = await build({
  entryPoints: [`${root}src/schema/json.ts`],
  bundle: true,
  format: "esm",
  platform: "node",
  write: false,
  logLevel: "silent",
});
const url = `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString("base64")}`;
const { buildJsonSchemas } = await import(url);
const stale = [];
for (const [name, schema] of Object.entries(buildJsonSchemas())) {
  const file = `${root}src/generated/${name}.json`;
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  if (process.argv.includes("--check")) {
    let current = "";
    try { current = readFileSync(file, "utf8"); } catch {}
    if (current !== text) stale.push(file);
  } else writeFileSync(file, text);
}
if (stale.length > 0) {
  console.error(`JSON Schema documents are out of date: ${stale.join(", ")}\nRun npm run schemas and commit the result.`);
  process.exit(1);
}
