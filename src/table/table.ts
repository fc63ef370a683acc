import { push, quoteValue, typeIssue, type Issues } from "../shared/check.js";
import { ScopeConfigError } from "../shared/errors.js";
import { EN_MODEL } from "../locales/en.js";
import { localizerFor, type InternalLocalizer } from "../i18n/localize.js";
import type { LocalizeOptions } from "../i18n/messages.js";
import type { ComparisonModel } from "../model/model.js";
import { localizeTexts, MAX_ISSUES, OPTIONS_TITLE, prepareModel, readData, type PreparedModel, type Texts } from "./prepare.js";

export { renderHtml, type RenderHtmlOptions } from "./html.js";
export { renderMarkdown } from "./markdown.js";
export { renderText, type RenderTextOptions } from "./text.js";

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

/** Names at most 10 ids, and how many more there are: a model of any size gives a short message. */
function listIds(ids: readonly string[]): string {
  const shown = ids.slice(0, 10).map(quoteValue).join(", ");
  return ids.length > 10 ? `${shown} and ${ids.length - 10} more` : shown;
}

/** The positions in the model of the ids asked for (all, in the model's order, by default). */
function pick(issues: Issues, name: "modalities" | "dimensions", wanted: unknown, p: PreparedModel): readonly number[] {
  const modalities = name === "modalities";
  if (wanted === undefined) return modalities ? p.allModalities : p.allDimensions;
  const index = modalities ? p.modalityIndex : p.dimensionIndex;
  const ids = modalities ? p.modalityIds : p.dimensionIds;
  const before = issues.length;
  const list = readData(wanted, 1, [name], { frozen: false, issues });
  if (!Array.isArray(list)) {
    if (issues.length === before) typeIssue(issues, [name], "array", wanted);
    return [];
  }
  const out: number[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < list.length && issues.length < MAX_ISSUES; i++) {
    const id: unknown = list[i];
    const at = typeof id === "string" ? index.get(id) : undefined;
    if (typeof id !== "string") typeIssue(issues, [name, i], "string", id);
    else if (at === undefined) {
      push(issues, [name, i], "invalid_value", `Unknown ${modalities ? "modality" : "dimension"} ${quoteValue(id)}: expected one of ${listIds(ids)}`);
    } else if (seen.has(at)) push(issues, [name, i], "custom", `Duplicate id ${quoteValue(id)}`);
    else {
      seen.add(at);
      out.push(at);
    }
  }
  return out;
}

/** Key of the texts when no locale is given. */
const NO_LOCALE = {};
const NO_OPTIONS: Readonly<Record<string, unknown>> = /* @__PURE__ */ Object.freeze({});
const OPTION_KEYS = ["model", "modalities", "dimensions"];

/** The localizer of the options as read (`undefined`: none were given). */
function localizer(l: InternalLocalizer | undefined): InternalLocalizer {
  return l ?? localizerFor(undefined, OPTION_KEYS, OPTIONS_TITLE, EN_MODEL);
}

/**
 * The texts of the table: kept with the model, per locale, when neither can change and nothing
 * else takes part (no overrides, no `translate` or `onMissing`: a hook is asked each time).
 */
function texts(l: InternalLocalizer | undefined, read: Readonly<Record<string, unknown>>, p: PreparedModel, dims: readonly number[], mods: readonly number[]): Texts {
  const kept = p.texts !== undefined && read["overrides"] === undefined && read["translate"] === undefined && read["onMissing"] === undefined;
  if (!kept) return localizeTexts(localizer(l), p, dims, mods);
  // A locale, once checked, is one frozen copy of its own (the same for each use of it).
  const key = (read["locale"] as object | undefined) ?? NO_LOCALE;
  let out = p.texts!.get(key);
  if (out === undefined) {
    out = localizeTexts(localizer(l), p, p.allDimensions, p.allModalities);
    p.texts!.set(key, out);
  }
  return out;
}

function assemble(p: PreparedModel, t: Texts, dims: readonly number[], mods: readonly number[]): ComparisonTable {
  const columns: ComparisonColumn[] = [];
  for (const m of mods) columns.push({ id: p.modalityIds[m]!, header: t.modality[m]! });
  const rows: ComparisonRow[] = [];
  for (const d of dims) {
    const values = t.value[d]!;
    const cells: ComparisonCell[] = [];
    for (const m of mods) cells.push({ columnId: p.modalityIds[m]!, text: values[m]! });
    rows.push({ id: p.dimensionIds[d]!, header: t.dimension[d]!, cells });
  }
  return { lang: t.code, dir: t.dir, caption: t.caption, dimensionHeader: t.dimensionHeader, columns, rows };
}

/**
 * Builds a headless comparison table from a model: localized caption, headers and cells.
 *
 * Entries carried over unchanged from the built-in model (same id and English text) are
 * translated by the locale; any other entry is shown as the app wrote it, unless `translate`
 * or `overrides` supply its key (`modality.<id>`, `dimension.<id>.label`,
 * `dimension.<id>.<modalityId>`).
 *
 * The options and the model are read once each: a model that is not from
 * {@link defineComparisonModel} or {@link extendComparisonModel} is checked the way they check
 * one. The work on a model that cannot change (deeply frozen, as every model the library makes
 * is) is kept for the next call. An exception thrown by the app's own `translate` or `onMissing`
 * is passed on as it is.
 *
 * @param options - model, modalities, dimensions, and localization options.
 * @throws {@link ScopeConfigError} for an unknown or duplicate modality or dimension id, an
 *   unknown option, invalid localization options, a model that `defineComparisonModel` would
 *   reject (naming the path under `model`, such as `model.dimensions[3].values.mentoring`), a
 *   list of more than 1,000,000 entries, or a value that cannot be read (a getter or a proxy
 *   that throws).
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
  // Without options, nothing needs reading or checking: the localizer is made only if needed.
  const l = options === undefined ? undefined : localizerFor(options, OPTION_KEYS, OPTIONS_TITLE, EN_MODEL);
  const read = l?.options ?? NO_OPTIONS;
  const p = prepareModel(read["model"]);
  const issues: Issues = [];
  const mods = pick(issues, "modalities", read["modalities"], p);
  const dims = pick(issues, "dimensions", read["dimensions"], p);
  if (issues.length > 0) throw new ScopeConfigError(issues, OPTIONS_TITLE);
  return assemble(p, texts(l, read, p, dims, mods), dims, mods);
}
