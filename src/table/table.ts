import { checkInt, checkObject, isRecord, push, typeIssue, type Issues } from "../shared/check.js";
import { ScopeConfigError } from "../shared/errors.js";
import { EN_MODEL } from "../locales/en.js";
import { localizerFor, type InternalLocalizer } from "../i18n/localize.js";
import type { CustomMessageKey, LocalizeOptions, MessageKey } from "../i18n/messages.js";
import { COMPARISON_MODEL, type ComparisonModel } from "../model/model.js";

/**
 * A column of a {@link ComparisonTable}: one modality.
 *
 * @example
 * ```ts
 * const column: ComparisonColumn = { id: "coaching", header: "Coaching" };
 * ```
 */
export interface ComparisonColumn {
  /** The modality id of the column. */
  readonly id: string;
  /** The column header: the modality's localized name. */
  readonly header: string;
}

/**
 * A cell of a {@link ComparisonRow}: the text of one modality for one dimension.
 *
 * @example
 * ```ts
 * const cell: ComparisonCell = { columnId: "coaching", text: "Solution-oriented" };
 * ```
 */
export interface ComparisonCell {
  /** The modality id of the column the cell is in. */
  readonly columnId: string;
  /** That modality's localized text for the row's dimension. */
  readonly text: string;
}

/**
 * A row of a {@link ComparisonTable}: one dimension, with a cell per column.
 *
 * @example
 * ```ts
 * const row: ComparisonRow = {
 *   id: "orientation",
 *   header: "Orientation",
 *   cells: [{ columnId: "coaching", text: "Solution-oriented" }, { columnId: "psychotherapy", text: "Problem-oriented" }],
 * };
 * ```
 */
export interface ComparisonRow {
  /** The dimension id of the row. */
  readonly id: string;
  /** The row header: the dimension's localized label. */
  readonly header: string;
  /** One cell per column, in column order. */
  readonly cells: readonly ComparisonCell[];
}

/**
 * A headless comparison table: plain, JSON-serializable data that any renderer walks
 * (React, Vue, Svelte, the DOM, a terminal). `lang` and `dir` come from the locale.
 *
 * @example
 * ```ts
 * const table: ComparisonTable = buildComparisonTable({ dimensions: ["orientation"] });
 * table.rows[0]?.cells.map((c) => c.text);
 * //=> ["Solution-oriented", "Problem-oriented"]
 * ```
 */
export interface ComparisonTable {
  /** The locale's BCP 47 language tag, for the table's `lang` attribute. */
  readonly lang: string;
  /** The locale's writing direction, for the table's `dir` attribute. */
  readonly dir: "ltr" | "rtl";
  /** The localized caption of the table. */
  readonly caption: string;
  /** The localized header of the first column, above the dimension labels. */
  readonly dimensionHeader: string;
  /** The modality columns, in the order requested. */
  readonly columns: readonly ComparisonColumn[];
  /** The dimension rows, in the order requested. */
  readonly rows: readonly ComparisonRow[];
}

/**
 * Options of {@link buildComparisonTable}: which model, which modalities and dimensions (in
 * the order given), and how to localize.
 *
 * @example
 * ```ts
 * const options: ComparisonTableOptions = { modalities: ["coaching"], dimensions: ["aim", "plan"] };
 * ```
 */
export type ComparisonTableOptions = {
  /** The model to show; the built-in {@link COMPARISON_MODEL} by default. */
  readonly model?: ComparisonModel;
  /** Modality ids to show as columns, in this order; all by default. */
  readonly modalities?: readonly string[];
  /** Dimension ids to show as rows, in this order; all by default. */
  readonly dimensions?: readonly string[];
} & LocalizeOptions;

const BUILT_IN_MODALITIES = /* @__PURE__ */ (() => new Map(COMPARISON_MODEL.modalities.map((m) => [m.id as string, m.label])))();
const BUILT_IN_DIMENSIONS = /* @__PURE__ */ (() => new Map(COMPARISON_MODEL.dimensions.map((d) => [d.id as string, d])))();

