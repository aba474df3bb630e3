'use client';
export { GuidepostProvider } from './provider/guidepost-provider';
export { GuidepostEngineProvider } from './provider/guidepost-engine-provider';
export { GuidepostContext, useGuidepost } from './provider/guidepost-context';
export { TargetingProvider } from './targeting/targeting-provider';
export { createGuidepostHooks } from './entries/create-guidepost-hooks';
export { anchor } from './register/anchor';
export {
  useAnchor,
  useGuide,
  useSegment,
  useTargeting,
  useTouchTier,
  useTour,
  useTrack,
} from './hooks';
export { Tour, useTourContext } from './tour';
export { RichContent } from './content/rich-content';
export { Tooltip, useTooltip, useTooltipContext } from './tooltip';
export {
  Checklist,
  checklistLabelsFor,
  defaultChecklistLabels,
  japaneseChecklistLabels,
  useChecklist,
  useChecklistContext,
} from './checklist';
export {
  Announcement,
  announcementLabelsFor,
  AnnouncementModal,
  defaultAnnouncementLabels,
  japaneseAnnouncementLabels,
  useAnnouncement,
  useAnnouncementContext,
  useAnnouncements,
} from './announcement';
export {
  defaultGuideCenterLabels,
  GuideCenter,
  guideCenterLabelsFor,
  japaneseGuideCenterLabels,
  useGuideCenter,
  useGuideCenterContext,
} from './guide-center';
export {
  defaultSurveyLabels,
  japaneseSurveyLabels,
  Survey,
  surveyLabelsFor,
  useSurvey,
  useSurveyContext,
} from './survey';
export { GuidepostDevtools } from './devtools';
export { defaultLabels } from './i18n/default-labels';
export { japaneseLabels } from './i18n/japanese-labels';

export type {
  GuidepostProviderDefinitionProps,
  GuidepostProviderEngineProps,
  GuidepostProviderProps,
} from './provider/guidepost-provider';
export type {
  GuidepostEngineProviderProps,
  GuidepostProviderBaseProps,
} from './provider/guidepost-engine-provider';
export type { GuidepostContextValue } from './provider/guidepost-context';
export type { TargetingProviderProps } from './targeting/targeting-provider';
export type { Register, RegisteredDefinition } from './register/register';
export type { AnchorProps } from './register/anchor';
export type { GuidepostHooks } from './entries/create-guidepost-hooks';
export type { RuleOf, TrackFunction, UseTourResult } from './hooks';
export type { Labels } from './i18n/labels';
export type { BodyProps, CloseProps, MediaProps, TitleProps } from './parts/surface-parts';
export type { OneLineProps, SurfaceRootProps } from './parts/surface-root-props';
export type { OpenStateProps } from './parts/open-state-props';
export type {
  DescriptionFields,
  PanelFields,
  PresenceFields,
  RootContextFields,
} from './parts/root-context-fields';
export type { PanelProps } from './parts/panel';
export type { SurfaceSettings } from './parts/use-surface-settings';
export type { GoalVerdict, GuidepostDevtoolsProps, GuideVerdict } from './devtools';
export type {
  AnnouncementButtonProps,
  AnnouncementClassNames,
  AnnouncementContentProps,
  AnnouncementContextValue,
  AnnouncementCtaProps,
  AnnouncementDontShowAgainProps,
  AnnouncementLabels,
  AnnouncementModalProps,
  AnnouncementOverlayProps,
  AnnouncementPagerProps,
  AnnouncementPortalProps,
  AnnouncementRootProps,
  UseAnnouncementResult,
  UseAnnouncementsResult,
} from './announcement';
export type {
  SurveyAnswerProps,
  SurveyClassNames,
  SurveyContentProps,
  SurveyContextValue,
  SurveyLabels,
  SurveyOverlayProps,
  SurveyPhase,
  SurveyPortalProps,
  SurveyProps,
  SurveyQuestionProps,
  SurveyRootProps,
  SurveySubmitProps,
  SurveyThanksProps,
  UseSurveyResult,
} from './survey';
export type {
  ChecklistButtonProps,
  ChecklistCelebrationProps,
  ChecklistClassNames,
  ChecklistContextValue,
  ChecklistDismissProps,
  ChecklistItemAction,
  ChecklistItemProps,
  ChecklistItemsProps,
  ChecklistItemState,
  ChecklistLabels,
  ChecklistPanelProps,
  ChecklistProgressProps,
  ChecklistProps,
  ChecklistRootProps,
  ChecklistTriggerProps,
  UseChecklistResult,
} from './checklist';
export type {
  HintMode,
  TooltipArrowProps,
  TooltipBeaconProps,
  TooltipClassNames,
  TooltipContentProps,
  TooltipContextValue,
  TooltipOpenChangeReason,
  TooltipPortalProps,
  TooltipProps,
  TooltipRootProps,
  UseTooltipResult,
} from './tooltip';
export type { RichContentProps } from './content/rich-content';
export type {
  CenterChecklistEntry,
  CenterNews,
  CenterTour,
  GuideCenterArticlesProps,
  GuideCenterClassNames,
  GuideCenterCloseProps,
  GuideCenterContactProps,
  GuideCenterContextValue,
  GuideCenterGuidesProps,
  GuideCenterLabels,
  GuideCenterLauncherProps,
  GuideCenterPanelProps,
  GuideCenterProps,
  GuideCenterRootProps,
  GuideCenterSearchProps,
  GuideCenterTitleProps,
  GuideCenterWhatsNewProps,
  UseGuideCenterResult,
} from './guide-center';
export type {
  OverlayMode,
  TargetState,
  TourArrowProps,
  TourBackProps,
  TourButtonProps,
  TourClassNames,
  TourContentProps,
  TourContextValue,
  TourNextProps,
  TourOverlayProps,
  TourPortalProps,
  TourProgressProps,
  TourProps,
  TourRootProps,
} from './tour';
export type {
  Explanation,
  GuideId,
  GuidepostDefinition,
  GuidepostEvent,
  GuideView,
  HintCloseKind,
  HintSettlement,
  Rule,
  SurveyAnswerValue,
  TouchTier,
  UserAttributes,
} from '@guidepost/core';
