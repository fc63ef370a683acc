/**
 * `coaching-scope/crisis`: verified emergency numbers and crisis lines, for the moment an
 * assessment calls for them (`showCrisisResources` in the core: a `crisis` level, any risk
 * reason, or a `crisis` worst case). Every entry names its source and the day it was checked;
 * an app can pass its own entries, which come first. Names and notes follow the locale.
 *
 * @module
 */
import { checkObject, push, typeIssue, unreadable, type Issues } from "../shared/check.js";
import { quoteValue } from "../shared/check.js";
import { CRISIS_LINE_IDS, type CrisisLineId } from "./ids.js";
import { ENTRIES } from "./lines.js";
import { ScopeConfigError } from "../shared/errors.js";
import { EN_CRISIS } from "../locales/en.js";
import { localizerFor } from "../i18n/localize.js";
import type { LocalizeOptions } from "../i18n/messages.js";

/**
 * How a line is reached.
 *
 * @example
 * ```ts
 * const reach: CrisisReach = "text";
 * ```
 */
export type CrisisReach = "call" | "text" | "email";

/**
 * Who a line is for: everyone (`general`), or children and young people (`youth`).
 *
 * @example
 * ```ts
 * const audience: CrisisAudience = "youth";
 * ```
 */
export type CrisisAudience = "general" | "youth";

export type { CrisisLineId } from "./ids.js";

/**
 * An emergency number or a crisis line, with where it was checked and when. The built-in ones
 * carry an `id` (their message keys `crisis.<id>.name` and `crisis.<id>.notes`); an app's own
 * entries may leave it out.
 *
 * @example
 * ```ts
 * const line: CrisisLine = {
 *   region: "US", kind: "crisis-line", audience: "general", name: "988 Suicide & Crisis Lifeline", number: "988",
 *   reach: ["call", "text"], hours: "24/7", source: "https://988lifeline.org/", verifiedOn: "2026-11-27",
 * };
 * ```
 */
export interface CrisisLine {
  /** The built-in entry's id (`us-988`); an app's own entry may give one. */
  readonly id?: string;
  /** ISO 3166-1 alpha-2 country code (`US`, `GB`), or `EU` for every EU member state. */
  readonly region: string;
  /** `emergency` (police, ambulance, fire) or `crisis-line` (listening and crisis support). */
  readonly kind: "emergency" | "crisis-line";
  /** Who it is for: everyone, or children and young people. Left out: `general`. */
  readonly audience?: CrisisAudience;
  /** The service's name (a built-in entry's comes from the locale). */
  readonly name: string;
  /** The number to call or text, as people dial it. */
  readonly number: string;
  /** How it is reached. */
  readonly reach: readonly CrisisReach[];
  /** The address, where `reach` includes `email`: replies are not immediate, so never for emergencies. */
  readonly email?: string;
  /** When it answers (`24/7`), where the source states it. */
  readonly hours?: string;
  /** Anything else a person should know (other numbers, cost, hours). */
  readonly notes?: string;
  /** The page the entry was checked against. */
  readonly source: string;
  /** The day it was checked (YYYY-MM-DD). Re-check every entry before each release. */
  readonly verifiedOn: string;
}

/**
 * What to show a person in crisis: an instruction that is never empty, and the lines for
 * their region, each with localized labels.
 *
 * @example
 * ```ts
 * const help: CrisisHelp = crisisLines("GB");
 * help.lines.map((l) => l.number);
 * //=> ["999", "111", "116 123"]
 * ```
 */
export interface CrisisHelp {
  /** The region asked for, in capitals. */
  readonly region: string;
  /** Call the local emergency number: shown whatever the region. */
  readonly instruction: string;
  /** The region's lines: the app's first, then the verified ones. Empty for a region without entries. */
  readonly lines: readonly (CrisisLine & {
    /** The line's kind and ways to reach it, in the locale. */
    readonly labels: CrisisLabels;
  })[];
}

/**
 * Localized labels of a line's kind and ways to reach it.
 *
 * @example
 * ```ts
 * const labels: CrisisLabels = { kind: "Crisis line", reach: "call, text" };
 * ```
 */
export interface CrisisLabels {
  /** "Emergency number" or "Crisis line". */
  readonly kind: string;
  /** The ways to reach it, joined: "call, text". */
  readonly reach: string;
  /** Where it is reached by email: that email is not for emergencies. */
  readonly email?: string;
}

/**
 * Options of {@link crisisLines}: the app's own entries, and localization.
 *
 * @example
 * ```ts
 * const options: CrisisOptions = { lines: [myLocalLine], locale: de };
 * ```
 */
export type CrisisOptions = {
  /** The app's own entries; validated. For a region they come before the built-in ones. */
  readonly lines?: readonly CrisisLine[];
  /**
   * Who the person is: `general` (default) lists the general lines; `youth` (a minor: see
   * `crisisAudience` in the core) lists the youth lines first, then the general ones.
   */
  readonly audience?: CrisisAudience;
} & LocalizeOptions;

