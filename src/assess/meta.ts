/**
 * The result's `meta`: the library's version (set at build time) and a stable id of the policy.
 *
 * @internal
 * @module
 */
import type { Policy } from "../policy/policy.js";
import type { AssessmentMeta } from "./result.js";

declare const __VERSION__: string;

/** @internal The library's version, injected by the build (and by the test runner's config). */
export const VERSION: string = typeof __VERSION__ === "string" ? __VERSION__ : "0.0.0-source";

/** @internal JSON with object keys sorted at every depth: equal values give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * @internal FNV-1a, 64 bits, over the UTF-8 bytes of `text`, as 16 hex digits. Pure JavaScript
 * arithmetic on two 32-bit halves, so every platform gives the same digits.
 */
export function fnv1a64(text: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (const byte of utf8(text)) {
    lo ^= byte;
    // hash × 0x100000001b3 (mod 2^64) = hash × 0x1b3 + (hash << 40)
    const loMul = (lo >>> 0) * 0x1b3;
    const carry = Math.floor(loMul / 0x100000000);
    const hiMul = (hi >>> 0) * 0x1b3 + carry;
    hi = (hiMul + ((lo << 8) >>> 0)) >>> 0;
    lo = loMul >>> 0;
  }
  return (hi >>> 0).toString(16).padStart(8, "0") + (lo >>> 0).toString(16).padStart(8, "0");
}

/** The UTF-8 bytes of a string (a lone surrogate as U+FFFD, as TextEncoder does). */
function* utf8(text: string): Generator<number> {
  for (const char of text) {
    let code = char.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) yield code;
    else if (code < 0x800) yield* [0xc0 | (code >> 6), 0x80 | (code & 63)];
    else if (code < 0x10000) yield* [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)];
    else yield* [0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)];
  }
}

/** @internal The `meta` of every result of one assessor. */
export function metaOf(policy: Policy, locale: string): AssessmentMeta {
  return Object.freeze({ library: "coaching-scope", version: VERSION, policyId: fnv1a64(canonicalJson(policy)), locale });
}
