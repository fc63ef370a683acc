/**
 * `coaching-scope/fhir`: reads instrument answers from a FHIR R4/R5 QuestionnaireResponse into a
 * `ScreeningInput` for `assessScope`, and fails closed.
 *
 * Items are recognised by their LOINC codes — in the Questionnaire's `item.code` or
 * `item.definition`, in the response's `item.definition`, in the `linkId` (`44250-9`,
 * `/44250-9`, path-style `/44249-1/44250-9`), or through the `codes` option — at any depth.
 * Answers are scored from LOINC answer codes, the Questionnaire's weights (checked against the
 * instrument's published item ranges), the answer's own weight, or `valueInteger`. Totals are
 * recomputed from the items. Whatever cannot be read for sure is unanswered (`null`), never 0.
 *
 * @module
 */
import type { ScreeningInput } from "../input/screening-input.js";
import type { Instrument } from "../instruments/registry.js";
import type { UnscoredItem } from "../instruments/define.js";
import { Budget, fail, field, FHIR_LIMITS, guard, isObject, list, object, OPTION_KEYS, show, text, walkItems, type Path } from "./data.js";
import { LOINC, optionsFor, readQuestionnaire, weightOf, type QItem, type QuestionnaireInfo } from "./questionnaire.js";
import { definitionCode, familyOf, libraryTables, linkIdCodes, referenceTarget, readNames, type CodeTables, type Target } from "./tables.js";
import { INTAKE_ANSWERS, INTAKE_URN, questionsById, type IntakeValue, type QuestionSpec } from "../intake/catalogue.js";

export { FHIR_LIMITS } from "./data.js";
export { codeTables, readNames } from "./tables.js";

/**
 * What the reader reports beside the input: anything it read differently from what the response
 * says, or could not read. An unreadable answer becomes an unanswered item, so a warning never
 * makes the result less cautious.
 *
 * @example
 * ```ts
 * const warning: FhirWarning = { code: "duplicate-answer", linkId: "/44260-8", path: ["item", 9], message: "Item \"/44260-8\" is answered more than once, differently (3, 0): it counts as unanswered" };
 * ```
 */
export interface FhirWarning {
  /** A stable code (see {@link FhirWarningCode}). */
  readonly code: FhirWarningCode;
  /** The `linkId` of the item the warning is about, where there is one. */
  readonly linkId?: string;
  /** Where in the response (`["item", 0, "item", 3]`), where the warning is about one place. */
  readonly path?: readonly (string | number)[];
  /** A sentence for logs and people. Text from the response is quoted, escaped and cut to 100 characters. */
  readonly message: string;
}

/**
 * The codes of {@link FhirWarning}:
 *
 * - `stored-total-differs`: a stored total disagrees with the answers; the answers are used.
 * - `stored-total-used`: no items of the instrument were found; its stored total is used.
 * - `stored-total-unused`: a stored total beside unanswered items; the items are asked instead.
 * - `answer-not-scored`: an answer could not be scored; the item is unanswered.
 * - `answer-declined`: an answer in the data-absent-reason code system; the item is unanswered.
 * - `duplicate-answer`: an item answered more than once, differently; it is unanswered.
 * - `conflicting-codes`: an item whose codes name different items; its answers count for each.
 * - `weights-out-of-range`: answer weights that are not the instrument's published item range; the item is unanswered.
 * - `scale-unknown`: a K10 or K6 (two published scales) whose scale cannot be told; its items are unanswered.
 * - `unknown-item`: an answered item that is not read.
 * - `ambiguous-short-form`: items that could be a shorter form were read as the full one.
 * - `response-in-progress`, `response-amended`: the response's `status`.
 *
 * @example
 * ```ts
 * const code: FhirWarningCode = "answer-declined";
 * ```
 */
export type FhirWarningCode =
  | "stored-total-differs"
  | "stored-total-used"
  | "answer-not-scored"
  | "answer-declined"
  | "duplicate-answer"
  | "conflicting-codes"
  | "stored-total-unused"
  | "weights-out-of-range"
  | "scale-unknown"
  | "unknown-item"
  | "ambiguous-short-form"
  | "response-in-progress"
  | "response-amended";

/**
 * Options of {@link fromQuestionnaireResponse}.
 *
 * @example
 * ```ts
 * const options: FhirOptions = { questionnaire, codes: { "H1/T1/Q1": "44250-9", "k1": "k10:1" }, scales: { k10: "0-4" } };
 * ```
 */
export interface FhirOptions {
  /**
   * The Questionnaire the response answers: supplies item codes (`item.code`,
   * `item.definition`) and answer weights (`ordinalValue`, `itemWeight`, or a contained
   * ValueSet's concepts), which must be one of the instrument's published item ranges.
   */
  readonly questionnaire?: unknown;
  /**
   * What items that carry no code stand for, by linkId: a LOINC code (`"44250-9"`), or an item
   * of an instrument by its number (`"k10:3"`), its total (`"k10:total"`) or its first question
   * (`"pcptsd5:exposure"`). Taken before any code the response or Questionnaire holds.
   */
  readonly codes?: Readonly<Record<string, string>>;
  /**
   * The scale of an instrument published on two (`{ k10: "0-4" }`, `{ who5: "percent" }` for a
   * stored total), where neither the Questionnaire nor the answers say it.
   */
  readonly scales?: Readonly<Record<string, string>>;
  /** Return an empty input, instead of throwing, when nothing in the response is recognised. */
  readonly allowEmpty?: boolean;
}

/**
 * One instrument read from the response: its id, how many of its items have an answer that was
 * read, and whether it was read from its items or from a stored total alone.
 *
 * @example
 * ```ts
 * const recognised: FhirRecognised = { instrument: "phq9", items: 9, source: "items" };
 * ```
 */
export interface FhirRecognised {
  /** The instrument's id (`phq9`). */
  readonly instrument: string;
  /** Items with an answer that was read (0 when read from a stored total). */
  readonly items: number;
  /** `items`: read from its items (a stored total only checked); `total`: from a stored total alone. */
  readonly source: "items" | "total";
}

/**
 * The result of {@link fromQuestionnaireResponse}: the input for `assessScope`, what was
 * recognised, and warnings.
 *
 * @example
 * ```ts
 * const { input, recognised, warnings }: FhirResult = fromQuestionnaireResponse(response);
 * ```
 */
export interface FhirResult {
  /** The instruments found (and `dailyFunctioningImpaired` from the PHQ-9's item 10), as a `ScreeningInput`. */
  readonly input: ScreeningInput;
  /** Each instrument read, in the library's order. */
  readonly recognised: readonly FhirRecognised[];
  /** The intake questions (`coaching-scope/intake`) other than instruments' whose answers were read, by id, in the response's order. */
  readonly questions: readonly string[];
  /** What was read differently from the response, or not read. */
  readonly warnings: readonly FhirWarning[];
}

const DATA_ABSENT = "http://terminology.hl7.org/CodeSystem/data-absent-reason";
const STATUSES = ["in-progress", "completed", "amended", "entered-in-error", "stopped"];

