import { execFile, spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { Writable as NodeWritable } from "node:stream";
import { main, USAGE, type CliIO } from "../src/cli/main.js";
import { assessScope } from "../src/index.js";
import { de } from "../src/locales/de.js";
import { en } from "../src/locales/en.js";
import { es } from "../src/locales/es.js";
import { fr } from "../src/locales/fr.js";
import { policyArb, screeningInputArb } from "./arbitraries.js";

const BIN = new URL("../dist/cli.js", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "coaching-scope-cli-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
/** The red flags and an adult's age, which the default policy asks besides the risk screen. */
const REST = '"redFlags":{"psychosis":false,"mania":false,"substance-use":false,"eating-disorder":false,"abuse-or-violence":false,"cognitive-decline":false},"client":{"age":35}';
const SAFE = `{"risk":{"imminentDanger":false,"suicidalThoughts":"none","recentSuicidalBehavior":false,"selfHarm":false,"harmToOthers":false},${REST}}`;
const CRISIS = '{"risk":{"imminentDanger":true,"suicidalThoughts":"active"}}';

/** Runs the command line in-process with in-memory streams. */
async function run(argv: string[], options: { stdin?: string | string[] | AsyncIterable<Buffer>; stdinTTY?: boolean; stderrTTY?: boolean; now?: () => number } = {}) {
  let stdout = "";
  let stderr = "";
  const given = options.stdin;
  const source =
    given !== undefined && typeof given !== "string" && !Array.isArray(given)
      ? given
      : (async function* () { for (const c of typeof given === "string" ? [given] : (given ?? [])) yield Buffer.from(c); })();
  const io: CliIO = {
    stdin: Object.assign(source, { isTTY: options.stdinTTY }),
    stdout: { write: (s: string | Uint8Array) => ((stdout += typeof s === "string" ? s : new TextDecoder().decode(s)), true), once: () => undefined },
    stderr: { write: (s: string) => ((stderr += s), true), once: () => undefined, isTTY: options.stderrTTY },
    readFile: (path) => {
      if (!existsSync(path)) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: "ENOENT" });
      return (async function* () { yield (await import("node:fs")).readFileSync(path); })();
    },
    readText: async (path) => (await import("node:fs/promises")).readFile(path, "utf8"),
    version: "9.9.9",
    now: options.now ?? (() => 0),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const lines = (text: string) => text.trim().split("\n").map((l) => JSON.parse(l));

describe("coaching-scope assess", () => {
  it("screens NDJSON, one result a line, and reports bad lines with their number", async () => {
    const { code, stdout } = await run(["assess"], { stdin: `${SAFE}\n{"risk":{"imminentDangr":true}}\nnot json\n\n${CRISIS}\n` });
    expect(code).toBe(1);
    const out = lines(stdout);
    expect(out).toHaveLength(4);
    expect(out[0]).toMatchObject({ level: "coaching", inScope: true, disclaimer: expect.stringContaining("NOT psychotherapy") });
    expect(out[0].policy.thresholds.phq9).toEqual({ care: 5, refer: 10 });
    expect(out[1]).toEqual({
      line: 2,
      error: expect.objectContaining({ name: "ScopeInputError", code: "SCOPE_INPUT_INVALID", issues: [{ path: ["risk"], code: "unrecognized_keys", keys: ["imminentDangr"], message: 'Unrecognized key: "imminentDangr"' }] }),
    });
    expect(out[2]).toMatchObject({ line: 3, error: { code: "INVALID_JSON" } });
    expect(out[3]).toMatchObject({ level: "crisis" });
  });

  it("writes each result exactly as JSON.stringify would (control, format and separator characters as \\u escapes), in every locale and under any policy", async () => {
    const { assessScope } = await import("../src/index.js");
    const { safeText } = await import("../src/cli/output.js");
    const locales = { en, de, es, fr };
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(screeningInputArb(), { minLength: 1, maxLength: 12 }),
        policyArb,
        fc.constantFrom("en", "de", "es", "fr"),
        async (inputs, policy, code) => {
          runs++;
          const policyFile = file(`policy-${runs}.json`, JSON.stringify(policy));
          const { code: exit, stdout } = await run(["assess", "--policy", policyFile, "--locale", code], {
            stdin: inputs.map((i) => `${JSON.stringify(i)}\n`).join(""),
          });
          expect(exit).toBe(0);
          const options = { policy, locale: locales[code as keyof typeof locales] };
          const expected = inputs.map((i) => JSON.stringify(assessScope(i, options)));
          expect(stdout).toBe(expected.map((line) => `${safeText(line)}\n`).join(""));
          // The escapes change no value: each line is the same JSON.
          expect(stdout.split("\n").slice(0, -1).map((line) => JSON.parse(line))).toEqual(expected.map((line) => JSON.parse(line)));
        },
      ),
      { numRuns: 150 },
    );
    expect(runs).toBe(150);
  });

  it("serializes any message text a hook or override gives exactly as JSON.stringify would", async () => {
    const { assessScope } = await import("../src/index.js");
    const { assessmentJson } = await import("../src/cli/output.js");
    fc.assert(
      fc.property(screeningInputArb(), fc.string({ unit: "binary" }), fc.string({ unit: "binary", minLength: 1 }), (input, text, disclaimer) => {
        const result = assessScope(input, { translate: (key) => (key.startsWith("reason.") ? `${text}"\\\n\u2028${key}` : undefined), overrides: { "disclaimer.notPsychotherapy": disclaimer } });
        const json = assessmentJson();
        const line = json(result);
        expect(line).toBe(`${JSON.stringify(result)}\n`);
      }),
      { numRuns: 300 },
    );
    // More distinct messages than the serializer keeps quoted: each still comes out right.
    let n = 0;
    const json = assessmentJson();
    const options = { translate: (key: string) => (key.startsWith("reason.") ? `message "${n++}"` : undefined) };
    // One reason only (suicidal thoughts): the rest of the risk screen answered.
    const input = { ...JSON.parse(SAFE), risk: { imminentDanger: false, suicidalThoughts: "passive" as const, recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } };
    for (let i = 0; i < 5000; i++) {
      const result = assessScope(input, options);
      expect(json(result)).toBe(`${JSON.stringify(result)}\n`);
    }
    expect(n).toBe(5000);

    // Results of different policies and locales through one serializer: a field is reused only
    // while it is the very same frozen value, and a frozen object holding a mutable one never is.
    const mixed = assessmentJson();
    for (const options of [{}, { policy: { phq9Item9: "crisis" as const } }, { locale: de }, {}]) {
      const result = assessScope({ risk: { imminentDanger: false } }, options);
      expect(mixed(result)).toBe(`${JSON.stringify(result)}\n`);
    }
    const inner = { n: 1 };
    const shell = Object.freeze({ inner });
    expect(mixed({ x: shell })).toBe('{"x":{"inner":{"n":1}}}\n');
    inner.n = 2;
    expect(mixed({ x: shell })).toBe('{"x":{"inner":{"n":2}}}\n');

    // One message for every reason, with evidence that differs: each is still written from its own fields.
    const same = assessmentJson();
    for (const treatment of [undefined, { inPsychotherapy: true, professionalSupportsCoaching: true }]) {
      // Alongside treatment, a score at refer is lowered to care and its evidence gains `loweredFrom`.
      for (let total = 5; total <= 21; total++) {
        const input = { risk: { imminentDanger: false, suicidalThoughts: "none" as const }, instruments: { gad7: { total } }, ...(treatment && { treatment }) };
        const result = assessScope(input, { translate: (key) => (key.startsWith("reason.") ? "Same words" : undefined) });
        expect(same(result)).toBe(`${JSON.stringify(result)}\n`);
      }
    }
  });

  it("keeps every byte when the output fills many blocks or one line outgrows a block", async () => {
    const { assessScope } = await import("../src/index.js");
    // German messages carry multi-byte characters (ä, ö, ü, –) across block boundaries.
    const input = { risk: { imminentDanger: false, suicidalThoughts: "passive" }, instruments: { phq9: { items: [3, 2, null, 1, 0, 2, 1, 0, 1] } }, indicators: ["low-mood"] };
    const expected = `${JSON.stringify(assessScope(input as never, { locale: de }))}\n`;
    const count = 2000;
    const text = `${JSON.stringify(input)}\n`.repeat(count);
    const { stdout } = await run(["assess", "--locale", "de"], { stdin: [text.slice(0, 100_001), text.slice(100_001)] });
    expect(Buffer.byteLength(stdout)).toBeGreaterThan(3 * 131_072);
    expect(stdout).toBe(expected.repeat(count));

    // One error line far longer than a block (the unknown key is echoed), between two results.
    const longKey = "ü".repeat(60_000);
    const { code, stdout: mixed } = await run(["assess"], { stdin: `${SAFE}\n{"${longKey}":1}\n${SAFE}\n` });
    expect(code).toBe(1);
    const out = lines(mixed);
    expect(out).toHaveLength(3);
    expect(out[1].error.issues[0].keys).toEqual([longKey]);
    expect(out[0]).toEqual(JSON.parse(JSON.stringify(assessScope(JSON.parse(SAFE)))));
    expect(out[2]).toEqual(out[0]);
  });

  it("exits 0 when every line is valid, and splits lines across chunks", async () => {
    const text = `${SAFE}\n${CRISIS}\n${SAFE}`;
    const { code, stdout } = await run(["assess", "-"], { stdin: [text.slice(0, 10), text.slice(10, 70), text.slice(70)] });
    expect(code).toBe(0);
    expect(lines(stdout).map((r) => r.level)).toEqual(["coaching", "crisis", "coaching"]);
  });

  it("reads one JSON document over several lines and prints one result", async () => {
    const { code, stdout } = await run(["assess", "../examples/crisis.json".replace("..", new URL("..", import.meta.url).pathname)]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ level: "crisis", inScope: false });
  });

  it("waits for a slow reader to drain, never changes a chunk once handed over, and keeps every line in order", async () => {
    const inputs = Array.from({ length: 3000 }, (_, i) => ({ ...JSON.parse(SAFE), instruments: { gad7: { total: i % 22 } } }));
    const ndjson = inputs.map((i) => `${JSON.stringify(i)}\n`).join("");
    const expected = inputs.map((i) => `${JSON.stringify(assessScope(i as never))}\n`).join("");
    const pieces = Array.from({ length: 12 }, (_, k) => ndjson.slice((k * ndjson.length) / 12, ((k + 1) * ndjson.length) / 12));
    const io = (stdout: CliIO["stdout"]): CliIO => ({
      // Real input pauses between chunks, so pending callbacks and timers run in between.
      stdin: (async function* () {
        for (const p of pieces) {
          await new Promise((resolve) => setImmediate(resolve));
          yield Buffer.from(p);
        }
      })(),
      stdout,
      stderr: { write: () => true, once: () => undefined },
      readFile: () => { throw new Error("unused"); },
      readText: async () => "",
      version: "0",
      now: () => 0,
    });

    // A stream that holds every chunk and reads it only when it drains (and at the end),
    // asking the writer to wait on every third write.
    const held: (string | Uint8Array)[] = [];
    const read: string[] = [];
    const drain = () => {
      for (const chunk of held.splice(0)) read.push(typeof chunk === "string" ? chunk : new TextDecoder().decode(chunk));
    };
    let writes = 0;
    let waits = 0;
    const slow = {
      write: (chunk: string | Uint8Array) => {
        held.push(chunk);
        return ++writes % 3 !== 0;
      },
      once: (_event: "drain", listener: () => void) => {
        waits++;
        setTimeout(() => {
          drain();
          listener();
        }, 1);
      },
    };
    expect(await main(["assess"], io(slow))).toBe(0);
    drain();
    expect(waits).toBeGreaterThan(1);
    expect(writes).toBeGreaterThan(waits);
    expect(read.join("")).toBe(expected);

    // A Node stream that keeps the chunks it is given and reports each write done at once.
    const kept: Buffer[] = [];
    const collector = new NodeWritable({
      write(chunk: Buffer, _encoding, done) {
        kept.push(chunk);
        done();
      },
    });
    expect(await main(["assess"], io(collector))).toBe(0);
    expect(kept.length).toBeGreaterThan(3);
    expect(Buffer.concat(kept).toString()).toBe(expected);
  });

  it("keeps the error for a refused line before a document over several lines, and exits 1", async () => {
    const doc = '{\n"risk":{"imminentDanger":true}\n}';
    const { code, stdout } = await run(["assess", "--max-line-bytes", "40"], { stdin: `${"x".repeat(60)}\n${doc}\n` });
    expect(code).toBe(1);
    const [refused, ...rest] = stdout.split("\n");
    expect(JSON.parse(refused!)).toMatchObject({ line: 1, error: { code: "RECORD_TOO_LARGE" } });
    expect(JSON.parse(rest.join("\n"))).toMatchObject({ level: "crisis" });

    // A document over the limit stops the command (exit 2), after the lines already reported.
    const tooLong = await run(["assess", "--max-line-bytes", "40"], { stdin: `${"x".repeat(60)}\n{\n"risk":{"imminentDanger":true,"suicidalThoughts":"none"}\n}\n` });
    expect(tooLong.code).toBe(2);
    expect(JSON.parse(tooLong.stdout)).toMatchObject({ line: 1, error: { code: "RECORD_TOO_LARGE" } });
    expect(tooLong.stderr).toContain("The input document is longer than --max-line-bytes (40 characters)");

    const broken = await run(["assess", "--max-line-bytes", "40"], { stdin: `${"x".repeat(60)}\n{\n"risk": 1\n}\n` });
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stdout.slice(broken.stdout.indexOf("\n") + 1))).toMatchObject({ line: 2, error: { issues: [{ path: ["risk"] }] } });
  });

  it("reports an invalid single document", async () => {
    const bad = await run(["assess"], { stdin: '{\n  "risk": { "imminentDanger": "yes" }\n}\n' });
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ line: 1, error: { issues: [{ path: ["risk", "imminentDanger"] }] } });
    // A document cut short is not one JSON document: each line stands alone, an error line each.
    const broken = await run(["assess"], { stdin: '{\n  "risk": \n' });
    expect(broken.code).toBe(1);
    expect(lines(broken.stdout).map((l: { line: number; error: { code: string } }) => [l.line, l.error.code])).toEqual([[1, "INVALID_JSON"], [2, "INVALID_JSON"]]);
    const text = await run(["assess", "--format", "text"], { stdin: '{\n "risk": 1\n}' });
    expect(text.stdout).toContain("Invalid input");
    const textBroken = await run(["assess", "--format", "text"], { stdin: '{\n "risk": \n' });
    expect(textBroken.stdout).toContain("Record 1: invalid input");
    expect(textBroken.stdout).toContain("Record 2: invalid input");
  });

  it("prints a human summary with --format text, in the locale asked for", async () => {
    const { code, stdout } = await run(["assess", "--format", "text", "--locale", "de"], { stdin: `${CRISIS}\n{"risk":1}\n` });
    expect(code).toBe(1);
    // The labels follow --locale too.
    expect(stdout).toContain("Datensatz 1: CRISIS");
    expect(stdout).toContain("KEINE Psychotherapie");
    expect(stdout).toContain("Datensatz 2: ungültige Eingabe");
    expect(stdout).toContain("→ at risk");
    const single = await run(["assess", "--format", "text"], { stdin: '{\n"risk": {"imminentDanger": false}\n}' });
    expect(single.stdout).toMatch(/^INCOMPLETE/);
    expect(single.stdout).toContain("Ask next: risk.suicidalThoughts");
    const items = await run(["assess", "--format", "text"], { stdin: `${JSON.stringify({ ...JSON.parse(SAFE), instruments: { phq9: { items: [3, 3, 3, null, 0, null, 0, 0, 0] } } })}\n` });
    expect(items.stdout).toContain("Ask next: instruments.phq9 item 4, instruments.phq9 item 6");
    const french = await run(["assess", "--format", "text", "--locale", "fr"], { stdin: `${JSON.stringify({ ...JSON.parse(SAFE), instruments: { phq9: { items: [3, 3, 3, null, 0, 0, 0, 0, 0] } } })}\n{"risk":1}\n` });
    expect(french.stdout).toContain("Enregistrement 1: INCOMPLETE");
    expect(french.stdout).toContain("À demander ensuite: instruments.phq9 question 4");
    expect(french.stdout).toContain("Enregistrement 2: entrée non valide");
  });

  it("never lets a broken first line swallow the records after it: each line stands alone unless the whole input is one document", async () => {
    const levels = (stdout: string) => lines(stdout).map((l: { level?: string; line?: number; error?: { code: string } }) => l.level ?? `error ${l.line}`);
    for (const first of ['{"risk": {"imm', "null", "42", '{"risk": {"imminentDanger": false}', "{", '["a",', '"text']) {
      const { code, stdout } = await run(["assess"], { stdin: `${first}\n${CRISIS}\n${SAFE}\n` });
      expect(code, first).toBe(1);
      expect(levels(stdout), first).toEqual(["error 1", "crisis", "coaching"]);
    }
    // Past 1 MB of records after a broken first line, every record is still assessed.
    const many = Array.from({ length: 12_000 }, (_, i) => (i === 11_999 ? CRISIS : SAFE));
    const big = await run(["assess"], { stdin: `{"risk":\n${many.join("\n")}\n` });
    const out = lines(big.stdout);
    expect(out).toHaveLength(12_001);
    expect(out.at(-1).level).toBe("crisis");
    // One document over several lines, with strings, escapes, numbers and lists, is still one record.
    const doc = '{\n  "ref": "a \\"b\\" \\u00e9 [{}]",\n  "risk": { "imminentDanger": true, "suicidalThoughts": "active" },\n  "indicators": [\n  ]\n}\n';
    const one = await run(["assess"], { stdin: doc });
    expect(JSON.parse(one.stdout)).toMatchObject({ level: "crisis", ref: 'a "b" é [{}]' });
  });

  it("prints no control, bidi or separator character from the input: JSON lines keep the same JSON, text shows them escaped", async () => {
    const hostile = "\u009b2J\u001b[31m\u202eX\u2028Y\u{e0041}\u00ad";
    const record = JSON.stringify({ ...JSON.parse(SAFE), ref: hostile });
    const badKey = JSON.stringify({ ...JSON.parse(SAFE), [hostile]: 1 });
    const unsafe = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u202e\u2028\u{e0041}]/u;
    for (const format of ["json", "text"]) {
      const { stdout } = await run(["assess", "--format", format], { stdin: `${record}\n${badKey}\n` });
      expect(stdout, format).not.toMatch(unsafe);
      if (format === "json") {
        const [result, error] = lines(stdout);
        expect(result.ref).toBe(hostile);
        expect(error.error.issues[0].keys).toEqual([hostile]);
      } else expect(stdout).toContain("\\u009b");
    }
    const doc = await run(["assess"], { stdin: JSON.stringify({ ...JSON.parse(SAFE), ref: hostile }, null, 2) });
    expect(doc.stdout).not.toMatch(unsafe);
    expect(JSON.parse(doc.stdout).ref).toBe(hostile);
  });

  it("fuzzed framing: any chunking of any lines gives one output line per record line, in order, never a raw error", async () => {
    const lineArb = fc.oneof(
      fc.constantFrom(SAFE, CRISIS, "null", "42", "[]", '{"risk":', "{", '"é ✓ 😀"', "{\"risk\":{\"imminentDanger\":\"no\"}}"),
      fc.string({ unit: "binary", maxLength: 40 }).map((t) => t.replace(/[\r\n]/g, " ")),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(lineArb, { maxLength: 12 }), fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 8 }), async (rest, cuts) => {
        // The first record is whole, so the input is NDJSON: every non-blank line stands alone.
        const lines_ = [SAFE, ...rest];
        const bytes = Buffer.from(`${lines_.join("\n")}\n`);
        const chunks: Buffer[] = [];
        for (let at = 0, i = 0; at < bytes.length; i++) {
          const size = cuts[i % cuts.length]!;
          chunks.push(bytes.subarray(at, at + size));
          at += size;
        }
        const { code, stdout } = await run(["assess"], { stdin: (async function* () { yield* chunks; })() });
        expect([0, 1]).toContain(code);
        const expected = lines_.flatMap((text, i) => (text.trim() === "" ? [] : [i + 1]));
        const out = lines(stdout) as { line?: number; level?: string }[];
        expect(out).toHaveLength(expected.length);
        out.forEach((o, k) => {
          if (o.level === undefined) expect(o.line).toBe(expected[k]);
        });
      }),
      { numRuns: 200 },
    );
  });

  it("fuzzed bytes: any bytes, in any chunks, in both formats, give exit 0 or 1, JSON that parses (one document, or one value a line), no control character, and nothing on stderr", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.integer({ min: 1, max: 64 }), fc.constantFrom("json", "text"), async (bytes, size, format) => {
        const chunks = Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => Buffer.from(bytes.subarray(i * size, (i + 1) * size)));
        const { code, stdout, stderr } = await run(["assess", "--format", format], { stdin: (async function* () { yield* chunks; })() });
        expect([0, 1]).toContain(code);
        expect(stderr).toBe("");
        // Nothing printed carries a control character but the line break.
        expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
        // JSON: one document (when the whole input could be one, such as "-") or one JSON value a line.
        if (format === "json" && stdout !== "") {
          let whole = true;
          try {
            JSON.parse(stdout);
          } catch {
            whole = false;
          }
          if (!whole) for (const line of stdout.split("\n").filter((l) => l !== "")) expect(() => JSON.parse(line)).not.toThrow();
        }
      }),
      { numRuns: 300 },
    );
  });

  it("writes each result before the next record is sent: a slow producer reads every answer as it goes", async () => {
    let stdout = "";
    const records = [SAFE, CRISIS, SAFE];
    let seen = 0;
    async function* producer() {
      for (const record of records) {
        yield Buffer.from(`${record}\n`);
        // The next record is sent only once the result of this one has been written.
        for (let wait = 0; stdout.split("\n").length - 1 === seen; wait++) {
          if (wait > 200) throw new Error(`no result for record ${seen + 1} before the next was sent`);
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        seen++;
      }
    }
    const io = {
      stdin: Object.assign(producer(), { isTTY: false }),
      stdout: { write: (s: string | Uint8Array) => ((stdout += typeof s === "string" ? s : new TextDecoder().decode(s)), true), once: () => undefined },
      stderr: { write: () => true, once: () => undefined },
      readFile: () => { throw new Error("no files"); },
      readText: async () => "",
      version: "0",
      now: () => 0,
    } as unknown as CliIO;
    expect(await main(["assess"], io)).toBe(0);
    expect(lines(stdout).map((l: { level: string }) => l.level)).toEqual(["coaching", "crisis", "coaching"]);
  });

  it("refuses a line over --max-line-bytes and goes on with the rest", async () => {
    const big = `{"risk":{"imminentDanger":false,"pad":"${"x".repeat(5000)}"}}`;
    const { code, stdout } = await run(["assess", "--max-line-bytes", "1000"], { stdin: [`${SAFE}\n`, big.slice(0, 3000), big.slice(3000), `\n${SAFE}\n`] });
    expect(code).toBe(1);
    const out = lines(stdout);
    expect(out[1]).toMatchObject({ line: 2, error: { code: "RECORD_TOO_LARGE" } });
    expect(out[1].error.message).toContain("characters long, over the limit of 1000");
    expect(out[2]).toMatchObject({ level: "coaching" });
    const last = await run(["assess", "--max-line-bytes", "1000", "--format", "text"], { stdin: [`${SAFE}\n`, big] });
    expect(last.stdout).toContain("Record 2: Line 2 is");
  });

  it("refuses a document over --max-line-bytes", async () => {
    const { code, stderr } = await run(["assess", "--max-line-bytes", "100"], { stdin: `{\n"a": "${"x".repeat(200)}"\n}` });
    expect(code).toBe(2);
    expect(stderr).toContain("longer than --max-line-bytes");
  });

  it("checks the policy file before reading any input", async () => {
    const bad = file("bad-policy.json", JSON.stringify({ thresholds: { phq9: { care: 12 } } }));
    let read = false;
    const stdin = (async function* () { read = true; yield Buffer.from(SAFE); })();
    const result = await run(["assess", "--policy", bad], { stdin });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Invalid policy file");
    expect(result.stderr).toContain("policy.thresholds.phq9.care");
    expect(read).toBe(false);
    const good = file("policy.json", JSON.stringify({ phq9Item9: "crisis" }));
    const ok = await run(["assess", "--policy", good], { stdin: '{"risk":{"imminentDanger":false},"instruments":{"phq9":{"total":3,"item9":1}}}\n' });
    expect(lines(ok.stdout)[0]).toMatchObject({ level: "crisis", policy: { phq9Item9: "crisis" } });
    const notJson = await run(["assess", "--policy", file("p.txt", "{")]);
    expect(notJson).toMatchObject({ code: 2 });
    expect(notJson.stderr).toContain("is not JSON");
    const missing = await run(["assess", "--policy", join(dir, "none.json")]);
    expect(missing.stderr).toContain("Cannot read the policy file");
  });

  it("shows progress on a terminal, and nothing when stderr is not one", async () => {
    const many = `${SAFE}\n`.repeat(2048);
    let clock = 0;
    const tty = await run(["assess"], { stdin: many, stderrTTY: true, now: () => (clock += 300) });
    expect(tty.stderr).toMatch(/\r[\d,]+ records, [\d,]+\/s/);
    expect(tty.stderr).toContain("2,048 records");
    const pipe = await run(["assess"], { stdin: many, stderrTTY: false });
    expect(pipe.stderr).toBe("");
  });

  it("is a usage error to read from a terminal, a missing file, or an unknown locale or format", async () => {
    expect((await run(["assess"], { stdinTTY: true })).code).toBe(2);
    const missing = await run(["assess", join(dir, "nope.ndjson")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^coaching-scope: Cannot read ".*nope.ndjson": ENOENT/);
    expect(missing.stderr).toContain(USAGE);
    expect((await run(["assess", "--locale", "xx"])).stderr).toContain('Unknown locale "xx"');
    expect((await run(["assess", "--format", "yaml"])).code).toBe(2);
    expect((await run(["assess", "--max-line-bytes", "-5"])).code).toBe(2);
    expect((await run(["assess", "a", "b"])).stderr).toContain('Unexpected argument "b"');
  });
});

