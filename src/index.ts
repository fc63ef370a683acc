/**
 * coaching-scope: is this person's request in scope for coaching, should the coach refer
 * them to psychotherapy, or is this a crisis?
 *
 * @packageDocumentation
 */
export {
  COMPARISON_MODEL,
  DIMENSION_IDS,
  MODALITY_IDS,
  defineComparisonModel,
  extendComparisonModel,
  getDimension,
  type ComparisonModel,
  type ComparisonModelExtension,
  type ComparisonModelSpec,
  type Dimension,
  type DimensionId,
  type Modality,
  type ModalityId,
} from "./model.js";
export { DISCLAIMERS, DISCLAIMER_IDS, getDisclaimer, type DisclaimerId } from "./disclaimers.js";
export {
  ScopeConfigError,
  ScopeInputError,
  formatIssuePath,
  isScopeConfigError,
  isScopeInputError,
  type ScopeIssue,
  type ScopeIssueCode,
} from "./errors.js";
export { createLocalizer, type Localizer } from "./localize.js";
export type {
  BandMessageKey,
  CustomMessageKey,
  Locale,
  LocalizeOptions,
  MessageKey,
  MessageParams,
  Messages,
  TranslateFn,
} from "./messages.js";
export { en } from "./locales/en.js";
export {
  buildComparisonTable,
  renderHtml,
  renderMarkdown,
  renderText,
  type ComparisonCell,
  type ComparisonColumn,
  type ComparisonRow,
  type ComparisonTable,
  type ComparisonTableOptions,
  type RenderHtmlOptions,
  type RenderTextOptions,
} from "./table.js";
export { SCOPE_LEVELS, REASON_CODES, compareLevels, type ReasonCode, type ReasonKind, type ScopeLevel } from "./levels.js";
export {
  INSTRUMENTS,
  INSTRUMENT_IDS,
  scoreInstrument,
  type Answer,
  type BandId,
  type InstrumentBand,
  type InstrumentId,
  type InstrumentInfo,
  type InstrumentScore,
} from "./instruments.js";
export {
  DEFAULT_POLICY,
  type CareReferThresholds,
  type DeepPartial,
  type FitThresholds,
  type Policy,
  type PolicyOverrides,
  type PolicyThresholds,
  type PositiveThreshold,
} from "./policy.js";
export {
  INDICATOR_IDS,
  type IndicatorId,
  type InstrumentAnswers,
  type InstrumentInput,
  type Phq9Input,
  type Preferences,
  type RiskAnswers,
  type ScreeningInput,
  type TreatmentStatus,
} from "./input.js";
export {
  assessScope,
  createScopeAssessor,
  type AssessOptions,
  type FitSummary,
  type ReasonEvidence,
  type ScopeAssessment,
  type ScopeReason,
} from "./assess.js";
export {
  toFlatMessages,
  toI18nextResources,
  type I18nextOptions,
  type I18nextResources,
  type I18nextTree,
} from "./adapters.js";
