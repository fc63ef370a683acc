// Hostile arguments to the core's public functions: only the library's own errors, naming the
// path, with every quoted value bounded and escaped; options and results read once.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  COMPARISON_MODEL,
  actionKey,
  assessScope,
  compareLevels,
  createLocalizer,
  createScopeAssessor,
  crisisAudience,
  defineComparisonModel,
  en,
  extendComparisonModel,
  formatIssuePath,
  getDimension,
  getDisclaimer,
  isScopeConfigError,
  isScopeInputError,
  referrals,
  scoreInstrument,
  showCrisisResources,
  type ScopeAssessment,
} from "../src/index.js";
import { crisisLines } from "../src/crisis/index.js";

const SCREENED = {
  risk: { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false },
  redFlags: { psychosis: false, mania: false, "substance-use": false, "eating-disorder": false, "abuse-or-violence": false, "cognitive-decline": false },
  client: { adult: true },
} as const;

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}
const cycle: Record<string, unknown> = {};
cycle["self"] = cycle;
const throwing = (key: string): object =>
  Object.defineProperty({}, key, {
    enumerable: true,
    get() {
      throw new RangeError("no");
    },
  });

/** Values that have thrown raw errors from public functions. */
const HOSTILE: readonly [string, () => unknown][] = [
  ["a BigInt", () => 10n],
  ["a symbol", () => Symbol("s")],
  ["a cycle", () => cycle],
  ["a revoked proxy", revokedProxy],
  ["a function", () => () => 1],
  ["null", () => null],
  ["an array", () => [1]],
  ["an object whose getter throws", () => throwing("locale")],
  ["a string of 5 MB", () => "x".repeat(5_000_000)],
];

/** The library's own error, or a rethrow of anything else. */
function caught(fn: () => unknown): Error & { issues: readonly { path: readonly (string | number)[]; message: string }[] } {
  try {
    fn();
  } catch (error) {
    if (isScopeConfigError(error) || isScopeInputError(error)) return error;
    throw error;
  }
  throw new Error("did not throw");
}

const CALLS: readonly [string, (value: unknown) => unknown][] = [
  ["getDisclaimer(id)", (v) => getDisclaimer(v as never)],
  ["getDisclaimer(id, options)", (v) => getDisclaimer("complement", v as never)],
  ["createLocalizer(options)", (v) => createLocalizer(v as never)],
  ["createLocalizer({ locale })", (v) => createLocalizer({ locale: v as never })],
  ["createLocalizer({ overrides })", (v) => createLocalizer({ overrides: v as never })],
  ["createScopeAssessor(options)", (v) => createScopeAssessor(v as never)],
  ["assessScope(input, { locale })", (v) => assessScope({ ...SCREENED }, { locale: v as never })],
  ["crisisLines(region)", (v) => crisisLines(v as never)],
  ["crisisLines(region, options)", (v) => crisisLines("US", v as never)],
  ["crisisLines(region, { lines: [line] })", (v) => crisisLines("US", { lines: [v as never] })],
  ["crisisLines(region, { audience })", (v) => crisisLines("US", { audience: v as never })],
  ["formatIssuePath(path)", (v) => formatIssuePath(v as never)],
  ["compareLevels(a, b)", (v) => compareLevels(v as never, "refer")],
  ["actionKey(result)", (v) => actionKey(v as never)],
  ["referrals(result)", (v) => referrals(v as never)],
  ["showCrisisResources(result)", (v) => showCrisisResources(v as never)],
  ["crisisAudience(result)", (v) => crisisAudience(v as never)],
  ["a result's reasons", (v) => showCrisisResources({ level: "refer", worstCase: "refer", reasons: [v] } as never)],
  ["defineComparisonModel(spec)", (v) => defineComparisonModel(v as never)],
  ["defineComparisonModel({ modalities })", (v) => defineComparisonModel({ modalities: v as never, dimensions: [] })],
  ["extendComparisonModel(base, add)", (v) => extendComparisonModel(COMPARISON_MODEL, v as never)],
  ["extendComparisonModel(base)", (v) => extendComparisonModel(v as never, {})],
  ["getDimension(id, model)", (v) => getDimension("aim", v as never)],
  ["scoreInstrument(id, answers)", (v) => scoreInstrument("phq9", v as never)],
  ["scoreInstrument(id, answers, options)", (v) => scoreInstrument("k10", [1, 1, 1, 1, 1, 1, 1, 1, 1, 1], v as never)],
];