/** The English messages of the built-in entries. */
const english = (key: string): string => (EN_CRISIS as Readonly<Record<string, string>>)[key]!;

/** A built-in entry with its name and notes in the locale. */
function localized(id: CrisisLineId, name: string, notes: string): CrisisLine {
  const e = ENTRIES[id];
  const line: Record<string, unknown> = { id, region: e.region, kind: e.kind, audience: e.audience, name, number: e.number, reach: Object.freeze([...e.reach]) };
  if (e.email !== undefined) line["email"] = e.email;
  if (e.hours !== undefined) line["hours"] = e.hours;
  line["notes"] = notes;
  line["source"] = e.source;
  line["verifiedOn"] = e.verifiedOn;
  return Object.freeze(line) as unknown as CrisisLine;
}

/**
 * The built-in entries, with their English names and notes: each checked against a stored copy
 * of its official source (the service's own page, or a government or EU page), with that
 * source and the `verifiedOn` date. docs/crisis.md lists them and the lines still wanted.
 * Deeply frozen.
 *
 * @example
 * ```ts
 * CRISIS_LINES.find((l) => l.id === "fr-3114")?.number;
 * //=> "3114"
 * ```
 */
export const CRISIS_LINES: readonly CrisisLine[] = /* @__PURE__ */ (() =>
  Object.freeze(CRISIS_LINE_IDS.map((id) => localized(id, english(`crisis.${id}.name`), english(`crisis.${id}.notes`)))))();

/** The EU's 27 member states (ISO 3166-1 alpha-2). */
const EU: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
]);
/** Every ISO 3166-1 alpha-2 code in use. */
const ISO_3166: ReadonlySet<string> = /* @__PURE__ */ new Set(
  (
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ " +
    "DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM " +
    "JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP " +
    "NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO " +
    "TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW"
  ).split(" "),
);
/** Codes people use that ISO 3166-1 does not: the code to use instead. */
const NOT_ISO: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({ UK: "GB", EL: "GR" });

/** The problem with a region code, in words; `undefined` for an ISO 3166-1 alpha-2 code or `EU`. */
function regionProblem(code: string, given: unknown): string | undefined {
  if (ISO_3166.has(code) || code === "EU") return undefined;
  const instead = Object.hasOwn(NOT_ISO, code) ? NOT_ISO[code] : undefined;
  if (instead !== undefined) return `${code} is not an ISO 3166-1 code: use ${instead}`;
  return `Expected an ISO 3166-1 alpha-2 code (US, GB, DE) or EU, received ${quoteValue(given)}`;
}

const LINE_KEYS = /* @__PURE__ */ new Set(["id", "region", "kind", "audience", "name", "number", "reach", "email", "hours", "notes", "source", "verifiedOn"]);
const REACH: readonly string[] = ["call", "text", "email"];
const AUDIENCES: readonly string[] = ["general", "youth"];

function text(issues: Issues, path: (string | number)[], value: unknown, optional = false): void {
  if (value === undefined && optional) return;
  if (typeof value !== "string" || value.trim() === "") typeIssue(issues, path, "non-empty string", value);
}

/** Plain copies of the app's entries, each field read once; an entry that cannot be read is an issue. */
function snapshotLines(issues: Issues, lines: unknown): unknown {
  try {
    if (!Array.isArray(lines)) return lines;
    const out: unknown[] = [];
    const length = lines.length;
    for (let i = 0; i < length; i++) {
      const line: unknown = lines[i];
      out.push(typeof line === "object" && line !== null && !Array.isArray(line) && Object.getPrototypeOf(line) === Object.prototype ? copyLine(line as Record<string, unknown>) : line);
    }
    return out;
  } catch (error) {
    unreadable(issues, ["lines"], error, "The lines");
    return [];
  }
}

/** One entry's own enumerable fields, copied (its `reach` list too). */
function copyLine(line: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(line)) {
    const value = line[key];
    copy[key] = key === "reach" && Array.isArray(value) ? Array.from(value) : value;
  }
  return copy;
}

function checkLines(issues: Issues, lines: unknown): void {
  if (!Array.isArray(lines)) return typeIssue(issues, ["lines"], "array", lines);
  lines.forEach((line: unknown, i) => {
    const at = ["lines", i];
    if (!checkObject(issues, at, line, LINE_KEYS)) return;
    const region = line["region"];
    const problem = typeof region === "string" ? regionProblem(region, region) : "Expected an ISO 3166-1 alpha-2 code in capitals (US, GB) or EU";
    if (problem !== undefined) push(issues, [...at, "region"], "invalid_value", problem);
    if (line["kind"] !== "emergency" && line["kind"] !== "crisis-line") push(issues, [...at, "kind"], "invalid_value", 'Expected "emergency" or "crisis-line"');
    if (line["audience"] !== undefined && !AUDIENCES.includes(line["audience"] as string)) push(issues, [...at, "audience"], "invalid_value", 'Expected "general" or "youth"');
    for (const key of ["name", "number"] as const) text(issues, [...at, key], line[key]);
    for (const key of ["id", "email", "hours", "notes"] as const) text(issues, [...at, key], line[key], true);
    const reach = line["reach"];
    if (!Array.isArray(reach) || reach.length === 0 || reach.some((r) => !REACH.includes(r as string))) {
      push(issues, [...at, "reach"], "invalid_value", 'Expected a non-empty list of "call", "text", "email"');
    } else if (reach.includes("email") && line["email"] === undefined) push(issues, [...at, "email"], "invalid_type", "A line reached by email needs its address");
    if (typeof line["source"] !== "string" || !/^https?:\/\/\S+$/.test(line["source"])) {
      push(issues, [...at, "source"], "invalid_value", "Expected the address (http or https) of the page the entry was checked against");
    }
    const day = line["verifiedOn"];
    if (typeof day !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) {
      push(issues, [...at, "verifiedOn"], "invalid_value", "Expected the day the entry was checked, as YYYY-MM-DD");
    }
  });
}