interface Options {
  readonly questionnaire: unknown;
  /** Each linkId's entry: what it stands for (`null`: a LOINC code the library does not read), and the code. */
  readonly codes: ReadonlyMap<string, { readonly target: Target | null; readonly code: string }>;
  readonly scales: ReadonlyMap<string, string>;
  readonly allowEmpty: boolean;
}

/** One answer: the object and where it is. */
interface RawAnswer {
  readonly value: Record<string, unknown>;
  readonly path: Path;
}

/** One item of the response. */
interface Node {
  readonly linkId: string;
  readonly path: Path;
  /** What it stands for: nothing the reader knows, one thing, or (its codes disagreeing) several. */
  readonly targets: readonly Target[];
  /** Its LOINC code, known or not (for messages). */
  readonly code: string | undefined;
  readonly answers: readonly RawAnswer[];
  readonly q: QItem | undefined;
  /** The LOINC codes of the groups a path-style linkId names (`/44249-1/…`). */
  readonly groups: readonly string[];
  /** The intake questions its `definition`s name (`urn:coaching-scope:intake:<id>`), other than instruments'. */
  readonly questions: readonly QuestionSpec[];
  /** Its definitions name two different intake questions: its answers are read for neither. */
  readonly conflict: boolean;
  /** The scale its answers are on, where an intake question says (an instrument's canonical scale). */
  readonly scale: string | undefined;
}

/** An answer read as a number on a scale (`undefined`: the answer alone does not say which). */
interface Scored {
  readonly value: number;
  readonly scale: string | undefined;
}

/**
 * Reads a FHIR QuestionnaireResponse (R4 or R5) into a `ScreeningInput` with the instrument
 * answers it holds, ready for `assessScope` — and fails closed: what cannot be read for sure is
 * unanswered (`null`), so the missing-answer rule applies, never 0.
 *
 * - Items are recognised by LOINC code in the Questionnaire's `item.code` or `item.definition`,
 *   the response's `item.definition`, the `linkId` (`/44250-9`, path-style
 *   `/44249-1/44250-9`), or the `codes` option; at any depth, walked without recursion within
 *   {@link FHIR_LIMITS}.
 * - Answers are scored from LOINC answer codes, the Questionnaire's weights (which must be one
 *   of the instrument's published item ranges, and name a K10's or K6's scale), the answer's
 *   own `ordinalValue`/`itemWeight`, or `valueInteger`.
 * - An item answered twice differently is unanswered (`duplicate-answer`); equal answers count
 *   once. Totals are recomputed; a stored total that differs gives a warning.
 * - The PHQ-9's item 10 answered "very" or "extremely difficult" sets
 *   `dailyFunctioningImpaired: true`.
 *
 * @throws `ScopeInputError` (recognise it with `isScopeInputError`), with a path into the
 *   resource, when the value is not a QuestionnaireResponse, is malformed, nests too deep or
 *   holds too much, has `status` `entered-in-error` or `stopped`, when an option is malformed,
 *   and when nothing in it is recognised (issue `params.reason` `"nothing-recognized"`) unless
 *   `allowEmpty` is set.
 *
 * @example
 * ```ts
 * import { assessScope } from "coaching-scope";
 * import { fromQuestionnaireResponse } from "coaching-scope/fhir";
 *
 * const { input, recognised } = fromQuestionnaireResponse(response, { questionnaire });
 * input.instruments?.phq9;
 * //=> { items: [2, 2, 2, 2, 1, 1, 2, 0, 0] }
 * recognised;
 * //=> [{ instrument: "phq9", items: 9, source: "items" }]
 * ```
 */
export function fromQuestionnaireResponse(response: unknown, options?: FhirOptions): FhirResult {
  return createFhirReader(options)(response);
}

/**
 * Checks the options and reads the Questionnaire once, and returns a reader that gives what
 * {@link fromQuestionnaireResponse} gives with those options: for many responses to one
 * Questionnaire (the command line reads NDJSON this way). The Questionnaire is read when the
 * reader is made; changing it afterwards changes nothing.
 *
 * @throws `ScopeInputError` when an option or the Questionnaire is malformed (before any response is read).
 *
 * @example
 * ```ts
 * const read = createFhirReader({ questionnaire });
 * read(response).recognised;
 * //=> [{ instrument: "phq9", items: 9, source: "items" }]
 * ```
 */
export function createFhirReader(options?: FhirOptions): (response: unknown) => FhirResult {
  const t = libraryTables();
  const opts = checkOptions(options, t);
  const q = readQuestionnaire(opts.questionnaire, t);
  // What each Questionnaire item's weights mean for an instrument, worked out once for all responses.
  const weighed: Weighed = new Map();
  return (response) => {
    const warnings: FhirWarning[] = [];
    const root = checkResponse(response, warnings);
    const budget = new Budget();
    const nodes = collect(root, t, q, opts, budget, warnings);
    return new Reader(nodes, t, q, opts, warnings, budget, weighed).read();
  };
}

function checkOptions(options: FhirOptions | undefined, t: CodeTables): Options {
  const none: Options = { questionnaire: undefined, codes: new Map(), scales: new Map(), allowEmpty: false };
  if (options === undefined) return none;
  const o = object(options, [], "options");
  const keys = guard([], () => Object.keys(o));
  const unknown = keys.filter((k) => !OPTION_KEYS.has(k));
  if (unknown.length > 0) fail([], `Unknown option ${show(unknown[0])}: expected questionnaire, codes, scales or allowEmpty`, "unrecognized_keys");
  const allowEmpty = field(o, "allowEmpty", []);
  if (allowEmpty !== undefined && typeof allowEmpty !== "boolean") fail(["allowEmpty"], "Expected allowEmpty to be true or false");
  return { questionnaire: field(o, "questionnaire", []), codes: codesOption(field(o, "codes", []), t), scales: scalesOption(field(o, "scales", []), t), allowEmpty: allowEmpty === true };
}

/** Each string-keyed entry of an option object, read safely. */
function entries(value: unknown, path: Path, what: string): [string, unknown][] {
  if (value === undefined) return [];
  const o = object(value, path, what);
  return guard(path, () => Object.keys(o)).map((k) => [k, field(o, k, path)]);
}

function codesOption(value: unknown, t: CodeTables): Options["codes"] {
  const codes = new Map<string, { target: Target | null; code: string }>();
  for (const [linkId, code] of entries(value, ["codes"], "codes")) {
    const target = typeof code === "string" ? referenceTarget(code, t) : undefined;
    if (target === undefined) {
      fail(["codes", linkId], `Expected a LOINC code such as "44250-9" or an item such as "k10:3", received ${show(code)}`, "invalid_value");
    }
    codes.set(linkId, { target, code: code as string });
  }
  return codes;
}

