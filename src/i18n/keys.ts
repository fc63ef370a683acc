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
import { CRISIS_LINE_IDS } from "../crisis/ids.js";
import { RED_FLAG_IDS, REFER_TO } from "../input/referral.js";

/** @internal The crisis-line keys: the labels, and each built-in line's name and notes. */
export const CRISIS_KEYS: readonly MessageKey[] = /* @__PURE__ */ (() => [
  "crisis.instruction",
  "crisis.kind.emergency",
  "crisis.kind.crisis-line",
  "crisis.reach.call",
  "crisis.reach.text",
  "crisis.reach.email",
  "crisis.email.notForEmergencies",
  ...CRISIS_LINE_IDS.flatMap((id) => [`crisis.${id}.name`, `crisis.${id}.notes`] as const),
])();

/** @internal The command line's labels. */
export const CLI_KEYS = ["cli.record", "cli.invalidInput", "cli.askNext", "cli.item"] as const satisfies readonly MessageKey[];

/** @internal The level action for a client in care, where `refer` means "discuss with your treating professional". */
export const IN_CARE_ACTION = "level.refer.inCareAction" satisfies MessageKey;

/** @internal Every message key, for a registry and its rules (their codes, and the variants of their messages). */
export function messageKeys(registry: Registry, rules: readonly { readonly code: string; readonly variants?: readonly string[] | undefined }[]): ReadonlySet<string> {
  const keys: string[] = ["table.caption", "table.dimensionHeader", ...CLI_KEYS, ...CRISIS_KEYS];
  for (const m of MODALITY_IDS) keys.push(`modality.${m}`);
  for (const d of DIMENSION_IDS) keys.push(`dimension.${d}.label`, ...MODALITY_IDS.map((m) => `dimension.${d}.${m}`));
  for (const id of DISCLAIMER_IDS) keys.push(`disclaimer.${id}`);
  for (const level of SCOPE_LEVELS) keys.push(`level.${level}`, `level.${level}.action`);
  keys.push(IN_CARE_ACTION);
  for (const id of RED_FLAG_IDS) keys.push(`redFlag.${id}`);
  for (const id of REFER_TO) keys.push(`referTo.${id}`);
  for (const rule of rules) keys.push(`reason.${rule.code}`, ...(rule.variants ?? []).map((v) => `reason.${rule.code}.${v}`));
  for (const i of registry.instruments) keys.push(`instrument.${i.id}.name`, ...i.bands.map((b) => `band.${i.id}.${b.id}`));
  return new Set(keys);
}
