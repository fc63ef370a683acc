/**
 * Output of the `assess` NDJSON stream: JSON text of assessments, collected as bytes.
 *
 * `assessmentJson` writes a result as exactly the text `JSON.stringify` gives for it (tests
 * compare the two), knowing nothing of the result's fields: it serializes each top-level field
 * with `JSON.stringify`, and reuses the text of a field whose value is the very same frozen
 * object (or the same string) as in the result before. Every result of one run shares its
 * policy, meta and disclaimer, so those are serialized once.
 *
 * @internal
 * @module
 */
import { unsafe } from "../shared/quote.js";

/** @internal A serializer of results for one run: one JSON line (with its newline) each. */
export type AssessmentJson = (result: object) => string;

interface Kept {
  readonly value: unknown;
  readonly json: string;
}

/** A value whose JSON text cannot change while it stays the same value. */
function fixed(value: unknown): boolean {
  return typeof value === "string" || (typeof value === "object" && value !== null && Object.isFrozen(value) && Object.values(value).every((v) => typeof v !== "object" || v === null || Object.isFrozen(v)));
}

/** @internal Creates a serializer whose output equals `JSON.stringify(result) + "\n"`. */
export function assessmentJson(): AssessmentJson {
  const kept = new Map<string, Kept>();
  const keys = new Map<string, string>();
  return (result) => {
    let text = "{";
    const record = result as Readonly<Record<string, unknown>>;
    for (const key in record) {
      const value = record[key];
      if (value === undefined || typeof value === "function") continue;
      let json: string;
      const last = kept.get(key);
      if (last !== undefined && last.value === value) json = last.json;
      else {
        json = JSON.stringify(value);
        if (fixed(value)) kept.set(key, { value, json });
      }
      let quoted = keys.get(key);
      if (quoted === undefined) keys.set(key, (quoted = JSON.stringify(key)));
      text += `${text.length === 1 ? "" : ","}${quoted}:${json}`;
    }
    return `${text}}\n`;
  };
}

/** The characters quoted input text must not carry, but for the command line's own newlines. */
const UNSAFE = /* @__PURE__ */ unsafe("\\n");
const UNSAFE_ALL = /* @__PURE__ */ unsafe("\\n", "g");

/**
 * @internal Text the command line prints, with every control character but the newline, every
 * format character (bidi, zero-width) and the line separators written as `\uXXXX`: input text can
 * then neither drive a terminal (ANSI and C1 escapes) nor forge or reorder log lines. In a JSON
 * line this is the same JSON: such characters can only stand inside strings there.
 */
export function safeText(text: string): string {
  if (!UNSAFE.test(text)) return text;
  return text.replace(UNSAFE_ALL, (c) => {
    const code = c.codePointAt(0)!;
    return code > 0xffff ? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}\\u${c.charCodeAt(1).toString(16).padStart(4, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
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
  add(raw: string): void {
    const text = safeText(raw);
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