function scalesOption(value: unknown, t: CodeTables): ReadonlyMap<string, string> {
  const scales = new Map<string, string>();
  for (const [id, scale] of entries(value, ["scales"], "scales")) {
    const instrument = t.registry.byId.get(id);
    const known = [...(instrument?.itemScales ?? instrument?.totalScales ?? [])].map((s) => s.id);
    if (known.length === 0) fail(["scales", id], `${show(id)} is not an instrument published on more than one scale`, "invalid_value");
    if (typeof scale !== "string" || !known.includes(scale)) fail(["scales", id], `Expected one of ${known.map((s) => `"${s}"`).join(", ")}, received ${show(scale)}`, "invalid_value");
    scales.set(id, scale);
  }
  return scales;
}

function checkResponse(response: unknown, warnings: FhirWarning[]): Record<string, unknown> {
  const kind = isObject(response, []) ? field(response, "resourceType", []) : undefined;
  if (kind !== "QuestionnaireResponse") {
    fail([], `Expected a FHIR QuestionnaireResponse (resourceType "QuestionnaireResponse"), received ${isObject(response, []) ? show(kind ?? null) : typeof response}`);
  }
  const r = response as Record<string, unknown>;
  const status = field(r, "status", []);
  if (status === undefined || status === "completed") return r;
  if (typeof status !== "string" || !STATUSES.includes(status)) fail(["status"], `Expected status to be one of ${STATUSES.join(", ")}, received ${show(status)}`, "invalid_value");
  if (status === "entered-in-error" || status === "stopped") {
    fail(["status"], `The response's status is "${status}": ${status === "stopped" ? "it was abandoned, so its answers cannot be trusted" : "it was entered in error"}, and is not read`, "invalid_value");
  }
  warnings.push(
    status === "in-progress"
      ? { code: "response-in-progress", path: ["status"], message: "The response is in progress: its answers may change and some may be missing" }
      : { code: "response-amended", path: ["status"], message: "The response was amended after it was completed: these are its answers as amended" },
  );
  return r;
}

/**
 * What a node stands for: the `codes` option's entry, which the app chose, decides alone;
 * otherwise every code the Questionnaire's item, the `item.definition` and the linkId give. Codes
 * that name different things all count (the cautious reading), with a warning.
 */
function resolve(node: { linkId: string; path: Path; own: string | undefined }, definition: string | undefined, q: QItem | undefined, t: CodeTables, opts: Options, warnings: FhirWarning[], intake: QuestionSpec | undefined): { targets: Target[]; code: string | undefined } {
  const given = opts.codes.get(node.linkId);
  if (given !== undefined) return { targets: given.target === null ? [] : [given.target], code: given.code };
  const own = [...new Set([...(q?.codes ?? []), definitionCode(definition), node.own].filter((c): c is string => c !== undefined))];
  const named: [string, Target][] = own.filter((c) => t.codes.has(c)).map((c) => [c, t.codes.get(c)!]);
  // An intake question of an instrument names its item (and so its form) by reference.
  const i = intake?.instrument;
  const reference = i === undefined ? undefined : `${i.id}:${intake!.item === undefined ? i.gate! : intake!.item + 1}`;
  if (reference !== undefined) named.push([INTAKE_URN + intake!.id, referenceTarget(reference, t)!]);
  // The same item named twice (its LOINC code and its intake question) is one target: the one that names its form.
  const distinct = new Map<string, [string, Target]>();
  for (const entry of named) {
    const [, target] = entry;
    const key = target.kind === "item" ? target.base : target.kind === "unscored" ? target.item.code : `${target.kind}:${target.instrument.id}`;
    const seen = distinct.get(key);
    if (seen === undefined || (target.kind === "item" && target.named !== undefined)) distinct.set(key, entry);
  }
  if (distinct.size > 1) {
    const codes = [...distinct.values()].map(([c]) => c);
    warnings.push({ code: "conflicting-codes", linkId: node.linkId, path: node.path, message: `Item ${show(node.linkId)} has more than one code (${codes.join(", ")}): its answers count for each` });
  }
  return { targets: [...distinct.values()].map(([, target]) => target), code: named[0]?.[0] ?? own[0] };
}

/** The most severe of several answers to a question whose answers have an order of severity. */
function mostCautious(q: QuestionSpec, values: readonly IntakeValue[]): IntakeValue {
  const severe = q.severe!;
  if (q.type === "integer") return values.reduce((a, b) => (Math.abs((b as number) - (severe as number)) < Math.abs((a as number) - (severe as number)) ? b : a));
  if (q.type === "boolean") return values.includes(severe) ? severe : values[0]!;
  // A choice's values run from the least severe to the most.
  return values.reduce((a, b) => (q.values.indexOf(b) > q.values.indexOf(a) ? b : a));
}

/** The intake questions by id, built the first time a response names one (most name none). */
type IntakeLookup = (definition: string | undefined) => QuestionSpec | undefined;
function intakeLookup(): IntakeLookup {
  let byId: ReadonlyMap<string, QuestionSpec> | undefined;
  // The intake question an item's `definition` names (`urn:coaching-scope:intake:<id>`), if any.
  return (definition) => (definition?.startsWith(INTAKE_URN) === true ? (byId ??= questionsById()).get(definition.slice(INTAKE_URN.length)) : undefined);
}

/** Every item of the response, in document order, with what it stands for. */
function collect(root: Record<string, unknown>, t: CodeTables, q: QuestionnaireInfo, opts: Options, budget: Budget, warnings: FhirWarning[]): Node[] {
  const nodes: Node[] = [];
  const intake = intakeLookup();
  walkItems(root, [], budget, (item, linkId, path) => {
    const qItem = q.items.get(linkId);
    const { own, groups } = linkIdCodes(linkId);
    const definition = text(item, "definition", path);
    // The response's definition and the Questionnaire's: when they name different questions, neither is trusted.
    const named = [...new Set([intake(definition), intake(qItem?.definition)].filter((q): q is QuestionSpec => q !== undefined))];
    const conflict = named.length > 1;
    if (conflict) warnings.push({ code: "conflicting-codes", linkId, path, message: `Item ${show(linkId)} names more than one intake question (${named.map((q) => q.id).join(", ")}): its answers are read for none of them` });
    const asked = named.find((q) => q.instrument !== undefined) ?? named[0];
    const { targets, code } = resolve({ linkId, path, own }, definition, qItem, t, opts, warnings, asked);
    const answers: RawAnswer[] = [];
    const nested: [Record<string, unknown>, Path][] = [[item, path]];
    list(item, "answer", path, budget).forEach((a, j) => {
      const at = [...path, "answer", j];
      const value = object(a, at, "an answer");
      answers.push({ value, path: at });
      // R4 nests items under answers too.
      nested.push([value, at]);
    });
    const given = opts.codes.has(linkId);
    const questions = given ? [] : named.filter((q) => q.instrument === undefined);
    nodes.push({ linkId, path, targets, code, answers, q: qItem, groups, questions, conflict, scale: given ? undefined : asked?.instrument?.scale });
    return nested;
  });
  return nodes;
}

