/**
 * LOINC answer lists that several instruments share, written once.
 *
 * @internal
 * @module
 */

/** @internal LOINC answer list LL358-3 (PHQ and GAD-7 items): not at all … nearly every day. */
export const LL358_3: Readonly<Record<string, number>> = {
  "LA6568-5": 0,
  "LA6569-3": 1,
  "LA6570-1": 2,
  "LA6571-9": 3,
};

/** @internal Answer codes and their scores from several lists, for items that use more than one. */
export /* @__NO_SIDE_EFFECTS__ */ function answerList(...lists: readonly Readonly<Record<string, number>>[]): Readonly<Record<string, number>> {
  return Object.assign({}, ...lists) as Readonly<Record<string, number>>;
}
