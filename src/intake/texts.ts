/**
 * The intake's message keys, derived from its questions and the registry, and the way a locale
 * is put together from the project's own texts, the instruments' published texts and the
 * comparison model's texts of a core locale.
 *
 * @internal
 * @module
 */
import type { InstrumentTexts } from "../instruments/define.js";
import type { Locale } from "../i18n/messages.js";
import { DIMENSION_IDS, MODALITY_IDS } from "../model/model.js";
import { deepFreeze } from "../shared/check.js";
import { formatIssuePath } from "../shared/errors.js";
import { catalogue, INSTRUMENT_FACTS, type InstrumentFacts, type IntakeValue, type QuestionSpec } from "./catalogue.js";

/**
 * An intake locale: the texts of the intake's questions in one language, as plain data
 * (`coaching-scope/intake/locales/<code>`). Keys are question ids (`risk.imminentDanger`), their
 * help (`<id>.help`), option labels (`<id>=<value>`), section titles (`section.<id>`), the
 * instruments' published texts (`instruments.phq9.items[0]`, `instruments.phq9=0`,
 * `instruments.phq9.stem`, `instruments.phq9.copyright`) and the comparison model's texts
 * (`dimension.<id>.label`, `.coaching`, `.psychotherapy`). An instrument whose text a locale does
 * not ship has no keys in it: the app supplies them (`overrides` or `translate`).
 *
 * @example
 * ```ts
 * import { en } from "coaching-scope/intake/locales/en";
 * en.messages["risk.imminentDanger"];
 * //=> "Are you in danger of harming yourself or someone else right now, or do you need urgent medical help?"
 * ```
 */
export interface IntakeLocale {
  /** The language's code (BCP 47: `en`, `de`). */
  readonly code: string;
  /** The writing direction. */
  readonly dir: "ltr" | "rtl";
  /** The texts, by key. */
  readonly messages: Readonly<Record<string, string>>;
}

/** @internal The instrument whose items an instrument's are (itself, or `itemsOf`'s), and the index of item `i` there. */
export function ownerOf(instrument: InstrumentFacts, i: number): { readonly owner: string; readonly item: number } {
  return instrument.owner === undefined ? { owner: instrument.id, item: i } : { owner: instrument.owner, item: instrument.ownerItems![i]! };
}

const at = (...path: (string | number)[]): string => formatIssuePath(path);

/** @internal The keys of an instrument's texts: stem, copyright line, gate question, items and answer labels. */
export function instrumentKeys(instrument: InstrumentFacts): { stem: string; copyright: string; gate: string | undefined; items: string[]; answer: (value: IntakeValue) => string } {
  const { owner } = ownerOf(instrument, 0);
  return {
    stem: at("instruments", owner, "stem"),
    copyright: at("instruments", owner, "copyright"),
    gate: instrument.gate === undefined ? undefined : at("instruments", owner, instrument.gate),
    items: Array.from({ length: instrument.itemCount }, (_, i) => at("instruments", owner, "items", ownerOf(instrument, i).item)),
    answer: (value) => `${at("instruments", owner)}=${String(value)}`,
  };
}

/**
 * Yes/no questions whose answers have labels of their own, where a bare "no" would be read as "I
 * don't know" (`false` here means the professional advised against coaching).
 */
const OWN_LABELS: readonly string[] = ["treatment.professionalSupportsCoaching"];

/** @internal The keys of one question's text and option labels (instrument questions' come from {@link instrumentKeys}). */
export function questionKeys(q: QuestionSpec): { text: string; help: string; option: (value: IntakeValue) => string } {
  if (q.instrument !== undefined) {
    const keys = instrumentKeys(q.instrument);
    // The first question (the PC-PTSD-5's exposure) is answered yes or no.
    if (q.item === undefined) return { text: keys.gate!, help: `${q.id}.help`, option: (value) => (value === true ? "yes" : "no") };
    return { text: keys.items[q.item]!, help: `${q.id}.help`, option: keys.answer };
  }
  if (q.section === "preferences") {
    const dimension = q.path[1] as string;
    return { text: "preferences", help: `${q.id}.help`, option: (value) => `dimension.${dimension}.${String(value)}` };
  }
  const generic = q.type === "boolean" && !OWN_LABELS.includes(q.id);
  return { text: q.id, help: `${q.id}.help`, option: (value) => (generic ? (value === true ? "yes" : "no") : `${q.id}=${String(value)}`) };
}

/**
 * @internal Every key an intake locale may hold, and which of them every shipped locale must
 * hold (the project's own texts; help texts and the instruments' published texts are optional).
 */
export function intakeKeys(): { readonly all: ReadonlySet<string>; readonly required: ReadonlySet<string> } {
  const all = new Set<string>();
  const required = new Set<string>(["yes", "no", "preferences", "risk.skipped"]);
  for (const section of catalogue()) {
    if (section.instrument === undefined) required.add(`section.${section.id}`);
    all.add(`section.${section.id}.help`);
    for (const q of section.questions) {
      const k = questionKeys(q);
      const own = q.instrument === undefined;
      (own ? required : all).add(k.text);
      all.add(k.help);
      for (const value of q.values) (own ? required : all).add(k.option(value));
    }
  }
  for (const instrument of INSTRUMENT_FACTS.values()) {
    const k = instrumentKeys(instrument);
    all.add(k.stem).add(k.copyright);
  }
  for (const id of DIMENSION_IDS) required.add(`dimension.${id}.label`);
  for (const k of required) all.add(k);
  return { all, required };
}

/** @internal An instrument's published texts as an intake locale's messages. */
export function instrumentMessages(id: string, texts: InstrumentTexts): Record<string, string> {
  const k = instrumentKeys(INSTRUMENT_FACTS.get(id)!);
  const out: Record<string, string> = { [k.stem]: texts.stem, [k.copyright]: texts.copyright };
  if (k.gate !== undefined && texts.gate !== undefined) out[k.gate] = texts.gate;
  texts.items.forEach((text, i) => (out[k.items[i]!] = text));
  for (const a of texts.answers) out[k.answer(a.value)] = a.label;
  return out;
}

/**
 * @internal An intake locale: the project's own texts, the published texts of the instruments it
 * ships (by the instrument that owns the items), and the comparison model's texts of `core`.
 */
export function defineIntakeLocale(core: Locale, own: Readonly<Record<string, string>>, instruments: Readonly<Record<string, InstrumentTexts>>): IntakeLocale {
  const messages: Record<string, string> = { ...own };
  for (const [id, texts] of Object.entries(instruments)) Object.assign(messages, instrumentMessages(id, texts));
  const model = core.messages as Readonly<Record<string, string>>;
  for (const id of DIMENSION_IDS) {
    messages[`dimension.${id}.label`] = model[`dimension.${id}.label`]!;
    for (const m of MODALITY_IDS) messages[`dimension.${id}.${m}`] = model[`dimension.${id}.${m}`]!;
  }
  return deepFreeze({ code: core.code, dir: core.dir, messages });
}
