/**
 * Consistency between forms that share items (PHQ-2 and PHQ-8 with the PHQ-9, PHQ-2 with the
 * PHQ-8, GAD-2 with the GAD-7): answers to a shared question must agree. When they cannot, the
 * result is `incomplete` and both forms are asked again; each form still gives its own reasons,
 * so a disagreement never lowers anything.
 *
 * @internal
 * @module
 */
import { baseItems, type Instrument, type Registry } from "../instruments/registry.js";
import type { Answer } from "../instruments/scoring.js";
import { bool, int, list, obj, optional, str } from "../shared/shape.js";
import { ageOf } from "./client.js";
import { finding, type Finding, type Rule, type RuleContext, type Scored } from "./rule.js";

/** Two instruments that share items: the positions of the shared items in each. */
interface Pair {
  readonly a: Instrument;
  readonly b: Instrument;
  readonly inA: readonly number[];
  readonly inB: readonly number[];
}

/** @internal Every pair of the registry's instruments that share items, in registry order. */
export function sharedItemPairs(registry: Registry): Pair[] {
  const defs = new Map(registry.instruments.map((i) => [i.id, i.definition]));
  const items = registry.instruments.map((i) => baseItems(i.definition, defs));
  const pairs: Pair[] = [];
  registry.instruments.forEach((a, i) => {
    for (let j = i + 1; j < registry.instruments.length; j++) {
      const inA: number[] = [];
      const inB: number[] = [];
      items[i]!.forEach((item, k) => {
        const at = items[j]!.indexOf(item);
        if (at >= 0) (inA.push(k), inB.push(at));
      });
      if (inA.length > 0) pairs.push({ a, b: registry.instruments[j]!, inA, inB });
    }
  });
  return pairs;
}

/** The range the sum of the shared items can take, given one instrument's answers. */
function sharedRange(s: Scored, items: readonly Answer[] | undefined, shared: readonly number[]): [number, number] {
  const [low, high] = s.instrument.itemRange;
  if (items !== undefined) {
    let min = 0;
    let max = 0;
    for (const k of shared) {
      const answer = items[k];
      min += answer ?? low;
      max += answer ?? high;
    }
    return [min, max];
  }
  // A total: the other items make up the rest, the risk item exactly where its answer is given.
  let rest = s.instrument.itemCount - shared.length;
  let known = 0;
  const risk = s.instrument.riskIndex;
  if (risk !== undefined && typeof s.riskAnswer === "number" && !shared.includes(risk)) {
    rest--;
    known = s.riskAnswer;
  }
  const total = s.score.min;
  return [Math.max(shared.length * low, total - known - rest * high), Math.min(shared.length * high, total - known - rest * low)];
}

/** Whether two forms' answers to their shared items cannot both be true. */
function disagree(ctx: RuleContext, pair: Pair): boolean {
  const sa = ctx.byId.get(pair.a.id);
  const sb = ctx.byId.get(pair.b.id);
  if (sa === undefined || sb === undefined) return false;
  const answers = ctx.input.instruments as Readonly<Record<string, { readonly items?: readonly Answer[] }>>;
  const ia = answers[pair.a.id]!.items;
  const ib = answers[pair.b.id]!.items;
  if (ia !== undefined && ib !== undefined) {
    for (let k = 0; k < pair.inA.length; k++) {
      const x = ia[pair.inA[k]!]!;
      const y = ib[pair.inB[k]!]!;
      if (x !== null && y !== null && x !== y) return true;
    }
  }
  const [minA, maxA] = sharedRange(sa, ia, pair.inA);
  const [minB, maxB] = sharedRange(sb, ib, pair.inB);
  return maxA < minB || maxB < minA;
}

const evidence = /* @__PURE__ */ obj({ instruments: list(str()), client: optional(obj({ age: int(), adult: bool(), adultAge: int() })) });

/** @internal The consistency rule for a registry's instruments. */
export /* @__NO_SIDE_EFFECTS__ */ function consistencyRule(registry: Registry): Rule<"inconsistent-answers", typeof evidence> {
  const pairs = sharedItemPairs(registry);
  const rule: Rule<"inconsistent-answers", typeof evidence> = {
    code: "inconsistent-answers",
    kind: "completeness",
    evidence,
    reads: ["instruments", "client.age", "client.adult"],
    find(ctx) {
      const out: Finding[] = [];
      for (const pair of pairs) {
        if (!disagree(ctx, pair)) continue;
        const e = { instruments: [pair.a.id, pair.b.id] };
        out.push(finding(rule, "incomplete", e, [["instruments", pair.a.id], ["instruments", pair.b.id]]));
      }
      // The client's age and "adult" answer disagree: both are asked again (the minor rule applies meanwhile).
      const client = ctx.input.client;
      if (ageOf(ctx).inconsistent) {
        const e = { instruments: [], client: { age: client!.age!, adult: client!.adult!, adultAge: ctx.policy.adultAge } };
        out.push(finding(rule, "incomplete", e, [["client", "age"], ["client", "adult"]]));
      }
      return out;
    },
    variants: ["client"],
    variant: (e) => (e.client === undefined ? undefined : "client"),
    params: (e, l) =>
      e.client === undefined
        ? { first: l.t(`instrument.${e.instruments[0]}.name` as never), second: l.t(`instrument.${e.instruments[1]}.name` as never) }
        : { age: e.client.age, adultAge: e.client.adultAge },
  };
  return rule;
}
