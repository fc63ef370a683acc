/**
 * Dates as the library takes them: `YYYY-MM-DD`, compared in whole days. The library has no
 * clock: today comes from the caller (`asOf`).
 *
 * @internal
 * @module
 */
import { DATE_PATTERN } from "./shape.js";
import { push, quoteValue, type Issues, type Path } from "./check.js";

const DATE = /* @__PURE__ */ new RegExp(DATE_PATTERN);
const DAY_MS = 86_400_000;

/**
 * @internal The day number (days since 1970-01-01) of a `YYYY-MM-DD` date, or `undefined` when
 * the text is not one or the day does not exist (`2026-02-30`).
 */
export function dayNumber(text: unknown): number | undefined {
  if (typeof text !== "string" || !DATE.test(text)) return undefined;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  // setUTCFullYear takes years 0–99 as written (Date.UTC would read them as 1900–1999), and rolls
  // 2026-02-30 over into March: a day that does not exist comes back different.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return Math.round(date.getTime() / DAY_MS);
}

/** @internal The day number of a `YYYY-MM-DD` date that exists; otherwise an issue at `path` and `undefined`. */
export function checkDay(issues: Issues, path: Path, value: unknown): number | undefined {
  const day = dayNumber(value);
  if (day === undefined) push(issues, path, "invalid_format", `Invalid date: expected YYYY-MM-DD (a day that exists), received ${quoteValue(value)}`);
  return day;
}
