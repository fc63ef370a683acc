/**
 * A table given to a renderer, read once into a plain snapshot that the renderer then walks:
 * any object with the shape of a `ComparisonTable` is accepted, each value read once, and every
 * problem named by its path (`rows[3].cells[1].text`). A getter or a proxy that throws is a
 * problem at its path, never a raw error.
 *
 * @internal
 * @module
 */
import { checkObject, isRecord, push, quoteValue, received, typeIssue, unreadable, type Issues } from "../shared/check.js";
import { ScopeConfigError } from "../shared/errors.js";
import { MAX_ISSUES } from "./prepare.js";

/** @internal The most cells a table may hold: rows × columns, the header column and row included. */
export const MAX_CELLS = 1_000_000;

/** @internal The most characters (UTF-16 code units) of text a table may hold, all texts together. */
export const MAX_CHARACTERS = 10_000_000;

/** @internal A table as read: its texts, the cells' row by row in one list (`cells[row * headers.length + column]`). */
export interface TableData {
  readonly lang: string;
  readonly dir: "ltr" | "rtl";
  readonly caption: string;
  readonly dimensionHeader: string;
  readonly headers: readonly string[];
  readonly rowHeaders: readonly string[];
  readonly cells: readonly string[];
}

/**
 * Where the reading is: its problems, the path of the value being read (the first `depth`
 * entries of `at`, overwritten as reading goes on), and the characters read.
 */
interface Reader {
  readonly issues: Issues;
  readonly at: (string | number)[];
  depth: number;
  characters: number;
}

/** The path of the value being read. */
function here(r: Reader): (string | number)[] {
  return r.at.slice(0, r.depth);
}

/** Sets the path to `key`, under the first `depth` entries of the current one, before a read. */
function at(r: Reader, depth: number, key: string | number): void {
  r.at[depth] = key;
  r.depth = depth + 1;
}

function text(r: Reader, value: unknown): string | undefined {
  if (typeof value === "string") {
    r.characters += value.length;
    return value;
  }
  typeIssue(r.issues, here(r), "string", value);
  return undefined;
}

function object(r: Reader, value: unknown): value is Record<string, unknown> {
  if (isRecord(value)) return true;
  typeIssue(r.issues, here(r), "object", value);
  return false;
}

/** The length of a list of at most `max` entries, or -1 after reporting why not. */
function length(r: Reader, value: unknown, max: number): number {
  if (!Array.isArray(value)) {
    typeIssue(r.issues, here(r), "array", value);
    return -1;
  }
  // Read once: a proxy could answer anything.
  const n: unknown = value.length;
  if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0) {
    push(r.issues, here(r), "invalid_type", `Expected an array with a length, received a length of ${received(n)}`);
    return -1;
  }
  if (n <= max) return n;
  push(r.issues, here(r), "too_big", `Too big: a table holds at most ${MAX_CELLS} cells (rows × columns, headers included)`);
  return -1;
}

/** The columns: how many, and each one's id (`undefined` where it could not be read) and header. */
function columns(r: Reader, table: Record<string, unknown>): { count: number; ids: (string | undefined)[]; headers: string[] } | undefined {
  at(r, 0, "columns");
  const list = table["columns"] as readonly unknown[];
  const n = length(r, list, MAX_CELLS - 1);
  if (n < 0) return undefined;
  const ids: (string | undefined)[] = [];
  const headers: string[] = [];
  for (let j = 0; j < n && r.issues.length < MAX_ISSUES; j++) {
    at(r, 1, j);
    const column = list[j];
    if (!object(r, column)) {
      ids.push(undefined);
      continue;
    }
    at(r, 2, "id");
    ids.push(text(r, column["id"]));
    at(r, 2, "header");
    headers.push(text(r, column["header"])!);
  }
  return { count: n, ids, headers };
}

