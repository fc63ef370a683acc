// The registry is the one place an instrument is described: everything else is derived from
// it. An instrument defined only here, in the test, is validated, scored, ruled on, given a
// policy, a zod schema, a JSON Schema, FHIR codes, message keys and generators, with no edit
// anywhere else.
import Ajv2020Module from "ajv/dist/2020.js";
import fc from "fast-check";
import { existsSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createAssessorFor } from "../src/assess/assess.js";
import { createEngine, libraryEngine } from "../src/assess/engine.js";
import { codeTables } from "../src/fhir/index.js";
import { DEFINITIONS } from "../src/generated/instruments.js";
import { en, INSTRUMENTS, INSTRUMENT_IDS, REASON_CODES, type InstrumentId } from "../src/index.js";
import { defineInstrument } from "../src/instruments/define.js";
import { checkDefinitions, checkedRegistry } from "../src/instruments/check.js";
import { REGISTRY } from "../src/instruments/registry.js";
import { de } from "../src/locales/de.js";
import { es } from "../src/locales/es.js";
import { fr } from "../src/locales/fr.js";
import { buildJsonSchemas } from "../src/schema/json.js";
import { zodSchemas } from "../src/schema/zod.js";
import { ruleContext } from "../src/rules/context.js";
import { RULES } from "../src/rules/table.js";
import { shapeAt } from "../src/shared/shape.js";
import { arbitraryFor, policyArbFor, screeningInputArb } from "./arbitraries.js";
import { configIssues, inputIssues, SCREENED} from "./helpers.js";

const Ajv2020 = (Ajv2020Module as unknown as { default: typeof Ajv2020Module }).default ?? Ajv2020Module;

/** An instrument that exists only in this test: 3 items scored 0–4, higher is worse. */
const TEST3 = defineInstrument({
  id: "test3",
  name: "TEST-3",
  order: 65,
  itemCount: 3,
  scales: [{ id: "0-4", itemRange: [0, 4] }],
  direction: "higher-is-worse",
  bands: [
    { id: "low", min: 0, max: 5 },
    { id: "high", min: 6, max: 9 },
    { id: "severe", min: 10, max: 12 },
  ],
  severeFrom: 10,
  referLimit: 10,
  thresholds: { care: 4, refer: 8 },
  recallDays: 7,
  // Made-up codes for this test only (no instrument of the library has them).
  loinc: { panel: "test-panel", total: "test-total", items: ["test-1", "test-2", "test-3"] },
  citation: "A test instrument.",
  licence: { commercialUse: true, attribution: "Test only.", shareAlike: false, source: "urn:test" },
});

// The test instrument has no locale strings: the test names them as overrides.
const overrides = { "reason.test3": "TEST-3 score {score}, threshold {threshold}.", "instrument.test3.name": "TEST-3" } as never;
// Derived inside each test (not once when the file loads), so that the derivation itself is tested.
const derive = () => {
  const registry = checkedRegistry([...DEFINITIONS, TEST3]);
  const engine = createEngine(registry);
  return { registry, engine, assess: createAssessorFor(engine, { overrides }) };
};
const SAFE = { imminentDanger: false, suicidalThoughts: "none", recentSuicidalBehavior: false, selfHarm: false, harmToOthers: false } as const;
const input = (answers: unknown) => ({ ...SCREENED, instruments: { test3: answers } }) as never;