describe("coaching-scope assess --fhir and --region", () => {
  const fixture = (path: string) => new URL(`./fixtures/fhir/${path}`, import.meta.url).pathname;

  it("screens a FHIR QuestionnaireResponse and reports the adapter's warnings on stderr", async () => {
    const { code, stdout, stderr } = await run(["assess", fixture("us-core/QuestionnaireResponse-phq-9-example.json"), "--fhir"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).scores.phq9).toEqual({ min: 12, max: 12, complete: true, band: "moderate" });
    expect(stderr).toBe("line 1: FHIR recognised phq9 (9 items answered)\n");
  });

  it("reports per line what was recognised, and a rejected response is an error line, never the end of the run", async () => {
    const fs = await import("node:fs");
    const good = JSON.stringify(JSON.parse(fs.readFileSync(fixture("us-core/QuestionnaireResponse-phq-9-example.json"), "utf8")));
    // 5,000 levels of nested items (built as text: JSON.stringify itself recurses).
    const deep = `${'{"linkId":"g","item":['.repeat(5000)}{"linkId":"/44250-9"}${"]}".repeat(5000)}`;
    const records = [
      JSON.stringify({ ...JSON.parse(good), status: "entered-in-error" }),
      `{"resourceType":"QuestionnaireResponse","status":"completed","item":[${deep}]}`,
      JSON.stringify({ resourceType: "QuestionnaireResponse", status: "completed", item: [{ linkId: "name", answer: [{ valueString: "Ada" }] }] }),
      JSON.stringify({ resourceType: "QuestionnaireResponse", status: "in-progress", item: [{ linkId: "/70274-6", answer: [{ valueInteger: 4 }] }] }),
      good,
    ];
    const { code, stdout, stderr } = await run(["assess", "--fhir"], { stdin: `${records.join("\n")}\n` });
    expect(code).toBe(1);
    const out = lines(stdout);
    expect(out).toHaveLength(5);
    expect(out.slice(0, 3).map((l: { line: number; error: { issues: { path: unknown[] }[] } }) => [l.line, l.error.issues[0]!.path])).toEqual([
      [1, ["status"]],
      [2, ["item", 0, ...Array.from({ length: 31 }, () => ["item", 0]).flat(), "item"]],
      [3, []],
    ]);
    expect(out[2].error.issues[0].params).toEqual({ reason: "nothing-recognized" });
    expect(out[3].scores.gad7.min).toBe(4);
    expect(out[4].scores.phq9.min).toBe(12);
    expect(stderr).toBe(
      [
        "line 4: FHIR recognised gad7 (stored total)",
        "line 4: FHIR warning (response-in-progress): The response is in progress: its answers may change and some may be missing",
        "line 4: FHIR warning (stored-total-used): No GAD-7 items were found, so the stored total (4) is used",
        "line 5: FHIR recognised phq9 (9 items answered)",
        "",
      ].join("\n"),
    );
  });

  it("takes the scale of a two-scale instrument with --scale, and checks the FHIR options before reading", async () => {
    const codesFile = file("k10codes.json", JSON.stringify(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, `k10:${i + 1}`]))));
    const k10 = JSON.stringify({ resourceType: "QuestionnaireResponse", status: "completed", item: Array.from({ length: 10 }, (_, i) => ({ linkId: `k${i}`, answer: [{ valueInteger: 0 }] })) });
    const unknown = await run(["assess", "--fhir", "--codes", codesFile], { stdin: `${k10}\n` });
    expect(unknown.stderr).toContain("FHIR warning (scale-unknown)");
    expect(lines(unknown.stdout)[0].scores.k10).toMatchObject({ complete: false });
    const named = await run(["assess", "--fhir", "--codes", codesFile, "--scale", "k10=0-4"], { stdin: `${k10}\n` });
    expect(lines(named.stdout)[0].scores.k10).toEqual({ min: 10, max: 10, complete: true, band: "low" });
    expect(named.stderr).toBe("line 1: FHIR recognised k10 (10 items answered)\n");
    const bad = await run(["assess", "--fhir", "--scale", "k10=0-5"], { stdin: `${k10}\n` });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Expected one of "1-5", "0-4", received "0-5"');
    expect((await run(["assess", "--fhir", "--scale", "k10"])).stderr).toContain('Invalid --scale "k10": expected ID=SCALE');
    expect((await run(["assess", "--scale", "k10=0-4"])).stderr).toContain("--scale goes with --fhir");
  });

  it("takes the Questionnaire with --questionnaire", async () => {
    const response = JSON.stringify(JSON.parse((await import("node:fs")).readFileSync(fixture("us-core/QuestionnaireResponse-phq-9-example.json"), "utf8")));
    const { stdout } = await run(["assess", "--fhir", "--questionnaire", fixture("us-core/Questionnaire-phq-9-example.json")], { stdin: `${response}\n` });
    expect(lines(stdout)[0].scores.phq9.min).toBe(12);
    expect((await run(["assess", "--questionnaire", fixture("us-core/Questionnaire-phq-9-example.json")])).stderr).toContain("--questionnaire goes with --fhir");
    expect((await run(["assess", "--fhir", "--questionnaire", join(dir, "none.json")])).code).toBe(2);
  });

  it("takes LOINC codes for uncoded items with --codes", async () => {
    const codesFile = file("codes.json", JSON.stringify(Object.fromEntries(["44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8"].map((c, i) => [`H1/T1/Q${i + 1}`, c]))));
    const { stdout, stderr } = await run(["assess", fixture("hl7-sdc/questionnaireresponse-sdc-profile-example-PHQ9.json"), "--fhir", "--questionnaire", fixture("hl7-sdc/questionnaire-sdc-profile-example-PHQ9.json"), "--codes", codesFile]);
    expect(JSON.parse(stdout).scores.phq9).toEqual({ min: 10, max: 10, complete: true, band: "moderate" });
    expect(stderr).toContain("stored-total-differs");
    expect((await run(["assess", "--codes", codesFile])).stderr).toContain("--codes goes with --fhir");
  });

  it("reports a record that is not a QuestionnaireResponse", async () => {
    const { code, stdout } = await run(["assess", "--fhir"], { stdin: `${SAFE}\n` });
    expect(code).toBe(1);
    expect(lines(stdout)[0].error.issues[0].message).toContain("Expected a FHIR QuestionnaireResponse");
  });

  it("lists the crisis lines of --region for a crisis, a risk reason or a crisis worst case, youth lines first for a minor", async () => {
    const { stdout } = await run(["assess", "--format", "text", "--region", "US"], { stdin: `${CRISIS}\n${SAFE}\n` });
    expect(stdout).toContain("If you or someone else is in danger now, call your local emergency number.");
    expect(stdout).toContain("Emergency number: Emergency services, 911 — call. For any emergency.");
    expect(stdout).toContain("Crisis line: 988 Suicide & Crisis Lifeline, 988 — call, text, 24/7. Free and confidential; chat at 988lifeline.org.");
    // The cleared record (second) shows none.
    expect(stdout.match(/911/g)).toHaveLength(1);
    const gb = await run(["assess", "--format", "text", "--region", "gb"], { stdin: `${CRISIS}\n` });
    expect(gb.stdout).toContain("Samaritans, 116 123 — call, 24/7. Free to call from landlines and mobiles.");
    const none = await run(["assess", "--format", "text"], { stdin: `${CRISIS}\n` });
    expect(none.stdout).toContain("call your local emergency number");
    // Self-harm (a risk reason at refer): the lines show; a German minor gets the youth line first, in German.
    const selfHarm = JSON.stringify({ ...JSON.parse(SAFE), risk: { ...JSON.parse(SAFE).risk, selfHarm: true }, client: { age: 15, guardianConsent: true } });
    const de = await run(["assess", "--format", "text", "--region", "DE", "--locale", "de"], { stdin: `${selfHarm}\n` });
    expect(de.stdout).toContain("Krisentelefon: Nummer gegen Kummer, 116 111 — Anruf. Für Kinder und Jugendliche");
    expect(de.stdout.indexOf("116 111")).toBeLessThan(de.stdout.indexOf("112"));
    expect(de.stdout).toContain("→ psychosoziale Angebote für junge Menschen");
    // A red flag names where to refer.
    const flag = JSON.stringify({ ...JSON.parse(SAFE), redFlags: { ...JSON.parse(SAFE).redFlags, "substance-use": true } });
    const referred = await run(["assess", "--format", "text", "--region", "US"], { stdin: `${flag}\n` });
    expect(referred.stdout).toContain("→ an addiction service");
    expect(referred.stdout).not.toContain("911");
    expect((await run(["assess", "--region", "Narnia"])).stderr).toContain('Invalid --region "Narnia"');
    expect((await run(["assess", "--region", "UK"])).stderr).toContain("UK is not an ISO 3166-1 code: use GB");
  });
});