function pick(issues: Issues, path: string, wanted: unknown, available: readonly string[]): readonly string[] {
  if (wanted === undefined) return available;
  if (!Array.isArray(wanted)) {
    typeIssue(issues, [path], "array", wanted);
    return [];
  }
  const seen = new Set<string>();
  wanted.forEach((id: unknown, i) => {
    if (typeof id !== "string") typeIssue(issues, [path, i], "string", id);
    else if (!available.includes(id)) {
      push(issues, [path, i], "invalid_value", `Unknown ${path === "modalities" ? "modality" : "dimension"} ${JSON.stringify(id)}: expected one of ${available.join(", ")}`);
    } else if (seen.has(id)) push(issues, [path, i], "custom", `Duplicate id ${JSON.stringify(id)}`);
    else seen.add(id);
  });
  return wanted as readonly string[];
}

function modalityHeader(l: InternalLocalizer, id: string, label: string): string {
  return BUILT_IN_MODALITIES.get(id) === label ? l.t(`modality.${id}` as MessageKey) : l.custom(`modality.${id}` as CustomMessageKey, label);
}

/**
 * Builds a headless comparison table from a model: localized caption, headers and cells.
 *
 * Entries carried over unchanged from the built-in model (same id and English text) are
 * translated by the locale; any other entry is shown as the app wrote it, unless `translate`
 * or `overrides` supply its key (`modality.<id>`, `dimension.<id>.label`,
 * `dimension.<id>.<modalityId>`).
 *
 * @param options - model, modalities, dimensions, and localization options.
 * @throws {@link ScopeConfigError} for an unknown or duplicate modality or dimension id, an
 *   unknown option, or invalid localization options.
 *
 * @example
 * ```ts
 * const table = buildComparisonTable({ dimensions: ["timeFocus"] });
 * table.columns.map((c) => c.header);
 * //=> ["Coaching", "Psychotherapy"]
 * table.rows[0];
 * //=> { id: "timeFocus", header: "Time focus", cells: [
 * //     { columnId: "coaching", text: "Focuses on the present and future" },
 * //     { columnId: "psychotherapy", text: "Focuses on dealing with the past" }] }
 * ```
 */
export function buildComparisonTable(options?: ComparisonTableOptions): ComparisonTable {
  const l = localizerFor(options, ["model", "modalities", "dimensions"], "Invalid table options", EN_MODEL);
  const model: ComparisonModel = options?.model ?? COMPARISON_MODEL;
  const issues: Issues = [];
  if (!isRecord(model) || !Array.isArray(model.modalities) || !Array.isArray(model.dimensions)) {
    typeIssue(issues, ["model"], "a comparison model (see defineComparisonModel)", model);
    throw new ScopeConfigError(issues, "Invalid table options");
  }
  const modalities = pick(issues, "modalities", options?.modalities, model.modalities.map((m) => m.id));
  const dimensions = pick(issues, "dimensions", options?.dimensions, model.dimensions.map((d) => d.id));
  if (issues.length > 0) throw new ScopeConfigError(issues, "Invalid table options");

  const columns = modalities.map((id) => {
    const modality = model.modalities.find((m) => m.id === id)!;
    return { id, header: modalityHeader(l, id, modality.label) };
  });
  const rows = dimensions.map((id) => {
    const dimension = model.dimensions.find((d) => d.id === id)!;
    const builtIn = BUILT_IN_DIMENSIONS.get(id) as { label: string; values: Record<string, string | undefined> } | undefined;
    const header =
      builtIn?.label === dimension.label
        ? l.t(`dimension.${id}.label` as MessageKey)
        : l.custom(`dimension.${id}.label` as CustomMessageKey, dimension.label);
    const cells = modalities.map((columnId) => {
      const text = dimension.values[columnId]!;
      const key = `dimension.${id}.${columnId}`;
      return {
        columnId,
        text: builtIn?.values[columnId] === text ? l.t(key as MessageKey) : l.custom(key as CustomMessageKey, text),
      };
    });
    return { id, header, cells };
  });
  return {
    lang: l.code,
    dir: l.dir,
    caption: l.t("table.caption"),
    dimensionHeader: l.t("table.dimensionHeader"),
    columns,
    rows,
  };
}

