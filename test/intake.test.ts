// The intake kit (SPEC-v2 §F): the questions as data, answers to an input, the next questions,
// and the FHIR Questionnaire (read back through coaching-scope/fhir).
import { existsSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessScope, INSTRUMENTS, type InstrumentId, type ScreeningInput } from "../src/index.js";
import { buildIntake, isShown, nextQuestions, toFhirQuestionnaire, toScreeningInput, type Intake, type IntakeAnswers, type IntakeQuestion } from "../src/intake/index.js";
import { en } from "../src/intake/locales/en.js";
import { de } from "../src/intake/locales/de.js";
import { es } from "../src/intake/locales/es.js";
import { fr } from "../src/intake/locales/fr.js";
import { fromQuestionnaireResponse } from "../src/fhir/index.js";
import { libraryEngine } from "../src/assess/engine.js";
import { RULES } from "../src/rules/table.js";
import { REGISTRY } from "../src/instruments/registry.js";
import { fieldShape, type Shape } from "../src/shared/shape.js";
import { formatIssuePath } from "../src/shared/errors.js";
import { configIssues, inputIssues } from "./helpers.js";
import { screeningInputArb } from "./arbitraries.js";

const LOCALES = { en, de, es, fr };
const ALL_SECTIONS = ["client", "risk", "context", "redFlags", "indicators", "preferences"] as const;
/** The texts of the WHO-5 and the SCOFF, which no locale ships: an app's own (here, placeholders). */
const SUPPLIED: Record<string, string> = (() => {
  const out: Record<string, string> = {};
  for (const id of ["who5", "scoff"] as const) {
    const i = INSTRUMENTS[id];
    out[`instruments.${id}.stem`] = `${i.name}:`;
    for (let n = 0; n < i.itemCount; n++) out[`instruments.${id}.items[${n}]`] = `${i.name} item ${n + 1}`;
    for (let v = i.itemRange[0]; v <= i.itemRange[1]; v++) out[`instruments.${id}=${v}`] = `answer ${v}`;
  }
  return out;
})();
/** The longest form of each family whose texts the locale ships. */
const FULL_FORMS = ["phq9", "gad7", "k10", "k6", "pcptsd5"] as const;
/** An intake with every section, the full forms the locale ships, and the WHO-5 and SCOFF with the app's texts. */
const everything = (locale = en, age: "years" | "adult" = "years"): Intake =>
  buildIntake({ locale, instruments: [...FULL_FORMS.filter((id) => shipsIn(id, locale.code)), "who5", "scoff"], age, overrides: SUPPLIED });
/** Every question there is (both age questions, every form): what toScreeningInput and nextQuestions know. */
const allQuestions = (): IntakeQuestion[] => [
  ...questions(everything(en, "years")),
  byPath(everything(en, "adult")).get("client.adult")!,
  ...questions(buildIntake({ locale: en, sections: [], instruments: ["phq8", "gad2"] })),
  ...questions(buildIntake({ locale: en, sections: [], instruments: ["phq2"] })),
];
const questions = (intake: Intake): IntakeQuestion[] => intake.sections.flatMap((s) => s.questions);
const byPath = (intake: Intake) => new Map(questions(intake).map((q) => [q.path, q]));

/** Whether an instrument's texts ship in a language: its licence allows it and a texts file for the language (its own or its items' owner's) exists. */
function shipsIn(id: InstrumentId, language: string): boolean {
  const owner = REGISTRY.byId.get(id)!.definition.itemsOf?.id ?? id;
  const file = language === "en" ? "texts.ts" : `texts.${language}.ts`;
  return INSTRUMENTS[id].licence.commercialUse && existsSync(new URL(`../src/instruments/${owner}/${file}`, import.meta.url));
}

/** Every leaf path of the input's shape under `tops`: object fields, and each instrument's first question and items. */
function leafPaths(tops: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const walk = (s: Shape, path: (string | number)[]) => {
    if (s.kind === "object") for (const [k, f] of Object.entries(s.fields)) walk(fieldShape(f), [...path, k]);
    else if (s.kind === "instrument") {
      const i = s.instrument;
      if (i.gate !== undefined) out.push(formatIssuePath([...path, i.gate]));
      for (let n = 0; n < i.itemCount; n++) out.push(formatIssuePath([...path, "items", n]));
    } else out.push(formatIssuePath(path));
  };
  const shape = libraryEngine().inputShape;
  for (const [k, f] of Object.entries(shape.fields)) if (tops.has(k)) walk(fieldShape(f), [k]);
  return out;
}

describe("the questions cover the input", () => {
  const read = new Set(RULES.flatMap((r) => r.reads as readonly string[]));
  const NOT_ASKED = ["risk.assessedRiskLevel", "risk.assessedOn", "answeredOn", "ref"];

  it("an intake asks one form of a family", () => {
    expect(configIssues(() => buildIntake({ locale: en, instruments: ["phq9", "gad7", "phq2"] })).map((i) => i.path)).toEqual([["instruments", 2]]);
  });

  it("every path any rule reads is the path of some question, except what no client is asked", () => {
    const paths = new Set(allQuestions().map((q) => q.path));
    const leaves = leafPaths(read);
    expect(leaves.length).toBeGreaterThan(60);
    expect(leaves.filter((p) => !paths.has(p) && !NOT_ASKED.includes(p))).toEqual([]);
    // Each exclusion is a real field of the input.
    const fields = leafPaths(new Set(Object.keys(libraryEngine().inputShape.fields)));
    for (const p of NOT_ASKED) expect(fields).toContain(p);
    // And no question asks a field no client is asked.
    for (const p of NOT_ASKED) expect(paths.has(p)).toBe(false);
  });

  it("a question's path is its id, and each option's value is what the input takes there", () => {
    const intake = everything();
    for (const q of questions(intake)) {
      expect(q.id).toBe(q.path);
      for (const o of q.options) {
        const input = toScreeningInput({ [q.id]: q.type === "multiple" ? [o.value] : o.value });
        // The input the answer builds is valid, and holds the value at the path.
        expect(() => assessScope(input)).not.toThrow();
        expect(JSON.stringify(input)).toContain(JSON.stringify(o.value));
      }
    }
  });
});

