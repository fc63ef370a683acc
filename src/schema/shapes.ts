/**
 * The shape of the result, derived from the engine (the registry's instruments, the policy's
 * shape, the rules' evidence), for the zod schema and the JSON Schema document.
 *
 * @internal
 * @module
 */
import type { Engine } from "../assess/engine.js";
import { policyShape } from "../policy/policy.js";
import { SCOPE_LEVELS } from "../rules/levels.js";
import { bool, date, fieldShape, int, list, literal, num, obj, oneOf, optional, str, union, type ObjectShape } from "../shared/shape.js";
import { DECISION_RECORD_KIND } from "../over-time/kind.js";

/** @internal A result of `assessScope`. */
export function assessmentShape(engine: Engine): ObjectShape {
  const level = oneOf(SCOPE_LEVELS);
  const reasons = engine.rules.map((r) => obj({ code: literal(r.code), kind: literal(r.kind), level, message: str(), evidence: r.evidence }));
  const score = (bands: readonly string[]) => obj({ min: int(), max: int(), complete: bool(), band: optional(oneOf(bands)) });
  const scores = Object.fromEntries(engine.registry.instruments.map((i) => [i.id, optional(score(i.bands.map((b) => b.id)))]));
  return obj({
    ref: optional(fieldShape(engine.inputShape.fields["ref"]!)),
    level,
    inScope: bool(),
    worstCase: level,
    reasons: list(union("code", reasons)),
    scores: obj(scores),
    fit: optional(obj({ answered: int(), coaching: int(), psychotherapy: int(), coachingShare: num() })),
    missing: list(str()),
    policy: policyShape(engine.policy, false),
    disclaimer: str(),
    meta: obj({ library: literal("coaching-scope"), version: str(), policyId: str(), locale: str() }),
  });
}

/** @internal A decision record: the input, the options that matter, the policy, the result and its meta. */
export function decisionRecordShape(engine: Engine): ObjectShape {
  const result = assessmentShape(engine);
  return obj({
    kind: literal(DECISION_RECORD_KIND),
    ref: result.fields["ref"]!,
    input: engine.inputShape,
    asOf: optional(date()),
    locale: str(),
    policy: policyShape(engine.policy, false),
    result,
    meta: result.fields["meta"]!,
    digest: str(),
  });
}
