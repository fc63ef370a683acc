// Fuzzing the comparison table: generated values, mutated tables, mutated models and hostile
// proxies through buildComparisonTable, renderMarkdown, renderHtml and renderText. The only
// outcomes allowed are a result, or the library's own error with a path (no other exception,
// no `undefined` in a message), each call within BOUND_MS (a hang guard far above any real call).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  COMPARISON_MODEL,
  DIMENSION_IDS,
  buildComparisonTable,
  defineComparisonModel,
  isScopeConfigError,
  isScopeInputError,
  renderHtml,
  renderMarkdown,
  renderText,
  type ComparisonTable,
} from "../src/index.js";
import { de } from "../src/locales/de.js";
import { fieldSpots } from "./helpers.js";
import { BOUND_MS, FUZZ_TIMEOUT_MS, fuzzOutcome } from "./fuzz-outcome.js";

const { outcome, calls: callCount } = fuzzOutcome();

/** Any value, BigInt, boxed values, sparse arrays, null prototypes and symbols included. */
const anything = fc.oneof(
  fc.anything({ maxDepth: 3, withBigInt: true, withBoxedValues: true, withNullPrototype: true, withSparseArray: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }),
  fc.string().map((s) => Symbol(s)),
  fc.constant(() => "x"),
);

const renderers = [
  (t: unknown, _options?: unknown) => renderMarkdown(t as never),
  (t: unknown, options?: unknown) => renderHtml(t as never, options as never),
  (t: unknown, options?: unknown) => renderText(t as never, options as never),
] as const;

function renderedText(out: string): void {
  expect(typeof out).toBe("string");
  expect(out).not.toMatch(/<script|undefined/);
}

/** Runs every renderer on the table, with the options, through `outcome`. */
function renderAll(table: unknown, options?: unknown): void {
  for (const render of renderers) outcome(() => render(table, options), renderedText);
}

/** A valid table of some of the built-in modalities and dimensions. */
const tableArb = fc
  .record({ modalities: fc.subarray(["coaching", "psychotherapy"], { minLength: 1 }), dimensions: fc.subarray(DIMENSION_IDS as string[], { minLength: 1 }) })
  .map((options) => buildComparisonTable(options));

/** A copy of `value` with one field or item, at any depth, replaced. */
function broken<T>(value: T, pick: number, replacement: unknown): unknown {
  const clone = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  const spots = fieldSpots(clone);
  const [parent, key] = spots[pick % spots.length]!;
  (parent as Record<string | number, unknown>)[key] = replacement;
  return clone;
}

/**
 * A proxy over `value` (and every object under it) that, from its `at`-th read on, throws,
 * gives another value, or is revoked, as `how` says.
 */
function hostile(value: unknown, at: number, how: "throw" | "change" | "revoke", other: unknown): unknown {
  let reads = 0;
  const revocables: (() => void)[] = [];
  const wrap = (target: unknown): unknown => {
    if (typeof target !== "object" || target === null) return target;
    const { proxy, revoke } = Proxy.revocable(target, {
      get(t, key, receiver) {
        if (++reads >= at) {
          if (how === "throw") throw new RangeError("read");
          if (how === "change") return other;
          for (const r of revocables) r();
        }
        return wrap(Reflect.get(t, key, receiver));
      },
    });
    revocables.push(revoke);
    return proxy;
  };
  return wrap(value);
}

describe("fuzzing the comparison table", { timeout: FUZZ_TIMEOUT_MS }, () => {
  it("buildComparisonTable: any value as the options (4,000 values)", () => {
    fc.assert(fc.property(anything, (options) => outcome(() => buildComparisonTable(options as never), (t) => renderAll(t))), { numRuns: 4_000 });
  });

  it("buildComparisonTable: option-shaped values, broken anywhere (4,000 values)", () => {
    const ids = fc.oneof(fc.subarray([...DIMENSION_IDS, "coaching", "psychotherapy", "nope", "__proto__"]), anything);
    const options = fc.record(
      { model: fc.oneof(fc.constant(COMPARISON_MODEL), anything), modalities: ids, dimensions: ids, locale: fc.oneof(fc.constant(de), anything), overrides: fc.oneof(fc.dictionary(fc.constantFrom("table.caption", "modality.coaching", "dimension.aim.label", "x"), fc.oneof(fc.string(), anything)), anything) },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(options, (o) => outcome(() => buildComparisonTable(o as never), (t) => renderAll(t))), { numRuns: 4_000 });
  });

  it("buildComparisonTable: hand-made models with one field broken (4,000 values)", () => {
    fc.assert(
      fc.property(fc.nat(), anything, (pick, replacement) => {
        const model = broken(COMPARISON_MODEL, pick, replacement);
        outcome(() => buildComparisonTable({ model: model as never }), (t) => renderAll(t));
      }),
      { numRuns: 4_000 },
    );
  });

  it("the renderers: any value as the table and as the options (3 × 4,000 values)", () => {
    fc.assert(fc.property(anything, anything, (table, options) => renderAll(table, options)), { numRuns: 4_000 });
  });

  it("the renderers: valid tables with one field broken (3 × 5,000 values)", () => {
    fc.assert(fc.property(tableArb, fc.nat(), anything, (table, pick, replacement) => renderAll(broken(table, pick, replacement))), { numRuns: 5_000 });
  });

  it("the renderers: valid options with one field broken (3 × 2,000 values)", () => {
    const options = fc.oneof(fc.record({ className: fc.oneof(fc.string(), anything), id: fc.oneof(fc.string(), anything) }, { requiredKeys: [] }), fc.record({ width: fc.oneof(fc.integer({ min: 0, max: 20_000 }), anything) }, { requiredKeys: [] }));
    fc.assert(fc.property(tableArb, options, (table, o) => renderAll(table, o)), { numRuns: 2_000 });
  });

  it("every function: proxies that throw, change their answer or are revoked at any read (2,000 values)", () => {
    fc.assert(
      fc.property(tableArb, fc.nat({ max: 200 }), fc.constantFrom("throw", "change", "revoke"), anything, (table: ComparisonTable, at, how, other) => {
        renderAll(hostile(table, at, how, other));
        outcome(() => buildComparisonTable({ model: hostile(JSON.parse(JSON.stringify(COMPARISON_MODEL)), at, how, other) as never }));
        outcome(() => buildComparisonTable(hostile({ dimensions: ["aim", "plan"], locale: de }, at, how, other) as never));
      }),
      { numRuns: 2_000 },
    );
  });

  it("ran over 50,000 calls in all", () => {
    expect(callCount()).toBeGreaterThan(50_000);
  });
});

describe("a model defined with hostile text renders in every format", { timeout: FUZZ_TIMEOUT_MS }, () => {
  it("(2,000 values)", () => {
    const text = fc.string({ unit: "binary", minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== "");
    fc.assert(
      fc.property(text, text, text, fc.integer({ min: 20, max: 200 }), (label, a, b, width) => {
        const model = defineComparisonModel({ modalities: [{ id: "a", label }, { id: "b", label: a }], dimensions: [{ id: "d", label: b, values: { a, b } }] });
        const table = buildComparisonTable({ model });
        renderAll(table);
        outcome(() => renderText(table, { width }), (out) => {
          for (const line of out.split("\n")) expect(Array.from(line).length).toBeLessThanOrEqual(width);
        });
      }),
      { numRuns: 2_000 },
    );
  });
});
