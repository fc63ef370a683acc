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
import { RANK, type ScopeLevel } from "../rules/levels.js";

let checker: Checker | undefined;

/**
 * @internal Whether results of `version` read as this release's do: while the major version is 0,
 * the same minor version (a minor release may change results); after, the same major version.
 */
export function sameResults(version: string, current = VERSION): boolean {
  // A version as releases write it (semver, a pre-release tag allowed); anything else reads as no release.
  const semver = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$/;
  const [, major, minor] = semver.exec(version) ?? [];
  const [, currentMajor, currentMinor] = semver.exec(current) ?? [];
  return major !== undefined && major === currentMajor && (currentMajor !== "0" || minor === currentMinor);
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
  checkScores(issues, path, copy);
  // The level is the most severe reason's (coaching without one), and the worst case never below it.
  const level = copy.reasons.reduce((worst, r) => (RANK[r.level] > RANK[worst] ? r.level : worst), "coaching" as ScopeLevel);
  if (copy.level !== level) push(issues, [...path, "level"], "invalid_value", `Expected ${quoteValue(level)}, the most severe of the reasons' levels, received ${quoteValue(copy.level)}`);
  if (RANK[copy.worstCase] < RANK[copy.level]) push(issues, [...path, "worstCase"], "invalid_value", `Expected a level at least as severe as the level, received ${quoteValue(copy.worstCase)}`);
  if (copy.inScope !== RANK[copy.level] <= RANK["coaching-with-care"]) push(issues, [...path, "inScope"], "invalid_value", "Expected true exactly when the level is coaching or coaching-with-care");
  return copy;
}

/** Each score inside its instrument's total range, `complete` when exact, and a measure's band the one its total is in. */
function checkScores(issues: Issues, path: Path, copy: ScopeAssessment): void {
  for (const [id, score] of Object.entries(copy.scores) as [string, { min: number; max: number; complete: boolean; band?: string }][]) {
    const instrument = instrumentOf(id);
    const [low, high] = instrument.totalRange;
    const at = [...path, "scores", id];
    if (!(low <= score.min && score.min <= score.max && score.max <= high)) {
      push(issues, at, "invalid_value", `Expected min ≤ max within the ${instrument.name}'s total range ${low}–${high}, received ${score.min}–${score.max}`);
      continue;
    }
    if (score.complete !== (score.min === score.max)) push(issues, [...at, "complete"], "invalid_value", "Expected true exactly when min equals max");
    // A short screen's bands follow the policy's threshold; a measure's are published.
    if (instrument.role !== "measure") continue;
    const band = score.min === score.max ? instrument.bands.find((b) => b.min <= score.min && score.min <= b.max)?.id : undefined;
    if (score.band !== band) push(issues, [...at, "band"], "invalid_value", `Expected ${band === undefined ? "no band for a range" : quoteValue(band)}, received ${quoteValue(score.band)}`);
  }
}

/** @internal A registry instrument by id (the result's shape admits only the registry's ids). */
export const instrumentOf = (id: string): Instrument => REGISTRY.byId.get(id)!;
