// Checks what `npm pack` would publish: only dist/, README, LICENSE, package.json, and the
// CHANGELOG once a release has written one.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

// Supply chain: the published package has no runtime dependency (zod is an optional peer).
const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
if (Object.keys(pkg.dependencies ?? {}).length > 0) {
  console.error(`package.json has runtime dependencies (${Object.keys(pkg.dependencies).join(", ")}): the library promises none`);
  process.exit(1);
}

const [pack] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { encoding: "utf8" }));
const allowed = /^(dist\/.+|README\.md|LICENSE|CHANGELOG\.md|package\.json)$/;
const files = pack.files.map((f) => f.path);
const unexpected = files.filter((f) => !allowed.test(f));
const required = ["package.json", "README.md", "LICENSE", "dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts"];
const missing = required.filter((f) => !files.includes(f));
if (unexpected.length > 0 || missing.length > 0) {
  if (unexpected.length > 0) console.error(`npm pack would ship files it should not: ${unexpected.join(", ")}`);
  if (missing.length > 0) console.error(`npm pack would miss: ${missing.join(", ")}`);
  process.exit(1);
}
const shipped = [...new Set(files.map((f) => f.split("/")[0]))].sort();
console.log(`npm pack: ${files.length} files, ${(pack.size / 1024).toFixed(1)} kB packed, ${(pack.unpackedSize / 1024).toFixed(1)} kB unpacked — only ${shipped.join(", ")}`);
