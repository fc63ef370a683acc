/**
 * The source text this library is built on, in English, stored once and verbatim.
 *
 * Every English string of the comparison model and of the disclaimers lives here; the
 * `en` locale, `COMPARISON_MODEL` and `DISCLAIMERS` all read from these constants, so the
 * words cannot drift apart. The dimension labels are the library's own; everything else is
 * the source's wording, punctuation and typographic quotes included.
 *
 * @internal
 * @module
 */

/** @internal The two modalities of the source table, in column order. */
export const SEED_MODALITIES = [
  ["coaching", "Coaching"],
  ["psychotherapy", "Psychotherapy"],
] as const;

/** @internal The twelve rows of the source table: id, label, coaching, psychotherapy. */
export const SEED_DIMENSIONS = [
  ["relationship", "Relationship", "Co-active; peer-basis", "Hierarchical; expert/client"],
  [
    "clientState",
    "Client state",
    "Trained to work with clients that are emotionally and psychologically stable or in a recovery state; coach aims to view client from a holistic perspective",
    "Trained to work with clients that are emotionally and psychologically unwell; therapist aims to diagnose and treat",
  ],
  ["orientation", "Orientation", "Solution-oriented", "Problem-oriented"],
  ["timeFocus", "Time focus", "Focuses on the present and future", "Focuses on dealing with the past"],
  [
    "driver",
    "Driver",
    "Driven by the conscious mind, goals and taking action",
    "Driven by the unconscious mind and insight into unresolved issues and feelings",
  ],
  ["plan", "Plan", "Alliance developed by coach and client working together", "Treatment plan designed by therapist"],
  ["aim", "Aim", "Works toward a higher level of functioning", "Works to achieve understanding and emotional healing"],
  [
    "duration",
    "Duration",
    "Short-term, time-bound, results-based and focuses on exploring solutions",
    "Long-term, open-ended, explores the root of problems and offers explanation",
  ],
  [
    "guidingQuestion",
    "Guiding question",
    "Asks, \u201cWhere would you like to be and how can you get there?\u201d",
    "Asks, \u201cHow did that make you feel?\u201d",
  ],
  [
    "selfEsteem",
    "Self-esteem",
    "Explores actions that manifest high self-esteem",
    "Explores genesis of behaviours that create low self-esteem",
  ],
  ["issueLocus", "Issues", "Mainly works with external issues", "Mainly works with internal issues"],
  ["setting", "Setting", "Done over the phone, internet or in person", "Done in an office setting"],
] as const;

/** @internal The source's disclaimer: coaching is not psychotherapy. */
export const SEED_NOT_PSYCHOTHERAPY =
  "Coaching and peer support are NOT psychotherapy. They cannot replace psychiatric or psychotherapeutic intervention.";

/** @internal The source's "essential difference" paragraph (with its en dash). */
export const SEED_ESSENTIAL_DIFFERENCE =
  "That being said, the essential difference is this \u2013 psychotherapy meets you where you are now and looks back and unpacks what you have gone through in order to help you move forward; coaching, presuming you are medically stable (not in imminent danger), meets you where you are now and sends you on the way to where you are going.";

/** @internal The source's closing "complement" paragraph, whole (three sentences). */
export const SEED_COMPLEMENT =
  "Coaching picks up from where psychotherapy leaves off. Clients bring their new insights and stability into a world that may not accommodate their needs and coaching mitigates this gap. It supports people in applying insights gained from psychotherapy and self-work into their daily lives, managing everyday obstacles that may be interfering with their ability to fully participate in, and benefit from, the therapeutic process.";
