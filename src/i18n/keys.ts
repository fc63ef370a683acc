/**
 * Every message key, derived from the id lists, the registry and the rules table (never from
 * the English text, which stays out of bundles that do not need it).
 *
 * @internal
 * @module
 */
import { DISCLAIMER_IDS } from "../model/disclaimer-ids.js";
import { DIMENSION_IDS, MODALITY_IDS } from "../model/model.js";
import type { Registry } from "../instruments/registry.js";
import type { MessageKey } from "./messages.js";
import { SCOPE_LEVELS } from "../rules/levels.js";

/** @internal The crisis-line keys. */
export const CRISIS_KEYS = [
  "crisis.instruction",
  "crisis.kind.emergency",
  "crisis.kind.crisis-line",
  "crisis.reach.call",
  "crisis.reach.text",
  "crisis.reach.email",
] as const satisfies readonly MessageKey[];

/** @internal Every message key, for a registry and its rules' reason codes. */
export function messageKeys(registry: Registry, reasonCodes: readonly string[]): ReadonlySet<string> {
  const keys: string[] = ["table.caption", "table.dimensionHeader", ...CRISIS_KEYS];
  for (const m of MODALITY_IDS) keys.push(`modality.${m}`);
  for (const d of DIMENSION_IDS) keys.push(`dimension.${d}.label`, ...MODALITY_IDS.map((m) => `dimension.${d}.${m}`));
  for (const id of DISCLAIMER_IDS) keys.push(`disclaimer.${id}`);
  for (const level of SCOPE_LEVELS) keys.push(`level.${level}`, `level.${level}.action`);
  for (const code of reasonCodes) keys.push(`reason.${code}`);
  for (const i of registry.instruments) keys.push(`instrument.${i.id}.name`, ...i.bands.map((b) => `band.${i.id}.${b.id}`));
  return new Set(keys);
}
