export { createGuidepost, createGuidepostEngine } from './create-guidepost';
export { explanations } from './plugins/explanations';
export {
  allGuideKinds,
  announcementKind,
  checklistKind,
  surveyKind,
  tooltipKind,
} from './kinds/guide-kinds';
export type { GuideKindPlugin } from './kinds/guide-kind-plugin';
export { goals } from './plugins/goals';
export { guideCenter } from './plugins/guide-center';
export { surveyAnswers } from './plugins/survey-answers';
export { interruptionBudget } from './plugins/interruption-budget';
export { localStoragePersistence, persistence } from './plugins/persistence';
export { sharedModalChannel } from './plugins/shared-modal-channel';
export { storageSync } from './plugins/storage-sync';
export { timeBoundaries } from './plugins/time-boundaries';
export { webLocksClaims } from './plugins/web-locks-claims';
export { createModalChannel, pageModalChannel } from './plugins/modal-channel';
export {
  advanceStep,
  closeShow,
  completeChecklistItem,
  completeGuide,
  dismissGuide,
  goToStep,
  isTerminal,
  markShown,
  resetGuide,
  retreatStep,
  snoozeGuide,
  startGuide,
} from './progress/progress-table';
export { currentProgress } from './progress/current-progress';
export { deliveryReasons } from './pacing/delivery-reasons';
export { maxAnswerLength, readSurveyAnswer } from './actions/answer-survey';
export { definitionRetention } from '../targeting/event-retention';
export { earliestAfter, nextGuideBoundary } from './pacing/guide-time-boundary';
export { byNewestFirst, byPageOrder, byShowOrder, planShows } from './pacing/plan-shows';
export { resolveGuideSettings } from './model/resolve-guide-settings';
export { placeAtStep, resolveStep } from './progress/resolve-step';
export { routeMatches } from './route-matches';
export { stepRouteMatches } from './step-route-matches';
export { progressMeets, scopeInputOf } from './scope-input-of';

export type { ShowLocks } from './plugins/web-locks';
export type { ModalChannel } from './plugins/modal-channel';
export type { CreateGuidepostOptions, GuidepostEngineOptions } from './create-guidepost';
export type {
  EngineAnnouncements,
  EngineChecklists,
  EngineGoals,
  EngineGuideCenter,
  EngineHints,
  EngineSurveyAnswers,
  EnginePacing,
  EnginePluginParts,
  GuidepostPlugin,
} from './plugins/guidepost-plugin';
export type { DeliveryInput } from './pacing/delivery-reasons';
export type { EligibilityReason, EligibilityReasonCode } from './model/eligibility-reason';
export type { DefinitionRetention } from '../targeting/event-retention';
export type { GoalExplanation, GoalStart, GoalState } from './pacing/goals';
export type { GuideSettings } from './model/guide-settings';
export type { ShowCandidate, ShowPlan } from './pacing/plan-shows';
export type { ResolvedSettings } from './model/resolve-guide-settings';
export type { StepPosition } from './progress/resolve-step';
export type { SkipDirection } from './actions/skip-step';
export type { HintCloseKind, HintSettlement } from './actions/settle-hint';
export type { TargetMissingOutcome } from './actions/target-missing';
export type { CenterChecklist, GuideCenterView, NewsEntry } from './model/guide-center-view';
export type {
  InterruptionBudget,
  InterruptionBudgetState,
  ResolvedInterruptionBudget,
} from './pacing/interruption-budget';
export type { TransitionInput } from './progress/progress-table';
export type {
  GuideCloseReason,
  GuideExplanation,
  Guidepost,
  GuidepostOptions,
  GuidepostState,
  GuideView,
  Scheduler,
  SnoozeFor,
  StartOptions,
} from './model/types';
