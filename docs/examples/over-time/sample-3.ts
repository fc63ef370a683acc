// Compiled by the typecheck step; docs/over-time.md shows the code below (a test keeps them equal).
export {};

import { createDecisionRecord, verifyDecisionRecord, type DecisionRecord } from "coaching-scope";
import { de } from "coaching-scope/locales/de";

const record = createDecisionRecord({ ref: "client-7", risk: { imminentDanger: true } }, { asOf: "2026-11-30", locale: de });
[record.result.level, record.meta.locale];
//=> ["crisis", "de"]
const stored = JSON.stringify(record); // keep it with the client's file

// Later, in an audit:
const again = JSON.parse(stored) as DecisionRecord;
verifyDecisionRecord(again, { locales: [de] });
//=> { valid: true }
verifyDecisionRecord({ ...again, result: { ...again.result, level: "refer" } }, { locales: [de] });
//=> { valid: false, path: ["result", "level"], stored: "refer", recomputed: "crisis" }
