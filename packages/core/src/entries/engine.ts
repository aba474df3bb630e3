/**
 * `@guidepost/core/engine`: the guide engine with opt-in plugins. `createGuidepostEngine` takes
 * only the parts an app imports (persistence, cross-tab sync and claims, time boundaries, the
 * interruption budget, goals, a shared modal channel, explanations, the guide center, survey
 * answers) and the rule kinds its
 * audiences use; `createGuidepost` is the full preset.
 */
export { createGuidepost, createGuidepostEngine } from '../engine/create-guidepost';
export type { CreateGuidepostOptions, GuidepostEngineOptions } from '../engine/create-guidepost';
export { explanations } from '../engine/plugins/explanations';
export {
  allGuideKinds,
  announcementKind,
  checklistKind,
  surveyKind,
  tooltipKind,
} from '../engine/kinds/guide-kinds';
export type { GuideKindPlugin } from '../engine/kinds/guide-kind-plugin';
export { goals } from '../engine/plugins/goals';
export { guideCenter } from '../engine/plugins/guide-center';
export { surveyAnswers } from '../engine/plugins/survey-answers';
export { interruptionBudget } from '../engine/plugins/interruption-budget';
export { localStoragePersistence, persistence } from '../engine/plugins/persistence';
export { sharedModalChannel } from '../engine/plugins/shared-modal-channel';
export { storageSync } from '../engine/plugins/storage-sync';
export { timeBoundaries } from '../engine/plugins/time-boundaries';
export { webLocksClaims } from '../engine/plugins/web-locks-claims';
export type { EnginePluginParts, GuidepostPlugin } from '../engine/plugins/guidepost-plugin';
export { createModalChannel, pageModalChannel } from '../engine/plugins/modal-channel';
export type { ModalChannel } from '../engine/plugins/modal-channel';
export type { ShowLocks } from '../engine/plugins/web-locks';
export type {
  Guidepost,
  GuidepostOptions,
  GuidepostState,
  GuideView,
  Scheduler,
} from '../engine/model/types';
