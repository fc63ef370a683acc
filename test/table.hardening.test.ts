// The comparison table against hostile data: Markdown read back by a real Markdown parser shows
// every text as itself, hand-made tables and models are read once and every problem is named by
// its path, and the documented limits refuse what is too big before any work is done.
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import {
  COMPARISON_MODEL,
  DIMENSION_IDS,
  buildComparisonTable,
  defineComparisonModel,
  en,
  extendComparisonModel,
  isScopeConfigError,
  renderHtml,
  renderMarkdown,
  renderText,
  type ComparisonTable,
  type ScopeIssue,
} from "../src/index.js";
import { de } from "../src/locales/de.js";
import { es } from "../src/locales/es.js";
import { fr } from "../src/locales/fr.js";
import { configIssues } from "./helpers.js";

// Tables (GFM) are on by default; linkify turns bare URLs, domains, IP addresses and e-mail
// addresses into links (every fuzzy kind switched on), and html lets raw HTML through, so that
// each would show if the renderer let it.
const markdown = new MarkdownIt({ html: true, linkify: true });
markdown.linkify.set({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: true });

/** What renderMarkdown promises about a text: line breaks with their whitespace become one space, the ends are trimmed, U+0000 is U+FFFD. */
const shown = (text: string): string => text.replace(/\s+/g, (run) => (/[\r\n]/.test(run) ? " " : run)).trim().replace(/\0/g, "\uFFFD");

interface ReadBack {
  caption: string | undefined;
  rows: string[][];
  /** Every token that is neither the table, the bold caption nor plain text. */
  other: string[];
}

/** Parses Markdown with markdown-it: the caption's text, each row's cell texts, and any other token. */
function readBack(source: string): ReadBack {
  const out: ReadBack = { caption: undefined, rows: [], other: [] };
  const blocks = new Set(["table_open", "table_close", "thead_open", "thead_close", "tbody_open", "tbody_close", "tr_close", "th_open", "th_close", "td_open", "td_close", "paragraph_close"]);
  let inTable = false;
  for (const token of markdown.parse(source, {})) {
    if (token.type === "table_open") inTable = true;
    if (token.type === "tr_open") out.rows.push([]);
    else if (token.type === "paragraph_open" && !inTable && out.caption === undefined) out.caption = "";
    else if (token.type === "inline") {
      // markdown-it leaves empty text tokens where it took delimiters out: they show nothing.
      const children = (token.children ?? []).filter((c) => !(c.type === "text" && c.content === ""));
      const kinds = children.map((c) => c.type);
      if (inTable) {
        if (kinds.some((k) => k !== "text")) out.other.push(...kinds.filter((k) => k !== "text"));
        out.rows.at(-1)!.push(children.map((c) => c.content).join(""));
      } else if (kinds.join() === "strong_open,text,strong_close") out.caption = children[1]!.content;
      else out.other.push(`caption: ${kinds.join()}`);
    } else if (!blocks.has(token.type)) out.other.push(token.type);
  }
  return out;
}

/** The texts a table shows, row by row, as readBack gives them. */
function expected(table: ComparisonTable): string[][] {
  return [[table.dimensionHeader, ...table.columns.map((c) => c.header)], ...table.rows.map((r) => [r.header, ...r.cells.map((c) => c.text)])].map((row) => row.map(shown));
}

function expectShownAsText(table: ComparisonTable): void {
  const back = readBack(renderMarkdown(table));
  expect(back.other).toEqual([]);
  expect(back.caption).toBe(shown(table.caption) === "" ? undefined : shown(table.caption));
  expect(back.rows).toEqual(expected(table));
  expect(markdown.render(renderMarkdown(table))).not.toMatch(/<(?:a|img|em|code|del|s|script|b|i)[\s>]/);
}

const SYNTAX = [..."[]()!*_`~<>|\\#&:.@$/-+=^{}\"'", "**", "__", "~~", "``", "\\|", "&amp;", "&#x41;", "&lt;", "<b>", "</td>", "<https://x.example>", "[a](javascript:x)", "![i](http://x.example/p.png)", "[r]: http://x", "*em*", "_em_", "`code`", "~~strike~~", "$x$", "@user", "a@b.co", "mailto:a@b.co", "https://evil.example", "http://x", "www.example.com", "evil.example", "//host", "localhost", "# ", "- ", "1. ", "> ", "---", "\n", "\r\n", "\r", " ", "  ", "\t", "\u00a0", "\u2028", "\0"];
/** Hostile text: Markdown syntax, URLs and line breaks mixed with any characters. */
const hostile = fc
  .array(fc.oneof(fc.constantFrom(...SYNTAX), fc.string({ maxLength: 4 }), fc.string({ unit: "binary", maxLength: 3 })), { maxLength: 10 })
  .map((parts) => parts.join(""));
