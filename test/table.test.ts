import { describe, expect, it } from "vitest";
import {
  COMPARISON_MODEL,
  DIMENSION_IDS,
  buildComparisonTable,
  defineComparisonModel,
  en,
  extendComparisonModel,
  renderHtml,
  renderMarkdown,
  renderText,
  type Locale,
} from "../src/index.js";
import { configIssues } from "./helpers.js";


const hostile = defineComparisonModel({
  modalities: [
    { id: "coaching", label: "<script>alert(1)</script>" },
    { id: "evil", label: '"><img src=x onerror=alert(1)>' },
  ],
  dimensions: [
    { id: "amp", label: "Fish &amp; chips | pipes", values: { coaching: "line one\nline two", evil: "<b onclick='x'>bold</b>" } },
  ],
});

describe("buildComparisonTable", () => {
  it("builds the whole built-in comparison in English", () => {
    const table = buildComparisonTable();
    expect(table.lang).toBe("en");
    expect(table.dir).toBe("ltr");
    expect(table.caption).toBe("Coaching and psychotherapy compared");
    expect(table.dimensionHeader).toBe("Dimension");
    expect(table.columns).toEqual([{ id: "coaching", header: "Coaching" }, { id: "psychotherapy", header: "Psychotherapy" }]);
    expect(table.rows.map((r) => r.id)).toEqual(DIMENSION_IDS);
    expect(table.rows[0]).toEqual({
      id: "relationship",
      header: "Relationship",
      cells: [
        { columnId: "coaching", text: "Co-active; peer-basis" },
        { columnId: "psychotherapy", text: "Hierarchical; expert/client" },
      ],
    });
  });

  it("is plain data that survives JSON", () => {
    const table = buildComparisonTable();
    expect(JSON.parse(JSON.stringify(table))).toEqual(table);
  });

  it("honours the modalities and dimensions asked for, in their order", () => {
    const table = buildComparisonTable({ modalities: ["psychotherapy"], dimensions: ["setting", "aim"] });
    expect(table.columns.map((c) => c.id)).toEqual(["psychotherapy"]);
    expect(table.rows.map((r) => [r.id, r.cells.map((c) => c.text)])).toEqual([
      ["setting", ["Done in an office setting"]],
      ["aim", ["Works to achieve understanding and emotional healing"]],
    ]);
  });

  it.each<[string, object, (string | number)[], string]>([
    ["an unknown dimension", { dimensions: ["aim", "nope"] }, ["dimensions", 1], "invalid_value"],
    ["an unknown modality", { modalities: ["mentoring"] }, ["modalities", 0], "invalid_value"],
    ["a duplicate dimension", { dimensions: ["aim", "aim"] }, ["dimensions", 1], "custom"],
    ["a non-string id", { dimensions: [1] }, ["dimensions", 0], "invalid_type"],
    ["dimensions that are not a list", { dimensions: "aim" }, ["dimensions"], "invalid_type"],
    ["an unknown option", { modalitys: ["coaching"] }, [], "unrecognized_keys"],
    ["a model that is not a model", { model: 1 }, ["model"], "invalid_type"],
    ["a model whose modalities are not a list", { model: { modalities: 1 } }, ["model", "modalities"], "invalid_type"],
  ])("rejects %s", (_name, options, path, code) => {
    expect(configIssues(() => buildComparisonTable(options as never))).toContainEqual(expect.objectContaining({ path, code }));
  });

  it("localizes built-in entries of a custom model and keeps the app's own text", () => {
    const model = extendComparisonModel(COMPARISON_MODEL, {
      modalities: [{ id: "mentoring", label: "Mentoring" }],
      values: Object.fromEntries(DIMENSION_IDS.map((id) => [id, { mentoring: `M-${id}` }])),
      dimensions: [{ id: "cost", label: "Cost", values: { coaching: "a", psychotherapy: "b", mentoring: "c" } }],
    });
    const locale: Locale = { code: "xx", dir: "rtl", messages: { ...en.messages, "modality.coaching": "XX-coaching", "dimension.aim.label": "XX-aim", "dimension.aim.coaching": "XX-aim-coaching" } };
    const table = buildComparisonTable({
      model,
      locale,
      dimensions: ["aim", "cost"],
      overrides: { "dimension.cost.label": "Kosten" },
      translate: (key) => (key === "modality.mentoring" ? "Mentorat" : undefined),
    });
    expect(table.dir).toBe("rtl");
    expect(table.columns.map((c) => c.header)).toEqual(["XX-coaching", "Psychotherapy", "Mentorat"]);
    expect(table.rows[0]!.header).toBe("XX-aim");
    expect(table.rows[0]!.cells.map((c) => c.text)).toEqual(["XX-aim-coaching", en.messages["dimension.aim.psychotherapy"], "M-aim"]);
    expect(table.rows[1]!.header).toBe("Kosten");
    expect(table.rows[1]!.cells.map((c) => c.text)).toEqual(["a", "b", "c"]);
  });

  it("shows a changed built-in entry as the app wrote it, not the locale's translation", () => {
    const model = defineComparisonModel({
      modalities: [{ id: "coaching", label: "Life coaching" }],
      dimensions: [{ id: "aim", label: "Aim", values: { coaching: "Our own aim" } }],
    });
    const locale: Locale = { code: "xx", dir: "ltr", messages: { ...en.messages, "modality.coaching": "XX", "dimension.aim.label": "XX-aim", "dimension.aim.coaching": "XX-aim-coaching" } };
    const table = buildComparisonTable({ model, locale });
    expect(table.columns[0]!.header).toBe("Life coaching");
    expect(table.rows[0]!.header).toBe("XX-aim");
    expect(table.rows[0]!.cells[0]!.text).toBe("Our own aim");
  });
});

