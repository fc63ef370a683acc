/**
 * Derives the intake's questions, without their texts, from the screening input's shape, the
 * registry and the default policy: every answer a client can give, where it is written, the
 * values it takes, and when it is asked. `npm run schemas` writes the result to
 * `src/generated/intake.ts` (the build fails when it is stale), so that the intake and the FHIR
 * reader carry the questions as data, not the registry they come from.
 *
 * @internal
 * @module
 */
import { DEFAULT_POLICY } from "../policy/policy.js";
import { REGISTRY, type Instrument } from "../instruments/registry.js";
import { DEATH_INDICATOR, RISK_SCREEN_QUESTIONS, screeningInputShape } from "../input/screening-input.js";
import { formatIssuePath } from "../shared/errors.js";
import { fieldShape, mostSevere, type ObjectShape, type Shape } from "../shared/shape.js";
import type { CatalogueData, InstrumentFacts, IntakeValue, QuestionData, ShowCondition } from "./catalogue.js";

/** The sections of the input's fields, in the order a client is asked them; the instruments come after. */
const SECTIONS: Readonly<Record<string, readonly string[]>> = {
  client: ["client"],
  risk: ["risk"],
  context: ["medicallyStable", "dailyFunctioningImpaired", "treatment"],
  redFlags: ["redFlags"],
  indicators: ["indicators"],
  preferences: ["preferences"],
};

/**
 * The input's fields no client is asked: a professional's risk assessment, and what the app
 * writes itself (the day of the answers, its own reference). A test checks that every other
 * field the rules read is some question's path.
 */
const NOT_ASKED: readonly string[] = ["risk.assessedRiskLevel", "risk.assessedOn", "answeredOn", "ref"];

const id = (path: readonly (string | number)[]): string => formatIssuePath(path);

/** The questions a follow-up depends on, by the field of the input. */
function followUps(field: string, adultAge: number, instruments: readonly Instrument[]): readonly ShowCondition[] | undefined {
  const when = (path: readonly (string | number)[], operator: ShowCondition["operator"], value: IntakeValue): ShowCondition => ({ question: id(path), operator, value });
  switch (field) {
    // Intent or plan is asked when thoughts are active, a risk item is above its lowest answer, or thoughts of death were noted.
    case "risk.suicidalIntentOrPlan":
      return [
        when(["risk", "suicidalThoughts"], "=", "active"),
        ...instruments.filter((i) => i.riskIndex !== undefined).map((i) => when(["instruments", i.id, "items", i.riskIndex!], ">", i.answerOrder[0]!)),
        when(["indicators"], "=", DEATH_INDICATOR),
      ];
    case "client.guardianConsent":
      return [when(["client", "age"], "<", adultAge), when(["client", "adult"], "=", false)];
    case "client.age":
      return [when(["client", "adult"], "=", false)];
    case "treatment.professionalSupportsCoaching":
      // Asked of anyone in care, or discharged from it recently: the engine refers on "advised against" either way.
      return [when(["treatment", "inPsychotherapy"], "=", true), when(["treatment", "inPsychiatricCare"], "=", true), when(["treatment", "recentDischarge"], "=", true)];
    default:
      return undefined;
  }
}

/** Whether leaving the question unanswered keeps a client from being cleared under the default policy. */
function isRequired(field: string): boolean {
  const [top, key] = field.split(".");
  if (top === "risk") return (RISK_SCREEN_QUESTIONS as readonly string[]).includes(key!);
  if (top === "redFlags") return DEFAULT_POLICY.requireRedFlags;
  if (field === "client.age" || field === "client.adult") return DEFAULT_POLICY.requireAge;
  return field === "client.guardianConsent";
}

/** The question of one field of the input (`undefined` for a field no client is asked). */
function fieldQuestion(path: readonly string[], shape: Shape, adultAge: number, instruments: readonly Instrument[]): QuestionData | undefined {
  const text = path.join(".");
  if (NOT_ASKED.includes(text)) return undefined;
  const showWhen = followUps(text, adultAge, instruments);
  // The most severe answer, where the input's shape gives the answers an order (a set's is all of them: none).
  const severe = shape.kind === "set" ? undefined : (mostSevere(shape) as IntakeValue | undefined);
  const base = { id: id(path), ...(isRequired(text) && { required: true as const }), ...(path[0] === "risk" && { crisisOnSkip: true as const }), ...(showWhen !== undefined && { showWhen }), ...(text === "client.adult" && { also: [id(["client", "age"])] }), ...(severe !== undefined && { severe }) };
  switch (shape.kind) {
    case "boolean":
      return { ...base, type: "boolean" };
    case "enum":
      return { ...base, type: "choice", values: shape.values };
    case "set":
      return { ...base, type: "multiple", values: shape.values };
    case "number":
      return { ...base, type: "integer", values: [], min: shape.min!, max: shape.max! };
    default:
      return undefined;
  }
}

/** What the intake needs of an instrument: its name and items, its canonical scale, its first question, whose items they are, its verified LOINC codes. */
function factsOf(i: Instrument): InstrumentFacts {
  const loinc = i.definition.loinc;
  return {
    id: i.id,
    name: i.name,
    itemCount: i.itemCount,
    itemRange: i.itemRange,
    scale: i.scales[0]!.id,
    ...(i.itemScales !== undefined && { scaled: true }),
    ...(i.gate !== undefined && { gate: i.gate }),
    ...(i.riskIndex !== undefined && { riskIndex: i.riskIndex, riskField: i.riskField! }),
    ...(i.definition.itemsOf !== undefined && { owner: i.definition.itemsOf.id, ownerItems: i.definition.itemsOf.items }),
    ...(loinc?.panel !== undefined && { panel: loinc.panel }),
    ...(i.itemCodes !== undefined && { itemCodes: i.itemCodes }),
    ...(i.answerCodes !== undefined && { answerCodes: i.answerCodes }),
  };
}

/** The questions in the input's order, each follow-up moved after the last of its section's questions that show it. */
function afterTriggers(questions: readonly QuestionData[]): QuestionData[] {
  const out = [...questions];
  for (const q of questions) {
    const triggers = (q.showWhen ?? []).map((c) => out.findIndex((x) => x.id === c.question));
    const last = Math.max(-1, ...triggers);
    const at = out.indexOf(q);
    if (last > at) {
      out.splice(at, 1);
      out.splice(last, 0, q);
    }
  }
  return out;
}

/** @internal The intake's questions, as data: every section and question, for the default policy's adult age. */
export function deriveCatalogue(): CatalogueData {
  const adultAge = DEFAULT_POLICY.adultAge;
  const shape = screeningInputShape(REGISTRY);
  const instruments = REGISTRY.instruments;
  const sections: CatalogueData["sections"][number][] = [];
  for (const [section, fields] of Object.entries(SECTIONS)) {
    const questions: QuestionData[] = [];
    for (const field of fields) {
      const s = fieldShape(shape.fields[field]!);
      const leaves: [string[], Shape][] = s.kind === "object" ? Object.entries((s as ObjectShape).fields).map(([k, f]) => [[field, k], fieldShape(f)]) : [[[field], s]];
      for (const [path, leaf] of leaves) {
        const q = fieldQuestion(path, leaf, adultAge, instruments);
        if (q !== undefined) questions.push(q);
      }
    }
    sections.push({ id: section, questions: afterTriggers(questions) });
  }
  // An instrument's questions follow from its facts (catalogue.ts).
  for (const instrument of instruments) sections.push({ id: id(["instruments", instrument.id]), instrument: instrument.id });
  return { adultAge, instruments: instruments.map(factsOf), sections };
}
