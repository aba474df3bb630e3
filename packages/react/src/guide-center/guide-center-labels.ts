import type { Labels } from '../i18n/labels';
import { createLocaleLabels, type LabelsFor } from '../parts/create-locale-labels';

/** The labels a guide center shows: the shared ones plus its own. */
export interface GuideCenterLabels extends Labels {
  /** The launcher's text and the panel's title. */
  readonly guideCenter: string;
  /** Added to the launcher's name while announcements are unread; placeholder `{count}`. */
  readonly guideCenterUnread: string;
  /** Label of the search field. */
  readonly guideCenterSearch: string;
  /** Placeholder of the search field. */
  readonly guideCenterSearchPlaceholder: string;
  /** Said politely when a search finds articles; placeholder `{count}`. */
  readonly guideCenterResults: string;
  /** Said politely, and shown, when a search finds one article. */
  readonly guideCenterOneResult: string;
  /** Said politely, and shown, when a search finds nothing; placeholder `{query}`. */
  readonly guideCenterNoResults: string;
  /** Heading of the help articles. */
  readonly guideCenterArticles: string;
  /** Heading of the tours and checklists. */
  readonly guideCenterYourGuides: string;
  /** Button that replays a tour. */
  readonly guideCenterReplay: string;
  /** Heading of the announcements. */
  readonly guideCenterWhatsNew: string;
  /** Mark of an unread announcement. */
  readonly guideCenterNew: string;
  /** Button that marks every announcement read. */
  readonly guideCenterMarkAllRead: string;
  /** Heading of the contact entries. */
  readonly guideCenterContact: string;
  /** When a session starts; placeholder `{date}`. */
  readonly guideCenterStartsAt: string;
  /** Said after a link that opens in a new tab. */
  readonly guideCenterOpensInNewTab: string;
}

type OwnLabels = Omit<GuideCenterLabels, keyof Labels>;

const english: OwnLabels = {
  guideCenter: 'Help',
  guideCenterUnread: '{count} new',
  guideCenterSearch: 'Search help',
  guideCenterSearchPlaceholder: 'Search articles',
  guideCenterResults: '{count} articles found',
  guideCenterOneResult: '1 article found',
  guideCenterNoResults: 'No articles match “{query}”',
  guideCenterArticles: 'Help articles',
  guideCenterYourGuides: 'Your guides',
  guideCenterReplay: 'Replay',
  guideCenterWhatsNew: 'What’s new',
  guideCenterNew: 'New',
  guideCenterMarkAllRead: 'Mark all as read',
  guideCenterContact: 'Get in touch',
  guideCenterStartsAt: 'Starts {date}',
  guideCenterOpensInNewTab: '(opens in a new tab)',
};

const japanese: OwnLabels = {
  guideCenter: 'ヘルプ',
  guideCenterUnread: '新着 {count} 件',
  guideCenterSearch: 'ヘルプを検索',
  guideCenterSearchPlaceholder: '記事を検索',
  guideCenterResults: '{count} 件の記事が見つかりました',
  guideCenterOneResult: '1 件の記事が見つかりました',
  guideCenterNoResults: '「{query}」に一致する記事はありません',
  guideCenterArticles: 'ヘルプ記事',
  guideCenterYourGuides: 'あなたのガイド',
  guideCenterReplay: 'もう一度見る',
  guideCenterWhatsNew: '新着情報',
  guideCenterNew: '新着',
  guideCenterMarkAllRead: 'すべて既読にする',
  guideCenterContact: 'お問い合わせ',
  guideCenterStartsAt: '開始: {date}',
  guideCenterOpensInNewTab: '（新しいタブで開きます）',
};

const shipped = createLocaleLabels(english, japanese);

/** The English guide center labels. */
export const defaultGuideCenterLabels: GuideCenterLabels = shipped.english;

/** The Japanese guide center labels. */
export const japaneseGuideCenterLabels: GuideCenterLabels = shipped.japanese;

/**
 * The guide center labels for a locale (`'ja'`, `'ja-JP'`; English otherwise) with overrides.
 *
 * @example
 * guideCenterLabelsFor('ja', { guideCenter: 'サポート' }).guideCenterReplay; // 'もう一度見る'
 */
export const guideCenterLabelsFor: LabelsFor<GuideCenterLabels> = shipped.labelsFor;
