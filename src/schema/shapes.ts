/**
 * The shapes of the policy and of the result, derived from the engine (the registry's
 * instruments, the policy's specs, the rules' evidence), for the zod schemas and the JSON
 * Schema documents.
 *
 * @internal
 * @module
 */
import type { Engine } from "../assess/engine.js";
import type { PolicySpec, ThresholdSpec } from "../policy/policy.js";
import { SCOPE_LEVELS } from "../rules/levels.js";
import { bool, fieldShape, int, list, literal, num, obj, oneOf, optional, str, union, type ObjectShape, type Shape } from "../shared/shape.js";

function groupShape(t: ThresholdSpec, partial: boolean): ObjectShape {
  const field = (s: Shape) => (partial ? optional(s) : s);
  switch (t.kind) {
    case "care-refer": {
      const value = () => (t.integer ? int(t.range[0], t.range[1]) : num(t.range[0], t.range[1]));
      return { ...obj({ care: field(value()), refer: field(value()) }), order: { order: t.order, defaults: t.defaults } };
    }
    case "positive":
      return obj({ positive: field(int(t.range[0], t.range[1])) });
    case "fit":
      return {
        ...obj({ minAnswered: field(int(t.answered[0], t.answered[1])), care: field(num(0, 1)), refer: field(num(0, 1)) }),
        order: { order: "care-above-refer", defaults: t.defaults },
      };
  }
}

/** @internal A policy (`partial`: overrides, every field optional at every depth). */
export function policyShape(spec: PolicySpec, partial: boolean): ObjectShape {
  const field = (s: Shape) => (partial ? optional(s) : s);
  const thresholds = obj(Object.fromEntries(spec.thresholds.map((t) => [t.key, field(groupShape(t, partial))])));
  return obj({
    thresholds: field(thresholds),
    ...Object.fromEntries(spec.riskItems.map((key) => [key, field(oneOf(["refer", "crisis"]))])),
    ...Object.fromEntries(spec.flags.map((key) => [key, field(bool())])),
  });
}

/** @internal A result of `assessScope`. */
export function assessmentShape(engine: Engine): ObjectShape {
  const level = oneOf(SCOPE_LEVELS);
  const reasons = engine.rules.map((r) => obj({ code: literal(r.code), kind: literal(r.kind), level, message: str(undefined, 1), evidence: r.evidence }));
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
    disclaimer: str(undefined, 1),
    meta: obj({ library: literal("coaching-scope"), version: str(), policyId: str(), locale: str() }),
  });
}
