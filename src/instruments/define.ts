/**
 * The shape of an instrument's definition: every scoring fact the library knows about one
 * instrument, written once in `src/instruments/<id>/definition.ts`. Everything else (the input
 * validator, the default policy and its checks, the zod schemas and JSON Schema, the FHIR code
 * tables, the message keys, the rules) is derived from these definitions.
 *
 * @internal
 * @module
 */

import type { ReferTo } from "../input/referral.js";

/**
 * Whether a higher total means more distress (most instruments) or less (the WHO-5 measures
 * well-being: lower is worse).
 *
 * @example
 * ```ts
 * INSTRUMENTS.who5.direction;
 * //=> "lower-is-worse"
 * ```
 */
export type Direction = "higher-is-worse" | "lower-is-worse";

/**
 * One published scale an instrument's items can be scored on, named as the input names it
 * (`"1-5"`, `"0-4"`). An instrument's first scale is its canonical one: scores, bands and
 * thresholds are reported on it.
 *
 * @example
 * ```ts
 * INSTRUMENTS.k10.scales[1];
 * //=> { id: "0-4", itemRange: [0, 4] }
 * ```
 */
export interface ItemScale<S extends string = string> {
  /** The scale's name, as the input and `scoreInstrument`'s `scale` option write it. */
  readonly id: S;
  /** The lowest and highest answer of one item on this scale. */
  readonly itemRange: readonly [min: number, max: number];
}

/**
 * One published scale of an instrument's total, other than the raw sum (the WHO-5's
 * percentage is the raw total × 4).
 *
 * @example
 * ```ts
 * INSTRUMENTS.who5.totalScales;
 * //=> [{ id: "raw", factor: 1 }, { id: "percent", factor: 4 }]
 * ```
 */
export interface TotalScale<S extends string = string> {
  /** The scale's name (`"raw"`, `"percent"`). */
  readonly id: S;
  /** What the raw total is multiplied by on this scale. */
  readonly factor: number;
}

/**
 * One published band of an instrument's total, on its canonical scale.
 *
 * @example
 * ```ts
 * const band: BandDefinition<"mild"> = { id: "mild", min: 5, max: 9 };
 * ```
 */
export interface BandDefinition<B extends string = string> {
  /** The band's id (`scores.<id>.band`), as published. */
  readonly id: B;
  /** The lowest total in the band, inclusive. */
  readonly min: number;
  /** The highest total in the band, inclusive. */
  readonly max: number;
}

/**
 * The terms under which an instrument may be reproduced.
 *
 * @example
 * ```ts
 * INSTRUMENTS.who5.licence.commercialUse;
 * //=> false
 * ```
 */
export interface InstrumentLicence {
  /** Whether a commercial app may reproduce the instrument (its item texts) under these terms. */
  readonly commercialUse: boolean;
  /** The licence or permission statement, and the credit it asks for, as published. */
  readonly attribution: string;
  /** Whether adaptations must be shared under the same licence. */
  readonly shareAlike: boolean;
  /** Where the terms are published. */
  readonly source: string;
}

/**
 * LOINC codes of an instrument, where they were verified (docs/fhir.md lists each code's
 * source). Items that are another instrument's items (`itemsOf`) take that instrument's codes.
 *
 * @example
 * ```ts
 * INSTRUMENTS.phq9.loinc?.total;
 * //=> "44261-6"
 * ```
 */
export interface LoincCodes {
  /** The panel (the whole form). */
  readonly panel?: string;
  /** The total score. */
  readonly total?: string;
  /** The items, in form order; absent when the instrument's items are another's (`itemsOf`). */
  readonly items?: readonly string[];
  /** The LOINC answer codes of its items and the score of each; absent when the items are another's. */
  readonly answers?: Readonly<Record<string, number>>;
  /** Items of the panel that carry no score but answer a question of the input (the PHQ-9's item 10). */
  readonly unscored?: readonly UnscoredItem[];
}

