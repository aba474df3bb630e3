import { defineGuidepost } from '@guidepost/core';

// Served as files, never inlined as `data:` URLs, which `isSafeMediaSrc` refuses.
/** An illustration of the export dialog. */
export const EXPORT_IMAGE = new URL('./assets/bulk-export.svg?no-inline', import.meta.url).href;

/** The export walkthrough: a two-second silent clip, its poster and its captions. */
export const WALKTHROUGH = {
  src: new URL('./assets/export-walkthrough.webm?no-inline', import.meta.url).href,
  poster: new URL('./assets/export-walkthrough-poster.svg?no-inline', import.meta.url).href,
  captions: new URL('./assets/export-walkthrough.en.vtt?no-inline', import.meta.url).href,
};

/** A release note with an illustration and one call to action. */
export const withImage = defineGuidepost({
  guides: {
    'release-12': {
      kind: 'announcement',
      title: 'New: bulk export',
      body: [
        {
          type: 'paragraph',
          children: [
            'Export ',
            { text: 'many projects', strong: true },
            ' at once, as CSV or PDF.',
          ],
        },
      ],
      media: {
        image: { src: EXPORT_IMAGE, alt: 'The export dialog with three projects selected' },
      },
      cta: { label: 'Try it', href: '#export' },
      publishedAt: '2026-12-01',
    },
  },
});

/** A release note with a walkthrough video and its captions. */
export const withVideo = defineGuidepost({
  guides: {
    'release-12': {
      kind: 'announcement',
      title: 'Watch: exporting in 30 seconds',
      body: 'A short walkthrough, with captions.',
      media: { video: { ...WALKTHROUGH, title: 'Exporting several projects' } },
      cta: { label: 'Open export', href: '#export' },
    },
  },
});

/** A primary and a secondary call to action; the second opens a new tab. */
export const twoCtas = defineGuidepost({
  guides: {
    'release-12': {
      kind: 'announcement',
      title: 'Projects now have comments',
      body: 'Talk about a project right where it is. Mention a teammate to bring them in.',
      cta: { label: 'Try comments', href: '#comments' },
      secondaryCta: {
        label: 'Read the post',
        href: 'https://example.com/blog/comments',
        newTab: true,
      },
    },
  },
});

/** Three release notes the user has not seen, declared out of order. */
export const releaseNotes = defineGuidepost({
  guides: {
    'release-11': {
      kind: 'announcement',
      title: 'Comments',
      body: 'Talk about any project right where it is.',
      publishedAt: '2026-11-02',
      cta: { label: 'Try comments', href: '#comments' },
    },
    'release-12': {
      kind: 'announcement',
      title: 'Bulk export',
      body: 'Export many projects at once.',
      media: {
        image: { src: EXPORT_IMAGE, alt: 'The export dialog with three projects selected' },
      },
      publishedAt: '2026-12-01',
      cta: { label: 'Try it', href: '#export' },
    },
    'release-10': {
      kind: 'announcement',
      title: 'Dark mode',
      body: [
        {
          type: 'list',
          items: [['Follows your system setting'], ['Or pick one in Settings › Appearance']],
        },
      ],
      publishedAt: '2026-10-01',
    },
  },
});

/** A tip that may show up to three times, a day apart, until the user says not to. */
export const recurringTip = defineGuidepost({
  guides: {
    'shortcuts-tip': {
      kind: 'announcement',
      frequency: { maxShows: 3, cooldown: '1d' },
      title: 'Tip: keyboard shortcuts',
      body: 'Press ? anywhere to see every shortcut.',
      cta: { label: 'Show shortcuts', href: '#shortcuts' },
    },
  },
});

/** An invitation only high-touch accounts (lifetime value of 50,000 or more) receive. */
export const highTouchInvitation = defineGuidepost({
  touchModel: { high: { attr: 'ltv', gte: 50_000 }, low: { attr: 'ltv', gte: 5_000 } },
  guides: {
    'success-session': {
      kind: 'announcement',
      audience: { tier: 'high' },
      title: 'A planning session with your account manager',
      body: [
        {
          type: 'paragraph',
          children: [
            'Ayaka Mori, your account manager, would like to plan the next quarter with you. ',
            { text: 'Thirty minutes, at a time that suits you.', em: true },
          ],
        },
      ],
      cta: { label: 'Book a time', href: 'https://example.com/book/ayaka-mori', newTab: true },
      secondaryCta: { label: 'Email Ayaka', href: 'mailto:ayaka.mori@example.com' },
    },
  },
});

/** Release notes in Japanese. */
export const japaneseNotes = defineGuidepost({
  guides: {
    'release-11': {
      kind: 'announcement',
      title: 'コメント機能',
      body: 'プロジェクトの中で直接やりとりできます。',
      publishedAt: '2026-11-02',
    },
    'release-12': {
      kind: 'announcement',
      title: '一括エクスポート',
      body: '複数のプロジェクトを CSV または PDF でまとめて書き出せます。',
      media: { image: { src: EXPORT_IMAGE, alt: '3 つのプロジェクトを選んだエクスポート画面' } },
      cta: { label: '試してみる', href: '#export' },
      publishedAt: '2026-12-01',
    },
  },
});

/** What a server sends: markup in the text, and a guide whose call to action is `javascript:`. */
export const REMOTE_XSS_DEFINITION = JSON.stringify({
  guides: {
    'release-xss': {
      kind: 'announcement',
      title: 'Release <img src=x onerror=alert(1)>',
      body: [
        {
          type: 'paragraph',
          children: [
            '<img src=x onerror=alert(1)> is shown as text, ',
            { text: '<b>never</b>', strong: true },
            ' as markup.',
          ],
        },
      ],
      cta: { label: '<script>alert(1)</script>', href: '#safe' },
    },
    'claim-prize': {
      kind: 'announcement',
      title: 'Claim your prize',
      cta: { label: 'Claim', href: 'javascript:alert(1)' },
    },
  },
});