describe("an instrument defined only in a test", () => {
  it("is validated: a bad answer is rejected, naming the item", () => {
    const { registry, engine, assess } = derive();
    expect(inputIssues(() => assess(input({ items: [5, 0, 0] })))).toEqual([
      { path: ["instruments", "test3", "items", 0], code: "too_big", message: "Too big: expected a number <= 4, received 5" },
    ]);
    expect(inputIssues(() => assess(input({ items: [1, 1] })))[0]).toMatchObject({ message: "Expected exactly 3 answers for the TEST-3, received 2" });
    expect(inputIssues(() => assess(input({ total: 13 })))[0]).toMatchObject({ path: ["instruments", "test3", "total"], code: "too_big" });
    expect(inputIssues(() => assess(input({ total: 3, item9: 1 })))[0]).toMatchObject({ code: "unrecognized_keys", keys: ["item9"] });
  });

  it("is ruled on: a score at its refer threshold refers, one below gives care, a missing item gives incomplete", () => {
    const { registry, engine, assess } = derive();
    const atRefer = assess(input({ items: [4, 4, 0] }));
    expect(atRefer.level).toBe("refer");
    expect(atRefer.reasons[0]).toMatchObject({ code: "test3", level: "refer", message: "TEST-3 score 8, threshold 8.", evidence: { min: 8, max: 8, band: "high", threshold: 8 } });
    expect(assess(input({ total: 7 })).level).toBe("coaching-with-care");
    expect(assess(input({ total: 3 })).level).toBe("coaching");
    const missing = assess(input({ items: [2, 2, null] }));
    expect(missing.level).toBe("incomplete");
    expect(missing.missing).toEqual(["instruments.test3.items[2]"]);
    expect(missing.worstCase).toBe("refer");
    expect(missing.reasons.map((r) => r.message)).toContain("TEST-3 questions still unanswered: 3. Their answers could change the result.");
  });

  it("is lowered alongside treatment like every measure: below its severe band only", () => {
    const { registry, engine, assess } = derive();
    const inCare = (total: number) => assess({ ...(input({ total }) as object), treatment: { inPsychotherapy: true, professionalSupportsCoaching: true } } as never);
    const result = inCare(9);
    expect(result.level).toBe("coaching-with-care");
    expect(result.reasons.find((r) => r.code === "alongside-treatment")?.evidence).toMatchObject({ lowered: ["test3"] });
    // 10 is its severeFrom: a severe score is never lowered.
    expect(inCare(10).level).toBe("refer");
    expect(inCare(10).reasons.map((r) => r.code)).not.toContain("alongside-treatment");
  });

  it("has a policy: defaults from its definition, overrides checked against its range and order", () => {
    const { registry, engine, assess } = derive();
    expect((engine.policy.defaults.thresholds as unknown as Record<string, unknown>)["test3"]).toEqual({ care: 4, refer: 8 });
    expect(createAssessorFor(engine, { overrides, policy: { thresholds: { test3: { refer: 5 } } } as never })(input({ total: 5 })).level).toBe("refer");
    // refer may not be set past its limit (10), care anywhere in the range.
    expect(configIssues(() => createAssessorFor(engine, { policy: { thresholds: { test3: { refer: 11 } } } as never }))).toEqual([
      { path: ["policy", "thresholds", "test3", "refer"], code: "too_big", message: "Too big: expected a number <= 10, received 11" },
    ]);
    expect(createAssessorFor(engine, { overrides, policy: { thresholds: { test3: { refer: 10 } } } as never })(input({ total: 9 })).level).toBe("coaching-with-care");
    expect(configIssues(() => createAssessorFor(engine, { policy: { thresholds: { test3: { care: 9 } } } as never }))[0]).toMatchObject({
      path: ["policy", "thresholds", "test3", "care"],
      message: "care (9) must be at most refer (8): care is the milder level",
    });
  });

  it("has a zod schema and a JSON Schema that agree with the validator", () => {
    const { registry, engine, assess } = derive();
    const zod = zodSchemas(engine);
    const json = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(buildJsonSchemas(engine)["screening-input"]);
    for (const [answers, valid] of [[{ items: [4, 0, null] }, true], [{ total: 12 }, true], [{ items: [5, 0, 0] }, false], [{ total: 13 }, false], [{ total: 2, extra: 1 }, false]] as const) {
      expect(zod.screeningInput.safeParse(input(answers)).success).toBe(valid);
      expect(json(input(answers))).toBe(valid);
    }
    expect(zod.policyOverrides.safeParse({ thresholds: { test3: { care: 9 } } }).success).toBe(false);
    const result = assess(input({ items: [4, 4, 0] }));
    expect(zod.assessment.safeParse(JSON.parse(JSON.stringify(result))).success).toBe(true);
    expect(zod.assessment.safeParse({ ...JSON.parse(JSON.stringify(result)), scores: { test3: { min: 8, max: 8, complete: true, band: "medium" } } }).success).toBe(false);
  });

  it("is generated by the tests' generators, and every generated input is accepted", () => {
    const { registry, engine, assess } = derive();
    let seen = 0;
    fc.assert(
      fc.property(screeningInputArb({ engine }), policyArbFor(engine.policy), (value, policy) => {
        if ((value.instruments as Record<string, unknown> | undefined)?.["test3"] !== undefined) seen++;
        expect(createAssessorFor(engine, { overrides, policy })(value).level).toBeTypeOf("string");
      }),
      { numRuns: 300 },
    );
    expect(seen).toBeGreaterThan(10);
  });

  it("has FHIR codes, message keys and reason codes", () => {
    const { registry, engine, assess } = derive();
    const tables = codeTables(registry);
    expect(tables.coded.map((i) => i.id)).toContain("test3");
    expect(tables.codes.get("test-total")).toMatchObject({ kind: "total", instrument: { id: "test3" } });
    expect(tables.codes.get("test-panel")).toMatchObject({ kind: "panel", instrument: { id: "test3" } });
    expect(engine.reasonCodes).toContain("test3");
    // In its place among the measures, by its order (after the K6, before the WHO-5).
    expect(engine.reasonCodes.indexOf("test3")).toBe(engine.reasonCodes.indexOf("k6") + 1);
    for (const key of ["reason.test3", "instrument.test3.name", "band.test3.low", "band.test3.high"]) expect(engine.messageKeys.has(key)).toBe(true);
  });
});

