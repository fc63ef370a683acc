import { checkObject, deepFreeze, push, quoteValue, RESERVED_KEYS, typeIssue, type Issues, type Path } from "../shared/check.js";
import { reading, ScopeConfigError } from "../shared/errors.js";
import { SEED_DIMENSIONS, SEED_MODALITIES } from "./seed.js";

/**
 * The ids of the two built-in modalities, in column order.
 *
 * @example
 * ```ts
 * const id: ModalityId = "coaching";
 * ```
 */
export type ModalityId = "coaching" | "psychotherapy";

/**
 * The ids of the twelve built-in dimensions, in row order.
 *
 * @example
 * ```ts
 * const id: DimensionId = "guidingQuestion";
 * ```
 */
export type DimensionId =
  | "relationship"
  | "clientState"
  | "orientation"
  | "timeFocus"
  | "driver"
  | "plan"
  | "aim"
  | "duration"
  | "guidingQuestion"
  | "selfEsteem"
  | "issueLocus"
  | "setting";

/**
 * A column of the comparison: a way of working with a client.
 *
 * @example
 * ```ts
 * const mentoring: Modality = { id: "mentoring", label: "Mentoring" };
 * ```
 */
export interface Modality<M extends string = string> {
  /** The modality's id, unique in the model; keys its text in every {@link Dimension.values}. */
  readonly id: M;
  /** The modality's name, shown as its column header. */
  readonly label: string;
}

/**
 * A row of the comparison: one respect in which the modalities differ, with a value for
 * every modality.
 *
 * @example
 * ```ts
 * getDimension("orientation").values.coaching;
 * //=> "Solution-oriented"
 * ```
 */
export interface Dimension<M extends string = string, D extends string = string> {
  /** The dimension's id, unique in the model. */
  readonly id: D;
  /** The dimension's name, shown as its row header. */
  readonly label: string;
  /** The dimension's text for each modality, keyed by modality id. */
  readonly values: Readonly<Record<M, string>>;
}

/**
 * A comparison of modalities across dimensions: plain, deeply frozen data.
 *
 * @example
 * ```ts
 * const model: ComparisonModel = COMPARISON_MODEL;
 * model.dimensions.length;
 * //=> 12
 * ```
 */
export interface ComparisonModel<M extends string = string, D extends string = string> {
  /** The modalities, in column order. */
  readonly modalities: readonly Modality<M>[];
  /** The dimensions, in row order, each with a text for every modality. */
  readonly dimensions: readonly Dimension<M, D>[];
}

/**
 * What {@link defineComparisonModel} takes: modalities, and dimensions with a value for
 * every modality.
 *
 * @example
 * ```ts
 * const spec: ComparisonModelSpec = {
 *   modalities: [{ id: "coaching", label: "Coaching" }, { id: "mentoring", label: "Mentoring" }],
 *   dimensions: [{ id: "expertise", label: "Expertise", values: { coaching: "Draws it out", mentoring: "Shares it" } }],
 * };
 * ```
 */
export interface ComparisonModelSpec {
  /** The modalities, in column order; at least one. */
  readonly modalities: readonly {
    /** A unique id: a letter, then letters, digits, `-` or `_`. */
    readonly id: string;
    /** The modality's non-empty name, shown as its column header. */
    readonly label: string;
  }[];
  /** The dimensions, in row order; at least one. */
  readonly dimensions: readonly {
    /** A unique id: a letter, then letters, digits, `-` or `_`. */
    readonly id: string;
    /** The dimension's non-empty name, shown as its row header. */
    readonly label: string;
    /** A non-empty text for every modality, keyed by modality id. */
    readonly values: Readonly<Record<string, string>>;
  }[];
}

/**
 * What {@link extendComparisonModel} adds to a model.
 *
 * - `modalities`: appended after the base's.
 * - `dimensions`: appended after the base's, each with a value for every modality, old and new.
 * - `values`: the new modalities' values for the base's dimensions, keyed by dimension id,
 *   then modality id (`values.relationship.mentoring`), the same way round as `Dimension.values`.
 *
 * @example
 * ```ts
 * const add: ComparisonModelExtension = {
 *   dimensions: [{ id: "cost", label: "Cost", values: { coaching: "Paid privately", psychotherapy: "Often insured" } }],
 * };
 * ```
 */