/**
 * An item of a panel that carries no score but answers a yes/no question of the input: the
 * PHQ-9's item 10 (how difficult the problems made life) answered "very difficult" or
 * "extremely difficult" sets `dailyFunctioningImpaired: true`.
 *
 * @example
 * ```ts
 * INSTRUMENTS.phq9.loinc?.unscored?.[0]?.field;
 * //=> "dailyFunctioningImpaired"
 * ```
 */
export interface UnscoredItem {
  /** The item's LOINC code. */
  readonly code: string;
  /** The input's field it answers. */
  readonly field: "dailyFunctioningImpaired";
  /** The LOINC answer codes of its answer list, in order. */
  readonly answers: readonly string[];
  /** Those of its answers that make the field `true`; the others leave it unset. */
  readonly trueFor: readonly string[];
}

/**
 * When a change of an instrument's total between two screenings counts: `reliable` points or
 * more on the canonical scale, in either direction; and the total from which a score counts as a
 * case (in its direction of worse), where one is used.
 *
 * @example
 * ```ts
 * INSTRUMENTS.phq9.change;
 * //=> { reliable: 6, caseness: 10, source: "NHS Talking Therapies manual (reliable change 6, caseness 10; secondary copies only); Löwe et al., Med Care 2004;42:1194–1201 (5 points, the smallest individual change, is an option)" }
 * ```
 */
export interface ChangeDefinition {
  /** The smallest change of the canonical total that is reliable, improvement or deterioration. */
  readonly reliable: number;
  /** The total at which a score counts as a case (at or above it; at or below for lower-is-worse). */
  readonly caseness?: number;
  /** Where the values come from (docs/over-time.md says how each was checked). */
  readonly source: string;
}

/**
 * The default thresholds of an instrument that measures (a total at or above `refer`, or at or
 * below it where lower is worse, refers).
 *
 * @example
 * ```ts
 * const phq9: MeasureThresholds = { care: 5, refer: 10 };
 * ```
 */
export interface MeasureThresholds {
  /** The total at or past which the rule gives `coaching-with-care`. */
  readonly care: number;
  /** The total at or past which the rule gives `refer`. */
  readonly refer: number;
}

/**
 * The default threshold of a short screen: at or above `positive`, the full instrument is
 * needed.
 *
 * @example
 * ```ts
 * const phq2: ScreenThresholds = { positive: 3 };
 * ```
 */
export interface ScreenThresholds {
  /** The total at or above which the screen is positive. */
  readonly positive: number;
}

/**
 * Everything the library knows about one instrument, as data. See docs/adding-an-instrument.md.
 *
 * @example
 * ```ts
 * const definition = defineInstrument({ id: "phq9", name: "PHQ-9", order: 10, … });
 * ```
 */