function markdownCell(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/\s*[\r\n]+\s*/g, " ")
    .trim();
}

/**
 * Renders a table as a GitHub-flavoured Markdown table, with the caption as a line above it.
 * A `|`, a backslash or a line break inside a cell cannot break the table, and `<`, `>` and
 * `&` are written as entities, so no markup passes through.
 *
 * @example
 * ```ts
 * renderMarkdown(buildComparisonTable({ dimensions: ["orientation"] }));
 * //=> "**Coaching and psychotherapy compared**\n\n| Dimension | Coaching | Psychotherapy |\n| --- | --- | --- |\n| Orientation | Solution-oriented | Problem-oriented |\n"
 * ```
 */
export function renderMarkdown(table: ComparisonTable): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(markdownCell).join(" | ")} |`;
  const out = [
    `**${markdownCell(table.caption).replace(/\*/g, "\\*")}**`,
    "",
    line([table.dimensionHeader, ...table.columns.map((c) => c.header)]),
    `|${" --- |".repeat(table.columns.length + 1)}`,
    ...table.rows.map((row) => line([row.header, ...row.cells.map((c) => c.text)])),
  ];
  return `${out.join("\n")}\n`;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * Options of {@link renderHtml}.
 *
 * @example
 * ```ts
 * const options: RenderHtmlOptions = { className: "scope-table", id: "compare" };
 * ```
 */
export interface RenderHtmlOptions {
  /** A `class` attribute for the `<table>`. */
  readonly className?: string;
  /** An `id` attribute for the `<table>`. */
  readonly id?: string;
}

/**
 * Renders a table as accessible HTML: `<table lang dir>` with a `<caption>`, column headers
 * `<th scope="col">` and row headers `<th scope="row">`. Every text and attribute is escaped.
 *
 * @throws {@link ScopeConfigError} when `className` or `id` is not a string, or an unknown
 *   option is given.
 *
 * @example
 * ```ts
 * renderHtml(buildComparisonTable({ dimensions: ["orientation"] }), { className: "scope" });
 * //=> '<table class="scope" lang="en" dir="ltr"><caption>Coaching and psychotherapy compared</caption><thead><tr><th scope="col">Dimension</th><th scope="col">Coaching</th><th scope="col">Psychotherapy</th></tr></thead><tbody><tr><th scope="row">Orientation</th><td>Solution-oriented</td><td>Problem-oriented</td></tr></tbody></table>'
 * ```
 */
export function renderHtml(table: ComparisonTable, options?: RenderHtmlOptions): string {
  const issues: Issues = [];
  if (options !== undefined && checkObject(issues, [], options, new Set(["className", "id"]))) {
    for (const key of ["className", "id"] as const) {
      if (options[key] !== undefined && typeof options[key] !== "string") typeIssue(issues, [key], "string", options[key]);
    }
  }
  if (issues.length > 0) throw new ScopeConfigError(issues, "Invalid renderHtml options");
  const attrs =
    (options?.className !== undefined ? ` class="${escapeHtml(options.className)}"` : "") +
    (options?.id !== undefined ? ` id="${escapeHtml(options.id)}"` : "") +
    ` lang="${escapeHtml(table.lang)}" dir="${table.dir === "rtl" ? "rtl" : "ltr"}"`;
  const head = [table.dimensionHeader, ...table.columns.map((c) => c.header)]
    .map((text) => `<th scope="col">${escapeHtml(text)}</th>`)
    .join("");
  const body = table.rows
    .map(
      (row) =>
        `<tr><th scope="row">${escapeHtml(row.header)}</th>${row.cells.map((c) => `<td>${escapeHtml(c.text)}</td>`).join("")}</tr>`,
    )
    .join("");
  return `<table${attrs}><caption>${escapeHtml(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/**
 * Options of {@link renderText}.
 *
 * @example
 * ```ts
 * const options: RenderTextOptions = { width: 100 };
 * ```
 */
export interface RenderTextOptions {
  /** The widest a line may be, in characters (code points); 80 by default. */
  readonly width?: number;
}

function chars(text: string): string[] {
  return Array.from(text);
}

/** Wraps text to lines of at most `width` characters, splitting a word only when it is longer. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    let w = chars(word);
    if (line.length > 0 && line.length + 1 + w.length <= width) {
      line.push(" ", ...w);
      continue;
    }
    if (line.length > 0) lines.push(line.join(""));
    while (w.length > width) {
      lines.push(w.slice(0, width).join(""));
      w = w.slice(width);
    }
    line = w;
  }
  if (line.length > 0 || lines.length === 0) lines.push(line.join(""));
  return lines;
}

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - chars(text).length));
}

/**
 * Renders a table as plain text for terminals and e-mails: the caption, a header row, a rule,
 * and one block per dimension, cells wrapped to fit. No line is longer than `width`; words
 * are split only when a single word is wider than its column.
 *
 * @throws {@link ScopeConfigError} when `width` is not an integer from 20 to 10,000, or too
 *   narrow for the table's columns (4 characters a column, plus separators).
 *
 * @example
 * ```ts
 * renderText(buildComparisonTable({ dimensions: ["orientation"] }), { width: 60 }).split("\n");
 * //=> ["Coaching and psychotherapy compared", "",
 * //    "Dimension   | Coaching              | Psychotherapy",
 * //    "------------+-----------------------+----------------------",
 * //    "Orientation | Solution-oriented     | Problem-oriented", ""]
 * ```
 */
export function renderText(table: ComparisonTable, options?: RenderTextOptions): string {
  const issues: Issues = [];
  let width = 80;
  if (options !== undefined && checkObject(issues, [], options, new Set(["width"])) && options.width !== undefined) {
    if (checkInt(issues, ["width"], options.width, 20, 10_000)) width = options.width;
  }
  const columnCount = table.columns.length + 1;
  const separators = 3 * (columnCount - 1);
  if (issues.length === 0 && width < columnCount * 4 + separators) {
    push(issues, ["width"], "too_small", `Too small: ${columnCount} columns need a width of at least ${columnCount * 4 + separators}`);
  }
  if (issues.length > 0) throw new ScopeConfigError(issues, "Invalid renderText options");

  const header = [table.dimensionHeader, ...table.columns.map((c) => c.header)];
  const body = table.rows.map((row) => [row.header, ...row.cells.map((c) => c.text)]);
  const available = width - separators;
  // The dimension column takes what its longest label needs, up to a quarter of the width;
  // the modality columns share the rest equally.
  const labelWidth = Math.max(...[header[0]!, ...body.map((cells) => cells[0]!)].map((t) => chars(t).length));
  const first = Math.max(4, Math.min(labelWidth, Math.floor(available / 4)));
  const rest = columnCount - 1;
  const share = Math.floor((available - first) / Math.max(1, rest));
  const widths = [first, ...Array.from({ length: rest }, () => share)];

  const block = (cells: readonly string[]): string[] => {
    const wrapped = cells.map((cell, i) => wrap(cell, widths[i]!));
    const height = Math.max(...wrapped.map((w) => w.length));
    const lines: string[] = [];
    for (let r = 0; r < height; r++) {
      lines.push(wrapped.map((w, i) => (i === wrapped.length - 1 ? (w[r] ?? "") : pad(w[r] ?? "", widths[i]!))).join(" | ").trimEnd());
    }
    return lines;
  };
  const rule = widths.map((w) => "-".repeat(w)).join("-+-");
  const out = [...wrap(table.caption, width), "", ...block(header), rule];
  body.forEach((cells, i) => {
    if (i > 0) out.push("");
    out.push(...block(cells));
  });
  return `${out.join("\n")}\n`;
}
