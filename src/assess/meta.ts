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
 * @internal FNV-1a, 64 bits, over the UTF-16 code units of `text` (each as two bytes, low byte
 * first), as 16 hex digits. Pure JavaScript arithmetic on two 32-bit halves, so every platform
 * gives the same digits.
 */
export function fnv1a64(text: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  const step = (byte: number): void => {
    lo = (lo ^ byte) >>> 0;
    // hash × 0x100000001b3 (mod 2^64) = hash × 0x1b3 + (hash << 40)
    const loMul = lo * 0x1b3;
    hi = (hi * 0x1b3 + Math.floor(loMul / 0x100000000) + ((lo << 8) >>> 0)) >>> 0;
    lo = loMul >>> 0;
  };
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    step(unit & 0xff);
    step(unit >>> 8);
  }
  return hi.toString(16).padStart(8, "0") + lo.toString(16).padStart(8, "0");
}

/** @internal The `meta` of every result of one assessor. */
export function metaOf(policy: Policy, locale: string): AssessmentMeta {
  return Object.freeze({ library: "coaching-scope", version: VERSION, policyId: fnv1a64(canonicalJson(policy)), locale });
}
