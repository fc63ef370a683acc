/**
 * `coaching-scope/crisis`: verified emergency numbers and crisis lines, for the moment an
 * assessment says `crisis`. Every entry names its source and the day it was checked; an app
 * can pass its own entries, which come first.
 *
 * @module
 */
import { checkObject, push, typeIssue, type Issues } from "../shared/check.js";
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
 * An emergency number or a crisis line, with where it was checked and when.
 *
 * @example
 * ```ts
 * const line: CrisisLine = {
 *   region: "US", kind: "crisis-line", name: "988 Suicide & Crisis Lifeline", number: "988",
 *   reach: ["call", "text"], hours: "24/7", source: "https://988lifeline.org/", verifiedOn: "2026-11-27",
 * };
 * ```
 */
export interface CrisisLine {
  /** ISO 3166-1 alpha-2 country code (`US`, `GB`), or `EU` for every EU member state. */
  readonly region: string;
  /** `emergency` (police, ambulance, fire) or `crisis-line` (listening and crisis support). */
  readonly kind: "emergency" | "crisis-line";
  /** The service's name. */
  readonly name: string;
  /** The number to call or text, as people dial it. */
  readonly number: string;
  /** How it is reached. */
  readonly reach: readonly CrisisReach[];
  /** The address, where `reach` includes `email`. */
  readonly email?: string;
  /** When it answers (`24/7`). */
  readonly hours: string;
  /** Anything else a person should know (other numbers, cost). */
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
 * //=> ["999", "116 123"]
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
} & LocalizeOptions;

const VERIFIED = "2026-11-27";

/**
 * The built-in entries: hand-verified against each service's own page, each with its source
 * and `verifiedOn` date. Deeply frozen.
 *
 * @example
 * ```ts
 * CRISIS_LINES.find((l) => l.number === "988")?.source;
 * //=> "https://988lifeline.org/"
 * ```
 */
export const CRISIS_LINES: readonly CrisisLine[] = /* @__PURE__ */ (() => {
  const samaritans = (region: string): CrisisLine => ({
    region,
    kind: "crisis-line",
    name: "Samaritans",
    number: "116 123",
    reach: ["call", "email"],
    email: "jo@samaritans.org",
    hours: "24/7",
    notes: "Free to call.",
    source: "https://www.samaritans.org/",
    verifiedOn: VERIFIED,
  });
  const lines: CrisisLine[] = [
    { region: "US", kind: "emergency", name: "Emergency services", number: "911", reach: ["call"], hours: "24/7", source: "https://www.911.gov/", verifiedOn: VERIFIED },
    {
      region: "US",
      kind: "crisis-line",
      name: "988 Suicide & Crisis Lifeline",
      number: "988",
      reach: ["call", "text"],
      hours: "24/7",
      notes: "Live since 16 July 2022.",
      source: "https://988lifeline.org/",
      verifiedOn: VERIFIED,
    },
    {
      region: "GB",
      kind: "emergency",
      name: "Emergency services",
      number: "999",
      reach: ["call"],
      hours: "24/7",
      notes: "NHS 111 for urgent needs that are not life-threatening.",
      source: "https://www.wmas.nhs.uk/",
      verifiedOn: VERIFIED,
    },
    samaritans("GB"),
    samaritans("IE"),
    {
      region: "EU",
      kind: "emergency",
      name: "European emergency number",
      number: "112",
      reach: ["call"],
      hours: "24/7",
      notes: "Free from fixed and mobile phones in every EU member state.",
      source: "https://ec.europa.eu/",
      verifiedOn: VERIFIED,
    },
    {
      region: "AU",
      kind: "emergency",
      name: "Triple Zero",
      number: "000",
      reach: ["call"],
      hours: "24/7",
      notes: "112 also works from mobiles; 106 is the text relay.",
      source: "https://www.triplezero.gov.au/",
      verifiedOn: VERIFIED,
    },
  ];
  return Object.freeze(lines.map((l) => Object.freeze({ ...l, reach: Object.freeze([...l.reach]) })));
})();