describe("definitions that cannot work are refused (npm run schemas checks the library's own)", () => {
  /** The test instrument scored 0–3, as the PHQ and GAD items are (total 0–9). */
  const ZERO_TO_THREE = { scales: [{ id: "0-3", itemRange: [0, 3] }], bands: [{ id: "low", min: 0, max: 9 }], severeFrom: null, referLimit: 8 };
  it("the library's definitions pass, and so do definitions at the edges of every rule", () => {
    expect(checkDefinitions(DEFINITIONS)).toBe(DEFINITIONS);
    const edges = [
      { riskItem: 3, recallDays: 1, itemCount: 3 },
      { thresholds: { care: 0, refer: 12 }, referLimit: 12 },
      { thresholds: { care: 8, refer: 8 } },
      { severeFrom: 0 },
      { referLimit: 8 },
      { referLimit: 12 },
      // The edges of change: 1 and the whole width of the 0–12 range, caseness at either end.
      { change: { reliable: 1, caseness: 0, source: "x" } },
      { change: { reliable: 12, caseness: 12, source: "x" } },
      { loinc: { items: ["a", "b", "c"], answers: { x: 0, y: 4 } } },
      { ...ZERO_TO_THREE, direction: "lower-is-worse", referLimit: 3, thresholds: { care: 5, refer: 3 }, itemsOf: { id: "gad7", items: [6, 5, 0] } },
      { ...ZERO_TO_THREE, bands: undefined, referLimit: undefined, positiveRange: [1, 3], thresholds: { positive: 3 }, itemsOf: { id: "gad7", items: [0, 1, 2] } },
    ];
    for (const change of edges) expect(() => checkedRegistry([...DEFINITIONS, { ...TEST3, ...change } as never]), JSON.stringify(change)).not.toThrow();
  });

  it("refuses a circle of itemsOf", () => {
    const a = { ...TEST3, ...ZERO_TO_THREE, id: "circa", order: 91, itemsOf: { id: "circb", items: [0, 1, 2] } };
    const b = { ...TEST3, ...ZERO_TO_THREE, id: "circb", order: 92, itemsOf: { id: "circa", items: [0, 1, 2] } };
    expect(() => checkedRegistry([...DEFINITIONS, a, b] as never)).toThrow(/itemsOf must not go round in a circle/);
  });
  const broken = (change: Record<string, unknown>) => () => checkedRegistry([...DEFINITIONS, { ...TEST3, ...change } as never]);
  it.each([
    [{ id: "phq9" }, /"phq9": the id is defined twice/],
    [{ order: 10 }, /order 10 is taken/],
    [{ id: "Test-3" }, /lower-case letters and digits/],
    [{ bands: [{ id: "low", min: 0, max: 5 }] }, /the bands must end at the highest total, 12/],
    [{ bands: [{ id: "low", min: 1, max: 12 }] }, /band low must start at 0/],
    [{ thresholds: { care: 4, refer: 13 } }, /thresholds must lie in the total range/],
    [{ severeFrom: 13 }, /severeFrom must be where a published band starts/],
    [{ severeFrom: 7 }, /severeFrom must be where a published band starts/],
    [{ thresholds: { care: 9, refer: 8 } }, /the default care threshold \(9\) is past refer \(8\)/],
    [{ bands: [{ id: "low", min: 0, max: 5 }, { id: "low", min: 6, max: 9 }, { id: "severe", min: 10, max: 12 }] }, /band ids must differ/],
    [{ order: Number.NaN }, /order must be a finite number/],
    [{ itemCount: 0 }, /itemCount must be a positive integer/],
    [{ itemCount: 1.5 }, /itemCount must be a positive integer/],
    [{ recallDays: 0 }, /recallDays must be a positive integer/],
    [{ id: "3test" }, /lower-case letters and digits/],
    [{ id: "test3!" }, /lower-case letters and digits/],
    [{ scales: [{ id: "0-4", itemRange: [0, 4] }, { id: "0-4", itemRange: [1, 5] }] }, /scale ids must differ/],
    [{ scales: [{ id: "0-4", itemRange: [0, 4] }, { id: "1-3", itemRange: [1, 3] }] }, /scale 1-3 must have as many answers as the canonical scale/],
    [{ bands: [{ id: "low", min: 0, max: 5 }, { id: "high", min: 6, max: 5 }, { id: "severe", min: 6, max: 12 }] }, /band high must start at 6/],
    [{ thresholds: { care: 4, refer: 12.5 } }, /thresholds must lie in the total range/],
    [{ thresholds: { care: -1, refer: 8 } }, /thresholds must lie in the total range/],
    [{ riskItem: 0 }, /riskItem must be an item's number/],
    [{ riskItem: 1.5 }, /riskItem must be an item's number/],
    [{ ...ZERO_TO_THREE, itemsOf: { id: "gad7", items: [0, 1] } }, /itemsOf.items must name one item per item/],
    [{ ...ZERO_TO_THREE, itemsOf: { id: "gad7", items: [0, 1, -1] } }, /itemsOf.items names item -1/],
    [{ ...ZERO_TO_THREE, itemsOf: { id: "gad7", items: [0, 1, 0.5] } }, /itemsOf.items names item 0.5/],
    [{ loinc: { items: ["a", "b", "c"], answers: { x: 1.5 } } }, /a LOINC answer scores 1.5/],
    [{ loinc: { items: ["a", "b", "c"], answers: { x: -1 } } }, /a LOINC answer scores -1/],
    [{ recallDays: -3 }, /recallDays must be a positive integer/],
    [{ loinc: { items: ["a", "b", "c"], answers: { x: 9 } } }, /a LOINC answer scores 9, outside the item range 0–4/],
    [{ riskItem: 4 }, /riskItem must be an item's number/],
    [{ itemsOf: { id: "nope", items: [0, 1, 2] } }, /itemsOf names "nope"/],
    [{ itemsOf: { id: "phq9", items: [0, 1, 2] } }, /its items must be scored as phq9's are/],
    [{ loinc: { items: ["a"] } }, /one code per item/],
    [{ change: { reliable: 0, source: "x" } }, /change.reliable must be a positive integer no wider than the total range/],
    [{ change: { reliable: 1.5, source: "x" } }, /change.reliable must be a positive integer/],
    [{ change: { reliable: 13, source: "x" } }, /change.reliable must be a positive integer no wider than the total range/],
    [{ change: { reliable: 6, caseness: 13, source: "x" } }, /change.caseness must lie in the total range/],
    [{ change: { reliable: 6, caseness: -1, source: "x" } }, /change.caseness must lie in the total range/],
    [{ bands: undefined, positiveRange: [1, 3], thresholds: { positive: 3 } }, /a screen names the instrument its items come from/],
    [{ ...ZERO_TO_THREE, bands: undefined, positiveRange: [1, 3], thresholds: { positive: 3 }, itemsOf: { id: "phq2", items: [0, 1, 0] } }, /itemsOf must name a measure \(phq2 is not one\)/],
    [{ thresholds: { positive: 3 }, positiveRange: [1, 3] }, /a screen has no bands of its own/],
    [{ bands: undefined, thresholds: { positive: 3 } }, /a screen gives positiveRange/],
    [{ bands: undefined, thresholds: { positive: 3 }, positiveRange: [0, 3] }, /positiveRange must lie above the lowest total/],
    [{ bands: undefined, thresholds: { positive: 4 }, positiveRange: [1, 3] }, /positiveRange must lie above the lowest total and hold the default threshold/],
    [{ bands: undefined }, /a measure gives its published bands/],
    [{ referLimit: undefined }, /a measure gives referLimit/],
    [{ referLimit: 7 }, /referLimit must lie in the total range and allow the default refer threshold/],
    [{ referLimit: 13 }, /referLimit must lie in the total range/],
    [{ asScreen: { next: "nope", itemAtOrBelow: 1 } }, /asScreen names "nope"/],
    [{ asScreen: { next: "phq2", itemAtOrBelow: 1 } }, /asScreen must name a measure \(phq2 is not one\)/],
    [{ asScreen: { next: "phq9", itemAtOrBelow: 0.5 } }, /asScreen.itemAtOrBelow must be an item answer/],
    [{ ...ZERO_TO_THREE, itemsOf: { id: "gad7", items: [0, 1, 9] } }, /itemsOf.items names item 9, which gad7 does not have/],
  ])("%o", (change, message) => {
    expect(broken(change)).toThrow(message);
  });
});

describe("the registry is complete", () => {
  const locales = [en, de, es, fr];

  it.each(INSTRUMENT_IDS.map((id) => [id]))("%s has policy defaults, messages in every locale, a schema field, FHIR codes or an explicit none, and generators", (id: InstrumentId) => {
    const instrument = REGISTRY.byId.get(id)!;
    const engine = libraryEngine();
    expect(Object.keys(engine.policy.defaults.thresholds)).toContain(id);
    const code = instrument.role === "measure" || instrument.next === undefined ? id : `${id}-positive`;
    expect(REASON_CODES).toContain(code);
    for (const locale of locales) {
      const messages = locale.messages as Readonly<Record<string, string>>;
      for (const key of [`reason.${code}`, `instrument.${id}.name`, ...instrument.bands.map((b) => `band.${id}.${b.id}`)]) {
        expect(messages[key], `${locale.code} ${key}`).toMatch(/\S/);
      }
    }
    const instruments = engine.inputShape.fields["instruments"]!;
    expect(instruments.kind === "optional" && instruments.shape.kind === "object" && Object.hasOwn(instruments.shape.fields, id)).toBe(true);
    const schema = buildJsonSchemas()["screening-input"] as { properties: { instruments: { properties: Record<string, unknown> } } };
    expect(schema.properties.instruments.properties[id]).toBeDefined();
    // FHIR: verified codes, or an explicit `null` saying none was verified.
    expect(instrument.definition.loinc === null || typeof instrument.definition.loinc === "object").toBe(true);
    expect(INSTRUMENTS[id].loinc).toBe(instrument.definition.loinc);
    // Generators reach it.
    let seen = false;
    fc.assert(fc.property(screeningInputArb(), (value) => void (seen ||= (value.instruments as Record<string, unknown> | undefined)?.[id] !== undefined)), { numRuns: 200 });
    expect(seen).toBe(true);
  });

  it("every reason code has a message in every locale, and every locale has the same keys", () => {
    for (const locale of locales) {
      for (const code of REASON_CODES) expect((locale.messages as Readonly<Record<string, string>>)[`reason.${code}`], `${locale.code} ${code}`).toMatch(/\S/);
      expect(Object.keys(locale.messages).sort()).toEqual(Object.keys(en.messages).sort());
    }
  });
});

describe("instrument texts", () => {
  type Texts = import("../src/instruments/define.js").InstrumentTexts;
  const folders = readdirSync(new URL("../src/instruments/", import.meta.url), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  const withTexts = folders.filter((f) => existsSync(new URL(`../src/instruments/${f}/texts.ts`, import.meta.url)));
  /** Each folder's translations (`texts.<language>.ts`), as [folder, language]. */
  const translations = folders.flatMap((f) =>
    readdirSync(new URL(`../src/instruments/${f}/`, import.meta.url))
      .map((file) => /^texts\.([a-z]{2}(?:-[A-Z]{2})?)\.ts$/.exec(file)?.[1])
      .filter((language) => language !== undefined)
      .map((language) => [f, language] as const),
  );
  const textsOf = async (id: string, language?: string) =>
    ((await import(`../src/instruments/${id}/texts${language === undefined ? "" : `.${language}`}.ts`)) as { texts: Texts }).texts;
  /**
   * The line each licence asks to print beside the texts: the PHQ and GAD-7 family's permission
   * statement; the Kessler scales' copyright line and the article the Harvard NCS page asks to
   * cite; the PC-PTSD-5's citation of Prins et al. 2015. Keyed by the licence itself.
   */
  const copyrightLine = new Map([
    [INSTRUMENTS.phq9.licence, /No permission required to reproduce, translate, display or distribute\.$/],
    [INSTRUMENTS.k10.licence, /^Copyright \u00a9 Ronald C\. Kessler, PhD\. All rights reserved\. Kessler, R\.C\., Barker, P\.R\., .*\(2003\)\. Screening for serious mental illness in the general population\. Archives of General Psychiatry, 60\(2\), 184-189\.$/],
    [INSTRUMENTS.pcptsd5.licence, /^Prins, A\., Bovin, M\. J\., .*\(2015\)\. The Primary Care PTSD Screen for DSM-5 \(PC-PTSD-5\)/],
  ]);

  it("ship where the licence allows commercial use, never for the WHO-5", () => {
    expect(withTexts.sort()).toEqual(["gad2", "gad7", "k10", "k6", "pcptsd5", "phq2", "phq8", "phq9"]);
    expect(withTexts).not.toContain("who5");
    for (const id of withTexts) expect(INSTRUMENTS[id as InstrumentId].licence.commercialUse).toBe(true);
    expect(translations).toEqual([["phq9", "de"], ["phq9", "es"]]);
  });

  it.each(withTexts.map((f) => [f]))("%s: one text per item, one label per answer of the canonical scale, the gate's question where there is one, with its licence's line", async (id) => {
    const texts = await textsOf(id);
    const info = INSTRUMENTS[id as InstrumentId];
    expect(texts.language).toBe("en");
    expect(texts.stem).toMatch(/^\S.*\S$/);
    expect(texts.items).toHaveLength(info.itemCount);
    for (const item of texts.items) expect(item).toMatch(/^\S.*\S$/);
    const [min, max] = info.itemRange;
    expect(texts.answers.map((a) => a.value)).toEqual(Array.from({ length: max - min + 1 }, (_, i) => min + i));
    for (const answer of texts.answers) expect(answer.label).toMatch(/^\S.*\S$/);
    // The gate's question ships exactly where the definition asks one before the items.
    const gate = REGISTRY.byId.get(id as InstrumentId)!.definition.gate;
    if (gate === undefined) expect(texts.gate).toBeUndefined();
    else expect(texts.gate).toMatch(/^\S[\s\S]*\?$/);
    expect(copyrightLine.has(info.licence), `${id}'s licence has a line`).toBe(true);
    expect(texts.copyright).toMatch(copyrightLine.get(info.licence)!);
    // Where the licence prints the line itself, the texts print it as the licence does.
    if (info.licence !== INSTRUMENTS.k10.licence) expect(info.licence.attribution).toContain(texts.copyright);
    expect(texts.source).toMatch(/https:\/\//);
  });

  it.each(translations.map(([f, language]) => [f, language]))("%s in %s: the English texts' shape, in another language", async (id, language) => {
    const [english, translated] = [await textsOf(id), await textsOf(id, language)];
    expect(translated.language).toBe(language);
    expect(translated.items).toHaveLength(english.items.length);
    for (const item of translated.items) expect(item).toMatch(/^\S.*\S$/);
    expect(translated.answers.map((a) => a.value)).toEqual(english.answers.map((a) => a.value));
    expect(translated.gate === undefined).toBe(english.gate === undefined);
    for (const text of [translated.stem, translated.copyright, ...translated.answers.map((a) => a.label)]) expect(text).toMatch(/^\S.*\S$/);
    expect(translated.source).toMatch(/https:\/\//);
  });

  it("a short form's texts are its full form's items", async () => {
    const { texts: phq2 } = await import("../src/instruments/phq2/texts.js");
    const { texts: phq9 } = await import("../src/instruments/phq9/texts.js");
    expect(phq2.items).toEqual(phq9.items.slice(0, 2));
  });

  it("the Kessler scales print the same line, and the K6's items are the K10's feelings in the US wording", async () => {
    const [k10, k6] = [await textsOf("k10"), await textsOf("k6")];
    expect(k6.copyright).toBe(k10.copyright);
    // Only the K10's ninth feeling is worded differently ("so sad"; the K6 asks "so depressed").
    const feeling = (item: string) => item.replace(/^About how often did you feel /, "");
    expect(k6.items.filter((item) => !k10.items.map(feeling).includes(item))).toEqual(["so depressed that nothing could cheer you up?"]);
    expect(k6.answers.map((a) => a.label)).toEqual(k10.answers.map((a) => a.label));
  });
});

describe("the generated list of message keys", () => {
  it("is every key the registry and the rules table give", async () => {
    const { MESSAGE_KEYS } = await import("../src/generated/message-keys.js");
    const { messageKeys } = await import("../src/i18n/keys.js");
    expect([...MESSAGE_KEYS].sort()).toEqual([...messageKeys(REGISTRY, RULES)].sort());
    expect([...MESSAGE_KEYS].sort()).toEqual(Object.keys(en.messages).sort());
  });
});

describe("each rule reads only the input paths it declares", () => {
  const shape = libraryEngine().inputShape;
  /** Every field path of the input's shape, down to each instrument and each answer of an object. */
  const paths: string[][] = [];
  const walk = (s: import("../src/shared/shape.js").Shape, path: string[]) => {
    if (s.kind === "object") for (const [key, field] of Object.entries(s.fields)) walk(field.kind === "optional" ? field.shape : field, [...path, key]);
    else paths.push(path);
  };
  walk(shape, []);
  const covers = (read: string, path: string[]) => {
    const text = path.join(".");
    return text === read || text.startsWith(`${read}.`) || read.startsWith(`${text}.`);
  };
  const setAt = (value: Record<string, unknown>, path: string[], answer: unknown): Record<string, unknown> => {
    const [key, ...rest] = path as [string, ...string[]];
    const copy = { ...value };
    if (rest.length === 0) {
      if (answer === undefined) delete copy[key];
      else copy[key] = answer;
    } else copy[key] = setAt((value[key] as Record<string, unknown> | undefined) ?? {}, rest, answer);
    return copy;
  };

  it.each(libraryEngine().rules.filter((r) => r.find !== undefined).map((r) => [r.code]))("%s", (code) => {
    // The rule as a freshly derived engine makes it.
    const engine = createEngine(REGISTRY);
    const rule = engine.rules.find((r) => r.code === code)!;
    const outside = paths.filter((p) => !rule.reads.some((read) => covers(read, p)));
    expect(outside.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(screeningInputArb(), fc.nat(), fc.boolean(), fc.integer(), (input, pick, remove, seed) => {
        const path = outside[pick % outside.length]!;
        const target = shapeAt(shape, path)!;
        const answer = remove ? undefined : fc.sample(arbitraryFor(target), { numRuns: 1, seed })[0];
        const changed = setAt(input as Record<string, unknown>, path, answer) as typeof input;
        // Rules read snapshots: the validated, canonical copy of an input.
        const snapshot = (value: unknown) => engine.check(value, []) as typeof input;
        const before = rule.find!(ruleContext(snapshot(input), engine.policy.defaults, engine.registry), []);
        const after = rule.find!(ruleContext(snapshot(changed), engine.policy.defaults, engine.registry), []);
        expect(after, path.join(".")).toEqual(before);
      }),
      { numRuns: 150 },
    );
  });
});
