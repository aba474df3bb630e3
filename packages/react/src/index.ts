'use client';
export { GuidepostProvider } from './provider/guidepost-provider';
export { GuidepostContext, useGuidepost } from './provider/guidepost-context';
export {
  createGuidepostHooks,
  useAnchor,
  useGuide,
  useSegment,
  useTargeting,
  useTouchTier,
  useTour,
  useTrack,
} from './hooks';
export { defaultLabels } from './i18n/default-labels';
export { japaneseLabels } from './i18n/japanese-labels';

export type {
  GuidepostProviderDefinitionProps,
  GuidepostProviderEngineProps,
  GuidepostProviderProps,
} from './provider/guidepost-provider';
export type { GuidepostContextValue } from './provider/guidepost-context';
export type { GuidepostHooks, RuleOf, TrackFunction, UseTourResult } from './hooks';
export type { Labels } from './i18n/labels';
export type {
  Explanation,
  GuideId,
  GuidepostDefinition,
  GuidepostEvent,
  GuideView,
  Rule,
  TouchTier,
  UserAttributes,
} from '@guidepost/core';
