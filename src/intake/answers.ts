/**
 * From the answers an app collects to a `ScreeningInput`.
 *
 * @module
 */
import type { ScreeningInput } from "../input/screening-input.js";
import { checkInt, isRecord, push, quoteValue, readField, type Issues } from "../shared/check.js";
import { formatIssuePath, reading, ScopeInputError } from "../shared/errors.js";
import { INSTRUMENT_FACTS, questionsById, type IntakeValue, type QuestionSpec } from "./catalogue.js";
import type { IntakeAnswers } from "./build.js";

const TITLE = "Invalid intake answers";

/** The value of one answer, checked against its question, or `undefined` (with an issue) when it is not one of its answers. */
function checked(issues: Issues, q: QuestionSpec, value: unknown): IntakeValue | readonly IntakeValue[] | undefined {
  const path = [q.id];
  const listed = q.values.map((v) => JSON.stringify(v)).join(", ");
  if (q.type === "integer") return checkInt(issues, path, value, q.min!, q.max!) ? (value as number) + 0 : undefined;
  if (q.type === "multiple") {
    // Copied once, then checked: holes and a list that changes between reads are what was copied.
    const list: unknown[] | undefined = Array.isArray(value) ? Array.from(value as unknown[]) : undefined;
    let ok = list !== undefined && new Set(list).size === list.length;
    for (const v of list ?? []) ok &&= q.values.includes(v as IntakeValue);
    if (ok) return list as IntakeValue[];
    push(issues, path, "invalid_value", `Expected a list of distinct answers from ${listed}, received ${Array.isArray(value) ? "a list with other values" : quoteValue(value)}`);
    return undefined;
  }
  // -0 is 0: the answers' own values are compared as the input compares them.
  if (q.values.includes(value as IntakeValue)) return typeof value === "number" ? value + 0 : (value as IntakeValue);
  push(issues, path, "invalid_value", `Expected one of ${listed}, received ${typeof value === "number" ? String(value) : quoteValue(value)}`);
  return undefined;
}

/** Writes `value` at `path` below `root`, making objects (and an instrument's items list) on the way. */
function write(root: Record<string, unknown>, q: QuestionSpec, value: unknown): void {
  let at = root;
  const path = q.path;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    if (key === "items" && q.instrument !== undefined) {
      at["items"] ??= Array.from({ length: q.instrument.itemCount }, () => null);
      (at["items"] as unknown[])[path[i + 1] as number] = value;
      return;
    }
    at = (at[key] ??= {}) as Record<string, unknown>;
  }
  at[path.at(-1) as string] = value;
}

/**
 * Builds a `ScreeningInput` from the answers an app collected, `{ [question.id]: value }`: each
 * value is written at its question's `path`. Each is checked against its question's options
 * (or range, for the age); `null` is unanswered. An instrument with any answer gets every item
 * (`null` where unanswered) and, on a two-scale instrument, the scale its questions use. Answers
 * to follow-ups that are not shown are kept: do not remove them, a risk answer stands.
 *
 * @throws `ScopeInputError` (recognise it with `isScopeInputError` from `coaching-scope`) for an unknown question id or a value that is not one of its
 *   question's answers (the issue's path is `[questionId]`), and for an instrument's items
 *   answered after its first question was answered "no".
 *
 * @example
 * ```ts
 * toScreeningInput({ "risk.imminentDanger": false, "instruments.k10.items[0]": 2, "indicators": ["irritability"] });
 * //=> { risk: { imminentDanger: false }, indicators: ["irritability"], instruments: { k10: { items: [2, null, null, null, null, null, null, null, null, null], scale: "1-5" } } }
 * ```
 */
export function toScreeningInput(answers: IntakeAnswers): ScreeningInput {
  return reading(
    TITLE,
    () => {
      const issues: Issues = [];
      if (!isRecord(answers)) {
        push(issues, [], "invalid_type", `Expected an object of answers by question id, received ${quoteValue(answers)}`);
        throw new ScopeInputError(issues, TITLE);
      }
      const byId = questionsById();
      const unknown: string[] = [];
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(answers)) {
        const q = byId.get(key);
        if (q === undefined) {
          unknown.push(key);
          continue;
        }
        const value = readField(issues, [key], answers, key);
        if (value === null || value === undefined) continue;
        const v = checked(issues, q, value);
        if (v !== undefined) write(out, q, v);
      }
      for (const key of unknown) push(issues, [key], "unrecognized_keys", `Unknown question ${quoteValue(key)}: not a question of the intake`);
      completeInstruments(issues, out);
      if (issues.length > 0) throw new ScopeInputError(issues, TITLE);
      return out as ScreeningInput;
    },
    true,
  );
}

/**
 * Completes each instrument answered: its first question (the PC-PTSD-5's exposure) is open when
 * an item is answered without it; after a "no", items answered are an error; a two-scale
 * instrument's items name the scale the questions use (the canonical one).
 */
function completeInstruments(issues: Issues, out: Record<string, unknown>): void {
  const instruments = (out["instruments"] ?? {}) as Record<string, Record<string, unknown>>;
  for (const [id, answers] of Object.entries(instruments)) {
    const instrument = INSTRUMENT_FACTS.get(id)!;
    const gate = instrument.gate;
    const items = answers["items"] as readonly (number | null)[] | undefined;
    if (gate !== undefined && answers[gate] === undefined) answers[gate] = true;
    // After a yes, the items are asked: unanswered until they are.
    if (gate !== undefined && answers[gate] === true && answers["items"] === undefined) answers["items"] = Array.from({ length: instrument.itemCount }, () => null);
    if (gate !== undefined && answers[gate] === false && items !== undefined) {
      items.forEach((a, i) => {
        if (a !== null) push(issues, [formatIssuePath(["instruments", id, "items", i])], "invalid_value", `Answered, but ${formatIssuePath(["instruments", id, gate])} is false: its items are asked only after a yes`);
      });
      delete answers["items"];
    }
    if (instrument.scaled === true && answers["items"] !== undefined) answers["scale"] = instrument.scale;
  }
}