describe("texts", () => {
  it.each(Object.entries(LOCALES))("%s: every question has its text, or is app-supplied by licence or for want of an official translation", (code, locale) => {
    const intake = buildIntake({ locale, instruments: [] });
    expect(intake.sections.map((s) => s.id)).toEqual([...ALL_SECTIONS]);
    for (const s of intake.sections) {
      expect(s.title, s.id).toMatch(/\S/);
      for (const q of s.questions) {
        expect(q.text, q.id).toMatch(/\S/);
        expect(q.text, q.id).not.toContain("{");
        for (const o of q.options) expect(o.label, `${q.id}=${String(o.value)}`).toMatch(/\S/);
      }
    }
    for (const id of REGISTRY.ids as InstrumentId[]) {
      if (shipsIn(id, code)) {
        const section = buildIntake({ locale, sections: [], instruments: [id] }).sections[0]!;
        expect(section.questions.every((q) => q.text.length > 0 && q.options.every((o) => o.label.length > 0)), id).toBe(true);
        expect(section.notice, id).toMatch(/\S/);
      } else {
        const issues = configIssues(() => buildIntake({ locale, sections: [], instruments: [id] }));
        expect(issues.length, id).toBeGreaterThanOrEqual(INSTRUMENTS[id].itemCount);
        expect(issues.every((i) => i.path[0] === "overrides"), id).toBe(true);
      }
    }
  });

  it("the WHO-5 and the SCOFF ship in no language; an app supplies them through overrides", () => {
    for (const id of ["who5", "scoff"] as const) for (const code of Object.keys(LOCALES)) expect(shipsIn(id, code)).toBe(false);
    const overrides: Record<string, string> = { "instruments.who5.stem": "Over the last two weeks…" };
    for (let i = 0; i < 5; i++) overrides[`instruments.who5.items[${i}]`] = `WHO-5 item ${i + 1}`;
    for (let v = 0; v <= 5; v++) overrides[`instruments.who5=${v}`] = `answer ${v}`;
    const section = buildIntake({ locale: en, sections: [], instruments: ["who5"], overrides }).sections[0]!;
    expect(section.questions.map((q) => q.text)).toEqual(["WHO-5 item 1", "WHO-5 item 2", "WHO-5 item 3", "WHO-5 item 4", "WHO-5 item 5"]);
    expect(section.help).toBe("Over the last two weeks…");
  });

  it("every locale has the same keys as English, instrument texts aside", () => {
    const own = (m: Readonly<Record<string, string>>) => Object.keys(m).filter((k) => !k.startsWith("instruments.")).sort();
    for (const locale of [de, es, fr]) expect(own(locale.messages)).toEqual(own(en.messages));
  });

  it("by default the PHQ-9 and GAD-7, where the locale has their texts", () => {
    expect(buildIntake({ locale: en }).sections.map((s) => s.instrument).filter(Boolean)).toEqual(["phq9", "gad7"]);
    expect(buildIntake({ locale: de }).sections.map((s) => s.instrument).filter(Boolean)).toEqual(["phq9"]);
    expect(buildIntake({ locale: fr }).sections.map((s) => s.instrument).filter(Boolean)).toEqual([]);
  });

  it("overrides and translate replace texts; onMissing hears when translate falls back", () => {
    const missing: string[] = [];
    const intake = buildIntake({
      locale: en,
      sections: ["risk"],
      instruments: [],
      overrides: { "section.risk": "Safety" },
      translate: (key) => (key === "risk.selfHarm" ? "Self-harm?" : undefined),
      onMissing: (key) => missing.push(key),
    });
    expect(intake.sections[0]!.title).toBe("Safety");
    expect(intake.sections[0]!.questions.find((q) => q.id === "risk.selfHarm")!.text).toBe("Self-harm?");
    expect(missing).toContain("risk.imminentDanger");
    expect(missing).not.toContain("risk.selfHarm");
  });

  it("fills the adult age into the question", () => {
    const intake = buildIntake({ locale: en, sections: ["client"], instruments: [], age: "adult", adultAge: 16 });
    expect(intake.sections[0]!.questions.map((q) => [q.id, q.text, q.showWhen?.map((c) => `${c.question}${c.operator}${String(c.value)}`)])).toEqual([
      ["client.adult", "Are you 16 or older?", undefined],
      ["client.age", "How old are you?", ["client.adult=false"]],
      ["client.guardianConsent", "Has a parent or guardian agreed to you having coaching?", ["client.age<16", "client.adult=false"]],
      ["client.perinatal", "Are you pregnant, or have you given birth in the past 12 months?", undefined],
    ]);
  });
});