describe("coaching-scope table, schema, disclaimer", () => {
  it("prints the table in every format", async () => {
    expect((await run(["table"])).stdout).toMatch(/^Coaching and psychotherapy compared\n/);
    expect((await run(["table", "--format", "markdown", "--dimensions", "aim"])).stdout).toContain("| Aim | Works toward a higher level of functioning |");
    expect((await run(["table", "--format", "html", "--locale", "de"])).stdout).toMatch(/^<table lang="de" dir="ltr">/);
    const json = JSON.parse((await run(["table", "--format", "json", "--modalities", "psychotherapy"])).stdout);
    expect(json.columns).toEqual([{ id: "psychotherapy", header: "Psychotherapy" }]);
    const narrow = (await run(["table", "--width", "40"])).stdout;
    for (const line of narrow.split("\n")) expect(line.length).toBeLessThanOrEqual(40);
  });

  it("shows the German table", async () => {
    const { stdout } = await run(["table", "--locale", "de", "--dimensions", "orientation"]);
    expect(stdout).toContain("Lösungsorientiert");
  });

  it("rejects an unknown format, dimension, flag or argument", async () => {
    expect((await run(["table", "--format", "pdf"])).code).toBe(2);
    expect((await run(["table", "--dimensions", "nope"])).stderr).toContain('Unknown dimension "nope"');
    expect((await run(["table", "--colour"])).stderr).toMatch(/^coaching-scope: Unknown option '--colour'/);
    expect((await run(["table", "extra"])).code).toBe(2);
    expect((await run(["table", "--width", "x"])).code).toBe(2);
  });

  it("prints each JSON Schema", async () => {
    expect(JSON.parse((await run(["schema"])).stdout).title).toBe("coaching-scope ScreeningInput");
    expect(JSON.parse((await run(["schema", "policy-overrides"])).stdout).title).toBe("coaching-scope PolicyOverrides");
    expect(JSON.parse((await run(["schema", "policy"])).stdout).title).toBe("coaching-scope Policy");
    expect((await run(["schema", "nope"])).stderr).toContain('Unknown schema "nope": expected screening-input, policy-overrides, policy, assessment');
    expect(JSON.parse((await run(["schema", "assessment"])).stdout).title).toBe("coaching-scope ScopeAssessment");
    expect((await run(["schema", "nope"])).code).toBe(2);
    expect((await run(["schema", "a", "b"])).code).toBe(2);
  });

  it("prints disclaimers", async () => {
    expect((await run(["disclaimer", "notPsychotherapy"])).stdout).toBe(
      "Coaching and peer support are NOT psychotherapy. They cannot replace psychiatric or psychotherapeutic intervention.\n",
    );
    expect((await run(["disclaimer", "--locale", "fr"])).stdout.split("\n\n")).toHaveLength(3);
    expect((await run(["disclaimer", "nope"])).code).toBe(2);
    expect((await run(["disclaimer", "a", "b"])).code).toBe(2);
  });

  it("prints help and the version, and rejects an unknown or missing command", async () => {
    expect(await run(["--help"])).toEqual({ code: 0, stdout: USAGE, stderr: "" });
    expect((await run(["-v"])).stdout).toBe("9.9.9\n");
    expect((await run(["frobnicate"])).stderr).toMatch(/^coaching-scope: Unknown command "frobnicate"\n/);
    expect((await run([])).code).toBe(2);
  });

  it("compare: two results, as JSON or as lines a person reads; a file that is not a result is exit 1, a missing one exit 2", async () => {
    const result = async (items: number[]) => (await run(["assess"], { stdin: `${JSON.stringify({ ...JSON.parse(SAFE), instruments: { phq9: { items } } })}\n` })).stdout;
    const before = file("before.json", await result([1, 1, 1, 1, 1, 1, 1, 1, 0]));
    const after = file("after.json", await result([2, 2, 2, 2, 2, 2, 1, 1, 0]));
    const json = await run(["compare", before, after]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ instruments: { phq9: { change: 6, classification: "reliable-deterioration" } }, deteriorated: true, samePolicy: true });
    const text = await run(["compare", before, after, "--format", "text"]);
    expect(text.stdout).toBe("Level: COACHING-WITH-CARE → REFER (more severe) — DETERIORATED\n  PHQ-9: 8 → 14 (+6), reliable deterioration (threshold 6); case (10 or more): no → yes\n");
    const bad = await run(["compare", before, file("bad.json", '{"level":"refer"}')]);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout).error.issues[0].path[0]).toBe("after");
    expect((await run(["compare", before])).code).toBe(2);
    expect((await run(["compare", before, join(dir, "missing.json")])).code).toBe(2);
  });

  it("lists every flag with an example in its help", () => {
    for (const flag of ["--format", "--locale", "--modalities", "--dimensions", "--width", "--policy", "--max-line-bytes", "--fhir", "--questionnaire", "--codes", "--scale", "--region", "--help", "--version"]) {
      expect(USAGE).toContain(flag);
    }
    expect(USAGE.match(/Example: coaching-scope/g)).toHaveLength(6);
  });
});