describe("only the library's own errors, from every public function of the core", () => {
  it.each(CALLS.flatMap(([call, fn]) => HOSTILE.map(([kind, value]) => [call, kind, fn, value] as const)))("%s with %s", (_call, _kind, fn, value) => {
    let error: unknown;
    try {
      fn(value());
    } catch (e) {
      error = e;
    }
    // Some of these are valid (null options are refused, but an array of one line may be read):
    // whatever is thrown must be the library's own, with a path, and a bounded message.
    if (error === undefined) return;
    expect(isScopeConfigError(error) || isScopeInputError(error), String(error)).toBe(true);
    const { issues, message } = error as Error & { issues: readonly { path: unknown }[] };
    for (const issue of issues) expect(Array.isArray(issue.path)).toBe(true);
    expect(message.length).toBeLessThan(2_000);
  });

  it("what a getter throws is named without trusting it: a revoked proxy, or an error whose name throws or is huge", () => {
    const throwingThis = (thrown: () => unknown) =>
      Object.defineProperty({}, "locale", {
        enumerable: true,
        get() {
          throw thrown();
        },
      });
    const hostileName = Object.defineProperty(new Error("x"), "name", {
      get() {
        throw new Error("name");
      },
    });
    const hugeName = Object.assign(new Error("x"), { name: "N".repeat(1_000) });
    const kinds = [revokedProxy, () => hostileName, () => hugeName, () => 42].map(
      (thrown) => caught(() => createLocalizer(throwingThis(thrown) as never)).issues[0]?.message,
    );
    expect(kinds).toEqual(["object", "object", "object", "number"].map((kind) => `The value could not be read (reading threw ${kind}): expected plain data`));
    const messages = Object.defineProperty({}, "level.refer", { enumerable: true, get: () => { throw new TypeError("no"); } });
    expect(caught(() => createLocalizer({ locale: { code: "x", dir: "ltr", messages } as never })).issues).toEqual([
      { path: ["locale", "messages", "level.refer"], code: "custom", message: "The value could not be read (reading threw TypeError): expected plain data" },
    ]);
  });

  it("isScopeInputError and isScopeConfigError answer false for a revoked proxy, never throw", () => {
    expect(isScopeInputError(revokedProxy())).toBe(false);
    expect(isScopeConfigError(revokedProxy())).toBe(false);
  });

  it("names the field that cannot be read", () => {
    expect(caught(() => createLocalizer(throwing("overrides") as never)).issues).toEqual([
      { path: ["overrides"], code: "custom", message: "The value could not be read (reading threw RangeError): expected plain data" },
    ]);
    expect(caught(() => showCrisisResources({ level: "refer", worstCase: "crissis", reasons: [{ level: "x" }] } as never)).issues).toEqual([
      { path: ["worstCase"], code: "invalid_value", message: 'Invalid option: expected one of "coaching" | "coaching-with-care" | "incomplete" | "refer" | "crisis", received "crissis"' },
      { path: ["reasons", 0, "level"], code: "invalid_value", message: 'Invalid option: expected one of "coaching" | "coaching-with-care" | "incomplete" | "refer" | "crisis", received "x"' },
    ]);
  });
});

describe("results given to the routing helpers", () => {
  it("a result that went through JSON is read as the result itself", () => {
    const result = assessScope({ instruments: { phq9: { items: [3, 3, 3, 3, 3, 3, 3, 3, 3] } } });
    const copy = JSON.parse(JSON.stringify(result)) as ScopeAssessment;
    expect(showCrisisResources(copy)).toBe(true);
    expect(referrals(copy)).toEqual(referrals(result));
    expect(actionKey(copy)).toBe(actionKey(result));
    expect(crisisAudience(copy)).toBe(crisisAudience(result));
  });

  it("a result without its fields is an error, never a quiet false: showCrisisResources({}) used to throw a TypeError", () => {
    expect(caught(() => showCrisisResources({} as never)).issues.map((i) => i.path)).toEqual([["level"], ["worstCase"], ["reasons"]]);
    expect(caught(() => referrals({ level: "refer" } as never)).issues.map((i) => i.path)).toEqual([["reasons"]]);
    // Each helper checks only what it reads: crisisAudience reads the reasons alone.
    expect(crisisAudience({ reasons: [] })).toBe("general");
  });

  it("a misspelt level never compares as less severe: compareLevels used to return NaN", () => {
    expect(caught(() => compareLevels("refr" as never, "refer")).issues).toEqual([
      { path: ["a"], code: "invalid_value", message: 'Invalid option: expected one of "coaching" | "coaching-with-care" | "incomplete" | "refer" | "crisis", received "refr"' },
    ]);
    expect(compareLevels("crisis", "refer")).toBe(1);
  });
});

