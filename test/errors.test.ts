// The library's errors: how paths are written, how issues are printed, and the guards that
// recognise an error from either build.
import { describe, expect, it } from "vitest";
import { formatIssuePath, isScopeConfigError, isScopeInputError, ScopeConfigError, ScopeInputError } from "../src/index.js";

describe("formatIssuePath", () => {
  it.each([
    [[], "(root)"],
    [["risk"], "risk"],
    [["risk", "imminentDanger"], "risk.imminentDanger"],
    [["instruments", "phq9", "items", 8], "instruments.phq9.items[8]"],
    [[0], "[0]"],
    [[3, "a"], "[3].a"],
    [["a b"], '["a b"]'],
    [["x", "9lives"], 'x["9lives"]'],
    [["$ok", "_ok-too"], "$ok._ok-too"],
    [["a.b"], '["a.b"]'],
    [["end!"], '["end!"]'],
  ] as const)("%j is written %s", (path, text) => {
    expect(formatIssuePath(path)).toBe(text);
  });
});

describe("the errors", () => {
  it("print every issue with its path under a title", () => {
    const error = new ScopeInputError([
      { path: ["risk", "imminentDanger"], code: "invalid_type", message: "Expected boolean, received string" },
      { path: [], code: "custom", message: "Second" },
    ]);
    expect(error.message).toBe("Invalid screening input\n✖ Expected boolean, received string\n  → at risk.imminentDanger\n✖ Second\n  → at (root)");
    expect(new ScopeConfigError([]).message).toBe("Invalid configuration\n");
    expect(new ScopeConfigError([], "Invalid policy").message).toBe("Invalid policy\n");
    expect(new ScopeInputError([], "Custom title").message).toBe("Custom title\n");
  });

  it("are recognised by name, code and issues, never by class alone", () => {
    const input = new ScopeInputError([]);
    const config = new ScopeConfigError([]);
    expect([isScopeInputError(input), isScopeConfigError(input), isScopeInputError(config), isScopeConfigError(config)]).toEqual([true, false, false, true]);
    const copy = { name: "ScopeInputError", code: "SCOPE_INPUT_INVALID", issues: [] };
    expect(isScopeInputError(copy)).toBe(true);
    for (const wrong of [null, undefined, "ScopeInputError", 7, { ...copy, name: "X" }, { ...copy, code: "X" }, { ...copy, issues: "[]" }, { name: copy.name, code: copy.code }]) {
      expect(isScopeInputError(wrong)).toBe(false);
    }
    expect(isScopeConfigError({ name: "ScopeConfigError", code: "SCOPE_CONFIG_INVALID", issues: [] })).toBe(true);
    expect(isScopeConfigError({ name: "ScopeConfigError", code: "SCOPE_INPUT_INVALID", issues: [] })).toBe(false);
  });
});
