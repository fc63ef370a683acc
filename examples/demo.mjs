// The demo: the command line as a user runs it — the comparison table (in English and in
// German), then realistic intakes from examples/ screened and summarized.
// Run with `npm run demo` (it builds the library first).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const width = String(Math.min(process.stdout.columns || 100, 100));
const rule = "=".repeat(Number(width));

function cli(...args) {
  console.log(`$ coaching-scope ${args.join(" ")}`);
  const result = spawnSync(process.execPath, [`${root}dist/cli.js`, ...args], { cwd: root, encoding: "utf8" });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  console.log(rule);
}

cli("table", "--width", width);
cli("table", "--locale", "de", "--dimensions", "relationship,orientation,timeFocus,guidingQuestion", "--width", width);
for (const name of ["clear", "alongside-treatment", "incomplete", "refer", "crisis"]) {
  cli("assess", `examples/${name}.json`, "--format", "text");
}