/** The EU's 27 member states (ISO 3166-1 alpha-2). */
const EU: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
]);
const REGION = /^(?:[A-Z]{2})$/;
const LINE_KEYS = /* @__PURE__ */ new Set(["region", "kind", "name", "number", "reach", "email", "hours", "notes", "source", "verifiedOn"]);
const REACH: readonly string[] = ["call", "text", "email"];

function text(issues: Issues, path: (string | number)[], value: unknown, optional = false): void {
  if (value === undefined && optional) return;
  if (typeof value !== "string" || value.trim() === "") typeIssue(issues, path, "non-empty string", value);
}

function checkLines(issues: Issues, lines: unknown): void {
  if (!Array.isArray(lines)) return typeIssue(issues, ["lines"], "array", lines);
  lines.forEach((line: unknown, i) => {
    const at = ["lines", i];
    if (!checkObject(issues, at, line, LINE_KEYS)) return;
    if (typeof line["region"] !== "string" || !(REGION.test(line["region"]) || line["region"] === "EU")) {
      push(issues, [...at, "region"], "invalid_value", `Expected an ISO 3166-1 alpha-2 code in capitals (US, GB) or EU, received ${JSON.stringify(line["region"])}`);
    }
    if (line["kind"] !== "emergency" && line["kind"] !== "crisis-line") push(issues, [...at, "kind"], "invalid_value", 'Expected "emergency" or "crisis-line"');
    for (const key of ["name", "number", "hours"] as const) text(issues, [...at, key], line[key]);
    for (const key of ["email", "notes"] as const) text(issues, [...at, key], line[key], true);
    const reach = line["reach"];
    if (!Array.isArray(reach) || reach.length === 0 || reach.some((r) => !REACH.includes(r as string))) {
      push(issues, [...at, "reach"], "invalid_value", 'Expected a non-empty list of "call", "text", "email"');
    } else if (reach.includes("email") && line["email"] === undefined) push(issues, [...at, "email"], "invalid_type", "A line reached by email needs its address");
    if (typeof line["source"] !== "string" || !/^https:\/\/\S+$/.test(line["source"])) {
      push(issues, [...at, "source"], "invalid_value", "Expected the https address of the page the entry was checked against");
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
 * @param options - the app's own entries (checked; they come first for their region) and
 *   localization options.
 * @throws `ScopeConfigError` (recognise it with `isScopeConfigError`) for a malformed region or an invalid entry, naming the path
 *   (`lines[0].verifiedOn`).
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
  const l = localizerFor(options, ["lines"], "Invalid crisis-line options", EN_CRISIS);
  const issues: Issues = [];
  const code = typeof region === "string" ? region.trim().toUpperCase() : "";
  if (!(REGION.test(code) || code === "EU")) {
    push(issues, ["region"], "invalid_value", `Expected an ISO 3166-1 alpha-2 code (US, GB, DE) or EU, received ${JSON.stringify(region)}`);
  }
  if (options?.lines !== undefined) checkLines(issues, options.lines);
  if (issues.length > 0) throw new ScopeConfigError(issues, "Invalid crisis-line request");

  const applies = (line: CrisisLine) => line.region === code || (line.region === "EU" && EU.has(code));
  const own = (options?.lines ?? []).filter(applies);
  const builtIn = CRISIS_LINES.filter((line) => applies(line) && !own.some((o) => o.number === line.number));
  const lines = [...own, ...builtIn].map((line) => ({
    ...line,
    labels: {
      kind: l.t(line.kind === "emergency" ? "crisis.kind.emergency" : "crisis.kind.crisis-line"),
      reach: line.reach.map((r) => l.t(`crisis.reach.${r}`)).join(", "),
    },
  }));
  return { region: code, instruction: l.t("crisis.instruction"), lines };
}
