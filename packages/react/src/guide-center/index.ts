export { GuideCenter } from './guide-center';
export { useGuideCenterContext } from './guide-center-context';
export {
  defaultGuideCenterLabels,
  guideCenterLabelsFor,
  japaneseGuideCenterLabels,
} from './guide-center-labels';
export { useGuideCenter } from './use-guide-center';

export type { GuideCenterProps } from './guide-center';
export type { GuideCenterArticlesProps } from './guide-center-articles';
export type { GuideCenterClassNames } from './guide-center-class-names';
export type { GuideCenterContactProps } from './guide-center-contact';
export type { GuideCenterContextValue } from './guide-center-context';
export type { GuideCenterGuidesProps } from './guide-center-guides';
export type { GuideCenterLabels } from './guide-center-labels';
export type { GuideCenterLauncherProps } from './guide-center-launcher';
export type { GuideCenterPanelProps } from './guide-center-panel';
export type { GuideCenterCloseProps, GuideCenterTitleProps } from './guide-center-parts';
export type { GuideCenterRootProps } from './guide-center-root';
export type { GuideCenterSearchProps } from './guide-center-search';
export type { GuideCenterWhatsNewProps } from './guide-center-whats-new';
export type {
  CenterChecklistEntry,
  CenterNews,
  CenterTour,
  UseGuideCenterResult,
} from './use-guide-center';
