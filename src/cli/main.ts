/**
 * The `coaching-scope` command line. `main` takes its arguments and streams, so tests run it
 * in-process; `bin.ts` wires it to the process.
 *
 * @internal
 * @module
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { actionKey, crisisAudience, referrals, showCrisisResources } from "../assess/action.js";
import { createScopeAssessor } from "../assess/assess.js";
import type { ScopeAssessment } from "../assess/result.js";
import { DISCLAIMER_IDS, getDisclaimer, type DisclaimerId } from "../model/disclaimers.js";
import { formatIssuePath, isScopeConfigError, isScopeInputError, type ScopeIssue } from "../shared/errors.js";
import { crisisLines, type CrisisHelp } from "../crisis/index.js";
import { createFhirReader, readNames } from "../fhir/index.js";
import { createLocalizer, type Localizer } from "../i18n/localize.js";
import { assessmentJson, ByteOutput, safeText, type Writable } from "./output.js";
import { JsonPrefix } from "./json-prefix.js";
import { de } from "../locales/de.js";
import { en } from "../locales/en.js";
import { es } from "../locales/es.js";
import { fr } from "../locales/fr.js";
import type { Locale } from "../i18n/messages.js";
import { buildComparisonTable, renderHtml, renderMarkdown, renderText } from "../table/table.js";
import assessmentSchema from "../generated/assessment.json";
import decisionRecordSchema from "../generated/decision-record.json";
import { compareAssessments, type AssessmentComparison } from "../over-time/compare.js";
import { INSTRUMENTS } from "../instruments/index.js";
import policyOverridesSchema from "../generated/policy-overrides.json";
import policySchema from "../generated/policy.json";
import screeningInputSchema from "../generated/screening-input.json";

/** @internal What the command line reads and writes. */
export interface CliIO {
  readonly stdin: AsyncIterable<Buffer | string> & { readonly isTTY?: boolean | undefined };
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Opens a file for reading; throws a Node error (ENOENT, …) when it cannot. */
  readonly readFile: (path: string) => AsyncIterable<Buffer | string>;
  /** Reads a whole small file (the policy). */
  readonly readText: (path: string) => Promise<string>;
  readonly version: string;
  /** Milliseconds, for the progress line. */
  readonly now: () => number;
  /** Told as soon as a record is found invalid: exit code 1 stands even if the output closes early. */
  readonly invalid?: () => void;
}

const LOCALES: Readonly<Record<string, Locale>> = { en, de, es, fr };
/** Every shipped JSON Schema, by the name of its file (`coaching-scope/schema/<name>.json`). */
const SCHEMAS: Readonly<Record<string, unknown>> = {
  "screening-input": screeningInputSchema,
  "policy-overrides": policyOverridesSchema,
  policy: policySchema,
  assessment: assessmentSchema,
  "decision-record": decisionRecordSchema,
};
const DEFAULT_MAX_LINE_BYTES = 1_048_576;

/** @internal The usage text. */
export const USAGE = `Usage: coaching-scope <command> [options]

Commands:
  table       Print the coaching/psychotherapy comparison table.
    --format markdown|html|text|json   Output format (default: text).
    --locale CODE                      en, de, es or fr (default: en).
    --modalities a,b                   Columns to show, in order (default: all).
    --dimensions a,b                   Rows to show, in order (default: all).
    --width N                          Line width for text (default: 80).
    Example: coaching-scope table --format markdown --locale de --dimensions aim,duration

  assess [FILE|-]  Screen one JSON object, or NDJSON (one object a line, one result a line).
    --policy FILE                      Policy overrides (JSON), checked before any input is read.
    --locale CODE                      Language of messages (default: en).
    --format json|text                 Output format (default: json).
    --max-line-bytes N                 Longest record accepted, in characters (default: 1048576).
    --fhir                             Each record is a FHIR QuestionnaireResponse (${readNames().replace(/^the /, "").replace(" or ", ", ")}).
    --questionnaire FILE               With --fhir: the Questionnaire, for item codes and answer scores.
    --codes FILE                       With --fhir: JSON mapping linkIds to LOINC codes or items ("k10:3"), for uncoded items.
    --scale ID=SCALE                   With --fhir: the scale of an instrument published on two (k10=0-4); repeatable.
    --region CODE                      Country (US, GB, DE, ...): with --format text, lists its crisis lines under a
                                       crisis, a risk reason or a crisis worst case (youth lines first for a minor).
    --as-of YYYY-MM-DD                 Today, for records with dates (answeredOn, risk.assessedOn); no clock is read.
    Example: coaching-scope assess intakes.ndjson --policy policy.json --format text --as-of 2026-11-30
    Example: coaching-scope assess response.json --fhir --questionnaire phq9.json --format text --region GB
    Exit codes: 0 all valid, 1 some input invalid, 2 usage error.

  compare BEFORE AFTER  Compare two results of one client (JSON files, earlier first): each instrument's change,
                   reliable or not, caseness, the level's move, and whether anything deteriorated.
    --format json|text                 Output format (default: json).
    Example: coaching-scope compare october.json november.json --format text
    Exit codes: 0 compared, 1 a file is not a result of this release, 2 usage error.

  schema [screening-input|policy-overrides|policy|assessment|decision-record]
                                     Print a JSON Schema (draft 2020-12; default: screening-input).
    Example: coaching-scope schema policy-overrides > policy-overrides.schema.json

  disclaimer [ID]  Print a disclaimer (notPsychotherapy, essentialDifference, complement; default: all).
    --locale CODE                      Language (default: en).
    Example: coaching-scope disclaimer notPsychotherapy --locale fr

  --help, -h       Show this help.
  --version, -v    Show the version.
`;