/** Reads the recognised nodes into instruments' answers, with warnings. */
class Reader {
  private readonly byBase = new Map<string, Node[]>();
  private readonly found = new Map<string, Set<string>>();
  private readonly named = new Map<string, Set<string>>();
  private readonly totals = new Map<string, Node[]>();
  private readonly gates = new Map<string, Node[]>();
  private readonly unscored: { node: Node; item: UnscoredItem }[] = [];
  private readonly unknown: Node[] = [];
  private readonly asked = new Map<string, Node[]>();
  private readonly instruments = new Map<string, Record<string, unknown>>();
  private readonly recognised = new Map<string, FhirRecognised>();
  /** Questionnaire items whose unusable weights this response's warnings already name. */
  private readonly reported = new Set<string>();

  constructor(
    nodes: readonly Node[],
    private readonly t: CodeTables,
    q: QuestionnaireInfo,
    private readonly opts: Options,
    private readonly warnings: FhirWarning[],
    private readonly budget: Budget,
    private readonly weighed: Weighed,
  ) {
    for (const p of q.panels) this.name(p);
    for (const node of nodes) this.sort(node);
  }

  private name(instrument: Instrument): void {
    const family = familyOf(this.t.base.get(instrument.id)![0]!);
    const set = this.named.get(family) ?? new Set<string>();
    set.add(instrument.id);
    this.named.set(family, set);
  }

  private sort(node: Node): void {
    for (const code of node.groups) {
      const group = this.t.codes.get(code);
      if (group?.kind === "panel") this.name(group.instrument);
    }
    for (const q of node.questions) add(this.asked, q.id, node);
    if (node.questions.length === 0 && node.targets.length === 0 && node.answers.length > 0) this.unknown.push(node);
    for (const target of node.targets) this.sortAs(node, target);
  }

  private sortAs(node: Node, target: Target): void {
    switch (target.kind) {
      case "panel":
        return this.name(target.instrument);
      case "total":
        this.name(target.instrument);
        return add(this.totals, target.instrument.id, node);
      case "gate":
        this.name(target.instrument);
        return add(this.gates, target.instrument.id, node);
      case "unscored":
        this.unscored.push({ node, item: target.item });
        return;
      case "item": {
        add(this.byBase, target.base, node);
        const set = this.found.get(target.family) ?? new Set<string>();
        set.add(target.base);
        this.found.set(target.family, set);
        const named = target.named === undefined ? undefined : this.t.registry.byId.get(target.named);
        if (named !== undefined) this.name(named);
      }
    }
  }

  read(): FhirResult {
    for (const [family, found] of this.found) this.readFamily(family, found);
    // An instrument whose first question alone was answered (the PC-PTSD-5's exposure).
    for (const id of this.gates.keys()) if (!this.instruments.has(id)) this.readItems(this.t.registry.byId.get(id)!);
    this.readTotalsAlone();
    const functioning = this.readUnscored();
    this.reportUnknown();
    const instruments: Record<string, unknown> = {};
    const recognised: FhirRecognised[] = [];
    for (const i of this.t.registry.instruments) {
      const answers = this.instruments.get(i.id);
      if (answers === undefined) continue;
      instruments[i.id] = answers;
      recognised.push(this.recognised.get(i.id)!);
    }
    const { values, questions } = this.readQuestions();
    if (recognised.length === 0 && questions.length === 0 && !this.opts.allowEmpty) {
      fail(
        [],
        `Nothing in the response was recognised: no item or stored total of ${readNames(this.t)}, and no intake question. Pass its Questionnaire or a codes mapping, or allowEmpty to accept an empty input.`,
        "custom",
        { reason: "nothing-recognized" },
      );
    }
    // The PHQ-9's item 10 saying so sets the field, whatever the intake's question says: the cautious reading.
    const input = { ...values, ...(recognised.length > 0 && { instruments }), ...functioning } as ScreeningInput;
    return { input, recognised, questions, warnings: this.warnings };
  }

  /**
   * The instrument a family's items are read as: the longest form the response names (by a
   * panel, a stored total or a reference) that holds every item found; else the longest that
   * holds them — the cautious reading, which leaves the others unanswered.
   */
  private readFamily(family: string, found: ReadonlySet<string>): void {
    const members = this.t.families.get(family)!;
    const named = this.named.get(family) ?? new Set<string>();
    const holds = members.filter((m) => [...found].every((b) => this.t.base.get(m.id)!.includes(b)));
    const longest = (list: readonly Instrument[]) => list.reduce<Instrument | undefined>((a, b) => (a === undefined || b.itemCount > a.itemCount ? b : a), undefined);
    const chosen = longest(holds.filter((m) => named.has(m.id))) ?? longest(holds.filter((m) => m.itemCodes !== undefined)) ?? members.find((m) => m.id === family) ?? members[0]!;
    if (!named.has(chosen.id)) this.ambiguity(chosen, found, holds);
    this.readItems(chosen);
    for (const member of members) this.checkTotals(member, chosen);
  }

  private ambiguity(chosen: Instrument, found: ReadonlySet<string>, holds: readonly Instrument[]): void {
    const shorter = holds.filter((m) => m.itemCount < chosen.itemCount && m.itemCodes !== undefined);
    if (shorter.length === 0) return;
    const base = this.t.base.get(chosen.id)!;
    const numbers = base.flatMap((b, i) => (found.has(b) ? [i + 1] : []));
    const items = numbers.length === 1 ? `item ${numbers[0]!}` : `items ${numbers.slice(0, -1).join(", ")} and ${numbers.at(-1)!}`;
    const names = shorter.map((s) => s.name).join(" or ");
    this.warnings.push({
      code: "ambiguous-short-form",
      message: `Only ${chosen.name} ${items} ${numbers.length === 1 ? "is" : "are"} there and nothing says this is a ${names}: it is read as a ${chosen.name} with ${chosen.itemCount - numbers.length} items unanswered. Pass the Questionnaire to read it as a ${names}.`,
    });
  }

  private readItems(instrument: Instrument): void {
    const base = this.t.base.get(instrument.id)!;
    const scored = base.map((b) => this.slot(this.byBase.get(b) ?? [], instrument));
    let scale: string | undefined;
    let items: (number | null)[];
    if (instrument.itemScales === undefined) {
      items = scored.map((s) => s?.value ?? null);
    } else {
      ({ scale, items } = this.itemScale(instrument, scored));
    }
    const answers: Record<string, unknown> = { ...this.gate(instrument, this.itemsAnswered(instrument)), items, ...(instrument.itemScales !== undefined && { scale: scale ?? instrument.scales[0]!.id }) };
    if (answers[instrument.gate ?? ""] === false) delete answers["items"];
    this.instruments.set(instrument.id, answers);
    this.recognised.set(instrument.id, { instrument: instrument.id, items: items.filter((a) => a !== null).length, source: "items" });
  }