describe("options are read once", () => {
  it("each option is read once, whatever getters do", () => {
    let reads = 0;
    const twoFaced = () => {
      let mine = 0;
      return {
        get locale() {
          reads++;
          return ++mine === 1 ? en : (42 as never);
        },
      };
    };
    expect(createLocalizer(twoFaced()).t("level.refer")).toBe(en.messages["level.refer"]);
    expect(assessScope({ ...SCREENED }, twoFaced()).level).toBe("coaching");
    expect(getDisclaimer("complement", twoFaced())).toBe(en.messages["disclaimer.complement"]);
    expect(crisisLines("US", twoFaced()).lines.length).toBeGreaterThan(0);
    expect(reads).toBe(4);
  });

  it("a locale is read once, the first time it is used: a message changed afterwards changes nothing", () => {
    const locale = { ...en, code: "en-GB", messages: { ...en.messages } };
    expect(createLocalizer({ locale }).t("level.refer")).toBe(en.messages["level.refer"]);
    (locale.messages as Record<string, unknown>)["level.refer"] = 42;
    expect(createLocalizer({ locale }).t("level.refer")).toBe(en.messages["level.refer"]);
  });
});

describe("quoted input in messages is bounded and escaped", () => {
  const bidi = "safe\u202eevil\u001b[2J";
  it("formatIssuePath quotes keys as every message does: cut to 100 characters, controls and bidi escaped", () => {
    expect(formatIssuePath(["codes", bidi])).toBe('codes["safe\\u202eevil\\u001b[2J"]');
    expect(formatIssuePath(["codes", "k".repeat(5_000_000)])).toBe(`codes["${"k".repeat(100)}…"]`);
    expect(formatIssuePath([])).toBe("(root)");
    expect(caught(() => formatIssuePath([Symbol("s")] as never)).issues[0]?.message).toBe("Expected a path: an array of keys (strings) and indexes (numbers)");
  });

  it("an unknown key or value of 5 MB gives a message of a few hundred characters, with no raw control or bidi character", () => {
    const huge = `${bidi}${"x".repeat(5_000_000)}`;
    const cases = [
      () => assessScope({ ...SCREENED, [huge]: 1 } as never),
      () => assessScope({ ...SCREENED, risk: { ...SCREENED.risk, suicidalThoughts: huge } } as never),
      () => assessScope({ ...SCREENED }, { policy: { phq9Item9: huge } as never }),
      () => createLocalizer({ overrides: { [huge]: "x" } as never }),
      () => getDisclaimer(huge as never),
      () => crisisLines(huge),
      () => defineComparisonModel({ modalities: [{ id: huge, label: "x" }], dimensions: [] }),
      () => getDimension(huge as never),
      () => scoreInstrument(huge as never, []),
    ];
    for (const fn of cases) {
      const { message } = caught(fn);
      expect(message.length).toBeLessThan(700);
      expect(message).not.toMatch(/[\u001b\u202e]/);
    }
  });

  it("property: any text quoted in a message comes out with no control, format or separator character", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        for (const fn of [() => getDisclaimer(text as never), () => crisisLines(text), () => assessScope({ ...SCREENED, [text]: 1 } as never)]) {
          let message = "";
          try {
            fn();
          } catch (error) {
            message = (error as Error).message;
          }
          // The message's own line breaks separate its issues; nothing from the input adds one.
          expect(message.replace(/\n/g, "")).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u);
        }
      }),
      { numRuns: 500 },
    );
  });
});
