/**
 * The model behind a table, read once and indexed: a model is copied as plain data (each value
 * read once, a getter or a proxy that throws named by its path), checked by
 * `defineComparisonModel`, and indexed by id. The work is kept for a model that cannot change
 * (deeply frozen, no getters: every model the library makes), and so are its texts in a locale
 * when nothing else (overrides, hooks) takes part in them.
 *
 * @internal
 * @module
 */
import { push, unreadable, type Issues } from "../shared/check.js";
import { isScopeConfigError, ScopeConfigError } from "../shared/errors.js";
import type { InternalLocalizer } from "../i18n/localize.js";
import type { CustomMessageKey, MessageKey } from "../i18n/messages.js";
import { COMPARISON_MODEL, defineComparisonModel, type ComparisonModel } from "../model/model.js";

/** @internal The title of every error about `buildComparisonTable`'s options. */
export const OPTIONS_TITLE = "Invalid table options";

/** @internal The longest list read from a model or an option (a longer one is refused unread). */
export const MAX_LIST = 1_000_000;

/** @internal How many problems are listed before reading stops. */
export const MAX_ISSUES = 20;

/** @internal A model, checked and indexed by id. */
export interface PreparedModel {
  readonly modalityIds: readonly string[];
  readonly modalityLabels: readonly string[];
  readonly modalityIndex: ReadonlyMap<string, number>;
  readonly dimensionIds: readonly string[];
  readonly dimensionLabels: readonly string[];
  readonly dimensionIndex: ReadonlyMap<string, number>;
  /** `values[d][m]`: dimension `d`'s text for modality `m`, by position in the model. */
  readonly values: readonly (readonly string[])[];
  readonly allModalities: readonly number[];
  readonly allDimensions: readonly number[];
  /** The texts in a locale, kept when the model cannot change; `undefined` otherwise. */
  readonly texts: WeakMap<object, Texts> | undefined;
}

/** @internal A table's texts, by position in the model (filled for the positions shown). */
export interface Texts {
  readonly code: string;
  readonly dir: "ltr" | "rtl";
  readonly caption: string;
  readonly dimensionHeader: string;
  readonly modality: readonly string[];
  readonly dimension: readonly string[];
  readonly value: readonly (readonly string[])[];
}

const BUILT_IN_MODALITIES = /* @__PURE__ */ (() => new Map(COMPARISON_MODEL.modalities.map((m) => [m.id as string, m.label])))();
const BUILT_IN_DIMENSIONS = /* @__PURE__ */ (() =>
  new Map(COMPARISON_MODEL.dimensions.map((d) => [d.id as string, d as { label: string; values: Readonly<Record<string, string>> }])))();
const prepared = /* @__PURE__ */ new WeakMap<object, PreparedModel>();

/** What a copy found: whether everything it read was frozen data (so it cannot change). */
interface Copying {
  frozen: boolean;
  readonly issues: Issues;
}

/** An own property, read once: a data property's value, or what its getter returns. */
function own(value: object, key: string | number, copying: Copying): unknown {
  const d = Reflect.getOwnPropertyDescriptor(value, key);
  if (d === undefined) return undefined;
  if ("value" in d) return d.value;
  copying.frozen = false;
  return d.get?.call(value);
}

/**
 * Copies plain data `depth` levels deep: objects by their own enumerable keys (into
 * null-prototype objects), lists by index, each value read once; deeper values are kept as they
 * are. `path` is where the copy is, kept up to date, so that a read that throws can be named.
 */
function copyData(value: unknown, depth: number, path: (string | number)[], copying: Copying): unknown {
  if (typeof value !== "object" || value === null || depth === 0) return value;
  if (!Object.isFrozen(value)) copying.frozen = false;
  if (Array.isArray(value)) {
    const length: unknown = own(value, "length", copying);
    if (typeof length !== "number" || !(length <= MAX_LIST)) {
      push(copying.issues, path, "too_big", `Too big: expected a list of at most ${MAX_LIST} entries`);
      return [];
    }
    const out: unknown[] = [];
    for (let i = 0; i < length; i++) {
      path.push(i);
      out.push(copyData(own(value, i, copying), depth - 1, path, copying));
      path.pop();
    }
    return out;
  }
  const out = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    path.push(key);
    out[key] = copyData(own(value, key, copying), depth - 1, path, copying);
    path.pop();
  }
  return out;
}