const label = hostile.filter((s) => s.trim() !== "");

describe("renderMarkdown, read back by markdown-it", { timeout: 60_000 }, () => {
  it("shows the built-in table of every locale exactly as its texts, nothing escaped", () => {
    for (const locale of [en, de, es, fr]) {
      const table = buildComparisonTable({ locale });
      const line = (cells: string[]) => `| ${cells.join(" | ")} |\n`;
      const [head, ...rows] = expected(table);
      expect(renderMarkdown(table)).toBe(`**${table.caption}**\n\n${line(head!)}|${" --- |".repeat(table.columns.length + 1)}\n${rows.map(line).join("")}`);
      expectShownAsText(table);
    }
  });

  it("shows hostile labels and values of a defined model as their own text: no link, image, emphasis, code, strikethrough or HTML", () => {
    fc.assert(
      fc.property(label, label, label, label, label, (a, b, d, va, vb) => {
        const model = defineComparisonModel({ modalities: [{ id: "a", label: a }, { id: "b", label: b }], dimensions: [{ id: "d", label: d, values: { a: va, b: vb } }] });
        expectShownAsText(buildComparisonTable({ model }));
      }),
      { numRuns: 1_500 },
    );
  });

  it("shows hostile text added by extendComparisonModel as its own text", () => {
    fc.assert(
      fc.property(label, label, label, (m, d, v) => {
        const model = extendComparisonModel(COMPARISON_MODEL, {
          modalities: [{ id: "m", label: m }],
          values: Object.fromEntries(DIMENSION_IDS.map((id) => [id, { m: v }])),
          dimensions: [{ id: "x", label: d, values: { coaching: v, psychotherapy: v, m: v } }],
        });
        expectShownAsText(buildComparisonTable({ model, dimensions: ["aim", "x"] }));
      }),
      { numRuns: 500 },
    );
  });

  it("shows hostile overrides, the caption's included, as their own text (an empty caption leaves the caption line out)", () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, hostile, (caption, header, modality, cell) => {
        const overrides = { "table.caption": caption, "table.dimensionHeader": header, "modality.coaching": modality, "dimension.aim.psychotherapy": cell };
        expectShownAsText(buildComparisonTable({ overrides, dimensions: ["aim", "plan"] }));
      }),
      { numRuns: 1_500 },
    );
  });

  it.each([
    ["a link", "[a](https://x.example/)", "link_open"],
    ["an image", "![i](http://x.example/p.png)", "image"],
    ["emphasis", "*em* and _em_ and **strong**", "em_open"],
    ["a code span", "`code`", "code_inline"],
    ["a strikethrough", "~~strike~~", "s_open"],
    ["an autolink", "<https://x.example>", "link_open"],
    ["a bare URL", "see https://evil.example/path now", "link_open"],
    ["a bare domain", "www.evil.example or evil.com", "link_open"],
    ["an IP address", "at 192.168.0.1 today", "link_open"],
    ["an e-mail address", "write to a@b.co", "link_open"],
    ["raw HTML", "<img src=x onerror=alert(1)>", "html_inline"],
    ["a new cell", "a | b", "cut"],
  ])("does not make %s from a cell, and markdown-it would have", (_name, text, made) => {
    const model = defineComparisonModel({ modalities: [{ id: "a", label: "A" }], dimensions: [{ id: "d", label: "D", values: { a: text } }] });
    const table = buildComparisonTable({ model });
    expectShownAsText(table);
    // The same text written into a table unescaped makes the element: the check can fail.
    const raw = markdown.parse(`| D |\n| --- |\n| ${text} |\n`, {}).flatMap((t) => [t, ...(t.children ?? [])]);
    if (made !== "cut") expect(raw.map((t) => t.type)).toContain(made);
    else expect(raw.find((t) => t.type === "inline" && t.content.startsWith("a"))?.content).toBe("a");
  });
});