  /**
   * The scale of a two-scale instrument's items: the one the Questionnaire's weights, the LOINC
   * answer codes or the `scales` option tell, if they agree; otherwise every item is unanswered.
   */
  private itemScale(instrument: Instrument, scored: readonly (Scored | null)[]): { scale: string | undefined; items: (number | null)[] } {
    const told = new Set(scored.flatMap((s) => (s?.scale === undefined ? [] : [s.scale])));
    const given = this.opts.scales.get(instrument.id);
    if (given !== undefined) told.add(given);
    const answered = scored.some((s) => s !== null);
    if (told.size !== 1) {
      if (answered) {
        this.warnings.push({
          code: "scale-unknown",
          message: `The ${instrument.name}'s items are published on ${instrument.scales.length} scales (${instrument.scales.map((s) => s.id).join(", ")}) and ${told.size === 0 ? "nothing says which one these answers use" : `the answers name more than one (${[...told].join(", ")})`}: every item counts as unanswered. Pass the Questionnaire with its weights, or the scales option.`,
        });
      }
      return { scale: undefined, items: scored.map(() => null) };
    }
    const scale = [...told][0]!;
    const range = instrument.scales.find((s) => s.id === scale)!.itemRange;
    const untold: number[] = [];
    const items = scored.map((s, i) => {
      if (s === null) return null;
      // An answer that does not say its scale is read on the one the scales option names, never
      // on one guessed from the other items.
      if (s.scale === undefined && given === undefined) {
        untold.push(i + 1);
        return null;
      }
      if (s.value >= range[0] && s.value <= range[1]) return s.value;
      const node = (this.byBase.get(this.t.base.get(instrument.id)![i]!) ?? [])[0];
      this.warnings.push({ code: "weights-out-of-range", ...where(node), message: `The ${instrument.name} answer ${s.value} to item ${i + 1} lies outside the ${scale} scale (${range[0]}–${range[1]}): it counts as unanswered` });
      return null;
    });
    if (untold.length > 0) {
      this.warnings.push({
        code: "scale-unknown",
        message: `Nothing says which scale the answer${untold.length > 1 ? "s" : ""} to ${instrument.name} item${untold.length > 1 ? "s" : ""} ${untold.join(", ")} ${untold.length > 1 ? "use" : "uses"} (the other items' weights are not theirs): ${untold.length > 1 ? "they count" : "it counts"} as unanswered. Pass the scales option.`,
      });
    }
    return { scale, items };
  }

  /**
   * The gate question's answer (`exposure`), where the instrument has one: `true` unless it is
   * answered `false` and nothing else of the instrument is answered at all (readable or not).
   */
  private gate(instrument: Instrument, othersAnswered: boolean): Record<string, boolean> {
    if (instrument.gate === undefined) return {};
    const answers = (this.gates.get(instrument.id) ?? []).flatMap((n) => n.answers.map((a) => field(a.value, "valueBoolean", a.path)));
    const closed = answers.length > 0 && answers.every((a) => a === false) && !othersAnswered;
    return { [instrument.gate]: !closed };
  }

  /** Whether any item or stored total of the instrument has an answer, readable or not. */
  private itemsAnswered(instrument: Instrument): boolean {
    const answered = (nodes: readonly Node[] | undefined) => (nodes ?? []).some((n) => n.answers.length > 0);
    return answered(this.totals.get(instrument.id)) || this.t.base.get(instrument.id)!.some((b) => answered(this.byBase.get(b)));
  }

  /** One item's answer from every node that answers it: equal answers count once, different ones make it unanswered. */
  private slot(nodes: readonly Node[], instrument: Instrument): Scored | null {
    const results: (Scored | null)[] = [];
    for (const node of nodes) {
      for (const answer of node.answers) {
        const scored = this.score(node, answer, instrument);
        // An intake question says its scale: the answers of its instrument's questions are on the canonical one.
        const fits = node.scale !== undefined && instrument.scales.some((x) => x.id === node.scale);
        results.push(scored !== null && scored.scale === undefined && fits ? { value: scored.value, scale: node.scale! } : scored);
      }
    }
    if (results.length === 0) return null;
    const first = results[0]!;
    if (results.every((r) => r !== null && first !== null && r.value === first.value && r.scale === first.scale)) return first;
    // Answers that were all unreadable have each been reported already.
    if (results.length > 1 && results.some((r) => r !== null)) {
      const node = nodes.find((n) => n.answers.length > 0)!;
      const values = results.slice(0, 5).map((r) => (r === null ? "unreadable" : String(r.value)));
      this.warnings.push({
        code: "duplicate-answer",
        ...where(node),
        message: `Item ${show(node.linkId)} is answered more than once, differently (${values.join(", ")}${results.length > 5 ? ", …" : ""}): it counts as unanswered`,
      });
    }
    return null;
  }