/**
 * The emergency numbers and crisis lines for a region, with a general instruction that is
 * never missing: for a region without entries, the answer is the instruction alone — never an
 * empty answer. EU member states get the EU's 112 besides their own entries.
 *
 * @param region - an ISO 3166-1 alpha-2 code (`US`, `gb`, `DE`) or `EU`.
 * @param options - the app's own entries (checked; they come first for their region), the
 *   `audience` (`youth` for a minor: youth lines first, then the general ones; default
 *   `general`: the general lines only) and localization options.
 * @throws `ScopeConfigError` (recognise it with `isScopeConfigError`) for a region that is not an ISO 3166-1 alpha-2
 *   code (`UK` names `GB`), an unknown audience or an invalid entry, naming the path (`lines[0].verifiedOn`).
 *
 * @example
 * ```ts
 * crisisLines("US").lines.map((l) => `${l.labels.kind}: ${l.number}`);
 * //=> ["Emergency number: 911", "Crisis line: 988"]
 * crisisLines("JP");
 * //=> { region: "JP", instruction: "If you or someone else is in danger now, call your local emergency number.", lines: [] }
 * ```
 */
export function crisisLines(region: string, options?: CrisisOptions): CrisisHelp {
  const l = localizerFor(options, ["lines", "audience"], "Invalid crisis-line options", EN_CRISIS);
  const issues: Issues = [];
  const code = typeof region === "string" ? region.trim().toUpperCase() : "";
  const problem = regionProblem(code, region);
  if (problem !== undefined) push(issues, ["region"], "invalid_value", problem);
  // The app's entries are read once, into plain copies: what was checked is what is returned.
  const given = l.options["lines"] === undefined ? undefined : snapshotLines(issues, l.options["lines"]);
  if (given !== undefined) {
    try {
      checkLines(issues, given);
    } catch (error) {
      unreadable(issues, ["lines"], error, "The lines");
    }
  }
  const audience = (l.options["audience"] ?? "general") as CrisisAudience;
  if (!AUDIENCES.includes(audience)) push(issues, ["audience"], "invalid_value", `Expected "general" or "youth", received ${quoteValue(audience)}`);
  if (issues.length > 0) throw new ScopeConfigError(issues, "Invalid crisis-line request");

  const applies = (line: { readonly region: string }) => line.region === code || (line.region === "EU" && EU.has(code));
  const audienceOf = (line: { readonly audience?: CrisisAudience }) => line.audience ?? "general";
  // A young person's lines first, then the general ones; an adult gets the general lines only.
  const audiences: readonly CrisisAudience[] = audience === "youth" ? ["youth", "general"] : ["general"];
  const own = ((given ?? []) as CrisisLine[]).filter(applies);
  // The region's own lines, then the EU's.
  const ids = [...CRISIS_LINE_IDS.filter((id) => ENTRIES[id].region === code), ...CRISIS_LINE_IDS.filter((id) => ENTRIES[id].region !== code && applies(ENTRIES[id]))];
  const chosen: CrisisLine[] = [];
  for (const who of audiences) {
    const mine = own.filter((o) => audienceOf(o) === who);
    chosen.push(...mine);
    for (const id of ids) {
      // A built-in entry is left out where the app's own chosen entry has its number.
      if (audienceOf(ENTRIES[id]) !== who || chosen.some((o) => o.number === ENTRIES[id].number)) continue;
      chosen.push(localized(id, l.t(`crisis.${id}.name`), l.t(`crisis.${id}.notes`)));
    }
  }
  const lines = chosen.map((line) => {
    const labels: { kind: string; reach: string; email?: string } = {
      kind: l.t(line.kind === "emergency" ? "crisis.kind.emergency" : "crisis.kind.crisis-line"),
      reach: line.reach.map((r) => l.t(`crisis.reach.${r}`)).join(", "),
    };
    if (line.reach.includes("email")) labels.email = l.t("crisis.email.notForEmergencies");
    return { ...line, labels };
  });
  return { region: code, instruction: l.t("crisis.instruction"), lines };
}
