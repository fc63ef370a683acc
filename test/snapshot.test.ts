// The validator reads each field once into a plain snapshot, and the rules read only the
// snapshot: getters, proxies and custom iterators cannot show the rules other values than the
// validator saw. Anything that cannot be read is the library's own error, with a path.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessScope, isScopeInputError, type ScreeningInput } from "../src/index.js";
import { parseScreeningInput } from "../src/schema/index.js";
import { screeningInputArb } from "./arbitraries.js";
import { inputIssues, SCREENED } from "./helpers.js";

/** A deep proxy that gives each field's real value on its first read, and `later(value)` after that. */
function twoFaced(value: unknown, later: (v: unknown) => unknown, reads: Map<string, number>, path = ""): unknown {
  if (typeof value !== "object" || value === null) return value;
  const seen = new Set<PropertyKey>();
  return new Proxy(value as object, {
    get(target, key, receiver) {
      const real = Reflect.get(target, key, receiver);
      if (typeof key === "symbol" || typeof real === "function") return real;
      const at = `${path}.${key}`;
      reads.set(at, (reads.get(at) ?? 0) + 1);
      if (seen.has(key)) return later(real);
      seen.add(key);
      return twoFaced(real, later, reads, at);
    },
  });
}

/** The most severe stand-in for a value of the same kind. */
const flip = (v: unknown): unknown => (typeof v === "boolean" ? !v : typeof v === "number" ? v + 1 : v === "none" ? "active" : v);

describe("the rules see what the validator saw", () => {
  it("a getter whose value changes is read once", () => {
    let reads = 0;
    const risk = {
      get imminentDanger() {
        return reads++ === 0 ? false : true;
      },
      suicidalThoughts: "none" as const,
      recentSuicidalBehavior: false,
      selfHarm: false,
      harmToOthers: false,
    };
    const result = assessScope({ ...SCREENED, risk });
    expect(reads).toBe(1);
    expect(result.level).toBe("coaching");
  });

  it("an items array whose answers change between reads is read once per item", () => {
    let reads = 0;
    const items = new Proxy([0, 0, 0, 0, 0, 0, 0, 0, 0], {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) return reads++ < 9 ? 0 : 3;
        return Reflect.get(target, key, receiver);
      },
    });
    const result = assessScope({ ...SCREENED, risk: { imminentDanger: false, recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false }, instruments: { phq9: { items } } });
    expect(reads).toBe(9);
    expect(result.scores.phq9).toEqual({ min: 0, max: 0, complete: true, band: "minimal" });
    expect(result.level).toBe("coaching");
  });

  it("a custom iterator is never used: answers are read by index", () => {
    class Lying extends Array<number> {
      override *[Symbol.iterator](): ArrayIterator<number> {
        for (let i = 0; i < this.length; i++) yield 3;
      }
    }
    const items = Lying.from([1, 0, 0, 0, 0, 0, 0]) as unknown as number[];
    expect(assessScope({ ...SCREENED, risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false }, instruments: { gad7: { items } } }).scores.gad7?.min).toBe(1);
    const indicators = Object.assign(["irritability"], { [Symbol.iterator]: function* () { yield "thoughts-of-death"; } });
    expect(assessScope({ ...SCREENED, risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false }, indicators: indicators as never }).level).toBe("coaching-with-care");
  });

  it("parseScreeningInput returns a plain copy, not the value it was given", () => {
    const input = { risk: { imminentDanger: false } };
    const copy = parseScreeningInput(input);
    expect(copy).toEqual(input);
    expect(copy).not.toBe(input);
    expect(copy.risk).not.toBe(input.risk);
  });

  it("for any valid input behind a two-faced proxy, the result is the one for the values read first (each field read once)", () => {
    fc.assert(
      fc.property(screeningInputArb(), (input) => {
        const reads = new Map<string, number>();
        const proxied = twoFaced(structuredClone(input), flip, reads) as ScreeningInput;
        expect(assessScope(proxied)).toEqual(assessScope(input));
        for (const [path, n] of reads) expect(n, path).toBe(1);
      }),
      { numRuns: 500 },
    );
  });
});

describe("what cannot be read is an input error with a path", () => {
  it("a getter that throws", () => {
    const risk = {
      get imminentDanger(): boolean {
        throw new TypeError("no");
      },
    };
    expect(inputIssues(() => assessScope({ ...SCREENED, risk }))).toEqual([
      { path: ["risk"], code: "custom", message: "The value could not be read (reading threw TypeError): expected plain data" },
    ]);
  });

  it("a revoked proxy, at any depth", () => {
    for (const make of [(p: object) => p, (p: object) => ({ risk: p }), (p: object) => ({ instruments: { phq9: p } }), (p: object) => ({ instruments: { gad7: { items: p } } })]) {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      const issues = inputIssues(() => assessScope(make(proxy) as never));
      expect(issues[0]).toMatchObject({ code: "custom" });
    }
  });

  it("only plain objects: a Map, a Date or a class instance is never read as an empty object", () => {
    const phq9 = { items: [3, 3, 3, 3, 3, 3, 3, 3, 3] };
    expect(inputIssues(() => assessScope({ ...SCREENED, risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false }, instruments: new Map([["phq9", phq9]]) as never }))).toEqual([
      { path: ["instruments"], code: "invalid_type", message: "Expected a plain object, received Map" },
    ]);
    class Answers { items = [0, 0, 0, 0, 0, 0, 0] }
    expect(inputIssues(() => assessScope({ instruments: { gad7: new Answers() } as never }))[0]).toMatchObject({ path: ["instruments", "gad7"], message: "Expected a plain object, received Answers" });
    expect(inputIssues(() => assessScope({ ...SCREENED, risk: new Date() } as never))[0]).toMatchObject({ path: ["risk"], message: "Expected a plain object, received Date" });
    // A null-prototype object is plain data.
    expect(assessScope(Object.assign(Object.create(null), { risk: { imminentDanger: true } })).level).toBe("crisis");
  });

  it("counts a ref's length in characters (code points), as zod and JSON Schema do", () => {
    expect(assessScope({ ref: "\u{1F600}".repeat(200), risk: { imminentDanger: true } }).ref).toHaveLength(400);
    expect(inputIssues(() => assessScope({ ref: "\u{1F600}".repeat(201) }))[0]).toMatchObject({ path: ["ref"], code: "too_big", message: "Too big: expected at most 200 characters, received 201" });
  });

  it("anything thrown is the library's own error", () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new RangeError("x"); } });
    let caught: unknown;
    try {
      assessScope(hostile as never);
    } catch (error) {
      caught = error;
    }
    expect(isScopeInputError(caught)).toBe(true);
  });
});