/** A valid hand-made table: two columns, four rows. */
function handMade(): Record<string, unknown> {
  const columns = [{ id: "a", header: "A" }, { id: "b", header: "B" }];
  const rows = [0, 1, 2, 3].map((i) => ({ id: `r${i}`, header: `Row ${i}`, cells: columns.map((c) => ({ columnId: c.id, text: `${c.header}${i}` })) }));
  return { lang: "en", dir: "ltr", caption: "Caption", dimensionHeader: "Dimension", columns, rows };
}

/** Runs every renderer on `table`: each must throw the same ScopeConfigError issues. */
function rendererIssues(table: unknown): ScopeIssue[] {
  const all = [renderMarkdown, renderHtml, renderText].map((render) => configIssues(() => render(table as never)));
  expect(all[1]).toEqual(all[0]);
  expect(all[2]).toEqual(all[0]);
  return all[0]!;
}

const RENDERERS = [
  ["renderMarkdown", renderMarkdown],
  ["renderHtml", renderHtml],
  ["renderText", renderText],
] as const;

describe("a hand-made table given to the renderers", () => {
  it("renders like the built-in one when it has the same shape", () => {
    const built = buildComparisonTable({ dimensions: ["aim", "plan"] });
    const copy = JSON.parse(JSON.stringify(built)) as ComparisonTable;
    for (const [, render] of RENDERERS) expect(render(copy)).toBe(render(built));
  });

  const set = (path: (string | number)[], value: unknown) => () => {
    const table = handMade();
    let node = table as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    if (value === DELETE) delete node[path.at(-1)!];
    else node[path.at(-1)!] = value;
    return table;
  };
  const DELETE = Symbol("delete");
  it.each<[string, () => unknown, (string | number)[], ScopeIssue["code"]]>([
    ["null", () => null, [], "invalid_type"],
    ["a list", () => [], [], "invalid_type"],
    ["a BigInt", () => 10n, [], "invalid_type"],
    ["a symbol", () => Symbol("t"), [], "invalid_type"],
    ["no rows", set(["rows"], DELETE), ["rows"], "invalid_type"],
    ["rows that are not a list", set(["rows"], { 0: {} }), ["rows"], "invalid_type"],
    ["a hole among the rows", set(["rows", 2], DELETE), ["rows", 2], "invalid_type"],
    ["cells that are not a list", set(["rows", 3, "cells"], "A3 B3"), ["rows", 3, "cells"], "invalid_type"],
    ["a cell missing", set(["rows", 1, "cells"], [{ columnId: "a", text: "x" }]), ["rows", 1, "cells"], "too_small"],
    ["a cell too many", set(["rows", 1, "cells", 2], { columnId: "c", text: "x" }), ["rows", 1, "cells"], "too_big"],
    ["a text that is a number", set(["rows", 3, "cells", 1, "text"], 1), ["rows", 3, "cells", 1, "text"], "invalid_type"],
    ["a text that is a BigInt", set(["rows", 3, "cells", 1, "text"], 1n), ["rows", 3, "cells", 1, "text"], "invalid_type"],
    ["a text that is a symbol", set(["rows", 0, "cells", 0, "text"], Symbol("x")), ["rows", 0, "cells", 0, "text"], "invalid_type"],
    ["a text that is an object", set(["rows", 0, "cells", 0, "text"], { toString: () => "x" }), ["rows", 0, "cells", 0, "text"], "invalid_type"],
    ["a cell in another column", set(["rows", 2, "cells", 1, "columnId"], "a"), ["rows", 2, "cells", 1, "columnId"], "invalid_value"],
    ["a row header missing", set(["rows", 0, "header"], DELETE), ["rows", 0, "header"], "invalid_type"],
    ["a row id that is a number", set(["rows", 0, "id"], 0), ["rows", 0, "id"], "invalid_type"],
    ["a column that is a string", set(["columns", 1], "B"), ["columns", 1], "invalid_type"],
    ["a column header missing", set(["columns", 0, "header"], DELETE), ["columns", 0, "header"], "invalid_type"],
    ["a dir that is neither ltr nor rtl", set(["dir"], "up"), ["dir"], "invalid_value"],
    ["no dir", set(["dir"], DELETE), ["dir"], "invalid_value"],
    ["a lang that is not a string", set(["lang"], 1), ["lang"], "invalid_type"],
    ["no caption", set(["caption"], DELETE), ["caption"], "invalid_type"],
    ["a dimension header that is null", set(["dimensionHeader"], null), ["dimensionHeader"], "invalid_type"],
  ])("is refused with the path when it has %s", (_name, make, path, code) => {
    expect(rendererIssues(make())).toContainEqual(expect.objectContaining({ path, code }));
  });

  it("lists every problem, each with its path", () => {
    const table = handMade() as { rows: { cells: { text: unknown }[] }[]; dir: unknown };
    table.rows[0]!.cells[1]!.text = 1;
    table.rows[3]!.cells[0]!.text = null;
    table.dir = "x";
    expect(rendererIssues(table).map((i) => i.path)).toEqual([["dir"], ["rows", 0, "cells", 1, "text"], ["rows", 3, "cells", 0, "text"]]);
  });

  it("quotes a value it shows briefly, whatever its length", () => {
    const issues = rendererIssues(set(["dir"], `rtl${"\u202e".repeat(5_000_000)}`)());
    expect(issues[0]!.message.length).toBeLessThan(500);
    expect(issues[0]!.message).toContain("\\u202e");
    const id = rendererIssues(set(["rows", 0, "cells", 0, "columnId"], "x".repeat(5_000_000))());
    expect(id[0]!.message.length).toBeLessThan(500);
  });

  it("names the path of a getter that throws, a revoked proxy and a proxy that throws on every read", () => {
    const getter = handMade() as { rows: { cells: object[] }[] };
    Object.defineProperty(getter.rows[2]!.cells[0]!, "text", { get: () => { throw new Error("boom"); }, enumerable: true });
    expect(rendererIssues(getter)).toEqual([expect.objectContaining({ path: ["rows", 2, "cells", 0, "text"], code: "custom" })]);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(rendererIssues(proxy)[0]).toMatchObject({ path: [], code: "custom" });
    const revokedRow = handMade() as { rows: unknown[] };
    revokedRow.rows[1] = proxy;
    expect(rendererIssues(revokedRow)[0]).toMatchObject({ path: ["rows", 1], code: "custom" });
    const throwing = new Proxy(handMade(), { get: () => { throw new TypeError("no"); } });
    expect(rendererIssues(throwing)[0]).toMatchObject({ path: ["lang"], code: "custom" });
    expect(rendererIssues(throwing)[0]!.message).toMatch(/could not be read/);
  });

  it("reads each value once, and renders what it read", () => {
    const reads = new Map<string, number>();
    const watch = (value: unknown, path: string): unknown => {
      if (typeof value !== "object" || value === null) return value;
      return new Proxy(value, {
        get(target, key, receiver) {
          const at = `${path}.${String(key)}`;
          reads.set(at, (reads.get(at) ?? 0) + 1);
          const read = reads.get(at)!;
          const inner: unknown = Reflect.get(target, key, receiver);
          // A two-faced value: every read after the first sees something else.
          if (typeof inner === "string" && read > 1) return `changed ${inner}`;
          return watch(inner, at);
        },
      });
    };
    for (const [name, render] of RENDERERS) {
      reads.clear();
      const out = render(watch(handMade(), "table") as never);
      expect(out, name).not.toContain("changed");
      expect([...reads].filter(([key, n]) => n > 1 && !/\.length$|Symbol/.test(key)), name).toEqual([]);
    }
  });

  it("refuses a cycle without looping", () => {
    const table = handMade() as { rows: unknown[] };
    table.rows[0] = table;
    expect(rendererIssues(table)).toContainEqual(expect.objectContaining({ path: ["rows", 0, "header"] }));
  });
});

