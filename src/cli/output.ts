/**
 * Output of the `assess` NDJSON stream: JSON text of assessments, collected as bytes.
 *
 * `assessmentJson` writes an assessment as exactly the text `JSON.stringify` gives for it
 * (tests compare the two on generated inputs, in every locale and under custom policies),
 * with less work on the stream's hot path: the policy and the disclaimer, the same in every
 * result of one run, are serialized once; a reason's JSON is kept and reused while its
 * message, code, kind, level and evidence recur; other strings that recur are quoted once;
 * and the fields whose shapes the library fixes are written directly.
 *
 * @internal
 * @module
 */
import type { ScopeAssessment, ScopeReason } from "../assess.js";
import type { InstrumentScore } from "../scales.js";

/** Quoted strings kept at most, so memory stays flat whatever messages a locale or hook gives. */
const QUOTED_MAX = 4096;

/** Reasons kept serialized at most, in all and for one message (a short list to search). */
const KEPT_MAX = 4096;
const KEPT_PER_MESSAGE = 8;

interface Kept {
  readonly code: string;
  readonly kind: string;
  readonly level: string;
  readonly evidence: ScopeReason["evidence"];
  readonly json: string;
}

/** The same fields in the same order with the same values: the same JSON text. */
function sameFields(a: ScopeReason["evidence"], b: ScopeReason["evidence"]): boolean {
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  for (let i = 0; i < keysA.length; i++) {
    const key = keysA[i]!;
    if (key !== keysB[i] || a[key] !== b[key]) return false;
  }
  return true;
}

/** @internal A serializer of assessments for one run; it keeps the text it can reuse. */
export interface AssessmentJson {
  /** The result's fields up to `missing`, from the opening brace: everything but the tail. */
  head(result: ScopeAssessment): string;
  /** `,"policy":…,"disclaimer":…}` and a newline, serialized once while they stay the same. */
  tail(result: ScopeAssessment): string;
}

/** @internal Creates a serializer whose `head + tail` equals `JSON.stringify(result) + "\n"`. */
export function assessmentJson(): AssessmentJson {
  const quoted = new Map<string, string>();
  const quote = (text: string): string => {
    let json = quoted.get(text);
    if (json === undefined) {
      json = JSON.stringify(text);
      if (quoted.size < QUOTED_MAX) quoted.set(text, json);
    }
    return json;
  };
  // What JSON.stringify writes for a number: its shortest text, or null when not finite.
  const number = (value: number): string => (Number.isFinite(value) ? `${value}` : "null");
  const evidence = (fields: ScopeReason["evidence"]): string => {
    let text = "{";
    let comma = "";
    for (const key of Object.keys(fields)) {
      const value = fields[key]!;
      const json = typeof value === "string" ? quote(value) : typeof value === "number" ? number(value) : `${value}`;
      text += `${comma}${quote(key)}:${json}`;
      comma = ",";
    }
    return `${text}}`;
  };
  // Scores and counts are whole numbers from validated answers: always finite.
  const score = (s: InstrumentScore): string =>
    `{"min":${s.min},"max":${s.max},"complete":${s.complete}${s.band === undefined ? "" : `,"band":${quote(s.band)}`}}`;
  const strings = (list: readonly string[]): string => {
    let text = "[";
    for (let i = 0; i < list.length; i++) text += `${i === 0 ? "" : ","}${quote(list[i]!)}`;
    return `${text}]`;
  };

  // A reason's text, kept by message and reused when code, kind, level and evidence match.
  const keptReasons = new Map<string, Kept[]>();
  let kept = 0;
  const reason = (r: ScopeReason): string => {
    const list = keptReasons.get(r.message);
    if (list !== undefined) {
      for (const k of list) {
        if (k.code === r.code && k.kind === r.kind && k.level === r.level && sameFields(k.evidence, r.evidence)) return k.json;
      }
    }
    const json = `{"code":"${r.code}","kind":"${r.kind}","level":"${r.level}","message":${quote(r.message)},"evidence":${evidence(r.evidence)}}`;
    if (kept < KEPT_MAX && (list === undefined || list.length < KEPT_PER_MESSAGE)) {
      kept++;
      const k: Kept = { code: r.code, kind: r.kind, level: r.level, evidence: { ...r.evidence }, json };
      if (list === undefined) keptReasons.set(r.message, [k]);
      else list.push(k);
    }
    return json;
  };

  let policy: unknown;
  let disclaimer: string | undefined;
  let tail = "";
  return {
    head(result) {
      // Level, kind and code come from the library's fixed lists: they need no escaping.
      let text = `{"level":"${result.level}","inScope":${result.inScope},"reasons":[`;
      const reasons = result.reasons;
      for (let i = 0; i < reasons.length; i++) {
        const r = reasons[i]!;
        text += i === 0 ? reason(r) : `,${reason(r)}`;
      }
      text += '],"scores":{';
      let comma = "";
      const scores = result.scores;
      for (const id of Object.keys(scores) as (keyof typeof scores)[]) {
        text += `${comma}"${id}":${score(scores[id]!)}`;
        comma = ",";
      }
      text += "}";
      const fit = result.fit;
      if (fit !== undefined) {
        text += `,"fit":{"answered":${fit.answered},"coaching":${fit.coaching},"psychotherapy":${fit.psychotherapy},"coachingShare":${fit.coachingShare}}`;
      }
      return `${text},"missing":${strings(result.missing)}`;
    },
    tail(result) {
      if (result.policy !== policy || result.disclaimer !== disclaimer) {
        policy = result.policy;
        disclaimer = result.disclaimer;
        tail = `,"policy":${JSON.stringify(policy)},"disclaimer":${quote(disclaimer)}}\n`;
      }
      return tail;
    },
  };
}