describe("the built executable, spawned as a user would", () => {
  const exec = promisify(execFile);
  beforeAll(() => {
    if (!existsSync(BIN)) throw new Error("dist/ is missing: run `npm run build` first (npm test does)");
  });

  it("runs through the package's bin", async () => {
    const pkg = JSON.parse((await import("node:fs")).readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    expect(pkg.bin["coaching-scope"]).toBe("./dist/cli.js");
    const { stdout } = await exec(process.execPath, [BIN, "--version"]);
    expect(stdout.trim()).toBe(pkg.version);
  });

  it("screens a file and exits 1 when a line is invalid", async () => {
    const path = file("records.ndjson", `${SAFE}\n{"risk":"x"}\n`);
    const error = await exec(process.execPath, [BIN, "assess", path]).catch((e) => e);
    expect(error.code).toBe(1);
    expect(lines(error.stdout)[1]).toMatchObject({ line: 2 });
  });

  it("exits 2 with a one-line reason and the usage for a usage error", async () => {
    const error = await exec(process.execPath, [BIN, "assess", "--locale", "xx"]).catch((e) => e);
    expect(error.code).toBe(2);
    expect(error.stderr.split("\n")[0]).toBe('coaching-scope: Unknown locale "xx": expected one of en, de, es, fr');
    expect(error.stderr).toContain("Usage: coaching-scope");
  });

  it("stops quietly when the reader goes away (| head -1)", async () => {
    const path = file("many.ndjson", `${SAFE}\n`.repeat(50_000));
    const child = spawn("sh", ["-c", `"${process.execPath}" "${BIN}" assess "${path}" | head -1`]);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(code).toBe(0);
    expect(lines(stdout)).toHaveLength(1);
    expect(stderr).toBe("");
  });

  it("exits 1 for an invalid record even when the reader goes away, and 2 with one line when the output cannot be written", async () => {
    const path = file("invalid-first.ndjson", `{"risk":1}\n${`${SAFE}\n`.repeat(50_000)}`);
    const status = async (command: string) => {
      const child = spawn("bash", ["-c", command]);
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      await new Promise((resolve) => child.on("close", resolve));
      return { stdout, stderr };
    };
    const piped = await status(`"${process.execPath}" "${BIN}" assess "${path}" | head -1 > /dev/null; echo "\${PIPESTATUS[0]}"`);
    expect(piped.stdout.trim()).toBe("1");
    expect(piped.stderr).toBe("");
    if (existsSync("/dev/full")) {
      for (const args of [`assess "${path}"`, "table"]) {
        const full = await status(`"${process.execPath}" "${BIN}" ${args} > /dev/full; echo $?`);
        expect(full.stdout.trim(), args).toBe("2");
        expect(full.stderr, args).toBe("coaching-scope: Cannot write the output: ENOSPC: no space left on device, write\n");
      }
    }
  });

  it("says in one line why it cannot read a directory given as FILE, or use a width over the limit", async () => {
    const folder = await run(["assess", dir]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe("coaching-scope: Cannot read the input: EISDIR: illegal operation on a directory, read\n");
    const wide = await run(["table", "--width", "100000"]);
    expect(wide.code).toBe(2);
    expect(wide.stderr.split("\n")[0]).toBe("coaching-scope: Invalid option width: Too big: expected a number <= 10000, received 100000");
  });

  it("refuses a 50 MB line with a clear error, and screens the rest of the file", async () => {
    const path = file("huge-line.ndjson", `${SAFE}\n{"risk":{"imminentDanger":false},"notes":"${"x".repeat(50 * 1024 * 1024)}"}\n${CRISIS}\n`);
    const error = await exec(process.execPath, [BIN, "assess", path], { maxBuffer: 1 << 24 }).catch((e) => e);
    expect(error.code).toBe(1);
    const out = lines(error.stdout);
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ level: "coaching" });
    expect(out[1]).toMatchObject({ line: 2, error: { code: "RECORD_TOO_LARGE" } });
    expect(out[1].error.message).toMatch(/^Line 2 is 524288\d\d characters long, over the limit of 1048576/);
    expect(out[2]).toMatchObject({ level: "crisis" });
  });

  it("reads standard input", async () => {
    const child = spawn(process.execPath, [BIN, "assess", "-"]);
    let stdout = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stdin.end(`${CRISIS}\n`);
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(code).toBe(0);
    expect(lines(stdout)[0]).toMatchObject({ level: "crisis" });
  });
});