describe("the limits", { timeout: 30_000 }, () => {
  it("refuses a table of more than 1,000,000 cells before reading its rows", () => {
    const sparse = { ...handMade(), rows: new Array(4_294_967_295) };
    expect(rendererIssues(sparse)).toEqual([expect.objectContaining({ path: ["rows"], code: "too_big" })]);
    const wide = { ...handMade(), columns: new Array(1_000_000) };
    expect(rendererIssues(wide)).toEqual([expect.objectContaining({ path: ["columns"], code: "too_big" })]);
    const row = { id: "r", header: "R", cells: [{ columnId: "a", text: "" }, { columnId: "b", text: "" }] };
    const atLimit = { ...handMade(), rows: new Array(333_332).fill(row) };
    expect(renderHtml(atLimit as never)).toContain("<td></td>");
    expect(rendererIssues({ ...atLimit, rows: new Array(333_333).fill(row) })[0]).toMatchObject({ path: ["rows"], code: "too_big" });
  });

  it("refuses a table of more than 10,000,000 characters of text, however few strings hold them", () => {
    const big = "x".repeat(5_000_001);
    const table = handMade() as { rows: { cells: { text: string }[] }[] };
    table.rows[0]!.cells[0]!.text = big;
    expect(renderHtml(table as never).length).toBeGreaterThan(5_000_000);
    table.rows[1]!.cells[0]!.text = big;
    const issues = rendererIssues(table);
    expect(issues).toEqual([expect.objectContaining({ path: [], code: "too_big" })]);
    expect(issues[0]!.message).toMatch(/10000000 characters/);
  });

  it("stops listing problems after 20", () => {
    const table = handMade() as { rows: unknown[] };
    table.rows = new Array(100_000).fill(1);
    const issues = rendererIssues(table);
    expect(issues.length).toBe(20);
    expect(issues.every((i) => i.code === "invalid_type")).toBe(true);
  });

  it("refuses plain text that would run past 100,000,000 characters at its width, before writing it", () => {
    const ids = Array.from({ length: 200 }, (_, i) => `m${i}`);
    const columns = ids.map((id) => ({ id, header: id }));
    const cells = ids.map((id, i) => ({ columnId: id, text: i === 0 ? "x".repeat(480_000) : "y" }));
    const table = { ...handMade(), columns, rows: [{ id: "r", header: "R", cells }] };
    expect(configIssues(() => renderText(table as never, { width: 10_000 }))).toEqual([expect.objectContaining({ path: ["width"], code: "too_big" })]);
    expect(renderMarkdown(table as never)).toContain("x".repeat(480_000));
  });

  it("refuses a model list or an option list of more than 1,000,000 entries before reading it", () => {
    const model = { modalities: [{ id: "a", label: "A" }], dimensions: new Array(4_294_967_295) };
    expect(configIssues(() => buildComparisonTable({ model: model as never }))).toEqual([expect.objectContaining({ path: ["model", "dimensions"], code: "too_big" })]);
    expect(configIssues(() => buildComparisonTable({ dimensions: new Array(4_294_967_295) }))).toEqual([expect.objectContaining({ path: ["dimensions"], code: "too_big" })]);
  });
});

