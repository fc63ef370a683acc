import { readTable } from "./read.js";
import type { ComparisonTable } from "./table.js";

/**
 * What Markdown could read as syntax, escaped with a backslash: backslashes, code spans,
 * emphasis, strikethrough, links and images, the cell separator, `$` (math) and `@` (mentions,
 * e-mail addresses); `.` and `:` followed by more text, and the first `/` of `//`, which could
 * make a bare URL, a domain or an e-mail address into a link.
 */
const BACKSLASHED = "[\\\\`*_[\\]~|$@]|[.:](?=\\S)|/(?=/)";
/** Anything to escape: the above, and `&`, `<`, `>` (as entities) and U+0000 (as U+FFFD, as Markdown reads it). */
const HAS_SYNTAX = /* @__PURE__ */ (() => new RegExp(`[&<>\\0]|${BACKSLASHED}`))();
const ESCAPE = /* @__PURE__ */ new RegExp(BACKSLASHED, "g");

/**
 * A text as one line of Markdown that shows as the text itself: every whitespace run holding a
 * line break becomes one space, the ends are trimmed, and syntax is escaped.
 */
function markdownText(text: string): string {
  // `\s+` with the line breaks checked inside each run: linear, where a pattern such as
  // `\s*[\r\n]+\s*` backtracks over long whitespace.
  const flat = /[\r\n]/.test(text) ? text.replace(/\s+/g, (run) => (/[\r\n]/.test(run) ? " " : run)) : text;
  const trimmed = flat.trim();
  if (!HAS_SYNTAX.test(trimmed)) return trimmed;
  // Replacement strings, not a function: the escaping of a long text stays in the engine.
  return trimmed.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\0/g, "\uFFFD").replace(ESCAPE, "\\$&");
}

function line(first: string, rest: readonly string[]): string {
  let out = `| ${markdownText(first)}`;
  for (const text of rest) out += ` | ${markdownText(text)}`;
  return `${out} |\n`;
}

/**
 * Renders a table as a GitHub-flavoured Markdown table, with the caption as a bold line above it.
 *
 * Every cell and the caption show as their own text, whatever they hold: `<`, `>` and `&` are
 * written as entities, and a backslash, `` ` ``, `*`, `_`, `~`, `[`, `]`, `|`, `$` and `@` are
 * escaped with a backslash, as are `.` and `:` followed by more text and the first `/` of `//`
 * (so that no bare URL, domain or e-mail address becomes a link). Nothing from the table becomes
 * a link, an image, emphasis, code, a strikethrough, raw HTML or a new cell. A line break, with
 * the whitespace around it, becomes one space; each text is trimmed, and U+0000 is written as
 * U+FFFD, as Markdown requires. An empty caption leaves out the caption line.
 *
 * The table may come from {@link buildComparisonTable} or be made by hand: it is read once, and
 * checked, before anything is written.
 *
 * @throws {@link ScopeConfigError} "Invalid comparison table" when `table` does not have the
 *   shape of a {@link ComparisonTable} (naming each problem's path, such as
 *   `rows[3].cells[1].text`), when a value in it cannot be read, or when it holds more than
 *   1,000,000 cells or 10,000,000 characters of text.
 *
 * @example
 * ```ts
 * renderMarkdown(buildComparisonTable({ dimensions: ["orientation"] }));
 * //=> "**Coaching and psychotherapy compared**\n\n| Dimension | Coaching | Psychotherapy |\n| --- | --- | --- |\n| Orientation | Solution-oriented | Problem-oriented |\n"
 * ```
 */
export function renderMarkdown(table: ComparisonTable): string {
  const t = readTable(table);
  const caption = markdownText(t.caption);
  let out = caption === "" ? "" : `**${caption}**\n\n`;
  out += line(t.dimensionHeader, t.headers);
  out += `|${" --- |".repeat(t.headers.length + 1)}\n`;
  const width = t.headers.length;
  for (let i = 0; i < t.rowHeaders.length; i++) out += line(t.rowHeaders[i]!, t.cells.slice(i * width, (i + 1) * width));
  return out;
}