/** @internal The part of a writable stream the command line uses. */
export interface Writable {
  write(chunk: string | Uint8Array): boolean;
  once(event: "drain", listener: () => void): unknown;
  readonly isTTY?: boolean | undefined;
}

const BLOCK = 1 << 17;

/**
 * @internal Collects output text as UTF-8 bytes in blocks, so a long run encodes each line
 * once and hands the stream a few large buffers instead of one large string. A block handed to
 * the stream is never written to again: a stream may keep it (or pass it on) after its write
 * callback, so each block is used once.
 */
export class ByteOutput {
  private block = Buffer.allocUnsafe(BLOCK);
  private used = 0;
  private readonly ready: Uint8Array[] = [];
  private readyBytes = 0;

  constructor(private readonly sink: Writable) {}

  /** Bytes collected and not yet written. */
  get size(): number {
    return this.readyBytes + this.used;
  }

  /** Adds text to the output. */
  add(text: string): void {
    // A character takes at most three bytes in UTF-8 (a surrogate pair takes four for two).
    if (this.used + text.length * 3 > BLOCK) {
      this.seal();
      if (text.length * 3 > BLOCK) {
        this.keep(Buffer.from(text));
        return;
      }
    }
    this.used += this.block.write(text, this.used);
  }

  /** Writes what was collected, waiting for the stream to drain when it asks to. */
  async flush(): Promise<void> {
    this.seal();
    const chunks = this.ready.splice(0);
    this.readyBytes = 0;
    for (const chunk of chunks) {
      if (!this.sink.write(chunk)) await new Promise<void>((resolve) => this.sink.once("drain", resolve));
    }
  }

  private keep(chunk: Uint8Array): void {
    this.ready.push(chunk);
    this.readyBytes += chunk.length;
  }

  private seal(): void {
    if (this.used === 0) return;
    this.keep(this.block.subarray(0, this.used));
    this.block = Buffer.allocUnsafe(BLOCK);
    this.used = 0;
  }
}
