import { typeIssue, type Issues } from "../shared/check.js";
import { ScopeConfigError } from "../shared/errors.js";
import { readOptions, readTable } from "./read.js";
import type { ComparisonTable } from "./table.js";

const HTML_SPECIAL = /[&<>"']/;
/** Each option and the attribute it writes. */
const ATTRIBUTES = [["className", "class"], ["id", "id"]] as const;
const OPTION_KEYS: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(ATTRIBUTES.map(([key]) => key)))();

/** Text as HTML: the five characters that could end a text or an attribute written as entities. */
function escapeHtml(text: string): string {
  // Most texts hold none of them: a test is cheaper than replaces that find nothing.
  if (!HTML_SPECIAL.test(text)) return text;
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
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

/** The `<table>` element's attributes, from the options read once. */
function attributes(options: unknown, lang: string, dir: string): string {
  const fixed = ` lang="${escapeHtml(lang)}" dir="${dir}"`;
  if (options === undefined) return fixed;
  const issues: Issues = [];
  const read = readOptions(issues, options, OPTION_KEYS);
  let out = "";
  for (const [key, name] of ATTRIBUTES) {
    const value = read[key];
    if (value === undefined) continue;
    if (typeof value === "string") out += ` ${name}="${escapeHtml(value)}"`;
    else typeIssue(issues, [key], "string", value);
  }
  if (issues.length > 0) throw new ScopeConfigError(issues, "Invalid renderHtml options");
  return out + fixed;
}

/**
 * Renders a table as accessible HTML: `<table lang dir>` with a `<caption>`, column headers
 * `<th scope="col">` and row headers `<th scope="row">`. Every text and attribute is escaped
 * (`&`, `<`, `>`, `"` and `'` as entities), so no markup passes through.
 *
 * The table may come from {@link buildComparisonTable} or be made by hand: it is read once, and
 * checked, before anything is written.
 *
 * @throws {@link ScopeConfigError} "Invalid comparison table" when `table` does not have the
 *   shape of a {@link ComparisonTable} (naming each problem's path, such as
 *   `rows[3].cells[1].text`), when a value in it cannot be read, or when it holds more than
 *   1,000,000 cells or 10,000,000 characters of text; "Invalid renderHtml options" when
 *   `className` or `id` is not a string, or an unknown option is given.
 *
 * @example
 * ```ts
 * renderHtml(buildComparisonTable({ dimensions: ["orientation"] }), { className: "scope" });
 * //=> '<table class="scope" lang="en" dir="ltr"><caption>Coaching and psychotherapy compared</caption><thead><tr><th scope="col">Dimension</th><th scope="col">Coaching</th><th scope="col">Psychotherapy</th></tr></thead><tbody><tr><th scope="row">Orientation</th><td>Solution-oriented</td><td>Problem-oriented</td></tr></tbody></table>'
 * ```
 */
export function renderHtml(table: ComparisonTable, options?: RenderHtmlOptions): string {
  const t = readTable(table);
  let out = `<table${attributes(options, t.lang, t.dir)}><caption>${escapeHtml(t.caption)}</caption><thead><tr><th scope="col">${escapeHtml(t.dimensionHeader)}</th>`;
  for (const header of t.headers) out += `<th scope="col">${escapeHtml(header)}</th>`;
  out += "</tr></thead><tbody>";
  const width = t.headers.length;
  for (let i = 0, j = 0; i < t.rowHeaders.length; i++) {
    out += `<tr><th scope="row">${escapeHtml(t.rowHeaders[i]!)}</th>`;
    for (const end = j + width; j < end; j++) out += `<td>${escapeHtml(t.cells[j]!)}</td>`;
    out += "</tr>";
  }
  return `${out}</tbody></table>`;
}
