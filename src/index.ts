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
} from "./model/model.js";
export { DISCLAIMERS, DISCLAIMER_IDS, getDisclaimer, type DisclaimerId } from "./model/disclaimers.js";
export {
  ScopeConfigError,
  ScopeInputError,
  formatIssuePath,
  isScopeConfigError,
  isScopeInputError,
  type ScopeIssue,
  type ScopeIssueCode,
} from "./shared/errors.js";
export { createLocalizer, type Localizer } from "./i18n/localize.js";
export type {
  BandMessageKey,
  CustomMessageKey,
  Locale,
  LocalizeOptions,
  MessageKey,
  MessageParams,
  Messages,
  ReasonVariantKey,
  TranslateFn,
} from "./i18n/messages.js";
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
} from "./table/table.js";
export { SCOPE_LEVELS, compareLevels, type ReasonKind, type ScopeLevel } from "./rules/levels.js";
export { REASON_CODES, type ReasonCode } from "./rules/table.js";
export {
  INSTRUMENTS,
  INSTRUMENT_IDS,
  scoreInstrument,
  type InstrumentBand,
  type InstrumentInfo,
  type ScoreOptions,
} from "./instruments/index.js";
export type {
  AsScreenId,
  BandId,
  InstrumentId,
  ItemsScaleId,
  MeasureId,
  RiskField,
  RiskItemCode,
  RiskItemInstrumentId,
  RiskItemPolicyKey,
  ScaleId,
  ScreenBandId,
  ScreenId,
  ScreenNextId,
  ShortFormId,
  ReferringScreenId,
  GateField,
  TotalScaleId,
} from "./instruments/registry.js";
export type { ChangeDefinition, Direction, InstrumentLicence, ItemScale, LoincCodes, TotalScale, UnscoredItem } from "./instruments/define.js";
export type { Answer, InstrumentScore } from "./instruments/scoring.js";
export {
  DEFAULT_POLICY,
  type CareReferThresholds,
  type DeepPartial,
  type FitThresholds,
  type Policy,
  type PolicyOverrides,
  type PolicyThresholds,
  type RiskItemLevel,
  type PositiveThreshold,
} from "./policy/policy.js";
export {
  INDICATOR_IDS,
  type IndicatorId,
  type InstrumentAnswers,
  type InstrumentInput,
  type InstrumentAnswersOf,
  type ClientInfo,
  type RedFlagAnswers,
  type Phq9Input,
  type Preferences,
  type RiskAnswers,
  type ScreeningInput,
  type TreatmentStatus,
} from "./input/screening-input.js";
export { assessScope, createScopeAssessor, type AssessOptions, type CallOptions, type ScopeAssessor } from "./assess/assess.js";
export { actionKey, crisisAudience, referrals, showCrisisResources, type Referral } from "./assess/action.js";
export {
  compareAssessments,
  type AssessmentComparison,
  type ChangeClassification,
  type ChangeThresholds,
  type CompareOptions,
  type InstrumentChange,
  type InstrumentChanges,
  type LevelChange,
  type ScoreRange,
} from "./over-time/compare.js";
export { trackAssessments, type AssessmentTrack, type InstrumentSeries, type TrackAlert, type TrackEntry, type TrackLevel, type TrackPoint } from "./over-time/track.js";
export {
  createDecisionRecord,
  verifyDecisionRecord,
  type DecisionDifference,
  type DecisionRecord,
  type DecisionVerification,
  type DecisionVerified,
  type VerifyOptions,
} from "./over-time/records.js";
export { RED_FLAGS, RED_FLAG_IDS, REFER_TO, referToFor, type RedFlag, type RedFlagId, type ReferTo } from "./input/referral.js";
export type {
  AssessmentMeta,
  InstrumentScores,
  MissingPath,
  ReasonEvidence,
  ReasonEvidenceOf,
  ScopeAssessment,
  ScopeReason,
} from "./assess/result.js";
export type { FitSummary } from "./rules/rule.js";
export type { ReferringScreenEvidence, ScoreEvidence, ScoreEvidenceOf, ScoreFields, ScreenEvidence, ScreenEvidenceOf } from "./rules/instruments.js";
export {
  toFlatMessages,
  toI18nextResources,
  type I18nextOptions,
  type I18nextResources,
  type I18nextTree,
} from "./i18n/adapters.js";
