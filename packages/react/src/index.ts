'use client';
export { GuidepostProvider } from './provider/guidepost-provider';
export { GuidepostContext, useGuidepost } from './provider/guidepost-context';
export { TargetingProvider } from './targeting/targeting-provider';
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
export {
  Tour,
  TourArrow,
  TourBack,
  TourClose,
  TourContent,
  TourDescription,
  TourMedia,
  TourNext,
  TourOverlay,
  TourPortal,
  TourProgress,
  TourRoot,
  TourTitle,
  useTourContext,
} from './tour';
export { RichContent } from './content/rich-content';
export {
  Tooltip,
  TooltipArrow,
  TooltipBeacon,
  TooltipBody,
  TooltipClose,
  TooltipContent,
  TooltipPortal,
  TooltipRoot,
  TooltipTitle,
  useTooltip,
  useTooltipContext,
} from './tooltip';
export {
  Checklist,
  ChecklistCelebration,
  ChecklistClose,
  ChecklistDescription,
  ChecklistDismiss,
  ChecklistItem,
  ChecklistItems,
  checklistLabelsFor,
  ChecklistPanel,
  ChecklistProgress,
  ChecklistRoot,
  ChecklistTitle,
  ChecklistTrigger,
  defaultChecklistLabels,
  japaneseChecklistLabels,
  useChecklist,
  useChecklistContext,
} from './checklist';
export {
  Announcement,
  AnnouncementBody,
  AnnouncementClose,
  AnnouncementContent,
  AnnouncementCta,
  AnnouncementDontShowAgain,
  announcementLabelsFor,
  AnnouncementMedia,
  AnnouncementModal,
  AnnouncementOverlay,
  AnnouncementPager,
  AnnouncementPortal,
  AnnouncementRoot,
  AnnouncementSecondaryCta,
  AnnouncementTitle,
  defaultAnnouncementLabels,
  japaneseAnnouncementLabels,
  useAnnouncement,
  useAnnouncementContext,
  useAnnouncements,
} from './announcement';
export { GuidepostDevtools } from './devtools';
export { defaultLabels } from './i18n/default-labels';
export { japaneseLabels } from './i18n/japanese-labels';

export type {
  GuidepostProviderDefinitionProps,
  GuidepostProviderEngineProps,
  GuidepostProviderProps,
} from './provider/guidepost-provider';
export type { GuidepostContextValue } from './provider/guidepost-context';
export type { TargetingProviderProps } from './targeting/targeting-provider';
export type { Register, RegisteredDefinition } from './register/register';
export type { GuidepostHooks, RuleOf, TrackFunction, UseTourResult } from './hooks';
export type { Labels } from './i18n/labels';
export type { GoalVerdict, GuidepostDevtoolsProps, GuideVerdict } from './devtools';
export type {
  AnnouncementBodyProps,
  AnnouncementButtonProps,
  AnnouncementClassNames,
  AnnouncementCloseProps,
  AnnouncementContentProps,
  AnnouncementContextValue,
  AnnouncementCtaProps,
  AnnouncementDontShowAgainProps,
  AnnouncementLabels,
  AnnouncementMediaProps,
  AnnouncementModalProps,
  AnnouncementOverlayProps,
  AnnouncementPagerProps,
  AnnouncementPortalProps,
  AnnouncementRootProps,
  AnnouncementTitleProps,
  UseAnnouncementResult,
  UseAnnouncementsResult,
} from './announcement';
export type {
  ChecklistButtonProps,
  ChecklistCelebrationProps,
  ChecklistClassNames,
  ChecklistCloseProps,
  ChecklistContextValue,
  ChecklistDescriptionProps,
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
  ChecklistTitleProps,
  ChecklistTriggerProps,
  UseChecklistResult,
} from './checklist';
export type {
  HintCloseKind,
  HintMode,
  HintSettlement,
  TooltipArrowProps,
  TooltipBeaconProps,
  TooltipBodyProps,
  TooltipClassNames,
  TooltipCloseProps,
  TooltipContentProps,
  TooltipContextValue,
  TooltipOpenChangeReason,
  TooltipPortalProps,
  TooltipProps,
  TooltipRootProps,
  TooltipTitleProps,
  UseTooltipResult,
} from './tooltip';
export type { RichContentProps } from './content/rich-content';
export type {
  OverlayMode,
  TargetState,
  TourArrowProps,
  TourBackProps,
  TourButtonProps,
  TourClassNames,
  TourCloseProps,
  TourContentProps,
  TourContextValue,
  TourDescriptionProps,
  TourMediaProps,
  TourNextProps,
  TourOverlayProps,
  TourPortalProps,
  TourProgressProps,
  TourProps,
  TourRootProps,
  TourTitleProps,
} from './tour';
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
