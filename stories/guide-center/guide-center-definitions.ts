import { defineGuidepost, SNAPSHOT_VERSION, type Snapshot } from '@guidepost/core';
import { EXPORT_IMAGE, WALKTHROUGH } from '../announcement/announcement-definitions';

const DAY = 86_400_000;

/** A moment `days` from when the stories load, as an ISO string: webinars stay upcoming. */
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** The user progress snapshots are written for; the persona's storage files them under its own id. */
export const STORY_USER_ID = 'story-user';

/**
 * A help center: articles (two in Japanese as well, one for admins only), a tour to replay, a
 * checklist, two announcements, and a contact entry for each touch tier.
 */
export const helpCenter = defineGuidepost({
  touchModel: { high: { attr: 'ltv', gte: 50_000 }, low: { attr: 'ltv', gte: 5_000 } },
  events: ['project_created'],
  guides: {
    welcome: {
      kind: 'tour',
      trigger: 'manual',
      steps: [
        { id: 'hello', title: 'A look around Acme', body: 'Two steps, replayed from the help.' },
        { id: 'done', title: 'That is all', body: 'Press Done to finish the tour.' },
      ],
    },
    'getting-started': {
      kind: 'checklist',
      title: 'Get started',
      trigger: 'manual',
      items: [
        { id: 'project', label: 'Create a project', completeOn: { event: 'project_created' } },
        { id: 'invite', label: 'Invite a teammate' },
        { id: 'export', label: 'Export a report' },
      ],
    },
    'release-bulk-export': {
      kind: 'announcement',
      trigger: 'manual',
      title: 'New: bulk export',
      body: 'Export every project at once, as CSV or Parquet.',
      media: { image: { src: EXPORT_IMAGE, alt: 'The export dialog with three projects picked' } },
      cta: { label: 'Try it', href: '/export' },
      publishedAt: '2026-11-20',
    },
    'release-dark-mode': {
      kind: 'announcement',
      trigger: 'manual',
      title: 'Dark mode is here',
      body: 'Pick it in Settings › Appearance.',
      publishedAt: '2026-10-02',
    },
  },
  center: {
    articles: {
      'export-csv': {
        title: 'How do I export a report as CSV?',
        body: [
          {
            type: 'paragraph',
            children: ['Open the report, choose ', { text: 'Export', strong: true }, ', then CSV.'],
          },
          {
            type: 'paragraph',
            children: [
              'More in ',
              { type: 'link', href: '/docs-export', children: ['the export guide'] },
              '.',
            ],
          },
        ],
        keywords: ['download', 'spreadsheet', 'excel'],
        media: { video: { ...WALKTHROUGH, title: 'Exporting a report' } },
        locales: {
          ja: {
            title: 'レポートを CSV で書き出すには？',
            body: 'レポートを開き、「エクスポート」から CSV を選びます。',
            keywords: ['ダウンロード', 'エクセル', '書き出し'],
          },
        },
      },
      'invite-teammates': {
        title: 'Inviting teammates',
        body: 'Go to Settings › Members and press Invite. Invitations last seven days.',
        keywords: ['members', 'team', 'users'],
        links: [{ label: 'Members settings', href: '/settings-members' }],
        locales: {
          ja: {
            title: 'メンバーを招待する',
            body: '設定 › メンバーで「招待」を押します。招待は 7 日間有効です。',
            keywords: ['メンバー', 'チーム'],
          },
        },
      },
      'billing-faq': {
        title: 'Why was I charged twice?',
        body: 'A trial that ends mid-month is billed once for the rest of the month, then monthly.',
        keywords: ['invoice', 'payment', 'refund'],
      },
      'sso-setup': {
        title: 'Setting up single sign-on',
        body: 'Enterprise workspaces connect Okta, Entra ID or any SAML 2.0 provider.',
        keywords: ['saml', 'okta', 'login'],
        audience: { attr: 'plan', eq: 'enterprise' },
      },
    },
    contacts: {
      specialist: {
        tier: 'high',
        title: 'Book a session with your specialist',
        body: 'A 30-minute call about your rollout, at a time that suits you.',
        specialist: { name: 'Aiko Tanaka', role: 'Customer success manager' },
        links: [{ label: 'Pick a time', href: '/book-aiko' }],
        locales: { ja: { title: '担当スペシャリストとの面談を予約' } },
      },
      'webinar-reports': {
        tier: 'low',
        title: 'Webinar: reports that answer questions',
        body: 'Forty minutes, live, with questions at the end.',
        startsAt: daysFromNow(9),
        links: [{ label: 'Save a seat', href: '/webinar' }],
        locales: { ja: { title: 'ウェビナー: 問いに答えるレポート' } },
      },
      'training-video': {
        tier: 'low',
        title: 'Training: your first dashboard',
        media: { video: { ...WALKTHROUGH, title: 'Exporting a report' } },
      },
      docs: {
        tier: 'tech',
        title: 'Docs and community',
        body: 'Guides for every feature, and a forum where other teams answer too.',
        links: [
          { label: 'Documentation', href: '/docs' },
          { label: 'Community forum', href: 'https://example.com/community', newTab: true },
        ],
        locales: { ja: { title: 'ドキュメントとコミュニティ' } },
      },
    },
  },
});

/** Progress with both announcements read and the tour done once. */
export const everythingRead: Snapshot = {
  v: SNAPSHOT_VERSION,
  userId: STORY_USER_ID,
  guides: {
    welcome: { status: 'completed', version: 1, resetAt: 0, shows: 1, completedAt: 1 },
    'release-bulk-export': { status: 'idle', version: 1, resetAt: 0, shows: 0, readAt: 1 },
    'release-dark-mode': { status: 'dismissed', version: 1, resetAt: 0, shows: 1, dismissedAt: 1 },
  },
  events: {},
};
