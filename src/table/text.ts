import { checkInt, push, type Issues } from "../shared/check.js";
import { ScopeConfigError } from "../shared/errors.js";
import { readOptions, readTable, type TableData } from "./read.js";
import type { ComparisonTable } from "./table.js";

/** The most characters plain text may run to, counting every line at the full width. */
const MAX_OUTPUT = 100_000_000;
const OPTION_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(["width"]);
const TITLE = "Invalid renderText options";

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

/** The number of code points in `text`, as `Array.from(text).length` counts them, without the array. */
function codePoints(text: string): number {
  let n = text.length;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) {
      const before = text.charCodeAt(i - 1);
      if (before >= 0xd800 && before <= 0xdbff) n--;
    }
  }
  return n;
}

/** Wraps text to lines of at most `width` characters, splitting a word only when it is longer. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  let used = 0;
  for (const word of text.split(/\s+/)) {
    if (word === "") continue;
    let w = word;
    let n = codePoints(w);
    if (used > 0 && used + 1 + n <= width) {
      line += ` ${w}`;
      used += 1 + n;
      continue;
    }
    if (used > 0) lines.push(line);
    if (n > width) {
      // Split once, by code point, in one pass: each piece is copied once.
      const points = Array.from(w);
      let i = 0;
      for (; points.length - i > width; i += width) lines.push(points.slice(i, i + width).join(""));
      w = points.slice(i).join("");
      n = points.length - i;
    }
    line = w;
    used = n;
  }
  if (used > 0 || lines.length === 0) lines.push(line);
  return lines;
}

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - codePoints(text)));
}

/** The width asked for, checked against the table's column count. */
function lineWidth(options: unknown, columnCount: number): number {
  const issues: Issues = [];
  const width = readOptions(issues, options, OPTION_KEYS)["width"] ?? 80;
  const least = columnCount * 4 + 3 * (columnCount - 1);
  if (checkInt(issues, ["width"], width, 20, 10_000) && issues.length === 0 && width < least) {
    push(issues, ["width"], "too_small", `Too small: ${columnCount} columns need a width of at least ${least}`);
  }
  if (issues.length > 0) throw new ScopeConfigError(issues, TITLE);
  return width as number;
}

/** The columns' widths: the dimension column takes what its longest label needs, up to a quarter of the width; the others share the rest. */
function columnWidths(t: TableData, width: number): number[] {
  const rest = t.headers.length;
  const available = width - 3 * rest;
  let labelWidth = codePoints(t.dimensionHeader);
  for (const header of t.rowHeaders) labelWidth = Math.max(labelWidth, codePoints(header));
  const first = Math.max(4, Math.min(labelWidth, Math.floor(available / 4)));
  const share = Math.floor((available - first) / Math.max(1, rest));
  const widths = [first];
  for (let i = 0; i < rest; i++) widths.push(share);
  return widths;
}

/**
 * Renders a table as plain text for terminals and e-mails: the caption, a header row, a rule,
 * and one block per dimension, cells wrapped to fit. No line is longer than `width`; words
 * are split only when a single word is wider than its column.
 *
 * The table may come from {@link buildComparisonTable} or be made by hand: it is read once, and
 * checked, before anything is written. Texts are written as they are: control characters in a
 * custom model's texts reach the terminal.
 *
 * @throws {@link ScopeConfigError} "Invalid renderText options" when `width` is not an integer
 *   from 20 to 10,000, or too narrow for the table's columns (4 characters a column, plus
 *   separators), or when the text would run to more than 100,000,000 characters counting each
 *   line at the full width; "Invalid comparison table" when `table` does not have the shape of a
 *   {@link ComparisonTable} (naming each problem's path), when a value in it cannot be read, or
 *   when it holds more than 1,000,000 cells or 10,000,000 characters of text.
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
  const t = readTable(table);
  const width = lineWidth(options, t.headers.length + 1);
  const widths = columnWidths(t, width);
  let size = 0;
  // Counted before the lines are made, so that a table too big to write is refused early.
  const reserve = (height: number): void => {
    size += height * (width + 1);
    if (size > MAX_OUTPUT) {
      throw new ScopeConfigError([{ path: ["width"], code: "too_big", message: `Too big: the text would run to more than ${MAX_OUTPUT} characters at this width` }], TITLE);
    }
  };
  const caption = wrap(t.caption, width);
  reserve(caption.length + 2);
  const lines = [...caption, "", ...block([t.dimensionHeader, ...t.headers], widths, reserve), widths.map((w) => "-".repeat(w)).join("-+-")];
  const count = t.headers.length;
  t.rowHeaders.forEach((header, i) => {
    if (i > 0) lines.push("");
    for (const line of block([header, ...t.cells.slice(i * count, (i + 1) * count)], widths, reserve)) lines.push(line);
  });
  return `${lines.join("\n")}\n`;
}

/** One row's lines: each cell wrapped to its column, the columns side by side. */
function block(cells: readonly string[], widths: readonly number[], reserve: (height: number) => void): string[] {
  const wrapped = cells.map((cell, i) => wrap(cell, widths[i]!));
  let height = 0;
  for (const w of wrapped) height = Math.max(height, w.length);
  reserve(height + 1);
  const lines: string[] = [];
  for (let r = 0; r < height; r++) {
    lines.push(wrapped.map((w, i) => (i === wrapped.length - 1 ? (w[r] ?? "") : pad(w[r] ?? "", widths[i]!))).join(" | ").trimEnd());
  }
  return lines;
}