  /** One answer's score, or `null` (with a warning) when it cannot be read for sure. */
  private score(node: Node, answer: RawAnswer, instrument: Instrument): Scored | null {
    const { value: a, path } = answer;
    const raw = field(a, "valueCoding", path);
    const coding = raw === undefined ? undefined : object(raw, [...path, "valueCoding"], "valueCoding");
    const at = [...path, "valueCoding"];
    const system = coding === undefined ? undefined : text(coding, "system", at);
    const code = coding === undefined ? undefined : text(coding, "code", at);
    const canonical = instrument.scales[0]!;
    const notScored = (why: string): null => {
      this.warnings.push({ code: "answer-not-scored", linkId: node.linkId, path, message: `The ${instrument.name} answer to item ${show(node.linkId)} ${why}: it counts as unanswered` });
      return null;
    };
    if (system === DATA_ABSENT) {
      this.warnings.push({ code: "answer-declined", linkId: node.linkId, path, message: `Item ${show(node.linkId)} was not answered (${code === undefined ? "data absent" : show(code)}): it counts as unanswered` });
      return null;
    }
    // One answer holds one value: two (a coding and an integer) cannot both be the answer.
    const values = valueKeys(a, path);
    if (values.length > 1) return notScored(`holds more than one value (${values.slice(0, 4).map(show).join(", ")})`);
    const written = field(a, "valueInteger", path);
    // -0 is 0 (JSON can write it; the input refuses it).
    const integer = typeof written === "number" ? written + 0 : written;
    const own = this.ownWeight(a, path, coding);
    if (Number.isNaN(own)) return this.outOfRange(node, path, "gives the answer more than one weight");
    // The Questionnaire's weights, when it has any for this item, decide.
    if (node.q !== undefined && node.q.weights.length > 0) {
      const scale = this.questionnaireScale(node.q, instrument, node);
      if (scale === null) return null;
      const options = code === undefined ? [] : optionsFor(node.q, code).filter((o) => (o.system === undefined || system === undefined || o.system === system) && o.weight !== undefined);
      const weights = new Set(options.map((o) => o.weight));
      if (weights.size > 1) return notScored(`(${show(code)}) matches options weighted differently`);
      const weight = weights.size === 1 ? options[0]!.weight! : typeof integer === "number" && Number.isInteger(integer) && integer >= scale.itemRange[0] && integer <= scale.itemRange[1] ? integer : undefined;
      if (weight === undefined) return notScored(`(${describe(a, path)}) is not one of the Questionnaire's weighted options`);
      // An answer that carries a weight of its own must agree with the Questionnaire's.
      if (own !== undefined && own !== weight) return this.outOfRange(node, path, `carries the weight ${own}, where the Questionnaire weighs it ${weight}`);
      return { value: weight + 0, scale: scale.id };
    }
    // The intake's own answer code is the value, on the scale its question uses.
    const asked = node.scale === undefined ? undefined : instrument.scales.find((x) => x.id === node.scale);
    if (system === INTAKE_ANSWERS && asked !== undefined && code !== undefined && /^\d{1,3}$/.test(code) && Number(code) >= asked.itemRange[0] && Number(code) <= asked.itemRange[1]) {
      if (own !== undefined && own !== Number(code)) return this.outOfRange(node, path, `carries the weight ${own}, where its code says ${code}`);
      return { value: Number(code), scale: asked.id };
    }
    const answerCodes = this.t.answers.get(instrument.id);
    const loinc = code !== undefined && (system === LOINC || system === undefined) && answerCodes !== undefined && Object.hasOwn(answerCodes, code) ? answerCodes[code] : undefined;
    if (loinc !== undefined) {
      if (own !== undefined && own !== loinc) return this.outOfRange(node, path, `weights LOINC answer ${show(code)} as ${own}, which LOINC scores ${loinc}`);
      return { value: loinc, scale: canonical.id };
    }
    if (own !== undefined) {
      const fits = instrument.scales.filter((s) => Number.isInteger(own) && own >= s.itemRange[0] && own <= s.itemRange[1]);
      if (fits.length === 0) return this.outOfRange(node, path, `weighs the answer ${own}, outside the ${instrument.name}'s item range${instrument.scales.length > 1 ? "s" : ""} (${instrument.scales.map((s) => `${s.itemRange[0]}–${s.itemRange[1]}`).join(", ")})`);
      return { value: own + 0, scale: instrument.scales.length === 1 ? canonical.id : undefined };
    }
    if (integer !== undefined) {
      const fits = instrument.scales.some((s) => Number.isInteger(integer) && (integer as number) >= s.itemRange[0] && (integer as number) <= s.itemRange[1]);
      if (!fits) return notScored(`(${describe(a, path)}) cannot be scored ${instrument.scales.map((s) => `${s.itemRange[0]}–${s.itemRange[1]}`).join(" or ")}`);
      return { value: integer as number, scale: instrument.scales.length === 1 ? canonical.id : undefined };
    }
    const boolean = field(a, "valueBoolean", path);
    if (typeof boolean === "boolean" && canonical.itemRange[0] === 0 && canonical.itemRange[1] === 1) return { value: boolean ? 1 : 0, scale: canonical.id };
    return notScored(`(${describe(a, path)}) cannot be scored`);
  }

  /** The answer's own weight (on its coding, or on the answer): `NaN` when it is given twice differently. */
  private ownWeight(a: Record<string, unknown>, path: Path, coding: Record<string, unknown> | undefined): number | undefined {
    const onCoding = coding === undefined ? undefined : weightOf(coding, [...path, "valueCoding"], this.budget);
    const onAnswer = weightOf(a, path, this.budget);
    return onCoding === undefined ? onAnswer : onAnswer === undefined || onAnswer === onCoding ? onCoding : Number.NaN;
  }

  /**
   * The scale the Questionnaire's weights for an item are on, or `null` (reported once for the
   * item) when they are no published range or disagree with LOINC's scores.
   */
  private questionnaireScale(q: QItem, instrument: Instrument, node: Node): Instrument["scales"][number] | null {
    let byInstrument = this.weighed.get(q);
    if (byInstrument === undefined) this.weighed.set(q, (byInstrument = new Map()));
    let known = byInstrument.get(instrument.id);
    if (known === undefined) {
      const problem = weightsProblem(q, instrument, this.t.answers.get(instrument.id));
      known = problem === undefined ? { scale: scaleOfWeights(q.weights, instrument)!, problem } : { scale: null, problem };
      byInstrument.set(instrument.id, known);
    }
    if (known.problem !== undefined && !this.reported.has(`${node.linkId}\u0000${instrument.id}`)) {
      this.reported.add(`${node.linkId}\u0000${instrument.id}`);
      this.warnings.push({ code: "weights-out-of-range", ...where(node), message: `The Questionnaire ${known.problem} for item ${show(node.linkId)}: it counts as unanswered` });
    }
    return known.scale;
  }

  private outOfRange(node: Node, path: Path, problem: string): null {
    this.warnings.push({ code: "weights-out-of-range", linkId: node.linkId, path, message: `The answer to item ${show(node.linkId)} ${problem}: it counts as unanswered` });
    return null;
  }

  /** A member's stored totals beside the items read as `chosen`: checked against the answers, never used. */
  private checkTotals(member: Instrument, chosen: Instrument): void {
    const nodes = this.totals.get(member.id);
    if (nodes === undefined) return;
    this.totals.delete(member.id);
    const stored = this.storedTotal(member, nodes);
    if (stored === undefined) return;
    const answers = this.instruments.get(chosen.id)!;
    const chosenBase = this.t.base.get(chosen.id)!;
    const items = (answers["items"] as readonly (number | null)[] | undefined) ?? chosenBase.map(() => member.itemRange[0]);
    const scale = typeof answers["scale"] === "string" ? chosen.scales.find((s) => s.id === answers["scale"])! : chosen.scales[0]!;
    const own = this.t.base.get(member.id)!.map((b) => items[chosenBase.indexOf(b)] ?? null);
    const answered = own.filter((a): a is number => a !== null);
    const sum = answered.reduce((x, y) => x + y, 0);
    const missing = own.length - answered.length;
    const low = sum + missing * scale.itemRange[0];
    const high = sum + missing * scale.itemRange[1];
    // A total-only scale (the WHO-5's raw or percent) is the raw sum times its factor.
    const totalOnly = member.totalScales?.find((s) => s.id === stored.scale && s.itemRange === undefined);
    const value = totalOnly !== undefined ? stored.value / totalOnly.factor : stored.scale === undefined || stored.scale === scale.id ? stored.value : undefined;
    if (value !== undefined && value >= low && value <= high) {
      if (missing > 0) {
        this.warnings.push({
          code: "stored-total-unused",
          ...where(nodes[0]),
          message: `The stored ${member.name} total (${stored.value}) is not used: ${missing} of its items ${missing === 1 ? "is" : "are"} unanswered, and form engines often count those as 0. The items are asked instead.`,
        });
      }
      return;
    }
    this.warnings.push({
      code: "stored-total-differs",
      ...where(nodes[0]),
      message: `The stored ${member.name} total is ${stored.value}${stored.scale === undefined ? "" : ` (${stored.scale})`}; the answers ${missing === 0 ? `sum to ${sum}` : `allow ${low}–${high}`}${totalOnly !== undefined ? " as a raw total" : scale.id === member.scales[0]!.id && chosen.itemScales === undefined ? "" : ` on the ${scale.id} scale`}. The answers are used.`,
    });
  }