describe("renderMarkdown", () => {
  it("renders a GitHub table with a caption line", () => {
    expect(renderMarkdown(buildComparisonTable({ dimensions: ["orientation"] }))).toBe(
      "**Coaching and psychotherapy compared**\n\n| Dimension | Coaching | Psychotherapy |\n| --- | --- | --- |\n| Orientation | Solution-oriented | Problem-oriented |\n",
    );
  });

  it("keeps every row at the table's column count, whatever the cells hold", () => {
    const out = renderMarkdown(buildComparisonTable({ model: hostile }));
    const lines = out.trimEnd().split("\n").slice(2);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line.replace(/\\\|/g, "").split("|")).toHaveLength(5);
    expect(out).not.toMatch(/<script|<img|<b /);
    expect(out).toContain("Fish &amp;amp; chips \\| pipes");
    expect(out).toContain("line one line two");
  });
});

describe("renderHtml", () => {
  it("renders an accessible table", () => {
    const html = renderHtml(buildComparisonTable({ dimensions: ["orientation"] }), { className: "scope", id: "t1" });
    expect(html).toBe(
      '<table class="scope" id="t1" lang="en" dir="ltr"><caption>Coaching and psychotherapy compared</caption><thead><tr><th scope="col">Dimension</th><th scope="col">Coaching</th><th scope="col">Psychotherapy</th></tr></thead><tbody><tr><th scope="row">Orientation</th><td>Solution-oriented</td><td>Problem-oriented</td></tr></tbody></table>',
    );
  });

  it("escapes hostile labels, values and attributes", () => {
    const html = renderHtml(buildComparisonTable({ model: hostile }), { className: '"><script>x</script>' });
    expect(html).not.toMatch(/<script|<img|<b |onerror=alert\(1\)>/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("Fish &amp;amp; chips");
    expect(html).toContain("&lt;b onclick=&#39;x&#39;&gt;bold&lt;/b&gt;");
    const tags = html.match(/<[a-z]+/g) ?? [];
    expect(new Set(tags)).toEqual(new Set(["<table", "<caption", "<thead", "<tr", "<th", "<tbody", "<td"]));
  });

  it("carries the locale's direction", () => {
    const rtl: Locale = { code: "he", dir: "rtl", messages: en.messages };
    expect(renderHtml(buildComparisonTable({ locale: rtl }))).toMatch(/^<table lang="he" dir="rtl">/);
  });

  it("rejects bad options", () => {
    expect(configIssues(() => renderHtml(buildComparisonTable(), { id: 1 } as never))[0]).toMatchObject({ path: ["id"], code: "invalid_type" });
    expect(configIssues(() => renderHtml(buildComparisonTable(), { klass: "x" } as never))[0]).toMatchObject({ code: "unrecognized_keys" });
  });
});

describe("renderText", () => {
  it.each([20, 24, 40, 60, 80, 100, 132])("keeps every line within %i characters", (width) => {
    const out = renderText(buildComparisonTable(), { width });
    for (const line of out.split("\n")) expect(Array.from(line).length).toBeLessThanOrEqual(width);
  });

  it("defaults to 80 characters and keeps every word whole when columns allow", () => {
    const out = renderText(buildComparisonTable());
    const lines = out.split("\n");
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
    expect(lines[0]).toBe("Coaching and psychotherapy compared");
    const words = (text: string) => text.split(/[\s|+-]+/).filter(Boolean);
    const table = buildComparisonTable();
    const allWords = new Set(words(out));
    for (const row of table.rows) for (const cell of row.cells) for (const w of words(cell.text)) expect(allWords).toContain(w);
  });

  it("splits a word only when it is wider than its column", () => {
    const model = defineComparisonModel({
      modalities: [{ id: "a", label: "A" }],
      dimensions: [{ id: "d", label: "D", values: { a: "x".repeat(50) } }],
    });
    const out = renderText(buildComparisonTable({ model }), { width: 30 });
    for (const line of out.split("\n")) expect(line.length).toBeLessThanOrEqual(30);
    expect(out.replace(/[^x]/g, "")).toHaveLength(50);
  });

  it("rejects a width that is not an integer, too small for the columns, or an unknown option", () => {
    expect(configIssues(() => renderText(buildComparisonTable(), { width: 10 }))[0]).toMatchObject({ path: ["width"], code: "too_small" });
    expect(configIssues(() => renderText(buildComparisonTable(), { width: 50.5 }))[0]).toMatchObject({ path: ["width"], code: "invalid_type" });
    expect(configIssues(() => renderText(buildComparisonTable(), { wide: 1 } as never))[0]).toMatchObject({ code: "unrecognized_keys" });
    const wide = extendComparisonModel(COMPARISON_MODEL, {
      modalities: ["a", "b", "c"].map((id) => ({ id, label: id })),
      values: Object.fromEntries(DIMENSION_IDS.map((d) => [d, { a: "x", b: "y", c: "z" }])),
    });
    expect(configIssues(() => renderText(buildComparisonTable({ model: wide }), { width: 20 }))[0]).toMatchObject({ path: ["width"], code: "too_small" });
  });
});
