import type { GuideCenterInput } from '@guidepost/core';
import type { DemoMedia } from './demo-media';

const DAY = 86_400_000;

/**
 * The demo product's help center: articles in English and Japanese (one only for paying
 * plans), and a way to get help for each touch tier: the account manager for high touch, the
 * next webinar and the video course for low touch, the docs and the community for tech touch.
 * The webinar counts from `now`, so it is always upcoming.
 * @example
 * defineGuidepost({ guides, center: createDemoCenter(Date.now(), SERVED_DEMO_MEDIA.trainingVideo) });
 */
export function createDemoCenter(now: number, trainingVideo: DemoMedia['trainingVideo']) {
  const training = { ...trainingVideo, title: 'Exporting a report' };
  return {
    articles: {
      'first-project': {
        title: 'How do I create a project?',
        body: 'Open Projects and press New project. Give it a name and pick a template.',
        keywords: ['new', 'start', 'template'],
        locales: {
          ja: {
            title: 'プロジェクトを作成するには？',
            body: 'プロジェクトを開き「新規プロジェクト」を押します。名前を付けてテンプレートを選びます。',
            keywords: ['新規', 'テンプレート'],
          },
        },
      },
      'export-report': {
        title: 'Exporting a report as CSV',
        body: [
          {
            type: 'paragraph',
            children: ['On Projects, press ', { text: 'Export report', strong: true }, '.'],
          },
          {
            type: 'list',
            items: [['CSV opens in any spreadsheet.'], ['Exports keep your filters.']],
          },
        ],
        keywords: ['download', 'excel', 'spreadsheet'],
        media: { video: training },
        locales: {
          ja: {
            title: 'レポートを CSV で書き出す',
            body: 'プロジェクト画面で「レポートを書き出す」を押します。',
            keywords: ['ダウンロード', 'エクセル', '書き出し'],
          },
        },
      },
      'invite-team': {
        title: 'Inviting your team',
        body: 'Settings › Team: enter an email address and press Invite.',
        keywords: ['members', 'users', 'colleague'],
        audience: { attr: 'plan', in: ['pro', 'enterprise'] },
        locales: {
          ja: {
            title: 'チームを招待する',
            body: '設定 › チームでメールアドレスを入れて「招待」を押します。',
            keywords: ['メンバー'],
          },
        },
      },
      'trial-ends': {
        title: 'What happens when my trial ends?',
        body: 'Your projects stay. Pick a plan on Billing to keep editing them.',
        keywords: ['billing', 'plan', 'price'],
        audience: { attr: 'plan', eq: 'trial' },
        locales: {
          ja: {
            title: 'トライアル終了後はどうなりますか？',
            body: 'プロジェクトは残ります。編集を続けるには「請求」でプランを選んでください。',
          },
        },
      },
    },
    contacts: {
      'account-manager': {
        tier: 'high',
        title: 'Book a session with your account manager',
        body: 'Thirty minutes on your rollout, whenever suits your team.',
        specialist: { name: 'Aiko Tanaka', role: 'Account manager' },
        links: [
          { label: 'Pick a time', href: 'https://example.com/book/acme', newTab: true },
          { label: 'Email Aiko', href: 'mailto:am@example.com' },
        ],
        locales: {
          ja: {
            title: '担当者とのセッションを予約',
            body: '導入について 30 分、チームの都合の良い時間に。',
          },
        },
      },
      webinar: {
        tier: 'low',
        title: 'Webinar: reports your managers read',
        startsAt: new Date(now + 6 * DAY).toISOString(),
        links: [{ label: 'Save a seat', href: 'https://example.com/webinars', newTab: true }],
        locales: { ja: { title: 'ウェビナー: 管理職が読むレポート' } },
      },
      'video-course': {
        tier: 'low',
        title: 'Video course: Acme in 20 minutes',
        media: { video: training },
        links: [{ label: 'All videos', href: 'https://example.com/academy', newTab: true }],
        locales: { ja: { title: '動画講座: 20 分でわかる Acme' } },
      },
      community: {
        tier: 'tech',
        title: 'Docs and community',
        body: 'Every feature explained, and a forum where other teams answer too.',
        links: [
          { label: 'Documentation', href: 'https://example.com/docs', newTab: true },
          { label: 'Community forum', href: 'https://example.com/community', newTab: true },
        ],
        locales: { ja: { title: 'ドキュメントとコミュニティ' } },
      },
    },
  } as const satisfies GuideCenterInput;
}