/** Adds the texts of a row's cells to `texts`, checked against the columns. */
function cells(r: Reader, row: Record<string, unknown>, columnCount: number, ids: readonly (string | undefined)[], texts: string[]): void {
  at(r, 2, "cells");
  const list = row["cells"] as readonly unknown[];
  const n = length(r, list, MAX_CELLS);
  if (n < 0) return;
  if (n !== columnCount) {
    push(r.issues, here(r), n < columnCount ? "too_small" : "too_big", `Expected ${columnCount} cells, one for each column, received ${n}`);
    return;
  }
  for (let j = 0; j < n && r.issues.length < MAX_ISSUES; j++) {
    at(r, 3, j);
    const cell = list[j];
    if (!object(r, cell)) continue;
    at(r, 4, "columnId");
    const columnId = text(r, cell["columnId"]);
    if (columnId !== undefined && ids[j] !== undefined && columnId !== ids[j]) {
      push(r.issues, here(r), "invalid_value", `Expected the id of column ${j}, ${quoteValue(ids[j])}, received ${quoteValue(columnId)}`);
    }
    at(r, 4, "text");
    texts.push(text(r, cell["text"])!);
  }
}

function rows(r: Reader, table: Record<string, unknown>, cols: { count: number; ids: readonly (string | undefined)[] }): { headers: string[]; cells: string[] } | undefined {
  at(r, 0, "rows");
  const list = table["rows"] as readonly unknown[];
  const n = length(r, list, Math.floor(MAX_CELLS / (cols.count + 1)) - 1);
  if (n < 0) return undefined;
  const headers: string[] = [];
  const texts: string[] = [];
  for (let i = 0; i < n && r.issues.length < MAX_ISSUES; i++) {
    at(r, 1, i);
    const row = list[i];
    if (!object(r, row)) continue;
    at(r, 2, "id");
    text(r, row["id"]);
    at(r, 2, "header");
    headers.push(text(r, row["header"])!);
    cells(r, row, cols.count, cols.ids, texts);
  }
  return { headers, cells: texts };
}

function parts(r: Reader, table: unknown): TableData | undefined {
  if (!isRecord(table)) {
    typeIssue(r.issues, [], "a comparison table (see buildComparisonTable)", table);
    return undefined;
  }
  at(r, 0, "lang");
  const lang = text(r, table["lang"])!;
  at(r, 0, "dir");
  const dir = table["dir"];
  if (dir !== "ltr" && dir !== "rtl") push(r.issues, here(r), "invalid_value", `Invalid option: expected one of "ltr" | "rtl", received ${quoteValue(dir)}`);
  at(r, 0, "caption");
  const caption = text(r, table["caption"])!;
  at(r, 0, "dimensionHeader");
  const dimensionHeader = text(r, table["dimensionHeader"])!;
  const cols = columns(r, table);
  const body = cols === undefined ? undefined : rows(r, table, cols);
  if (cols === undefined || body === undefined) return undefined;
  return { lang, dir: dir as "ltr" | "rtl", caption, dimensionHeader, headers: cols.headers, rowHeaders: body.headers, cells: body.cells };
}

/**
 * @internal Reads a table given to a renderer into a {@link TableData}, each value once.
 * @throws {@link ScopeConfigError} naming every problem's path (at most {@link MAX_ISSUES}),
 *   or the limits ({@link MAX_CELLS}, {@link MAX_CHARACTERS}) when the table is over them.
 */
export function readTable(table: unknown): TableData {
  const r: Reader = { issues: [], at: [], depth: 0, characters: 0 };
  let data: TableData | undefined;
  try {
    data = parts(r, table);
  } catch (error) {
    unreadable(r.issues, here(r), error);
  }
  if (r.issues.length === 0 && r.characters > MAX_CHARACTERS) {
    push(r.issues, [], "too_big", `Too big: a table holds at most ${MAX_CHARACTERS} characters of text, received ${r.characters}`);
  }
  if (r.issues.length > 0 || data === undefined) throw new ScopeConfigError(r.issues, "Invalid comparison table");
  return data;
}

/**
 * @internal Reads a renderer's options once: `undefined`, or a plain object whose keys are all
 * in `keys`. Returns each option's value, read once (absent ones left out).
 */
export function readOptions(issues: Issues, options: unknown, keys: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (options === undefined) return out;
  try {
    if (!checkObject(issues, [], options, keys)) return out;
    for (const key of keys) {
      const value = options[key];
      if (value !== undefined) out[key] = value;
    }
  } catch (error) {
    unreadable(issues, [], error, "The options");
  }
  return out;
}