class UsageError extends Error {}

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await new Promise<void>((resolve) => out.once("drain", resolve));
}

function parse(args: string[], options: ParseArgsConfig["options"]) {
  try {
    return parseArgs({ args, options: options ?? {}, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function localeOf(code: string | undefined): Locale {
  const locale = LOCALES[code ?? "en"];
  if (locale === undefined || !Object.hasOwn(LOCALES, code ?? "en")) {
    throw new UsageError(`Unknown locale "${code}": expected one of ${Object.keys(LOCALES).join(", ")}`);
  }
  return locale;
}

function list(value: string | undefined): string[] | undefined {
  return value === undefined ? undefined : value.split(",").map((s) => s.trim()).filter((s) => s !== "");
}

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} takes a positive whole number, received "${value}"`);
  return n;
}

function issuesText(issues: readonly ScopeIssue[]): string {
  return issues.map((i) => `  ✖ ${i.message}\n    → at ${formatIssuePath(i.path)}`).join("\n");
}

async function table(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: "string" },
    locale: { type: "string" },
    modalities: { type: "string" },
    dimensions: { type: "string" },
    width: { type: "string" },
  });
  if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}"`);
  const format = values.format ?? "text";
  if (!["markdown", "html", "text", "json"].includes(format as string)) throw new UsageError(`Unknown format "${format}": expected markdown, html, text or json`);
  const locale = localeOf(values.locale as string | undefined);
  const modalities = list(values.modalities as string | undefined);
  const dimensions = list(values.dimensions as string | undefined);
  let built;
  try {
    built = buildComparisonTable({ locale, ...(modalities && { modalities }), ...(dimensions && { dimensions }) });
  } catch (error) {
    if (isScopeConfigError(error)) throw new UsageError(error.issues.map((i) => i.message).join("; "));
    throw error;
  }
  const width = integer("width", values.width as string | undefined, 80);
  const out =
    format === "markdown" ? renderMarkdown(built)
    : format === "html" ? `${renderHtml(built)}\n`
    : format === "json" ? `${JSON.stringify(built, null, 2)}\n`
    : renderText(built, { width: Math.max(20, width) });
  await write(io.stdout, out);
  return 0;
}

async function schema(args: string[], io: CliIO): Promise<number> {
  const { positionals } = parse(args, {});
  if (positionals.length > 1) throw new UsageError(`Unexpected argument "${positionals[1]}"`);
  const name = positionals[0] ?? "screening-input";
  if (!Object.hasOwn(SCHEMAS, name)) throw new UsageError(`Unknown schema "${name}": expected ${Object.keys(SCHEMAS).join(", ")}`);
  await write(io.stdout, `${JSON.stringify(SCHEMAS[name], null, 2)}\n`);
  return 0;
}

/** A comparison as lines a person reads (English, like the level names and paths in JSON). */
function comparisonText(c: AssessmentComparison): string {
  const words = (s: string) => s.replace(/-/g, " ");
  const lines = [`Level: ${c.level.before.toUpperCase()} → ${c.level.after.toUpperCase()} (${words(c.level.direction)})${c.deteriorated ? " — DETERIORATED" : ""}`];
  for (const [id, change] of Object.entries(c.instruments)) {
    const range = (r: { min: number; max: number }) => (r.min === r.max ? `${r.min}` : `${r.min}–${r.max}`);
    const delta = change.change === null ? "" : ` (${change.change > 0 ? "+" : ""}${change.change})`;
    const threshold = change.threshold === undefined ? "no reliable-change threshold" : `threshold ${change.threshold}`;
    const yes = (b: boolean | undefined) => (b === undefined ? "unknown" : b ? "yes" : "no");
    const info = INSTRUMENTS[id as keyof typeof INSTRUMENTS];
    const caseness = info.change?.caseness === undefined ? "" : `; case (${info.change.caseness} or ${info.direction === "higher-is-worse" ? "more" : "less"}): ${yes(change.casenessBefore)} → ${yes(change.casenessAfter)}`;
    lines.push(`  ${info.name}: ${range(change.before)} → ${range(change.after)}${delta}, ${words(change.classification)} (${threshold})${caseness}`);
  }
  if (!c.samePolicy) lines.push("  The results were made under different policies.");
  return `${lines.join("\n")}\n`;
}

async function compare(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, { format: { type: "string" } });
  if (positionals.length !== 2) throw new UsageError("compare takes two result files: BEFORE AFTER");
  const format = (values.format as string | undefined) ?? "json";
  if (format !== "json" && format !== "text") throw new UsageError(`Unknown format "${format}": expected json or text`);
  const [before, after] = [await readJson(io, positionals[0]!, "result"), await readJson(io, positionals[1]!, "result")];
  let comparison: AssessmentComparison;
  try {
    comparison = compareAssessments(before as never, after as never);
  } catch (error) {
    if (!isScopeInputError(error)) throw error;
    await write(io.stdout, safeText(format === "json" ? `${JSON.stringify({ error: errorJson(error) })}\n` : `Invalid results\n${issuesText(error.issues)}\n`));
    return 1;
  }
  await write(io.stdout, safeText(format === "json" ? `${JSON.stringify(comparison, null, 2)}\n` : comparisonText(comparison)));
  return 0;
}

