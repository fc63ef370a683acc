// Every example that shows an output with `//=>` is run, and the output checked: the examples
// in the doc comments of src/ (the API reference), and the samples of the README and the guides
// (each stands in a file under docs/examples/). The statement before a `//=>` is evaluated and
// compared (deep equality) with the value written after it; a trailing note in parentheses
// after two spaces is prose and not compared.
import { build } from "esbuild";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));

interface Example {
  readonly where: string;
  readonly code: string;
}

/** The examples of doc comments: ```ts blocks after @example, with their `*` margins removed. */
function docCommentExamples(): Example[] {
  const out: Example[] = [];
  for (const file of readdirSync(`${root}src`, { recursive: true }).map(String).filter((f) => f.endsWith(".ts"))) {
    const text = readFileSync(`${root}src/${file}`, "utf8");
    for (const m of text.matchAll(/@example\s*\n((?:\s*\*.*\n)*?)\s*\*\/|@example\s*\n((?:\s*\*.*\n)+)/g)) {
      const block = (m[1] ?? m[2] ?? "").split("\n").map((l) => l.replace(/^\s*\* ?/, "")).join("\n");
      const code = /```(?:ts|js)\n([\s\S]*?)```/.exec(block)?.[1];
      if (code?.includes("//=>")) out.push({ where: `src/${file}:${text.slice(0, m.index).split("\n").length}`, code });
    }
  }
  return out;
}

/** The compiled samples behind the README and the guides. */
function sampleFiles(): Example[] {
  return readdirSync(`${root}docs/examples`, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => ({ where: `docs/examples/${f}`, code: readFileSync(`${root}docs/examples/${f}`, "utf8") }))
    .filter((e) => e.code.includes("//=>"));
}

/** `value  (a note)` → `value`: the note is prose. */
function expectedCode(text: string): string {
  const parses = (t: string) => {
    try {
      new Function(`return (${t});`);
      return true;
    } catch {
      return false;
    }
  };
  if (parses(text)) return text;
  const bare = /^([\s\S]*?)\s{2,}\([^)]*\)\s*$/.exec(text)?.[1];
  if (bare !== undefined && parses(bare)) return bare;
  throw new Error(`The output after //=> is not a JavaScript value: ${text}`);
}

/** The statement, at any depth, that ends last before `position`. */
function lastStatementBefore(source: ts.SourceFile, position: number): ts.Statement | undefined {
  let best: ts.Statement | undefined;
  const visit = (node: ts.Node): void => {
    if (node.getEnd() <= position && ts.isExpressionStatement(node) && (best === undefined || node.getEnd() >= best.getEnd())) best = node;
    if (node.getStart(source) < position) ts.forEachChild(node, visit);
  };
  visit(source);
  const top = [...source.statements].reverse().find((s) => s.getEnd() <= position);
  // A later statement that is not an expression (a declaration) is an error, not a skip.
  return top !== undefined && best !== undefined && top.getEnd() > best.getEnd() ? top : best;
}

/** Rewrites each statement followed by `//=> value` into a checked call. */
function instrument(example: Example): string {
  const source = ts.createSourceFile("example.ts", example.code, ts.ScriptTarget.Latest, true);
  const lines = example.code.split("\n");
  const edits: { start: number; end: number; text: string }[] = [];
  let n = 0;
  for (let i = 0; i < lines.length; i++) {
    const at = lines[i]!.indexOf("//=>");
    if (at === -1) continue;
    // The output, with any continuation lines (`//` then more indentation than `//=>`).
    let text = lines[i]!.slice(at + 4).trim();
    while (i + 1 < lines.length && /^\s*\/\/\s{2,}\S/.test(lines[i + 1]!) && !lines[i + 1]!.includes("//=>")) text += ` ${lines[++i]!.trim().slice(2).trim()}`;
    const commentStart = example.code.lastIndexOf("//=>", source.getPositionOfLineAndCharacter(i, 0) + lines[i]!.length);
    const statement = lastStatementBefore(source, commentStart);
    const where = `${example.where}, output ${++n}`;
    if (statement === undefined || !ts.isExpressionStatement(statement)) throw new Error(`${where}: //=> must follow an expression`);
    const expression = statement.expression.getText(source);
    edits.push({ start: statement.getStart(source), end: statement.getEnd(), text: `__check(() => (${expression}), () => (${expectedCode(text)}), ${JSON.stringify(where)});` });
  }
  let code = example.code;
  for (const e of edits.reverse()) code = code.slice(0, e.start) + e.text + code.slice(e.end);
  return code;
}