export interface InstrumentDefinition<Id extends string = string, B extends string = string> {
  /** The id: the key under `instruments` and `scores`, and the code of its symptom reason. */
  readonly id: Id;
  /** Short name, as printed on the form ("PHQ-9"). */
  readonly name: string;
  /** Where the instrument stands among the others: the order of reports and of equal reasons. */
  readonly order: number;
  /** Number of items. */
  readonly itemCount: number;
  /** The published scales of one item; the first is canonical. */
  readonly scales: readonly [ItemScale, ...ItemScale[]];
  /** Published scales of the total other than the raw sum (the WHO-5's percentage). */
  readonly totalScales?: readonly TotalScale[];
  /** Whether a higher total means more distress. */
  readonly direction: Direction;
  /**
   * The published bands of the canonical total, from the lowest total to the highest, contiguous.
   * A short screen has none: its bands, `negative` and `positive`, follow the policy's threshold.
   */
  readonly bands?: readonly BandDefinition<B>[];
  /** The lowest total of the published severe band; `null` where none is published. */
  readonly severeFrom: number | null;
  /**
   * For a measure: the most lenient `refer` threshold a policy may set (at most this total, or at
   * least it where lower is worse), from the published point where treatment is indicated.
   */
  readonly referLimit?: number;
  /**
   * For a measure whose published cut-offs stop short of the lowest total: the strictest `refer`
   * threshold a policy may set (the PC-PTSD-5's 3: no lower cut-off was validated).
   */
  readonly referFloor?: number;
  /** For a short screen: the lowest and highest `positive` threshold a policy may set. */
  readonly positiveRange?: readonly [min: number, max: number];
  /**
   * Where its referral goes (`evidence.referTo`): a screen without `itemsOf` (the SCOFF) refers
   * when positive, to here. Left out, a measure's referral goes to a mental-health professional
   * and its evidence does not name it.
   */
  readonly referTo?: ReferTo;
  /**
   * A yes/no question asked before the items (the PC-PTSD-5's trauma exposure), by its field
   * name in the input: required whenever the instrument is given; `false` scores the lowest
   * total and asks no item.
   */
  readonly gate?: string;
  /**
   * Where the instrument has no published severe band, when the alongside-treatment rule may
   * lower its `refer`: `always` (PC-PTSD-5) or only for a client who is medically stable
   * (`medically-stable`: the SCOFF). Left out, only totals below `severeFrom` are lowered.
   */
  readonly alongside?: "always" | "medically-stable";
  /** Default thresholds: `care`/`refer` for a measure, `positive` for a short screen. */
  readonly thresholds: MeasureThresholds | ScreenThresholds;
  /**
   * A measure that also screens for another instrument (the WHO-5: "test for depression"): at or
   * past its `care` threshold, or with any item at or past `itemAtOrBelow`, `next` (or a form whose
   * items are all `next`'s) is needed.
   */
  readonly asScreen?: { readonly next: string; readonly itemAtOrBelow: number };
  /** The instrument's items are these items (indexes from 0) of another instrument, in order. */
  readonly itemsOf?: { readonly id: string; readonly items: readonly number[] };
  /** The number (from 1, as people count) of the item that asks about thoughts of death or self-harm. */
  readonly riskItem?: number;
  /** The days its questions look back over (the recall window printed on the form). */
  readonly recallDays: number;
  /** Verified LOINC codes; `null` where none was verified. */
  readonly loinc: LoincCodes | null;
  /**
   * How much its total must change between two screenings to be a reliable change, and where a
   * case starts; left out where no value was found (the change is then reported, never classified).
   */
  readonly change?: ChangeDefinition;
  /** The paper its bands and cut-offs come from. */
  readonly citation: string;
  /** The terms under which it may be reproduced. */
  readonly licence: InstrumentLicence;
}

/**
 * @internal Declares an instrument. Returns the definition unchanged, with its literal types
 * kept so that instrument ids, band ids and message keys are derived as types too.
 */
export /* @__NO_SIDE_EFFECTS__ */ function defineInstrument<const D extends InstrumentDefinition>(definition: D): D {
  return definition;
}

/**
 * An instrument's published texts in one language, where its licence lets them ship: imported
 * only by the intake entry, never by the core.
 *
 * @internal
 */
export interface InstrumentTexts {
  /** The language of the texts (BCP 47). */
  readonly language: string;
  /** The question the items answer ("Over the last 2 weeks, how often …"). */
  readonly stem: string;
  /** The text of the question asked before the items (`gate`: the PC-PTSD-5's trauma exposure), where there is one. */
  readonly gate?: string;
  /** Each item's text, in form order. */
  readonly items: readonly string[];
  /** Each answer's label, from the canonical scale's lowest value to its highest. */
  readonly answers: readonly { readonly value: number; readonly label: string }[];
  /** The line the licence asks to print beside the texts. */
  readonly copyright: string;
  /** Where the wording was checked. */
  readonly source: string;
}

/** @internal Declares an instrument's texts (checked against its definition by a test). */
export /* @__NO_SIDE_EFFECTS__ */ function defineTexts(texts: InstrumentTexts): InstrumentTexts {
  return texts;
}

/** @internal The texts of an instrument whose items are another's (`itemsOf`): those items, in order. */
export /* @__NO_SIDE_EFFECTS__ */ function textsOf(owner: InstrumentTexts, items: readonly number[]): InstrumentTexts {
  return { ...owner, items: items.map((i) => owner.items[i]!) };
}