/** @internal Copies `value` as {@link copyData} does, turning a read that throws into an issue at its path. */
export function readData(value: unknown, depth: number, path: (string | number)[], copying: Copying): unknown {
  try {
    return copyData(value, depth, path, copying);
  } catch (error) {
    unreadable(copying.issues, path, error);
    return undefined;
  }
}

/** The model checked as `defineComparisonModel` checks one; its problems named under `model`. */
function checked(copy: unknown): ComparisonModel {
  try {
    return defineComparisonModel(copy as never);
  } catch (error) {
    if (!isScopeConfigError(error)) throw error;
    throw new ScopeConfigError(error.issues.map((issue) => ({ ...issue, path: ["model", ...issue.path] })), OPTIONS_TITLE);
  }
}

function indexed(model: ComparisonModel, frozen: boolean): PreparedModel {
  const modalityIds = model.modalities.map((m) => m.id);
  const dimensionIds = model.dimensions.map((d) => d.id);
  return {
    modalityIds,
    modalityLabels: model.modalities.map((m) => m.label),
    modalityIndex: new Map(modalityIds.map((id, i) => [id, i])),
    dimensionIds,
    dimensionLabels: model.dimensions.map((d) => d.label),
    dimensionIndex: new Map(dimensionIds.map((id, i) => [id, i])),
    values: model.dimensions.map((d) => modalityIds.map((id) => d.values[id]!)),
    allModalities: modalityIds.map((_, i) => i),
    allDimensions: dimensionIds.map((_, i) => i),
    texts: frozen ? new WeakMap() : undefined,
  };
}

/**
 * @internal The model of `buildComparisonTable` (the built-in one by default), checked and
 * indexed; kept for the next call when it cannot change.
 */
export function prepareModel(model: unknown = COMPARISON_MODEL): PreparedModel {
  const known = typeof model === "object" && model !== null ? prepared.get(model) : undefined;
  if (known !== undefined) return known;
  const copying: Copying = { frozen: true, issues: [] };
  // Four levels: the model, its lists, their entries, and a dimension's values.
  const copy = readData(model, 4, ["model"], copying);
  if (copying.issues.length > 0) throw new ScopeConfigError(copying.issues, OPTIONS_TITLE);
  const out = indexed(checked(copy), copying.frozen);
  if (copying.frozen && typeof model === "object" && model !== null) prepared.set(model, out);
  return out;
}

/**
 * @internal The texts of the modalities `mods` and dimensions `dims` (positions in the model), in
 * the order the localizer is asked for them: column headers, then each row's header and cells,
 * then the caption. An entry carried over from the built-in model (same id, same English text)
 * is translated by the locale; any other is the app's own text unless `translate` or
 * `overrides` give its key.
 */
export function localizeTexts(l: InternalLocalizer, p: PreparedModel, dims: readonly number[], mods: readonly number[]): Texts {
  const modality: string[] = [];
  const dimension: string[] = [];
  const value: string[][] = [];
  for (const m of mods) {
    const id = p.modalityIds[m]!;
    const label = p.modalityLabels[m]!;
    modality[m] = BUILT_IN_MODALITIES.get(id) === label ? l.t(`modality.${id}` as MessageKey) : l.custom(`modality.${id}` as CustomMessageKey, label);
  }
  for (const d of dims) {
    const id = p.dimensionIds[d]!;
    const label = p.dimensionLabels[d]!;
    const builtIn = BUILT_IN_DIMENSIONS.get(id);
    const key = `dimension.${id}.label`;
    dimension[d] = builtIn?.label === label ? l.t(key as MessageKey) : l.custom(key as CustomMessageKey, label);
    const row: string[] = [];
    for (const m of mods) {
      const columnId = p.modalityIds[m]!;
      const text = p.values[d]![m]!;
      const cellKey = `dimension.${id}.${columnId}`;
      row[m] = builtIn?.values[columnId] === text ? l.t(cellKey as MessageKey) : l.custom(cellKey as CustomMessageKey, text);
    }
    value[d] = row;
  }
  return { code: l.code, dir: l.dir, caption: l.t("table.caption"), dimensionHeader: l.t("table.dimensionHeader"), modality, dimension, value };
}
