/**
 * The `kind` of a decision record, on its own so that the schemas can name it without the
 * assessor.
 *
 * @internal
 * @module
 */

/** @internal What a decision record's `kind` always is. */
export const DECISION_RECORD_KIND = "coaching-scope/decision-record";
