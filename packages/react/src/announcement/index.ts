export { useAnnouncementContext } from './announcement-context';
export {
  announcementLabelsFor,
  defaultAnnouncementLabels,
  japaneseAnnouncementLabels,
} from './announcement-labels';
export { Announcement, AnnouncementModal } from './announcement-modal';
export { useAnnouncement } from './use-announcement';
export { useAnnouncements } from './use-announcements';

export type { AnnouncementButtonProps } from './announcement-button';
export type { AnnouncementClassNames } from './announcement-class-names';
export type { AnnouncementContentProps } from './announcement-content';
export type { AnnouncementContextValue } from './announcement-context';
export type { AnnouncementCtaProps } from './announcement-cta';
export type { AnnouncementDontShowAgainProps } from './announcement-dont-show-again';
export type { AnnouncementLabels } from './announcement-labels';
export type { AnnouncementModalProps } from './announcement-modal';
export type { AnnouncementOverlayProps } from './announcement-overlay';
export type { AnnouncementPagerProps } from './announcement-pager';
export type { AnnouncementPortalProps } from './announcement-portal';
export type { AnnouncementRootProps } from './announcement-root';
export type { UseAnnouncementResult } from './use-announcement';
export type { UseAnnouncementsResult } from './use-announcements';