/**
 * What an example may name without importing it: the library's exports (a doc comment's
 * examples never import them), the locales, and the values the samples declare (`response`,
 * `input`). They are globals, so an example's own imports shadow them.
 */
async function setContext(): Promise<void> {
  const g = globalThis as Record<string, unknown>;
  for (const module of [await import("../src/crisis/index.js"), await import("../src/fhir/index.js"), await import("../src/schema/index.js"), await import("../src/intake/index.js"), await import("../src/index.js"), await import("./doc-context.js")]) {
    for (const [name, value] of Object.entries(module)) g[name] = value;
  }
}

const ALIAS = {
  "coaching-scope/schema": `${root}src/schema/index.ts`,
  "coaching-scope/intake/locales/en": `${root}src/intake/locales/en.ts`,
  "coaching-scope/intake/locales/de": `${root}src/intake/locales/de.ts`,
  "coaching-scope/intake/locales/es": `${root}src/intake/locales/es.ts`,
  "coaching-scope/intake/locales/fr": `${root}src/intake/locales/fr.ts`,
  "coaching-scope/intake": `${root}src/intake/index.ts`,
  "coaching-scope/fhir": `${root}src/fhir/index.ts`,
  "coaching-scope/crisis": `${root}src/crisis/index.ts`,
  "coaching-scope/locales/de": `${root}src/locales/de.ts`,
  "coaching-scope/locales/es": `${root}src/locales/es.ts`,
  "coaching-scope/locales/fr": `${root}src/locales/fr.ts`,
  "coaching-scope/locales/en": `${root}src/locales/en-entry.ts`,
  "coaching-scope": `${root}src/index.ts`,
};

async function run(example: Example): Promise<number> {
  const checks: [string, unknown, unknown][] = [];
  const g = globalThis as { __check?: (actual: () => unknown, expected: () => unknown, where: string) => void };
  g.__check = (actual, expected, where) => void checks.push([where, actual(), expected()]);
  const out = await build({
    stdin: { contents: instrument(example), resolveDir: root, loader: "ts" },
    bundle: true,
    format: "esm",
    platform: "node",
    write: false,
    logLevel: "silent",
    alias: ALIAS,
    define: { __VERSION__: JSON.stringify("0.0.0-docs") },
    external: ["zod", "zod/*", "ajv", "ajv/*", "i18next", "intl-messageformat"],
  });
  const dir = `${root}reports/doc-outputs/`;
  mkdirSync(dir, { recursive: true });
  const file = `${dir}${example.where.replace(/[^\w]+/g, "_")}.mjs`;
  writeFileSync(file, out.outputFiles[0]!.text);
  await import(`${pathToFileURL(file).href}?${Date.now()}`);
  for (const [where, actual, expected] of checks) expect(actual, where).toEqual(expected);
  // Every output was reached (none sat in a branch that did not run).
  expect(checks.length, example.where).toBe(example.code.split("//=>").length - 1);
  return checks.length;
}

const examples = [...docCommentExamples(), ...sampleFiles()];

describe("every output an example shows", () => {
  beforeAll(setContext);

  it("there are many", () => {
    expect(examples.length).toBeGreaterThan(60);
  });

  it.each(examples.map((e) => [e.where, e]))("%s", async (_where, example) => {
    expect(await run(example)).toBeGreaterThan(0);
  });
});