describe("options", () => {
  it("a missing locale, an unknown option, section or instrument is the library's error naming it", () => {
    expect(configIssues(() => buildIntake(undefined as never)).map((i) => i.path)).toEqual([[]]);
    expect(configIssues(() => buildIntake({} as never)).map((i) => i.path)).toEqual([["locale"]]);
    expect(configIssues(() => buildIntake({ locale: en, colour: 1 } as never))[0]!.path).toEqual([]);
    expect(configIssues(() => buildIntake({ locale: en, sections: ["risk", "mood"] as never })).map((i) => i.path)).toEqual([["sections", 1]]);
    expect(configIssues(() => buildIntake({ locale: en, instruments: ["phq10"] as never })).map((i) => i.path)).toEqual([["instruments", 0]]);
    expect(configIssues(() => buildIntake({ locale: en, age: "months" as never })).map((i) => i.path)).toEqual([["age"]]);
    expect(configIssues(() => buildIntake({ locale: en, adultAge: 17.5 })).map((i) => i.path)).toEqual([["adultAge"]]);
    expect(configIssues(() => buildIntake({ locale: { code: "en", dir: "ltr", messages: { "risk.imminentDangr": "x" } } })).map((i) => i.path)).toEqual([["locale", "messages"]]);
    expect(configIssues(() => buildIntake({ locale: en, overrides: { "risk.imminentDanger": 3 as never } })).map((i) => i.path)).toEqual([["overrides", "risk.imminentDanger"]]);
  });

  it("the model is frozen", () => {
    const intake = buildIntake({ locale: en });
    expect(Object.isFrozen(intake.sections[1]!.questions[0]!.options)).toBe(true);
  });
});