  /** A stored total's value and scale, read from every node that holds it; `undefined` (with a warning) when it cannot be. */
  private storedTotal(instrument: Instrument, nodes: readonly Node[]): { value: number; scale: string | undefined } | undefined {
    const values: unknown[] = [];
    for (const node of nodes) {
      for (const { value: a, path } of node.answers) {
        // One value an answer: a total written twice in one answer (or beside a coding) is not read.
        const keys = valueKeys(a, path);
        const quantity = field(a, "valueQuantity", path);
        const v = keys.length > 1 ? undefined : (field(a, "valueInteger", path) ?? field(a, "valueDecimal", path) ?? (quantity === undefined ? undefined : field(object(quantity, [...path, "valueQuantity"], "valueQuantity"), "value", [...path, "valueQuantity"])));
        values.push(typeof v === "number" ? v + 0 : v);
      }
    }
    if (values.length === 0) return undefined;
    const node = nodes.find((n) => n.answers.length > 0)!;
    if (!values.every((v) => v === values[0])) {
      this.warnings.push({ code: "duplicate-answer", ...where(node), message: `The stored ${instrument.name} total is given more than once, differently: it is not used` });
      return undefined;
    }
    const scales = instrument.totalScales;
    const scale = scales === undefined ? undefined : this.opts.scales.get(instrument.id);
    const named = scales?.find((s) => s.id === scale);
    const range = scales === undefined ? instrument.totalRange : named?.totalRange;
    const factor = named?.factor ?? 1;
    const v = values[0];
    // On a scale that multiplies the raw total (the WHO-5's percent), only multiples are totals.
    if (typeof v !== "number" || !Number.isInteger(v) || v % factor !== 0 || (range !== undefined && (v < range[0] || v > range[1]))) {
      const where = `${range === undefined ? "" : ` from ${range[0]} to ${range[1]}`}${factor === 1 ? "" : `, a multiple of ${factor}`}`;
      this.warnings.push({ code: "answer-not-scored", linkId: node.linkId, path: node.path, message: `The stored ${instrument.name} total of item ${show(node.linkId)} (${show(v)}) is not a whole number${where}: it was not read` });
      return undefined;
    }
    return { value: v, scale };
  }

  /** Totals with none of their family's items: the stored total is all there is. */
  private readTotalsAlone(): void {
    for (const [id, nodes] of this.totals) {
      const instrument = this.t.registry.byId.get(id)!;
      const stored = this.storedTotal(instrument, nodes);
      const node = nodes[0]!;
      if (stored !== undefined && instrument.totalScales !== undefined && stored.scale === undefined) {
        this.warnings.push({
          code: "scale-unknown",
          ...where(node),
          message: `The stored ${instrument.name} total is published on ${instrument.totalScales.length} scales (${instrument.totalScales.map((s) => s.id).join(", ")}) and nothing says which one this is: it is not read. Pass the scales option.`,
        });
      }
      if (stored === undefined || (instrument.totalScales !== undefined && stored.scale === undefined)) {
        // Recognised but unreadable: the instrument is there with every item unanswered, so it is asked again.
        if (nodes.some((n) => n.answers.length > 0)) this.unreadable(instrument);
        continue;
      }
      // A total is an answer beyond the first question: the gate is open.
      const answers = { ...this.gate(instrument, true), total: stored.value, ...(stored.scale !== undefined && { scale: stored.scale }) };
      this.instruments.set(id, answers);
      this.recognised.set(id, { instrument: id, items: 0, source: "total" });
      const risk = instrument.riskIndex === undefined ? "" : `; item ${instrument.riskIndex + 1}, the risk question, stays unknown`;
      this.warnings.push({ code: "stored-total-used", ...where(node), message: `No ${instrument.name} items were found, so the stored total (${stored.value}) is used${risk}` });
    }
  }

  private unreadable(instrument: Instrument): void {
    const items = Array.from({ length: instrument.itemCount }, () => null);
    this.instruments.set(instrument.id, { ...this.gate(instrument, true), items, ...(instrument.itemScales !== undefined && { scale: instrument.scales[0]!.id }) });
    this.recognised.set(instrument.id, { instrument: instrument.id, items: 0, source: "total" });
  }

  /** Unscored items that answer an input field (the PHQ-9's item 10). */
  private readUnscored(): Record<string, boolean> {
    const out: Record<string, boolean> = {};
    const byField = new Map<string, { node: Node; item: UnscoredItem }[]>();
    for (const u of this.unscored) add(byField, u.item.field, u);
    for (const [name, entries] of byField) {
      const answers = entries.flatMap(({ node, item }) =>
        node.answers.map(({ value: a, path }) => {
          const raw = field(a, "valueCoding", path);
          if (raw === undefined) return "unknown" as const;
          const coding = object(raw, [...path, "valueCoding"], "valueCoding");
          const system = text(coding, "system", [...path, "valueCoding"]);
          const code = text(coding, "code", [...path, "valueCoding"]);
          const loinc = (system === LOINC || system === undefined) && code !== undefined;
          if (loinc && item.trueFor.includes(code)) return "yes";
          if (loinc && item.answers.includes(code)) return "other";
          return "unknown";
        }),
      );
      if (answers.length === 0) continue;
      const node = entries.find((u) => u.node.answers.length > 0)!.node;
      if (answers.includes("unknown")) {
        this.warnings.push({ code: "answer-not-scored", ...where(node), message: `The answer to item ${show(node.linkId)} is not one of its LOINC answers: ${name} is not set from it` });
      }
      // Any answer that says so sets the field: the cautious reading of answers that disagree.
      if (answers.includes("yes")) out[name] = true;
      if (answers.length > 1 && answers.includes("yes") && !answers.every((a) => a === "yes")) {
        this.warnings.push({ code: "duplicate-answer", ...where(node), message: `Item ${show(node.linkId)} is answered more than once, differently: ${name} is set to true, the more cautious reading` });
      }
    }
    return out;
  }

  /**
   * The answers to the intake's own questions (`urn:coaching-scope:intake:<id>`), each checked
   * against its question and written at its path. Answers that differ make a question unanswered;
   * a `multiple` question takes every readable answer.
   */
  private readQuestions(): { values: Record<string, unknown>; questions: string[] } {
    const values: Record<string, unknown> = {};
    const questions: string[] = [];
    for (const [id, nodes] of this.asked) {
      const q = nodes[0]!.questions.find((x) => x.id === id)!;
      // `undefined`: declined; `null`: unreadable.
      const read = nodes.flatMap((node) => node.answers.map((a) => (node.conflict ? null : this.intakeAnswer(node, a, q)))).filter((v) => v !== undefined);
      const value = this.settle(q, read, nodes.find((n) => n.answers.length > 0));
      if (value === undefined) continue;
      let at = values;
      for (const key of q.path.slice(0, -1)) at = (at[key as string] ??= {}) as Record<string, unknown>;
      at[q.path.at(-1) as string] = value;
      questions.push(id);
    }
    return { values, questions };
  }