describe("buildComparisonTable with a hand-made model and options", () => {
  const model = () => ({
    modalities: [{ id: "a", label: "A" }, { id: "b", label: "B" }],
    dimensions: [{ id: "d", label: "D", values: { a: "x", b: "y" } as Record<string, unknown> }, { id: "e", label: "E", values: { a: "x", b: "y" } as Record<string, unknown> }],
  });

  it.each<[string, (m: ReturnType<typeof model>) => unknown, (string | number)[], ScopeIssue["code"]]>([
    ["a value missing for a modality", (m) => { delete m.dimensions[1]!.values["b"]; return m; }, ["model", "dimensions", 1, "values", "b"], "invalid_type"],
    ["a label that is a number", (m) => { (m.modalities[0] as { label: unknown }).label = 1; return m; }, ["model", "modalities", 0, "label"], "invalid_type"],
    ["a value that is a BigInt", (m) => { m.dimensions[0]!.values["a"] = 1n; return m; }, ["model", "dimensions", 0, "values", "a"], "invalid_type"],
    ["a value that is a symbol", (m) => { m.dimensions[0]!.values["a"] = Symbol("x"); return m; }, ["model", "dimensions", 0, "values", "a"], "invalid_type"],
    ["an unknown key", (m) => ({ ...m, extra: 1 }), ["model"], "unrecognized_keys"],
    ["a duplicate id", (m) => { m.dimensions[1]!.id = "d"; return m; }, ["model", "dimensions", 1, "id"], "custom"],
    ["a cycle", (m) => { m.dimensions[0]!.values = m as never; return m; }, ["model", "dimensions", 0, "values"], "unrecognized_keys"],
    ["no modalities", (m) => ({ dimensions: m.dimensions }), ["model", "modalities"], "invalid_type"],
  ])("names the path of %s", (_name, change, path, code) => {
    expect(configIssues(() => buildComparisonTable({ model: change(model()) as never }))).toContainEqual(expect.objectContaining({ path, code }));
  });

  it("names the path of a getter that throws and of a revoked proxy, in the model and in the options", () => {
    const m = model();
    Object.defineProperty(m.dimensions[1]!.values, "b", { get: () => { throw new Error("boom"); }, enumerable: true });
    expect(configIssues(() => buildComparisonTable({ model: m as never }))).toEqual([expect.objectContaining({ path: ["model", "dimensions", 1, "values", "b"], code: "custom" })]);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(configIssues(() => buildComparisonTable({ model: proxy as never }))).toEqual([expect.objectContaining({ path: ["model"], code: "custom" })]);
    expect(configIssues(() => buildComparisonTable(proxy as never))[0]!.code).toBe("custom");
    const dimensions = ["aim", "plan"];
    Object.defineProperty(dimensions, 1, { get: () => { throw new Error("boom"); } });
    expect(configIssues(() => buildComparisonTable({ dimensions }))).toEqual([expect.objectContaining({ path: ["dimensions", 1], code: "custom" })]);
  });

  it("names every option that is wrong, not only the first", () => {
    expect(configIssues(() => buildComparisonTable({ modalities: ["nope"], dimensions: "aim" as never })).map((i) => i.path)).toEqual([["modalities", 0], ["dimensions"]]);
  });

  it("reads each value of a hand-made model once", () => {
    let reads = 0;
    const m = model();
    Object.defineProperty(m.dimensions[0]!, "label", { get: () => (++reads === 1 ? "First" : 1), enumerable: true });
    expect(buildComparisonTable({ model: m as never }).rows[0]!.header).toBe("First");
    expect(reads).toBe(1);
  });

  it("names at most 10 ids of a large model in a message, and stops after 20 problems", () => {
    const big = defineComparisonModel({
      modalities: [{ id: "a", label: "A" }],
      dimensions: Array.from({ length: 5_000 }, (_, i) => ({ id: `d${i}`, label: `D${i}`, values: { a: "x" } })),
    });
    const issues = configIssues(() => buildComparisonTable({ model: big, dimensions: ["nope"] }));
    expect(issues[0]!.message).toMatch(/^Unknown dimension "nope": expected one of "d0", .*"d9" and 4990 more$/);
    const many = configIssues(() => buildComparisonTable({ model: big, dimensions: Array.from({ length: 100_000 }, (_, i) => `x${i}`) }));
    expect(many).toHaveLength(20);
  });

  it("sees a change to a model that is not frozen, and to overrides, on the next call", () => {
    const m = model();
    expect(buildComparisonTable({ model: m as never }).rows[0]!.cells[0]!.text).toBe("x");
    m.dimensions[0]!.values["a"] = "changed";
    expect(buildComparisonTable({ model: m as never }).rows[0]!.cells[0]!.text).toBe("changed");
    const overrides: Record<string, string> = { "table.caption": "One" };
    expect(buildComparisonTable({ overrides }).caption).toBe("One");
    overrides["table.caption"] = "Two";
    expect(buildComparisonTable({ overrides }).caption).toBe("Two");
  });

  it("asks translate and onMissing on every call, for the entries shown", () => {
    const asked: string[] = [];
    const missing: string[] = [];
    const options = { dimensions: ["aim"], translate: (key: string) => void asked.push(key), onMissing: (key: string) => void missing.push(key) };
    buildComparisonTable(options);
    const once = [...asked];
    buildComparisonTable(options);
    expect(once).toEqual(["modality.coaching", "modality.psychotherapy", "dimension.aim.label", "dimension.aim.coaching", "dimension.aim.psychotherapy", "table.caption", "table.dimensionHeader"]);
    expect(asked).toEqual([...once, ...once]);
    expect(missing).toEqual([...once, ...once]);
  });

  it("gives equal, separate tables from a frozen model on each call", () => {
    const first = buildComparisonTable({ locale: de });
    const second = buildComparisonTable({ locale: de });
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    (first.rows as unknown[]).pop();
    expect(buildComparisonTable({ locale: de }).rows).toHaveLength(12);
  });

  it("throws only the library's own error for a non-object model or options", () => {
    for (const value of [1n, Symbol("m"), "model", 1, true, () => 1]) {
      expect(isScopeConfigError((() => { try { buildComparisonTable({ model: value as never }); } catch (e) { return e; } })())).toBe(true);
      expect(isScopeConfigError((() => { try { buildComparisonTable(value as never); } catch (e) { return e; } })())).toBe(true);
    }
  });
});