export interface ComparisonModelExtension {
  /** Modalities to append after the base's columns. */
  readonly modalities?: readonly {
    /** A new id, not in the base: a letter, then letters, digits, `-` or `_`. */
    readonly id: string;
    /** The modality's non-empty name, shown as its column header. */
    readonly label: string;
  }[];
  /** Dimensions to append after the base's rows. */
  readonly dimensions?: readonly {
    /** A new id, not in the base: a letter, then letters, digits, `-` or `_`. */
    readonly id: string;
    /** The dimension's non-empty name, shown as its row header. */
    readonly label: string;
    /** A non-empty text for every modality, old and new, keyed by modality id. */
    readonly values: Readonly<Record<string, string>>;
  }[];
  /** The new modalities' texts for the base's dimensions, keyed by dimension id, then modality id. */
  readonly values?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

// The seed's ids and the id unions above must agree: a compile error here means they drifted.
type Same<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : false;
type Assert<T extends true> = T;
// eslint-disable-next-line @typescript-eslint/no-unused-vars
type SeedIdsMatch = [Assert<Same<(typeof SEED_MODALITIES)[number][0], ModalityId>>, Assert<Same<(typeof SEED_DIMENSIONS)[number][0], DimensionId>>];

const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;
const ENTRY_KEYS = /* @__PURE__ */ new Set(["id", "label"]);
const DIMENSION_KEYS = /* @__PURE__ */ new Set(["id", "label", "values"]);
const SPEC_KEYS = /* @__PURE__ */ new Set(["modalities", "dimensions"]);
const EXTENSION_KEYS = /* @__PURE__ */ new Set(["modalities", "dimensions", "values"]);

function checkText(issues: Issues, path: Path, value: unknown): value is string {
  if (typeof value !== "string") {
    typeIssue(issues, path, "string", value);
    return false;
  }
  if (value.trim() === "") {
    push(issues, path, "too_small", "Expected a non-empty string");
    return false;
  }
  return true;
}

function checkId(issues: Issues, path: Path, value: unknown, taken: Set<string>): value is string {
  if (typeof value !== "string") {
    typeIssue(issues, path, "string", value);
    return false;
  }
  if (!ID_PATTERN.test(value) || RESERVED_KEYS.has(value)) {
    push(
      issues,
      path,
      "invalid_value",
      `Invalid id ${quoteValue(value)}: expected a letter, then letters, digits, "-" or "_" (and not __proto__, constructor or prototype)`,
    );
    return false;
  }
  if (taken.has(value)) {
    push(issues, path, "custom", `Duplicate id ${quoteValue(value)}`);
    return false;
  }
  taken.add(value);
  return true;
}

function checkList(issues: Issues, path: Path, value: unknown, allowEmpty: boolean): value is readonly unknown[] {
  if (!Array.isArray(value)) {
    typeIssue(issues, path, "array", value);
    return false;
  }
  if (!allowEmpty && value.length === 0) {
    push(issues, path, "too_small", "Expected at least one entry");
    return false;
  }
  return true;
}

function readModalities(issues: Issues, path: Path, value: unknown, taken: Set<string>, allowEmpty: boolean): Modality[] {
  const out: Modality[] = [];
  if (!checkList(issues, path, value, allowEmpty)) return out;
  value.forEach((entry, i) => {
    const at = [...path, i];
    if (!checkObject(issues, at, entry, ENTRY_KEYS)) return;
    const idOk = checkId(issues, [...at, "id"], entry.id, taken);
    const labelOk = checkText(issues, [...at, "label"], entry.label);
    if (idOk && labelOk) out.push({ id: entry.id as string, label: entry.label as string });
  });
  return out;
}

function readValues(
  issues: Issues,
  path: Path,
  value: unknown,
  modalityIds: readonly string[],
): Record<string, string> | undefined {
  if (!checkObject(issues, path, value, new Set(modalityIds))) return undefined;
  const out: Record<string, string> = {};
  let ok = true;
  for (const id of modalityIds) {
    const text = value[id];
    if (text === undefined) {
      push(issues, [...path, id], "invalid_type", `Missing value for modality ${quoteValue(id)}`);
      ok = false;
    } else if (checkText(issues, [...path, id], text)) out[id] = text;
    else ok = false;
  }
  return ok ? out : undefined;
}

function readDimensions(
  issues: Issues,
  path: Path,
  value: unknown,
  modalityIds: readonly string[],
  taken: Set<string>,
  allowEmpty: boolean,
): Dimension[] {
  const out: Dimension[] = [];
  if (!checkList(issues, path, value, allowEmpty)) return out;
  value.forEach((entry, i) => {
    const at = [...path, i];
    if (!checkObject(issues, at, entry, DIMENSION_KEYS)) return;
    const idOk = checkId(issues, [...at, "id"], entry.id, taken);
    const labelOk = checkText(issues, [...at, "label"], entry.label);
    const values = readValues(issues, [...at, "values"], entry.values, modalityIds);
    if (idOk && labelOk && values) out.push({ id: entry.id as string, label: entry.label as string, values });
  });
  return out;
}

/**
 * Validates a comparison model and returns it deeply frozen. Apps use it to build a
 * comparison of their own from scratch; {@link extendComparisonModel} adds to an existing one.
 *
 * @param spec - modalities (at least one) and dimensions (at least one), each dimension with
 *   a non-empty value for every modality.
 * @returns the model, deeply frozen.
 * @throws {@link ScopeConfigError} naming every offending path: unknown keys, duplicate or
 *   malformed ids, a missing, empty or non-string label or value.
 *
 * @example
 * ```ts
 * const model = defineComparisonModel({
 *   modalities: [{ id: "coaching", label: "Coaching" }, { id: "mentoring", label: "Mentoring" }],
 *   dimensions: [{ id: "expertise", label: "Expertise", values: { coaching: "Draws it out", mentoring: "Shares it" } }],
 * });
 * model.dimensions[0]?.values.mentoring;
 * //=> "Shares it"
 * ```
 */
export function defineComparisonModel(spec: ComparisonModelSpec): ComparisonModel {
  return reading("Invalid comparison model", () => defineModel(spec));
}

function defineModel(spec: ComparisonModelSpec): ComparisonModel {
  const issues: Issues = [];
  if (!checkObject(issues, [], spec, SPEC_KEYS)) throw new ScopeConfigError(issues, "Invalid comparison model");
  const modalities = readModalities(issues, ["modalities"], spec.modalities, new Set(), false);
  const ids = modalities.map((m) => m.id);
  const dimensions = readDimensions(issues, ["dimensions"], spec.dimensions, ids, new Set(), false);
  if (issues.length > 0) throw new ScopeConfigError(issues, "Invalid comparison model");
  return deepFreeze({ modalities, dimensions });
}

/**
 * Returns a new model: the base with modalities and dimensions added. The base is not changed.
 *
 * Every dimension must end up with a value for every modality: a new modality needs a value
 * for each of the base's dimensions (in `values`, keyed by dimension then modality id), and a
 * new dimension needs a value for every modality, old and new.
 *
 * @param base - the model to extend, for example {@link COMPARISON_MODEL}.
 * @param add - what to append.
 * @returns the extended model, deeply frozen. Entries carried over from the built-in model
 *   keep their ids and English text, so they are still translated by the built-in locales.
 * @throws {@link ScopeConfigError} naming every offending path, for example
 *   `dimensions[3].values.mentoring` or `values.relationship.mentoring`.
 *
 * @example
 * ```ts
 * const withMentoring = extendComparisonModel(COMPARISON_MODEL, {
 *   modalities: [{ id: "mentoring", label: "Mentoring" }],
 *   values: Object.fromEntries(DIMENSION_IDS.map((id) => [id, { mentoring: "…" }])),
 * });
 * withMentoring.modalities.map((m) => m.id);
 * //=> ["coaching", "psychotherapy", "mentoring"]
 * ```
 */
export function extendComparisonModel<M extends string, D extends string>(
  base: ComparisonModel<M, D>,
  add: ComparisonModelExtension,
): ComparisonModel {
  return reading("Invalid model extension", () => extendModel(base, add));
}

function extendModel(base: ComparisonModel, add: ComparisonModelExtension): ComparisonModel {
  // The base is checked like any model, so a hand-made one cannot smuggle in a bad id.
  const baseIssues: Issues = [];
  if (checkObject(baseIssues, ["base"], base, SPEC_KEYS)) {
    const ids = readModalities(baseIssues, ["base", "modalities"], base.modalities, new Set(), false).map((m) => m.id);
    readDimensions(baseIssues, ["base", "dimensions"], base.dimensions, ids, new Set(), false);
  }
  if (baseIssues.length > 0) throw new ScopeConfigError(baseIssues, "Invalid base model");
  const issues: Issues = [];
  if (!checkObject(issues, [], add, EXTENSION_KEYS)) throw new ScopeConfigError(issues, "Invalid model extension");
  const modalityIds = new Set<string>(base.modalities.map((m) => m.id));
  const newModalities =
    add.modalities === undefined ? [] : readModalities(issues, ["modalities"], add.modalities, modalityIds, true);
  const allIds = [...base.modalities.map((m) => m.id as string), ...newModalities.map((m) => m.id)];
  const newIds = newModalities.map((m) => m.id);

  const baseDimensionIds = base.dimensions.map((d) => d.id as string);
  let extra: Record<string, unknown> = {};
  if (add.values !== undefined) {
    if (checkObject(issues, ["values"], add.values, new Set(baseDimensionIds))) extra = add.values;
  }
  const carried: Dimension[] = base.dimensions.map((dimension) => {
    const values: Record<string, string> = { ...(dimension.values as Record<string, string>) };
    if (newIds.length > 0) {
      const given = extra[dimension.id];
      const path = ["values", dimension.id];
      if (given === undefined) {
        for (const id of newIds) push(issues, [...path, id], "invalid_type", `Missing value for modality ${quoteValue(id)}`);
      } else {
        Object.assign(values, readValues(issues, path, given, newIds));
      }
    } else if (extra[dimension.id] !== undefined) {
      readValues(issues, ["values", dimension.id], extra[dimension.id], newIds);
    }
    return { id: dimension.id, label: dimension.label, values };
  });
  const newDimensions =
    add.dimensions === undefined
      ? []
      : readDimensions(issues, ["dimensions"], add.dimensions, allIds, new Set(baseDimensionIds), true);
  if (issues.length > 0) throw new ScopeConfigError(issues, "Invalid model extension");
  return deepFreeze({
    modalities: [...base.modalities.map((m) => ({ id: m.id as string, label: m.label })), ...newModalities],
    dimensions: [...carried, ...newDimensions],
  });
}

/**
 * The comparison of coaching and psychotherapy from the source text: two modalities and
 * twelve dimensions, in the source's order, with its words exactly. Deeply frozen.
 *
 * @example
 * ```ts
 * COMPARISON_MODEL.dimensions[0];
 * //=> { id: "relationship", label: "Relationship",
 * //     values: { coaching: "Co-active; peer-basis", psychotherapy: "Hierarchical; expert/client" } }
 * ```
 */
export const COMPARISON_MODEL: ComparisonModel<ModalityId, DimensionId> = /* @__PURE__ */ (() =>
  deepFreeze({
    modalities: SEED_MODALITIES.map(([id, label]) => ({ id, label })),
    dimensions: SEED_DIMENSIONS.map(([id, label, coaching, psychotherapy]) => ({
      id,
      label,
      values: { coaching, psychotherapy },
    })),
  }))();

/**
 * The built-in modality ids, in column order.
 *
 * @example
 * ```ts
 * MODALITY_IDS;
 * //=> ["coaching", "psychotherapy"]
 * ```
 */
export const MODALITY_IDS: readonly ModalityId[] = /* @__PURE__ */ Object.freeze(["coaching", "psychotherapy"]);

/**
 * The built-in dimension ids, in row order.
 *
 * @example
 * ```ts
 * DIMENSION_IDS.length;
 * //=> 12
 * ```
 */
export const DIMENSION_IDS: readonly DimensionId[] = /* @__PURE__ */ Object.freeze([
  "relationship",
  "clientState",
  "orientation",
  "timeFocus",
  "driver",
  "plan",
  "aim",
  "duration",
  "guidingQuestion",
  "selfEsteem",
  "issueLocus",
  "setting",
]);

/**
 * Looks up one dimension of a model by id.
 *
 * @param id - the dimension's id.
 * @param model - the model to search; the built-in {@link COMPARISON_MODEL} by default.
 * @throws {@link ScopeConfigError} when the model has no such dimension.
 *
 * @example
 * ```ts
 * getDimension("timeFocus").values.psychotherapy;
 * //=> "Focuses on dealing with the past"
 * ```
 */
export function getDimension<M extends string = ModalityId, D extends string = DimensionId>(
  id: D,
  model: ComparisonModel<M, D> = COMPARISON_MODEL as unknown as ComparisonModel<M, D>,
): Dimension<M, D> {
  const found = reading("Invalid comparison model", () => model.dimensions.find((d) => d.id === id));
  if (found === undefined) {
    throw new ScopeConfigError(
      [{ path: ["id"], code: "invalid_value", message: `Unknown dimension ${quoteValue(id)}` }],
      "Unknown dimension",
    );
  }
  return found;
}
