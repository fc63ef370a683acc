// Installs the packed tarball into an empty ESM project and an empty CommonJS project, as a
// user would, and imports every export from each. Run by `npm test` after the build.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const work = mkdtempSync(join(tmpdir(), "coaching-scope-consumers-"));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

try {
  run("npm", ["pack", "--ignore-scripts", "--pack-destination", work], root);
  const tarball = join(work, readdirSync(work).find((f) => f.endsWith(".tgz")));
  const names = Object.keys(await import(join(root, "dist/index.js")));

  const check = `
    const names = ${JSON.stringify(names)};
    const missing = names.filter((n) => lib[n] === undefined);
    if (missing.length) throw new Error("missing exports: " + missing.join(", "));
    const extra = Object.keys(lib).filter((n) => n !== "default" && !names.includes(n));
    if (extra.length) throw new Error("unexpected exports: " + extra.join(", "));
    const result = lib.assessScope({ risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false }, redFlags: { psychosis: false, mania: false, "substance-use": false, "eating-disorder": false, "abuse-or-violence": false, "cognitive-decline": false }, client: { age: 35 } });
    if (result.level !== "coaching") throw new Error("assessScope gave " + result.level);
    if (!lib.renderHtml(lib.buildComparisonTable()).startsWith("<table")) throw new Error("renderHtml");
    // The intake entry and a locale of its own, by their subpaths.
    const intake = intakeLib.buildIntake({ locale: intakeDe.de });
    if (intake.sections[1].title !== "Ihre Sicherheit") throw new Error("buildIntake gave " + intake.sections[1].title);
    const asked = intakeLib.nextQuestions(lib.assessScope(intakeLib.toScreeningInput({ "risk.imminentDanger": false })), { locale: intakeDe.de });
    if (asked[0].id !== "risk.suicidalThoughts") throw new Error("nextQuestions gave " + asked[0].id);
    console.log(KIND + ": " + names.length + " exports imported, assessScope, renderHtml and the intake work");
  `;
  for (const [kind, type, file, load] of [
    ["ESM", "module", "index.mjs", `import * as lib from "coaching-scope";\nimport * as intakeLib from "coaching-scope/intake";\nimport * as intakeDe from "coaching-scope/intake/locales/de";`],
    ["CJS", "commonjs", "index.cjs", `const lib = require("coaching-scope");\nconst intakeLib = require("coaching-scope/intake");\nconst intakeDe = require("coaching-scope/intake/locales/de");`],
  ]) {
    const dir = join(work, kind.toLowerCase());
    run("mkdir", ["-p", dir], work);
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: `consumer-${kind}`, private: true, type }));
    run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball], dir);
    writeFileSync(join(dir, file), `${load}\nconst KIND = ${JSON.stringify(kind)};\n${check}`);
    process.stdout.write(run("node", [file], dir));
  }

  // The oldest zod the peer range allows (zod 4.0.0–4.0.10 fail at import): the schema entry
  // works with it. Installed from the registry, as a user at the floor would have it.
  const floor = JSON.parse(run("node", ["-p", "JSON.stringify(require('./package.json').peerDependencies.zod)"], root)).replace(/^[\^~>=\s]+/, "");
  const dir = join(work, "zod-floor");
  run("mkdir", ["-p", dir], work);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer-zod-floor", private: true, type: "module" }));
  run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", `zod@${floor}`, tarball], dir);
  writeFileSync(
    join(dir, "index.mjs"),
    `import { parseScreeningInput } from "coaching-scope/schema";
    import { readFileSync } from "node:fs";
    const { version } = JSON.parse(readFileSync("node_modules/zod/package.json", "utf8"));
    const input = parseScreeningInput({ risk: { imminentDanger: false } });
    if (input.risk?.imminentDanger !== false) throw new Error("parseScreeningInput");
    console.log("zod " + version + " (the peer range's floor): coaching-scope/schema works");`,
  );
  process.stdout.write(run("node", ["index.mjs"], dir));
} finally {
  rmSync(work, { recursive: true, force: true });
}
