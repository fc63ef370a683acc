/**
 * Reading stored results: a result given back to the library (to compare, to track, to verify)
 * is checked against the same shape the JSON Schema of a result is built from, read once into a
 * plain copy, and must come from a release whose results this one reads the same way.
 *
 * @internal
 * @module
 */
import { libraryEngine } from "../assess/engine.js";
import { VERSION } from "../assess/meta.js";
import type { ScopeAssessment } from "../assess/result.js";
import { compileShape, type Checker } from "../input/validate.js";
import { REGISTRY, type Instrument } from "../instruments/registry.js";
import { assessmentShape } from "../schema/shapes.js";
import { push, quoteValue, type Issues, type Path } from "../shared/check.js";

let checker: Checker | undefined;

/**
 * @internal Whether results of `version` read as this release's do: while the major version is 0,
 * the same minor version (a minor release may change results); after, the same major version.
 */
export function sameResults(version: string, current = VERSION): boolean {
  const [major, minor] = version.split(".");
  const [currentMajor, currentMinor] = current.split(".");
  return major === currentMajor && (currentMajor !== "0" || minor === currentMinor);
}

/** @internal The version problem of a result's `meta.version`, in words; `undefined` when it reads as this release's. */
export function versionProblem(version: string): string | undefined {
  if (sameResults(version)) return undefined;
  return `Made by coaching-scope ${quoteValue(version)}, whose results this release (${VERSION}) does not read: ${VERSION.startsWith("0.") ? "while the version is 0.x, a minor release may change results" : "a major release may change results"}; compare and verify results of one release`;
}

/**
 * @internal A stored result, checked and copied (each field read once), with its paths under
 * `path`. Problems go to `issues`; the copy means something only when none was reported.
 */
export function readResult(issues: Issues, path: Path, value: unknown): ScopeAssessment {
  const found: Issues = [];
  const copy = (checker ??= compileShape(assessmentShape(libraryEngine()), []))(value, found) as ScopeAssessment;
  for (const issue of found) issues.push({ ...issue, path: [...path, ...issue.path] });
  if (found.length > 0) return copy;
  const problem = versionProblem(copy.meta.version);
  if (problem !== undefined) push(issues, [...path, "meta", "version"], "invalid_value", problem);
  for (const [id, score] of Object.entries(copy.scores) as [string, { min: number; max: number }][]) {
    const [low, high] = instrumentOf(id).totalRange;
    if (!(low <= score.min && score.min <= score.max && score.max <= high)) {
      push(issues, [...path, "scores", id], "invalid_value", `Expected min ≤ max within the ${instrumentOf(id).name}'s total range ${low}–${high}, received ${score.min}–${score.max}`);
    }
  }
  return copy;
}

/** @internal A registry instrument by id (the result's shape admits only the registry's ids). */
export const instrumentOf = (id: string): Instrument => REGISTRY.byId.get(id)!;
