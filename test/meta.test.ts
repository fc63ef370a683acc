// Every result says where it came from: the library, its version, the policy (as a stable id of
// the resolved policy) and the locale. Equal policies give equal ids on every platform.
import { describe, expect, it } from "vitest";
import pkg from "../package.json" with { type: "json" };
import { canonicalJson, fnv1a64 } from "../src/assess/meta.js";
import { assessScope, createScopeAssessor, DEFAULT_POLICY } from "../src/index.js";
import { de } from "../src/locales/de.js";

/** FNV-1a 64 written independently, with BigInt, over the UTF-16 code units (low byte first). */
function reference(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    for (const byte of [unit & 0xff, unit >> 8]) {
      hash ^= BigInt(byte);
      hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
    }
  }
  return hash.toString(16).padStart(16, "0");
}

/** JSON with keys sorted at every depth, written independently. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sorted((value as Record<string, unknown>)[k])]));
}

describe("meta", () => {
  it("names the library, its version, the policy and the locale", () => {
    const meta = assessScope({ risk: { imminentDanger: true } }, { locale: de }).meta;
    expect(meta).toEqual({ library: "coaching-scope", version: pkg.version, policyId: reference(JSON.stringify(sorted(DEFAULT_POLICY))), locale: "de" });
    expect(Object.isFrozen(meta)).toBe(true);
  });

  it("hashes as FNV-1a 64 does, for any text", () => {
    for (const text of ["", "a", "foobar", '{"a":1}', "Grüße – \u{1F600}", "\uffff\u00ff\ud800"]) expect(fnv1a64(text)).toBe(reference(text));
    expect(fnv1a64("")).toBe("cbf29ce484222325");
  });

  it("writes canonical JSON: keys sorted at every depth, arrays kept in order", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: "x" }, e: null, f: true })).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1,"e":null,"f":true}');
  });

  it("gives equal policies equal ids, whatever the key order, and any change a new one", () => {
    const a = createScopeAssessor({ policy: { phq9Item9: "crisis", thresholds: { gad7: { refer: 8, care: 4 } } } })({}).meta.policyId;
    const b = createScopeAssessor({ policy: { thresholds: { gad7: { care: 4, refer: 8 } }, phq9Item9: "crisis" } })({}).meta.policyId;
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    const changes = [
      { thresholds: { phq9: { care: 6 } } },
      { thresholds: { phq9: { refer: 11 } } },
      { thresholds: { phq8: { care: 4 } } },
      { thresholds: { gad7: { refer: 9 } } },
      { thresholds: { phq2: { positive: 3 } } },
      { thresholds: { gad2: { positive: 2 } } },
      { thresholds: { k10: { care: 17 } } },
      { thresholds: { k6: { refer: 12 } } },
      { thresholds: { who5: { care: 11 } } },
      { thresholds: { indicators: { refer: 4 } } },
      { thresholds: { fit: { minAnswered: 5 } } },
      { thresholds: { fit: { care: 0.4 } } },
      { phq9Item9: "crisis" },
      { requireRiskScreen: false },
      { alongsideTreatment: false },
      { assessmentValidDays: 20 },
    ];
    const ids = changes.map((policy) => createScopeAssessor({ policy: policy as never })({}).meta.policyId);
    expect(new Set([...ids, assessScope({}).meta.policyId]).size).toBe(changes.length + 1);
  });
});
