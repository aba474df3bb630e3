import type { Labels } from '../i18n/labels';
import { createLocaleLabels, type LabelsFor } from '../parts/create-locale-labels';

/** The labels an announcement shows: the shared ones plus its own. */
export interface AnnouncementLabels extends Labels {
  /** Where the pager stands; placeholders `{current}` and `{total}`. */
  readonly announcementPage: string;
  /** Button of the pager that goes to the newer announcement. */
  readonly previousAnnouncement: string;
  /** Button of the pager that goes to the older announcement. */
  readonly nextAnnouncement: string;
  /** Accessible name of the pager. */
  readonly announcementPager: string;
  /** Said after a link that opens in a new tab. */
  readonly opensInNewTab: string;
}

type OwnLabels = Omit<AnnouncementLabels, keyof Labels>;

const english: OwnLabels = {
  announcementPage: '{current} of {total}',
  previousAnnouncement: 'Previous',
  nextAnnouncement: 'Next',
  announcementPager: 'Announcements',
  opensInNewTab: '(opens in a new tab)',
};

const japanese: OwnLabels = {
  announcementPage: '{current}/{total}',
  previousAnnouncement: '前へ',
  nextAnnouncement: '次へ',
  announcementPager: 'お知らせ',
  opensInNewTab: '（新しいタブで開きます）',
};

const shipped = createLocaleLabels(english, japanese);

/** The English announcement labels. */
export const defaultAnnouncementLabels: AnnouncementLabels = shipped.english;

/** The Japanese announcement labels. */
export const japaneseAnnouncementLabels: AnnouncementLabels = shipped.japanese;

/**
 * The announcement labels for a locale (`'ja'`, `'ja-JP'`; English otherwise) with overrides.
 *
 * @example
 * announcementLabelsFor('ja').dontShowAgain; // '今後表示しない'
 */
export const announcementLabelsFor: LabelsFor<AnnouncementLabels> = shipped.labelsFor;