async function disclaimer(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, { locale: { type: "string" } });
  if (positionals.length > 1) throw new UsageError(`Unexpected argument "${positionals[1]}"`);
  const locale = localeOf(values.locale as string | undefined);
  const id = positionals[0];
  if (id !== undefined && !(DISCLAIMER_IDS as readonly string[]).includes(id)) {
    throw new UsageError(`Unknown disclaimer "${id}": expected one of ${DISCLAIMER_IDS.join(", ")}`);
  }
  const ids = id === undefined ? DISCLAIMER_IDS : [id as DisclaimerId];
  await write(io.stdout, `${ids.map((d) => getDisclaimer(d, { locale })).join("\n\n")}\n`);
  return 0;
}

/**
 * Splits a stream into lines as chunks arrive, refusing (without keeping) any line longer than
 * `max` characters: memory stays bounded by the chunk size and `max`, whatever the input.
 */
class LineSplitter {
  private readonly decoder = new TextDecoder();
  private pending = "";
  /** Characters of the current line already dropped for being too long. */
  private dropped = 0;

  constructor(private readonly max: number) {}

  /** Calls `line` for every line the chunk completes: its text, or the length of a refused one. */
  push(chunk: Buffer | string, line: (text: string, tooLong: number) => void): void {
    const text = typeof chunk === "string" ? chunk : this.decoder.decode(chunk, { stream: true });
    let start = 0;
    let newline = text.indexOf("\n");
    while (newline !== -1) {
      const length = this.dropped + this.pending.length + newline - start;
      if (length > this.max) line("", length);
      else line(this.pending + text.slice(start, newline), 0);
      this.pending = "";
      this.dropped = 0;
      start = newline + 1;
      newline = text.indexOf("\n", start);
    }
    const rest = text.length - start;
    if (this.dropped > 0 || this.pending.length + rest > this.max) {
      this.dropped += this.pending.length + rest;
      this.pending = "";
    } else if (rest > 0) this.pending += text.slice(start);
  }

  /** Calls `line` for the last line, if the input did not end with a newline. */
  end(line: (text: string, tooLong: number) => void): void {
    this.push(this.decoder.decode(), () => undefined);
    if (this.dropped > 0) line("", this.dropped);
    else if (this.pending !== "") line(this.pending, 0);
  }
}