  /**
   * The value of a question from every answer read: equal answers count once; a `multiple`
   * question takes every readable one. Answers that differ, or cannot be read, make a required
   * question unanswered (it is asked again) and an optional one its most cautious answer (which
   * could be no answer is ever safer than one that says so); `undefined` when there is none.
   */
  private settle(q: QuestionSpec, read: readonly (IntakeValue | null)[], node: Node | undefined): unknown {
    const readable = read.filter((v): v is IntakeValue => v !== null);
    if (q.type === "multiple") return readable.length === 0 ? undefined : [...new Set(readable)];
    if (read.length === 0) return undefined;
    if (readable.length === read.length && readable.every((v) => v === readable[0])) return readable[0];
    const shown = read.slice(0, 5).map((v) => (v === null ? "unreadable" : String(v)));
    const severe = q.severe;
    if (q.required || severe === undefined) {
      if (readable.length > 0 && read.length > 1) this.warnings.push({ code: "duplicate-answer", ...where(node), message: `Item ${show(node!.linkId)} is answered more than once, differently (${shown.join(", ")}): it counts as unanswered` });
      return undefined;
    }
    // What could not be read could be the most severe answer.
    const value = readable.length < read.length ? severe : mostCautious(q, readable);
    const why = readable.length === read.length ? "has answers that differ" : read.length === 1 ? "has an answer that cannot be read" : "has answers that cannot all be read";
    this.warnings.push({ code: readable.length < read.length ? "answer-not-scored" : "duplicate-answer", ...where(node), message: `Item ${show(node!.linkId)} ${why} (${shown.join(", ")}): it is read as ${String(value)}, the more cautious answer` });
    return value;
  }

  /** One answer to an intake question: its value, `null` (with a warning) when it is not one of the question's answers, `undefined` when declined. */
  private intakeAnswer(node: Node, answer: RawAnswer, q: QuestionSpec): IntakeValue | null | undefined {
    const { value: a, path } = answer;
    const raw = field(a, "valueCoding", path);
    const coding = raw === undefined ? undefined : object(raw, [...path, "valueCoding"], "valueCoding");
    const system = coding === undefined ? undefined : text(coding, "system", [...path, "valueCoding"]);
    const code = coding === undefined ? undefined : text(coding, "code", [...path, "valueCoding"]);
    if (system === DATA_ABSENT) {
      this.warnings.push({ code: "answer-declined", linkId: node.linkId, path, message: `Item ${show(node.linkId)} was not answered (${code === undefined ? "data absent" : show(code)}): it counts as unanswered` });
      return undefined;
    }
    // A choice's code is the intake's own (or has no system): a LOINC or SNOMED code that spells a value is not it.
    if (coding !== undefined && system !== undefined && system !== INTAKE_ANSWERS) return this.notIntake(node, a, path);
    const keys = valueKeys(a, path);
    const v = keys.length !== 1 ? undefined : q.type === "boolean" ? field(a, "valueBoolean", path) : q.type === "integer" ? field(a, "valueInteger", path) : code;
    const value = typeof v === "number" ? v + 0 : v;
    const fits = q.type === "integer" ? Number.isInteger(value) && (value as number) >= q.min! && (value as number) <= q.max! : q.values.includes(value as IntakeValue);
    return fits ? (value as IntakeValue) : this.notIntake(node, a, path);
  }

  private notIntake(node: Node, a: Record<string, unknown>, path: Path): null {
    this.warnings.push({ code: "answer-not-scored", linkId: node.linkId, path, message: `The answer to item ${show(node.linkId)} (${describe(a, path)}) is not one of the intake question's answers` });
    return null;
  }

  private reportUnknown(): void {
    for (const node of this.unknown) {
      const why = node.code === undefined ? `is not an item of ${readNames(this.t)} (no LOINC code)` : `(LOINC ${node.code}) is not an item of ${readNames(this.t)}`;
      this.warnings.push({ code: "unknown-item", ...where(node), message: `Item ${show(node.linkId)} ${why}: it was not read` });
    }
  }
}

/** What each Questionnaire item's weights mean, by instrument: their scale, or why they cannot be used. */
type Weighed = Map<QItem, Map<string, { readonly scale: Instrument["scales"][number] | null; readonly problem: string | undefined }>>;

/** The published item scale whose range the weights are exactly, if any. */
function scaleOfWeights(weights: readonly number[], instrument: Instrument): Instrument["scales"][number] | undefined {
  return instrument.scales.find((s) => weights.length === s.itemRange[1] - s.itemRange[0] + 1 && weights[0] === s.itemRange[0] && weights.at(-1) === s.itemRange[1] && weights.every(Number.isInteger));
}

/** Why an item's Questionnaire weights cannot be used for the instrument, if they cannot. */
function weightsProblem(q: QItem, instrument: Instrument, answerCodes: Readonly<Record<string, number>> | undefined): string | undefined {
  const weights = q.weights;
  if (weights.some(Number.isNaN)) return "gives an answer more than one weight";
  const scale = scaleOfWeights(weights, instrument);
  if (scale === undefined) {
    const ranges = `${instrument.name}'s item range${instrument.scales.length > 1 ? "s" : ""} (${instrument.scales.map((s) => `${s.itemRange[0]}–${s.itemRange[1]}`).join(", ")})`;
    return `weighs its answers ${weights.slice(0, 8).join(", ")}${weights.length > 8 ? ", …" : ""}, which is not the ${ranges}`;
  }
  // A LOINC answer code means one answer: its weight must be LOINC's score, on this scale.
  for (const [code, score] of Object.entries(answerCodes ?? {})) {
    const expected = score - instrument.scales[0]!.itemRange[0] + scale.itemRange[0];
    const wrong = optionsFor(q, code).find((o) => o.weight !== undefined && (o.system === undefined || o.system === LOINC) && o.weight !== expected);
    if (wrong !== undefined) return `weighs LOINC answer ${show(code)} as ${wrong.weight!}, which LOINC scores ${expected}`;
  }
  return undefined;
}

/** The `value[x]` keys an answer holds (one answer holds one value). */
function valueKeys(a: Record<string, unknown>, path: Path): string[] {
  return guard(path, () => Object.keys(a)).filter((k) => /^value[A-Z]/.test(k));
}

function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function where(node: Node | undefined): { linkId?: string; path?: Path } {
  return node === undefined ? {} : { linkId: node.linkId, path: node.path };
}

/** An answer's value, for a message. */
function describe(a: Record<string, unknown>, path: Path): string {
  for (const key of ["valueCoding", "valueInteger", "valueDecimal", "valueString", "valueBoolean"]) {
    const v = field(a, key, path);
    if (v === undefined) continue;
    if (key !== "valueCoding" || !isObject(v, [...path, key])) return `${key} ${show(v)}`;
    const part = (name: string) => {
      const x = field(v, name, [...path, key]);
      return typeof x === "string" ? x : "";
    };
    return `${key} ${show(`${part("system")}|${part("code")}`)}`;
  }
  return "no value";
}
