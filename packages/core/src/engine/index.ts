export { createGuidepost } from './create-guidepost';
export { maxAnswerLength, readSurveyAnswer } from './actions/answer-survey';
export { createModalChannel, pageModalChannel } from './modal-channel';
export { advanceStep } from './advance-step';
export { completeChecklistItem } from './complete-checklist-item';
export { completeGuide } from './complete-guide';
export { currentProgress } from './current-progress';
export { deliveryReasons } from './delivery-reasons';
export { dismissGuide } from './dismiss-guide';
export { definitionRetention } from './event-retention';
export { goToStep } from './go-to-step';
export { markShown } from './mark-shown';
export { earliestAfter, nextGuideBoundary } from './next-guide-boundary';
export { byNewestFirst, byPageOrder, byShowOrder, planShows } from './plan-shows';
export { closeShow } from './close-show';
export { resetGuide } from './reset-guide';
export { resolveGuideSettings } from './resolve-guide-settings';
export { placeAtStep, resolveStep } from './resolve-step';
export { retreatStep } from './retreat-step';
export { routeMatches } from './route-matches';
export { snoozeGuide } from './snooze-guide';
export { stepRouteMatches } from './step-route-matches';
export { progressMeets, scopeInputOf } from './scope-input-of';
export { startGuide } from './start-guide';
export { isTerminal } from './transition-input';

export type { ShowLocks } from './claim-show';
export type { ModalChannel } from './modal-channel';
export type { CreateGuidepostOptions } from './create-guidepost';
export type { DeliveryInput } from './delivery-reasons';
export type { EligibilityReason, EligibilityReasonCode } from './eligibility-reason';
export type { DefinitionRetention } from './event-retention';
export type { GoalExplanation, GoalStart, GoalState } from './goals';
export type { GuideSettings } from './guide-settings';
export type { ShowCandidate, ShowPlan } from './plan-shows';
export type { ResolvedSettings } from './resolve-guide-settings';
export type { StepPosition } from './resolve-step';
export type { SkipDirection } from './skip-step';
export type {
  InterruptionBudget,
  InterruptionBudgetState,
  ResolvedInterruptionBudget,
} from './interruption-budget';
export type { TransitionInput } from './transition-input';
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
} from './types';