async function readJson(io: CliIO, path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await io.readText(path);
  } catch (error) {
    throw new UsageError(`Cannot read the ${what} file "${path}": ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`The ${what} file "${path}" is not JSON: ${(error as Error).message}`);
  }
}

function errorJson(error: unknown): Record<string, unknown> {
  if (isScopeInputError(error) || isScopeConfigError(error)) {
    return { name: error.name, code: error.code, message: error.message, issues: error.issues };
  }
  return { name: "SyntaxError", code: "INVALID_JSON", message: (error as Error).message, issues: [] };
}

/** What `assess` needs for a run: the options read, the assessor, and the input. */
interface AssessRun {
  readonly format: "json" | "text";
  readonly maxBytes: number;
  readonly assess: (value: unknown, lineNo: number) => ScopeAssessment;
  /** A result as text: titled with its record's line number, when there are several records. */
  readonly text: (result: ScopeAssessment, lineNo?: number) => string;
  /** The run's labels, in its locale. */
  readonly t: Localizer["t"];
  readonly source: AsyncIterable<Buffer | string>;
}

function assessorFor(locale: Locale, policy: unknown, file: unknown, asOf: string | undefined): ReturnType<typeof createScopeAssessor> {
  try {
    return createScopeAssessor({ locale, ...(policy !== undefined && { policy: policy as never }), ...(asOf !== undefined && { asOf }) });
  } catch (error) {
    if (isScopeConfigError(error)) {
      if (error.issues[0]?.path[0] === "asOf") throw new UsageError(`Invalid --as-of "${String(asOf)}": expected a date YYYY-MM-DD that exists`);
      throw new UsageError(`Invalid policy file "${String(file)}":\n${issuesText(error.issues)}`);
    }
    throw error;
  }
}

/**
 * With --fhir, a record is a QuestionnaireResponse: what was recognised and its warnings go to
 * standard error; a response that is rejected (malformed, entered in error, nothing recognised)
 * is an error line, like any invalid record.
 */
async function fhirReader(io: CliIO, values: Record<string, unknown>): Promise<(value: unknown, lineNo: number) => unknown> {
  if (values["fhir"] !== true) {
    for (const flag of ["questionnaire", "codes", "scale"]) if (values[flag] !== undefined) throw new UsageError(`--${flag} goes with --fhir`);
    return (value) => value;
  }
  const questionnaire = values["questionnaire"] === undefined ? undefined : await readJson(io, values["questionnaire"] as string, "questionnaire");
  const codes = values["codes"] === undefined ? undefined : await readJson(io, values["codes"] as string, "codes");
  const scales: Record<string, string> = {};
  for (const pair of (values["scale"] as string[] | undefined) ?? []) {
    const [id, scale, ...rest] = pair.split("=");
    if (scale === undefined || rest.length > 0) throw new UsageError(`Invalid --scale "${pair}": expected ID=SCALE, such as k10=0-4`);
    scales[id!] = scale;
  }
  const options = {
    ...(questionnaire !== undefined && { questionnaire }),
    ...(codes !== undefined && { codes: codes as Record<string, string> }),
    ...(Object.keys(scales).length > 0 && { scales }),
  };
  // The options and the Questionnaire are checked, and read once, before any input is read.
  let reader: ReturnType<typeof createFhirReader>;
  try {
    reader = createFhirReader(options);
  } catch (error) {
    if (isScopeInputError(error)) throw new UsageError(`Invalid FHIR options:\n${issuesText(error.issues)}`);
    throw error;
  }
  return (value, lineNo) => {
    const { input, recognised, warnings } = reader(value);
    const read = recognised.map((r) => `${r.instrument} (${r.source === "items" ? `${r.items} item${r.items === 1 ? "" : "s"} answered` : "stored total"})`);
    io.stderr.write(safeText(`line ${lineNo}: FHIR recognised ${read.join(", ")}\n`));
    for (const w of warnings) io.stderr.write(safeText(`line ${lineNo}: FHIR warning (${w.code}): ${w.message}\n`));
    return input;
  };
}

/** The crisis lines of the region, for adults and for young people (checked before any input is read). */
function crisisHelp(region: unknown, locale: Locale): { readonly general: CrisisHelp; readonly youth: CrisisHelp } | undefined {
  if (region === undefined) return undefined;
  try {
    return { general: crisisLines(region as string, { locale }), youth: crisisLines(region as string, { locale, audience: "youth" }) };
  } catch (error) {
    if (isScopeConfigError(error)) throw new UsageError(`Invalid --region "${String(region)}": ${error.issues[0]?.message ?? "expected a country code such as US, GB or DE"}`);
    throw error;
  }
}

function inputSource(io: CliIO, file: string | undefined): AsyncIterable<Buffer | string> {
  if (file === undefined || file === "-") {
    if (io.stdin.isTTY === true) throw new UsageError("assess reads JSON from a file or standard input: give a FILE, or pipe the input in");
    return io.stdin;
  }
  try {
    return io.readFile(file);
  } catch (error) {
    throw new UsageError(`Cannot read "${file}": ${(error as Error).message}`);
  }
}

/** A readable summary of one result. */
function resultText(t: Localizer["t"], help: { readonly general: CrisisHelp; readonly youth: CrisisHelp } | undefined): (result: ScopeAssessment, lineNo?: number) => string {
  return (result, lineNo) => {
    const title = lineNo === undefined ? "" : `${t("cli.record", { line: lineNo })}: `;
    const parts = [`${title}${result.level.toUpperCase()} — ${t(`level.${result.level}`)}`, `  ${t(actionKey(result))}`];
    const to = referrals(result);
    if (to.length > 0) parts.push(`  → ${to.map((r) => `${t(`referTo.${r.to}`)}${r.urgent ? " (!)" : ""}`).join("; ")}`);
    for (const r of result.reasons) parts.push(`  - [${r.level}] ${r.message}`);
    // Items as people count them: `instruments.phq9 item 6`, not `items[5]`.
    if (result.missing.length > 0) {
      parts.push(`  ${t("cli.askNext")}: ${result.missing.map((p) => p.replace(/\.items\[(\d+)\]$/, (_, n: string) => ` ${t("cli.item", { number: Number(n) + 1 })}`)).join(", ")}`);
    }
    // Shown for a crisis, any risk reason, and a crisis worst case; a minor's youth lines first.
    if (showCrisisResources(result)) {
      const lines = help?.[crisisAudience(result)];
      parts.push(`  ${lines?.instruction ?? t("crisis.instruction")}`);
      for (const line of lines?.lines ?? []) {
        const when = line.hours === undefined ? "" : `, ${line.hours}`;
        const email = line.email === undefined ? "" : ` (${line.email}: ${line.labels.email})`;
        parts.push(`    ${line.labels.kind}: ${line.name}, ${line.number}${email} — ${line.labels.reach}${when}${line.notes === undefined ? "" : `. ${line.notes}`}`);
      }
    }
    parts.push(`  ${result.disclaimer}`);
    return `${parts.join("\n")}\n`;
  };
}

async function assessRun(args: string[], io: CliIO): Promise<AssessRun> {
  const { values, positionals } = parse(args, {
    policy: { type: "string" },
    locale: { type: "string" },
    format: { type: "string" },
    "max-line-bytes": { type: "string" },
    fhir: { type: "boolean" },
    questionnaire: { type: "string" },
    codes: { type: "string" },
    scale: { type: "string", multiple: true },
    region: { type: "string" },
    "as-of": { type: "string" },
  });
  if (positionals.length > 1) throw new UsageError(`Unexpected argument "${positionals[1]}"`);
  const format = (values.format as string | undefined) ?? "json";
  if (format !== "json" && format !== "text") throw new UsageError(`Unknown format "${format}": expected json or text`);
  const locale = localeOf(values.locale as string | undefined);
  const maxBytes = integer("max-line-bytes", values["max-line-bytes"] as string | undefined, DEFAULT_MAX_LINE_BYTES);
  // The policy is checked before any input is read.
  const policy = values.policy === undefined ? undefined : await readJson(io, values.policy as string, "policy");
  const assessor = assessorFor(locale, policy, values.policy, values["as-of"] as string | undefined);
  const toInput = await fhirReader(io, values);
  const help = crisisHelp(values.region, locale);
  const source = inputSource(io, positionals[0]);
  const { t } = createLocalizer({ locale });
  return { format, maxBytes, assess: (value, lineNo) => assessor(toInput(value, lineNo) as never), text: resultText(t, help), t, source };
}

/**
 * The NDJSON records of one run, line by line; or one JSON document over several lines. When the
 * first record is not a whole JSON value, the lines are held while they can still be one JSON
 * document; as soon as they cannot, each stands alone (the first an error line), so a broken
 * first line never swallows the records after it.
 */
class Records {
  failed = false;
  private count = 0;
  private lineNo = 0;
  /** Set at the end when the whole input is one JSON document over several lines. */
  documentText: string | undefined;
  /** Where that document starts. */
  documentLine = 1;
  /** Lines held while they can still be one JSON document. */
  private held: { readonly prefix: JsonPrefix; readonly lines: { lineNo: number; text: string }[]; length: number } | undefined;
  private readonly json = assessmentJson();
  private readonly started: number;
  private shown: number;

  constructor(
    private readonly run: AssessRun,
    private readonly io: CliIO,
    private readonly output: ByteOutput,
  ) {
    this.started = this.shown = io.now();
  }

  /** One line of input: its text, or the length of a line over the limit. */
  readonly handle = (text: string, tooLong: number): void => {
    this.lineNo++;
    const held = this.held;
    if (held !== undefined) {
      // A line over the limit inside what can still be one document: the document is too long.
      if (tooLong > 0) throw new UsageError(`The input document is longer than --max-line-bytes (${this.run.maxBytes} characters)`);
      if (held.prefix.feed(`\n${text}`)) {
        held.lines.push({ lineNo: this.lineNo, text });
        held.length += text.length + 1;
        if (held.length > this.run.maxBytes) throw new UsageError(`The input document is longer than --max-line-bytes (${this.run.maxBytes} characters)`);
        return;
      }
      // Not one JSON document: every line stands alone.
      this.release();
    }
    if (tooLong > 0) return this.refuse(tooLong);
    const trimmed = text.trim();
    if (trimmed === "") return;
    if (this.count === 0 && !parses(trimmed)) {
      const prefix = new JsonPrefix();
      if (prefix.feed(text)) {
        this.held = { prefix, lines: [{ lineNo: this.lineNo, text }], length: text.length };
        return;
      }
    }
    this.line(trimmed, this.lineNo);
  };

  private fail(): void {
    if (!this.failed) this.io.invalid?.();
    this.failed = true;
  }

  /** At the end of the input: the held lines are one JSON document, or each a record. */
  finish(): void {
    const held = this.held;
    if (held === undefined) return;
    if (!held.prefix.complete) return this.release();
    this.held = undefined;
    this.documentText = held.lines.map((l) => l.text).join("\n");
    this.documentLine = held.lines[0]!.lineNo;
  }

  /** The held lines, each as a record of its own. */
  private release(): void {
    const lines = this.held?.lines ?? [];
    this.held = undefined;
    for (const { lineNo, text } of lines) {
      const trimmed = text.trim();
      if (trimmed !== "") this.line(trimmed, lineNo);
    }
  }

  private line(trimmed: string, lineNo: number): void {
    this.count++;
    this.record(trimmed, lineNo);
    this.progress();
  }

  private refuse(length: number): void {
    this.fail();
    const error = { name: "RangeError", code: "RECORD_TOO_LARGE", message: `Line ${this.lineNo} is ${length} characters long, over the limit of ${this.run.maxBytes} (--max-line-bytes); it was skipped`, issues: [] };
    this.output.add(this.run.format === "json" ? `${JSON.stringify({ line: this.lineNo, error })}\n` : `${this.run.t("cli.record", { line: this.lineNo })}: ${error.message}\n\n`);
  }

  private record(text: string, lineNo: number): void {
    try {
      const result = this.run.assess(JSON.parse(text), lineNo);
      this.output.add(this.run.format === "json" ? this.json(result) : `${this.run.text(result, lineNo)}\n`);
    } catch (error) {
      if (!(isScopeInputError(error) || error instanceof SyntaxError)) throw error;
      this.fail();
      this.output.add(
        this.run.format === "json"
          ? `${JSON.stringify({ line: lineNo, error: errorJson(error) })}\n`
          : `${this.run.t("cli.record", { line: lineNo })}: ${this.run.t("cli.invalidInput")}\n${isScopeInputError(error) ? issuesText(error.issues) : `  ✖ ${(error as Error).message}`}\n\n`,
      );
    }
  }

  private progress(): void {
    if (this.io.stderr.isTTY !== true || (this.count & 1023) !== 0) return;
    const now = this.io.now();
    if (now - this.shown < 500) return;
    this.shown = now;
    const rate = Math.round((this.count * 1000) / Math.max(1, now - this.started));
    this.io.stderr.write(`\r${this.count.toLocaleString("en")} records, ${rate.toLocaleString("en")}/s`);
  }

  /** Clears the progress line at the end of a long run on a terminal. */
  done(): void {
    if (this.io.stderr.isTTY === true && this.count >= 1024) this.io.stderr.write(`\r${this.count.toLocaleString("en")} records${" ".repeat(24)}\n`);
  }
}

/** Whether a text is one JSON value. */
function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** One JSON document over several lines: one result, pretty-printed. */
async function assessDocument(run: AssessRun, io: CliIO, text: string, line: number, failed: boolean): Promise<number> {
  const fail = async (json: unknown, plain: string): Promise<number> => {
    await write(io.stdout, safeText(run.format === "json" ? `${JSON.stringify({ line, error: json }, null, 2)}\n` : plain));
    return 1;
  };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(errorJson(error), `Invalid input\n  ✖ ${(error as Error).message}\n`);
  }
  try {
    const result = run.assess(value, line);
    await write(io.stdout, safeText(run.format === "json" ? `${JSON.stringify(result, null, 2)}\n` : run.text(result)));
    return failed ? 1 : 0;
  } catch (error) {
    if (!isScopeInputError(error)) throw error;
    return fail(errorJson(error), `Invalid input\n${issuesText(error.issues)}\n`);
  }
}

async function assess(args: string[], io: CliIO): Promise<number> {
  const run = await assessRun(args, io);
  const output = new ByteOutput(io.stdout);
  const records = new Records(run, io, output);
  const splitter = new LineSplitter(run.maxBytes);
  // Lines are handled synchronously as each chunk arrives; output waits for the reader only
  // between chunks, so memory stays flat and no per-line promise is made.
  try {
    for await (const chunk of run.source) {
      splitter.push(chunk, records.handle);
      // Written after every chunk: a producer that sends a record at a time reads each result
      // before it sends the next, and a run stopped by a signal has written all it assessed.
      if (output.size > 0) await output.flush();
    }
    splitter.end(records.handle);
    records.finish();
  } finally {
    // Written even when the run stops early (a document over the limit), so no line is lost.
    await output.flush();
  }
  if (records.documentText !== undefined) return assessDocument(run, io, records.documentText, records.documentLine, records.failed);
  records.done();
  return records.failed ? 1 : 0;
}

/**
 * @internal Runs the command line. Returns the exit code: 0 all good, 1 some input invalid,
 * 2 usage error.
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "table":
        return await table(rest, io);
      case "assess":
        return await assess(rest, io);
      case "schema":
        return await schema(rest, io);
      case "compare":
        return await compare(rest, io);
      case "disclaimer":
        return await disclaimer(rest, io);
      case "--help":
      case "-h":
      case "help":
        await write(io.stdout, USAGE);
        return 0;
      case "--version":
      case "-v":
        await write(io.stdout, `${io.version}\n`);
        return 0;
      case undefined:
        throw new UsageError("No command given");
      default:
        throw new UsageError(`Unknown command "${command}"`);
    }
  } catch (error) {
    if (isScopeConfigError(error)) {
      // Options the library refused (a --width over its limit): a usage error, in one line.
      const issue = error.issues[0];
      io.stderr.write(`coaching-scope: ${safeText(`Invalid option${issue === undefined ? "" : ` ${formatIssuePath(issue.path)}: ${issue.message}`}`)}\n\n${USAGE}`);
      return 2;
    }
    if (ioError(error)) {
      // Reading or writing failed (a directory given as FILE, a full disk): one line, exit code 2.
      io.stderr.write(`coaching-scope: ${safeText(`${error.syscall === "write" ? "Cannot write the output" : "Cannot read the input"}: ${error.message}`)}\n`);
      return 2;
    }
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`coaching-scope: ${safeText(error.message)}\n\n${USAGE}`);
    return 2;
  }
}

/** A Node.js error of reading or writing a file or stream (`EISDIR`, `ENOSPC`, `EACCES`, …). */
function ioError(error: unknown): error is Error & { code: string; syscall?: string } {
  const code: unknown = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" && /^E[A-Z]+$/.test(code);
}