describe("toScreeningInput", () => {
  it("checks each value against its question's options, naming the question", () => {
    expect(inputIssues(() => toScreeningInput({ "risk.imminentDanger": "no" }))).toEqual([{ path: ["risk.imminentDanger"], code: "invalid_value", message: 'Expected one of true, false, received "no"' }]);
    expect(inputIssues(() => toScreeningInput({ "instruments.phq9.items[0]": 4 })).map((i) => i.path)).toEqual([["instruments.phq9.items[0]"]]);
    expect(inputIssues(() => toScreeningInput({ "client.age": 121 })).map((i) => i.path)).toEqual([["client.age"]]);
    expect(inputIssues(() => toScreeningInput({ indicators: ["sadness"] })).map((i) => i.path)).toEqual([["indicators"]]);
    expect(inputIssues(() => toScreeningInput({ indicators: ["irritability", "irritability"] })).map((i) => i.path)).toEqual([["indicators"]]);
    expect(inputIssues(() => toScreeningInput({ "risk.imminentDangr": false })).map((i) => [i.path, i.code])).toEqual([[["risk.imminentDangr"], "unrecognized_keys"]]);
    expect(inputIssues(() => toScreeningInput(JSON.parse('{"__proto__": true}') as IntakeAnswers)).map((i) => i.path)).toEqual([["__proto__"]]);
    expect(inputIssues(() => toScreeningInput(null as never)).map((i) => i.path)).toEqual([[]]);
  });

  it("an instrument's items after its first question was answered no are an error", () => {
    expect(inputIssues(() => toScreeningInput({ "instruments.pcptsd5.exposure": false, "instruments.pcptsd5.items[2]": 1 })).map((i) => i.path)).toEqual([["instruments.pcptsd5.items[2]"]]);
    expect(toScreeningInput({ "instruments.pcptsd5.exposure": false })).toEqual({ instruments: { pcptsd5: { exposure: false } } });
    expect(toScreeningInput({ "instruments.pcptsd5.exposure": true })).toEqual({ instruments: { pcptsd5: { exposure: true, items: [null, null, null, null, null] } } });
    expect(toScreeningInput({ "instruments.pcptsd5.items[0]": 1 })).toEqual({ instruments: { pcptsd5: { exposure: true, items: [1, null, null, null, null] } } });
  });

  it("null is unanswered; a two-scale instrument names the scale its questions use", () => {
    expect(toScreeningInput({ "risk.selfHarm": null, "instruments.k6.items[5]": 4 })).toEqual({ instruments: { k6: { items: [null, null, null, null, null, 4], scale: "0-4" } } });
  });

  it("is the inverse of reading an input at the questions' paths (generated inputs)", () => {
    const all = allQuestions();
    fc.assert(
      fc.property(screeningInputArb({ nullable: true }), (generated) => {
        const input = askable(generated);
        const answers: Record<string, unknown> = {};
        for (const q of all) {
          const v = at(input, q.path);
          if (v !== undefined) answers[q.id] = v;
        }
        expect(toScreeningInput(answers as IntakeAnswers)).toEqual(input);
      }),
      { numRuns: 300 },
    );
  });

  it("whatever the answers, the input it builds is accepted by assessScope (generated answers)", () => {
    const all = allQuestions();
    fc.assert(
      fc.property(answersArb(all), (answers) => {
        let input: ScreeningInput;
        try {
          input = toScreeningInput(answers);
        } catch (error) {
          // Only the one contradiction answers can hold: items after "no trauma".
          expect((error as { issues: { message: string }[] }).issues.every((i) => i.message.includes("asked only after a yes"))).toBe(true);
          return;
        }
        expect(() => assessScope(input)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

/** Generated answers: each question unanswered or given one of its values. */
function answersArb(all: readonly IntakeQuestion[]): fc.Arbitrary<IntakeAnswers> {
  const entries = all.map((q) => {
    const value: fc.Arbitrary<unknown> =
      q.type === "integer" ? fc.integer({ min: q.min!, max: q.max! }) : q.type === "multiple" ? fc.uniqueArray(fc.constantFrom(...q.options.map((o) => o.value))) : fc.constantFrom(...q.options.map((o) => o.value));
    return fc.option(value, { nil: undefined }).map((v) => [q.id, v] as const);
  });
  return fc.tuple(...entries).map((pairs) => Object.fromEntries(pairs.filter(([, v]) => v !== undefined)) as IntakeAnswers);
}

/** The value of an input at a question's path (`instruments.phq9.items[3]`), or `undefined`. */
function at(input: unknown, path: string): unknown {
  const keys = path.match(/[^.[\]]+/g)!.map((k) => (/^\d+$/.test(k) ? Number(k) : k));
  let v: unknown = input;
  for (const k of keys) v = v === null || v === undefined ? undefined : (v as Record<string | number, unknown>)[k];
  return v === null ? undefined : v;
}

/** A generated input as the intake can ask it: no field no client is asked, instruments by their items on the canonical scale. */
function askable(input: ScreeningInput): ScreeningInput {
  const copy = structuredClone(input) as Record<string, unknown> & { risk?: Record<string, unknown>; instruments?: Record<string, Record<string, unknown>> };
  delete copy["answeredOn"];
  delete copy["ref"];
  if (copy.risk !== undefined) {
    delete copy.risk["assessedRiskLevel"];
    delete copy.risk["assessedOn"];
  }
  for (const [id, answers] of Object.entries(copy.instruments ?? {})) {
    const i = REGISTRY.byId.get(id)!;
    const items = answers["items"] as (number | null)[] | undefined;
    const canonical = answers["scale"] === undefined || answers["scale"] === i.scales[0]!.id;
    const gateOpen = i.gate === undefined || answers[i.gate] === true;
    if (answers["total"] !== undefined || !canonical || (items !== undefined && items.every((a) => a === null) && i.gate === undefined) || (items === undefined && gateOpen)) delete copy.instruments![id];
    else if (i.gate !== undefined && answers[i.gate] === false) copy.instruments![id] = { [i.gate]: false };
  }
  if (copy.instruments !== undefined && Object.keys(copy.instruments).length === 0) delete copy.instruments;
  for (const key of ["risk", "client", "redFlags", "treatment", "preferences"]) {
    const part = copy[key] as Record<string, unknown> | undefined;
    if (part !== undefined) for (const k of Object.keys(part)) if (part[k] === undefined) delete part[k];
    if (part !== undefined && Object.keys(part).length === 0) delete copy[key];
  }
  if (Array.isArray(copy["indicators"]) && (copy["indicators"] as unknown[]).length === 0) delete copy["indicators"];
  for (const k of Object.keys(copy)) if (copy[k] === undefined) delete copy[k];
  return copy as ScreeningInput;
}

describe("follow-ups and required questions agree with the engine", () => {
  it("intent or plan is shown exactly when the engine asks it", () => {
    const intent = byPath(everything(en, "years")).get("risk.suicidalIntentOrPlan")!;
    const item9 = "instruments.phq9.items[8]";
    fc.assert(
      fc.property(fc.option(fc.constantFrom("none", "passive", "active")), fc.option(fc.integer({ min: 0, max: 3 })), fc.boolean(), (thoughts, nine, death) => {
        const answers: Record<string, unknown> = { "risk.imminentDanger": false };
        if (thoughts !== null) answers["risk.suicidalThoughts"] = thoughts;
        if (nine !== null) answers[item9] = nine;
        if (death) answers["indicators"] = ["thoughts-of-death"];
        const result = assessScope(toScreeningInput(answers as IntakeAnswers));
        expect(isShown(intent, answers as IntakeAnswers)).toBe(result.missing.includes("risk.suicidalIntentOrPlan"));
      }),
      { numRuns: 200 },
    );
  });

  it("the guardian's consent and the professional's view are shown whenever the engine asks them", () => {
    const q = byPath(everything(en, "years"));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), fc.option(fc.boolean()), fc.option(fc.boolean()), (age, therapy, psychiatric) => {
        const answers: Record<string, unknown> = { "client.age": age };
        if (therapy !== null) answers["treatment.inPsychotherapy"] = therapy;
        if (psychiatric !== null) answers["treatment.inPsychiatricCare"] = psychiatric;
        const result = assessScope(toScreeningInput(answers as IntakeAnswers));
        for (const path of ["client.guardianConsent", "treatment.professionalSupportsCoaching"]) {
          if ((result.missing as readonly string[]).includes(path)) expect(isShown(q.get(path)!, answers as IntakeAnswers), path).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("leaving a required question unanswered keeps a client from being cleared; leaving another does not", () => {
    // Without the PHQ-9: its item 9, answered, stands in for the thoughts question.
    const intake = buildIntake({ locale: en, instruments: ["gad7", "k10", "k6", "pcptsd5", "who5", "scoff"], overrides: SUPPLIED });
    const clear: Record<string, unknown> = {};
    for (const question of questions(intake)) {
      if (question.showWhen !== undefined) continue;
      const instrument = question.section.startsWith("instruments.") ? REGISTRY.byId.get(question.section.slice(12))! : undefined;
      // The least severe answer of each: an instrument's lowest, "no", "none", coaching, an adult's age.
      clear[question.id] =
        instrument !== undefined ? (question.type === "boolean" ? false : instrument.answerOrder[0]) : question.type === "integer" ? 30 : question.type === "multiple" ? [] : question.section === "preferences" ? "coaching" : question.options.at(-1)!.value;
    }
    Object.assign(clear, { "risk.suicidalThoughts": "none", medicallyStable: true });
    expect(assessScope(toScreeningInput(clear as IntakeAnswers)).level).toBe("coaching");
    for (const question of questions(intake)) {
      if (question.showWhen !== undefined || clear[question.id] === undefined) continue;
      const without = { ...clear };
      delete without[question.id];
      const result = assessScope(toScreeningInput(without as IntakeAnswers));
      // An instrument's items are all required (a published total needs every item); the engine
      // asks only for those that could change the outcome.
      if (question.section.startsWith("instruments.")) expect(question.required, question.id).toBe(true);
      else if (question.required) {
        expect(result.level, question.id).not.toBe("coaching");
        expect(nextQuestions(result, { locale: en, overrides: SUPPLIED }).map((n) => n.id), question.id).toContain(question.id);
      } else expect(result.missing, question.id).not.toContain(question.path);
    }
  });
});

describe("nextQuestions", () => {
  it("covers every path of missing, in its order (generated inputs)", () => {
    fc.assert(
      fc.property(screeningInputArb({ nullable: true }), (input) => {
        const result = assessScope(input);
        const next = nextQuestions(result, { locale: en, overrides: SUPPLIED });
        for (const path of result.missing) {
          const found = next.some((n) => n.path === path || n.path.startsWith(`${path}.`) || n.path.startsWith(`${path}[`) || (path.endsWith(".item9") && n.path === path.replace(".item9", ".items[8]")) || (path === "client.age" && n.path === "client.adult"));
          expect(found, path).toBe(true);
        }
        expect(new Set(next.map((n) => n.id)).size).toBe(next.length);
      }),
      { numRuns: 200 },
    );
  });

  it("instruments.phq9 gives the nine items; client.age gives the age and 18-or-over questions; item9 gives item 9", () => {
    const ids = (missing: string[]) => nextQuestions({ missing }, { locale: en }).map((q) => q.id);
    expect(ids(["instruments.phq9"])).toEqual(Array.from({ length: 9 }, (_, i) => `instruments.phq9.items[${i}]`));
    expect(ids(["client.age"])).toEqual(["client.age", "client.adult"]);
    expect(ids(["instruments.phq9.item9", "instruments.phq9.items[8]"])).toEqual(["instruments.phq9.items[8]"]);
    expect(nextQuestions({ missing: ["client.age"] }, { locale: de }).map((q) => q.text)).toEqual(["Wie alt sind Sie?", "Sind Sie 18 Jahre oder älter?"]);
  });

  it("a question nobody has a text for still comes, its key as its text, and onMissing hears of it: a risk question is never held back", () => {
    const heard: string[] = [];
    const next = nextQuestions({ missing: ["risk.imminentDanger", "instruments.who5"] }, { locale: en, onMissing: (key) => heard.push(key) });
    expect(next.map((q) => q.id)).toEqual(["risk.imminentDanger", ...Array.from({ length: 5 }, (_, i) => `instruments.who5.items[${i}]`)]);
    expect(next[0]!.text).toBe(en.messages["risk.imminentDanger"]);
    expect(next[1]!.text).toBe("instruments.who5.items[0]");
    expect(next[1]!.options.map((o) => o.label)).toEqual(["instruments.who5=0", "instruments.who5=1", "instruments.who5=2", "instruments.who5=3", "instruments.who5=4", "instruments.who5=5"]);
    expect(heard).toContain("instruments.who5.items[4]");
    expect(new Set(heard).size).toBe(heard.length);
    // French ships no PHQ-9: item 9 comes with its key, and intent or plan with its text.
    const fr9 = nextQuestions({ missing: ["risk.suicidalIntentOrPlan", "instruments.phq9.items[8]"] }, { locale: fr });
    expect(fr9.map((q) => q.text)).toEqual([fr.messages["risk.suicidalIntentOrPlan"], "instruments.phq9.items[8]"]);
  });

  it("a risk question skipped shows crisis resources", () => {
    for (const q of nextQuestions({ missing: ["risk.imminentDanger", "redFlags.mania"] }, { locale: en })) {
      expect(q.onSkip?.action).toBe(q.section === "risk" ? "show-crisis-resources" : undefined);
    }
  });

  it("a malformed result is the library's error", () => {
    expect(inputIssues(() => nextQuestions({ missing: [1] } as never, { locale: en })).map((i) => i.path)).toEqual([["missing"]]);
    expect(inputIssues(() => nextQuestions(null as never, { locale: en })).map((i) => i.path)).toEqual([["missing"]]);
  });
});

/** FHIR R4 Questionnaire item types, and the operators of enableWhen. */
const ITEM_TYPES = ["group", "display", "boolean", "decimal", "integer", "date", "dateTime", "time", "string", "text", "url", "choice", "open-choice", "attachment", "reference", "quantity"];
const OPERATORS = ["exists", "=", "!=", ">", "<", ">=", "<="];

/** The structure of an R4 Questionnaire: required fields and types, and the invariants que-1 to que-13 that apply. */
function checkQuestionnaire(q: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const fail = (path: string, why: string) => problems.push(`${path}: ${why}`);
  if (q["resourceType"] !== "Questionnaire") fail("resourceType", "not Questionnaire");
  if (!["draft", "active", "retired", "unknown"].includes(q["status"] as string)) fail("status", "not a publication status");
  const linkIds = new Map<string, Record<string, unknown>>();
  const walk = (items: unknown, path: string) => {
    if (!Array.isArray(items) || items.length === 0) return fail(path, "item must be a non-empty list");
    items.forEach((item: Record<string, unknown>, i) => {
      const at = `${path}[${i}]`;
      if (typeof item["linkId"] !== "string" || item["linkId"] === "") fail(at, "linkId");
      if (linkIds.has(item["linkId"] as string)) fail(at, `linkId ${String(item["linkId"])} used twice`);
      linkIds.set(item["linkId"] as string, item);
      if (!ITEM_TYPES.includes(item["type"] as string)) fail(at, `type ${String(item["type"])}`);
      if (item["text"] !== undefined && typeof item["text"] !== "string") fail(at, "text");
      for (const flag of ["required", "repeats"]) if (item[flag] !== undefined && typeof item[flag] !== "boolean") fail(at, flag);
      if (item["type"] === "display" && (item["required"] !== undefined || item["repeats"] !== undefined || item["item"] !== undefined)) fail(at, "que-6/que-1: a display item has no required, repeats or items");
      if (item["type"] === "group" && item["item"] === undefined) fail(at, "que-1: a group has items");
      if (item["answerOption"] !== undefined && !["choice", "open-choice"].includes(item["type"] as string)) fail(at, "que-5: answerOption on a choice only");
      for (const [j, o] of ((item["answerOption"] as Record<string, unknown>[] | undefined) ?? []).entries()) {
        if (Object.keys(o).filter((k) => k.startsWith("value")).length !== 1) fail(`${at}.answerOption[${j}]`, "exactly one value[x]");
      }
      const when = item["enableWhen"] as Record<string, unknown>[] | undefined;
      if (when !== undefined && when.length > 1 && !["all", "any"].includes(item["enableBehavior"] as string)) fail(at, "que-12: enableBehavior with several enableWhen");
      for (const [j, w] of (when ?? []).entries()) {
        if (typeof w["question"] !== "string" || !OPERATORS.includes(w["operator"] as string)) fail(`${at}.enableWhen[${j}]`, "question and operator");
        if (Object.keys(w).filter((k) => k.startsWith("answer")).length !== 1) fail(`${at}.enableWhen[${j}]`, "exactly one answer[x]");
      }
      if (item["item"] !== undefined) walk(item["item"], `${at}.item`);
    });
  };
  walk(q["item"], "item");
  // Every enableWhen names an item there is, answered as it can be.
  for (const item of linkIds.values()) {
    for (const w of (item["enableWhen"] as Record<string, unknown>[] | undefined) ?? []) {
      const on = linkIds.get(w["question"] as string);
      if (on === undefined) fail(String(item["linkId"]), `enableWhen names ${String(w["question"])}, which is not an item`);
      else if ("answerBoolean" in w && on["type"] !== "boolean") fail(String(item["linkId"]), "answerBoolean on a non-boolean");
      else if ("answerCoding" in w && on["type"] !== "choice") fail(String(item["linkId"]), "answerCoding on a non-choice");
    }
  }
  return problems;
}

describe("toFhirQuestionnaire", () => {
  it.each(Object.entries(LOCALES))("%s: a valid R4 Questionnaire in the intake's language", (_, locale) => {
    const intake = everything(locale, "adult");
    const q = toFhirQuestionnaire(intake, { url: "https://example.org/Questionnaire/intake", version: "1" }) as unknown as Record<string, unknown>;
    expect(checkQuestionnaire(q)).toEqual([]);
    expect(q["language"]).toBe(locale.code);
    expect(q["url"]).toBe("https://example.org/Questionnaire/intake");
  });

  it("carries verified LOINC codes, weights, definitions and follow-ups", () => {
    const q = toFhirQuestionnaire(buildIntake({ locale: en, sections: ["risk"], instruments: ["phq9", "k10"] }));
    const flat: Record<string, unknown>[] = [];
    const walk = (items: readonly Record<string, unknown>[]) => items.forEach((i) => (flat.push(i), i["item"] !== undefined && walk(i["item"] as Record<string, unknown>[])));
    walk(q.item as unknown as Record<string, unknown>[]);
    const item = (linkId: string) => flat.find((i) => i["linkId"] === linkId)!;
    expect(item("section.instruments.phq9")["code"]).toEqual([{ system: "http://loinc.org", code: "44249-1" }]);
    const nine = item("instruments.phq9.items[8]");
    expect(nine["code"]).toEqual([{ system: "http://loinc.org", code: "44260-8" }]);
    expect(nine["definition"]).toBe("urn:coaching-scope:intake:instruments.phq9.items[8]");
    expect((nine["answerOption"] as unknown[])[3]).toEqual({ valueCoding: { system: "http://loinc.org", code: "LA6571-9", display: "Nearly every day" }, extension: [{ url: "http://hl7.org/fhir/StructureDefinition/itemWeight", valueDecimal: 3 }] });
    expect((item("instruments.k10.items[0]")["answerOption"] as { extension: { valueDecimal: number }[] }[]).map((o) => o.extension[0]!.valueDecimal)).toEqual([1, 2, 3, 4, 5]);
    const intent = item("risk.suicidalIntentOrPlan");
    expect(intent["enableBehavior"]).toBe("any");
    expect(intent["enableWhen"]).toEqual([
      { question: "risk.suicidalThoughts", operator: "=", answerCoding: { system: "urn:coaching-scope:intake", code: "active", display: "Yes, I have thought about killing myself" } },
      ...["LA6569-3", "LA6570-1", "LA6571-9"].map((code) => ({ question: "instruments.phq9.items[8]", operator: "=", answerCoding: expect.objectContaining({ system: "http://loinc.org", code }) })),
    ]);
    expect(item("section.instruments.k10.notice")["text"]).toContain("Kessler");
  });

  it("refuses a model it did not make", () => {
    const intake = buildIntake({ locale: en, sections: ["risk"], instruments: [] });
    const forged = { ...intake, sections: [{ ...intake.sections[0]!, questions: [{ ...intake.sections[0]!.questions[0]!, options: [{ value: "maybe", label: "Maybe" }] }] }] };
    expect(configIssues(() => toFhirQuestionnaire(forged)).map((i) => i.path)).toEqual([["sections", 0, "questions", 0]]);
    expect(configIssues(() => toFhirQuestionnaire(intake, { status: "final" as never })).map((i) => i.path)).toEqual([["status"]]);
    expect(configIssues(() => toFhirQuestionnaire(null as never)).map((i) => i.path)).toEqual([["sections"]]);
  });
});

/** The QuestionnaireResponse a form engine gives for these answers to the Questionnaire (as LHC-Forms writes it). */
function responseFor(questionnaire: Record<string, unknown>, answers: IntakeAnswers, withDefinitions: boolean): Record<string, unknown> {
  const answer = (item: Record<string, unknown>, v: unknown): Record<string, unknown>[] => {
    const values = Array.isArray(v) ? v : [v];
    if (item["type"] === "boolean") return [{ valueBoolean: v }];
    if (item["type"] === "integer") return [{ valueInteger: v }];
    const options = item["answerOption"] as { valueCoding: Record<string, unknown>; extension?: { valueDecimal: number }[] }[];
    return values.map((x) => {
      const o = options.find((opt) => (opt.extension?.[0]?.valueDecimal ?? opt.valueCoding["code"]) === (opt.extension === undefined ? String(x) : x))!;
      return { valueCoding: { ...o.valueCoding, ...(o.extension !== undefined && { extension: [{ url: "http://hl7.org/fhir/StructureDefinition/ordinalValue", valueDecimal: o.extension[0]!.valueDecimal }] }) } };
    });
  };
  const walk = (items: Record<string, unknown>[]): Record<string, unknown>[] =>
    items.flatMap((item): Record<string, unknown>[] => {
      if (item["type"] === "group") {
        const inner = walk(item["item"] as Record<string, unknown>[]);
        return inner.length === 0 ? [] : [{ linkId: item["linkId"], item: inner }];
      }
      const v = answers[item["linkId"] as string];
      if (item["type"] === "display" || v === undefined || v === null || (Array.isArray(v) && v.length === 0)) return [];
      return [{ linkId: item["linkId"], ...(withDefinitions && { definition: item["definition"] }), answer: answer(item, v) }];
    });
  return { resourceType: "QuestionnaireResponse", status: "completed", item: walk(questionnaire["item"] as Record<string, unknown>[]) };
}

describe("the exported Questionnaire read back through coaching-scope/fhir", () => {
  it("gives the input toScreeningInput gives, with or without the Questionnaire (generated answers)", () => {
    // Built inside the test, so that what it runs is what the test covers.
    const intake = everything(en, "adult");
    const questionnaire = toFhirQuestionnaire(intake) as unknown as Record<string, unknown>;
    const all = questions(intake);
    fc.assert(
      fc.property(answersArb(all), fc.boolean(), (generated, withQuestionnaire) => {
        const answers = Object.fromEntries(Object.entries(generated).filter(([, v]) => !(Array.isArray(v) && v.length === 0)));
        let expected: ScreeningInput;
        try {
          expected = toScreeningInput(answers);
        } catch {
          return;
        }
        const response = responseFor(questionnaire, answers, !withQuestionnaire);
        const read = fromQuestionnaireResponse(response, { ...(withQuestionnaire && { questionnaire }), allowEmpty: true });
        expect(read.input).toEqual(expected);
        expect(read.warnings.filter((w) => w.code !== "ambiguous-short-form")).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("an item answered twice differently is unanswered; an answer outside the question's is not read", () => {
    const r = fromQuestionnaireResponse({
      resourceType: "QuestionnaireResponse",
      item: [
        { linkId: "a", definition: "urn:coaching-scope:intake:risk.selfHarm", answer: [{ valueBoolean: true }] },
        { linkId: "b", definition: "urn:coaching-scope:intake:risk.selfHarm", answer: [{ valueBoolean: false }] },
        { linkId: "c", definition: "urn:coaching-scope:intake:risk.suicidalThoughts", answer: [{ valueCoding: { code: "sometimes" } }] },
        { linkId: "d", definition: "urn:coaching-scope:intake:client.age", answer: [{ valueInteger: 40 }] },
      ],
    });
    expect(r.input).toEqual({ client: { age: 40 } });
    expect(r.questions).toEqual(["client.age"]);
    expect(r.warnings.map((w) => w.code)).toEqual(["duplicate-answer", "answer-not-scored"]);
  });
});

describe("the generated catalogue", () => {
  it("is what the input's shape, the registry and the default policy give today", async () => {
    const { deriveCatalogue } = await import("../src/intake/derive.js");
    const { INTAKE_CATALOGUE } = await import("../src/generated/intake.js");
    expect(INTAKE_CATALOGUE).toEqual(deriveCatalogue());
  });
});

describe("hostile and contradictory input (the review's cases)", () => {
  const U = "urn:coaching-scope:intake:";
  const resp = (...items: Record<string, unknown>[]) => ({ resourceType: "QuestionnaireResponse", status: "completed", item: items });
  const item = (id: string, ...answer: Record<string, unknown>[]) => ({ linkId: id, definition: U + id, answer });

  it("an optional question answered both ways, or unreadably, reads as its more cautious answer; a required one is asked again", () => {
    const both = fromQuestionnaireResponse(resp(item("treatment.recentDischarge", { valueBoolean: true }, { valueBoolean: false }), item("medicallyStable", { valueBoolean: true }, { valueBoolean: false })));
    expect(both.input).toEqual({ treatment: { recentDischarge: true }, medicallyStable: false });
    expect(both.warnings.map((w) => w.code)).toEqual(["duplicate-answer", "duplicate-answer"]);
    const loinc = fromQuestionnaireResponse(resp(item("treatment.recentDischarge", { valueCoding: { system: "http://loinc.org", code: "LA33-6" } })));
    expect(loinc.input).toEqual({ treatment: { recentDischarge: true } });
    const thoughts = fromQuestionnaireResponse(resp(item("risk.suicidalThoughts", { valueCoding: { code: "none" } }, { valueCoding: { code: "active" } }), item("risk.selfHarm", { valueBoolean: false })));
    expect(thoughts.input).toEqual({ risk: { selfHarm: false } });
    expect(assessScope(thoughts.input).missing).toContain("risk.suicidalThoughts");
    // Preferences take the answer further from coaching; the youngest age is the one that asks the most care.
    expect(fromQuestionnaireResponse(resp(item("preferences.aim", { valueCoding: { code: "coaching" } }, { valueCoding: { code: "psychotherapy" } }))).input).toEqual({ preferences: { aim: "psychotherapy" } });
  });

  it("a declined answer is no answer; indicators none of which can be read are not 'none'", () => {
    const r = fromQuestionnaireResponse(resp(item("indicators", { valueCoding: { code: "thoughts_of_death" } }), item("client.perinatal", { valueCoding: { system: "http://terminology.hl7.org/CodeSystem/data-absent-reason", code: "asked-declined" } })), { allowEmpty: true });
    expect(r.input).toEqual({});
    expect(r.questions).toEqual([]);
  });

  it("definitions that name two questions are read for neither: each its cautious answer, or asked again", () => {
    const questionnaire = { resourceType: "Questionnaire", status: "active", item: [{ linkId: "d", type: "boolean", definition: U + "treatment.recentDischarge" }] };
    const r = fromQuestionnaireResponse(resp({ linkId: "d", definition: U + "medicallyStable", answer: [{ valueBoolean: true }] }), { questionnaire });
    expect(r.warnings[0]!.code).toBe("conflicting-codes");
    expect(r.input).toEqual({ medicallyStable: false, treatment: { recentDischarge: true } });
    expect(assessScope(r.input).level).toBe("refer");
  });

  it("a codes mapping to another instrument is no raw error; a choice coded in another system is not the intake's", () => {
    const r = fromQuestionnaireResponse(resp({ linkId: "a", definition: U + "instruments.phq9.items[0]", answer: [{ valueInteger: 3 }] }), { codes: { a: "k10:1" } });
    expect(r.recognised.map((x) => x.instrument)).toEqual(["k10"]);
    expect(fromQuestionnaireResponse(resp(item("risk.suicidalThoughts", { valueCoding: { system: "http://loinc.org", code: "active" } })), { allowEmpty: true }).input).toEqual({});
  });

  it("the intake's own answer codes of an instrument are read without the Questionnaire", () => {
    const r = fromQuestionnaireResponse(resp(item("instruments.pcptsd5.exposure", { valueBoolean: true }), item("instruments.pcptsd5.items[0]", { valueCoding: { system: "urn:coaching-scope:intake", code: "1" } })));
    expect(r.input.instruments?.pcptsd5).toEqual({ exposure: true, items: [1, null, null, null, null] });
    expect(r.warnings).toEqual([]);
  });

  it("buildIntake, isShown and toScreeningInput name the argument for hostile values", () => {
    const revoked = Proxy.revocable([], {});
    revoked.revoke();
    expect(configIssues(() => buildIntake({ locale: en, sections: revoked.proxy as never })).map((i) => i.path)).toEqual([[]]);
    expect(inputIssues(() => isShown(null as never, {})).map((i) => i.path)).toEqual([["question"]]);
    expect(inputIssues(() => isShown({ showWhen: "x" } as never, {})).map((i) => i.path)).toEqual([["question", "showWhen"]]);
    expect(inputIssues(() => isShown({}, null as never)).map((i) => i.path)).toEqual([["answers"]]);
    // eslint-disable-next-line no-sparse-arrays
    expect(inputIssues(() => toScreeningInput({ indicators: [, "low-mood"] as never })).map((i) => i.path)).toEqual([["indicators"]]);
  });

  it("toFhirQuestionnaire takes required, follow-ups and ranges from the catalogue, never from a changed model", () => {
    const intake = buildIntake({ locale: en, sections: ["risk"], instruments: [] });
    const danger = intake.sections[0]!.questions[0]!;
    const changed = { ...intake, sections: [{ ...intake.sections[0]!, questions: [{ ...danger, required: false, showWhen: [{ question: "risk.suicidalThoughts", operator: "=", value: "active" }] }, ...intake.sections[0]!.questions.slice(1)] }] } as Intake;
    const item = (toFhirQuestionnaire(changed).item[0]!["item"] as Record<string, unknown>[]).find((i) => i["linkId"] === "risk.imminentDanger")!;
    expect(item["required"]).toBe(true);
    expect(item["enableWhen"]).toBeUndefined();
    const twice = { ...intake, sections: [intake.sections[0]!, intake.sections[0]!] };
    expect(configIssues(() => toFhirQuestionnaire(twice)).map((i) => i.path)).toContainEqual(["sections", 1, "questions", 0]);
    const label = { ...intake, sections: [{ ...intake.sections[0]!, questions: [{ ...danger, options: [{ value: true, label: 1 }, { value: false, label: "No" }] }] }] } as never;
    expect(configIssues(() => toFhirQuestionnaire(label)).map((i) => i.path)).toEqual([["sections", 0, "questions", 0, "options", 0, "label"]]);
  });
});
