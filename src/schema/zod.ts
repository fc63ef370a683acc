/**
 * The zod 4 schemas of the public contract, written with `zod/mini` so that an app's bundle
 * takes only what it uses. They accept and reject exactly what the core's own validator does
 * (a property test checks it).
 *
 * @internal
 * @module
 */
import * as z from "zod/mini";
import { INDICATOR_IDS } from "../input.js";
import { SCALES, type InstrumentId } from "../scales.js";
import { REASON_CODES, SCOPE_LEVELS } from "../levels.js";
import { DIMENSION_IDS } from "../model.js";
import { DEFAULT_POLICY } from "../policy.js";

const notNegativeZero = /* @__PURE__ */ z.refine<number>((v) => !Object.is(v, -0), { message: "Expected a number other than -0" });

/** An integer in [min, max], never -0. */
const int = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max), notNegativeZero);
/** A finite number in [min, max], never -0. */
const num = (min: number, max: number) => z.number().check(z.minimum(min), z.maximum(max), notNegativeZero);
const bool = () => z.optional(z.boolean());

function instrument(id: InstrumentId) {
  const info = SCALES[id];
  const items = z.strictObject({
    items: z.array(z.nullable(int(info.itemRange[0], info.itemRange[1]))).check(z.length(info.itemCount)),
  });
  if (id !== "phq9") return z.union([items, z.strictObject({ total: int(info.totalRange[0], info.totalRange[1]) })]);
  const total = z
    .strictObject({ total: int(info.totalRange[0], info.totalRange[1]), item9: z.optional(int(info.itemRange[0], info.itemRange[1])) })
    .check(
      z.refine((v) => v.item9 === undefined || v.item9 <= v.total, {
        message: "item9 cannot exceed the total",
        path: ["item9"],
      }),
    );
  return z.union([items, total]);
}

/** @internal */
export const screeningInput = /* @__PURE__ */ (() =>
  z.strictObject({
    risk: z.optional(
      z.strictObject({
        imminentDanger: bool(),
        suicidalThoughts: z.optional(z.enum(["none", "passive", "active"])),
        suicidalIntentOrPlan: bool(),
        recentSuicidalBehavior: bool(),
        selfHarm: bool(),
        harmToOthers: bool(),
        assessedRiskLevel: z.optional(z.enum(["low", "moderate", "high"])),
      }),
    ),
    medicallyStable: bool(),
    dailyFunctioningImpaired: bool(),
    instruments: z.optional(
      z.strictObject({
        phq9: z.optional(instrument("phq9")),
        gad7: z.optional(instrument("gad7")),
        phq2: z.optional(instrument("phq2")),
        gad2: z.optional(instrument("gad2")),
        k10: z.optional(instrument("k10")),
        k6: z.optional(instrument("k6")),
        who5: z.optional(instrument("who5")),
      }),
    ),
    indicators: z.optional(
      z.array(z.enum(INDICATOR_IDS)).check(
        z.maxLength(INDICATOR_IDS.length),
        z.superRefine((list, ctx) => {
          list.forEach((id, i) => {
            if (list.indexOf(id) !== i) ctx.addIssue({ code: "custom", path: [i], message: `Duplicate indicator ${JSON.stringify(id)}`, input: id });
          });
        }),
      ),
    ),
    treatment: z.optional(
      z.strictObject({ inPsychotherapy: bool(), inPsychiatricCare: bool(), professionalSupportsCoaching: bool() }),
    ),
    preferences: z.optional(
      z.strictObject(Object.fromEntries(DIMENSION_IDS.map((id) => [id, z.optional(z.enum(["coaching", "psychotherapy"]))])) as Record<
        (typeof DIMENSION_IDS)[number],
        z.ZodMiniOptional<z.ZodMiniEnum<{ coaching: "coaching"; psychotherapy: "psychotherapy" }>>
      >),
    ),
  }))();

type Order = "care-below-refer" | "care-above-refer";

/** Care/refer thresholds: ordered against each other, or against the default where one is left out. */
function careRefer<E extends z.core.$ZodLooseShape = Record<never, never>>(
  defaults: { care: number; refer: number },
  min: number,
  max: number,
  order: Order,
  integer: boolean,
  partial: boolean,
  extra?: E,
) {
  const value = integer ? int(min, max) : num(min, max);
  const shape = { ...extra, care: partial ? z.optional(value) : value, refer: partial ? z.optional(value) : value };
  return z.strictObject(shape).check(
    z.superRefine((v, ctx) => {
      const care = (v.care as number | undefined) ?? defaults.care;
      const refer = (v.refer as number | undefined) ?? defaults.refer;
      if (order === "care-below-refer" ? care > refer : care < refer) {
        ctx.addIssue({
          code: "custom",
          path: [v.care !== undefined ? "care" : "refer"],
          message: `care (${care}) must be ${order === "care-below-refer" ? "at most" : "at least"} refer (${refer})`,
          input: v,
        });
      }
    }),
  );
}

function policy(partial: boolean) {
  const d = DEFAULT_POLICY.thresholds;
  const opt = <T extends z.core.SomeType>(schema: T) => (partial ? z.optional(schema) : schema);
  const range = (id: "phq9" | "gad7" | "k10" | "k6" | "who5") => SCALES[id].totalRange;
  const scale = (id: "phq9" | "gad7" | "k10" | "k6") => opt(careRefer(d[id], range(id)[0], range(id)[1], "care-below-refer", true, partial));
  const positive = z.strictObject({ positive: opt(int(0, 6)) });
  return z.strictObject({
    thresholds: opt(
      z.strictObject({
        phq9: scale("phq9"),
        gad7: scale("gad7"),
        phq2: opt(positive),
        gad2: opt(positive),
        k10: scale("k10"),
        k6: scale("k6"),
        who5: opt(careRefer(d.who5, 0, 25, "care-above-refer", true, partial)),
        indicators: opt(careRefer(d.indicators, 1, 9, "care-below-refer", true, partial)),
        fit: opt(careRefer(d.fit, 0, 1, "care-above-refer", false, partial, { minAnswered: opt(int(1, 12)) })),
      }),
    ),
    phq9Item9: opt(z.enum(["refer", "crisis"])),
    requireRiskScreen: opt(z.boolean()),
    alongsideTreatment: opt(z.boolean()),
  });
}

/** @internal */
export const policyOverrides = /* @__PURE__ */ (() => policy(true))();
/** @internal */
export const fullPolicy = /* @__PURE__ */ (() => policy(false))();

const level = /* @__PURE__ */ (() => z.enum(SCOPE_LEVELS as unknown as ["coaching"]))();
const score = /* @__PURE__ */ (() =>
  z.strictObject({ min: z.number(), max: z.number(), complete: z.boolean(), band: z.optional(z.string()) }))();

/** @internal */
export const scopeAssessment = /* @__PURE__ */ (() =>
  z.strictObject({
    level,
    inScope: z.boolean(),
    reasons: z.array(
      z.strictObject({
        code: z.enum(REASON_CODES),
        kind: z.enum(["risk", "context", "symptom", "fit", "completeness"]),
        level,
        message: z.string().check(z.minLength(1)),
        evidence: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
      }),
    ),
    scores: z.strictObject(Object.fromEntries(Object.keys(SCALES).map((id) => [id, z.optional(score)])) as Record<InstrumentId, z.ZodMiniOptional<typeof score>>),
    fit: z.optional(z.strictObject({ answered: z.int(), coaching: z.int(), psychotherapy: z.int(), coachingShare: z.number() })),
    missing: z.array(z.string()),
    policy: fullPolicy,
    disclaimer: z.string().check(z.minLength(1)),
  }))();
