import { defineGuidepost } from '@guidepost/core';

/** The Save button's text hint, shown every time the button is hovered or focused. */
const saveHint = {
  kind: 'tooltip',
  target: 'save',
  title: 'Save often',
  body: 'Your work is saved to this device until you export it.',
  frequency: { once: false },
} as const;

/** The Export button's beacon: a hint dialog ending in a link to the export guide, every time. */
const exportHint = {
  kind: 'tooltip',
  target: 'export',
  title: 'Export your work',
  body: [
    {
      type: 'paragraph',
      children: [
        'Download any project as CSV or PDF. ',
        { type: 'link', href: '/docs/export', children: ['Read the export guide'] },
      ],
    },
  ],
  beacon: true,
  placement: 'bottom',
  frequency: { once: false },
} as const;

/** A text hint on the Save button, shown every time the button is hovered or focused. */
export const textHint = defineGuidepost({ guides: { 'save-hint': saveHint } });

/** A beacon on the Export button that opens a hint dialog with a link; shown every time. */
export const beaconHint = defineGuidepost({
  guides: {
    'export-hint': {
      ...exportHint,
      body: [
        {
          type: 'paragraph',
          children: [
            'Download any project as ',
            { text: 'CSV', strong: true },
            ' or PDF. ',
            { type: 'link', href: '/docs/export', children: ['Read the export guide'] },
          ],
        },
      ],
    },
  },
});

/** A text hint and a beacon on buttons inside a scroll container. */
export const scrollHints = defineGuidepost({
  guides: {
    'filter-hint': {
      kind: 'tooltip',
      target: 'filter',
      body: 'Filter the list by owner or date.',
      frequency: { once: false },
    },
    'archive-hint': {
      kind: 'tooltip',
      target: 'archive',
      title: 'Archive',
      body: 'Archived projects stay searchable.',
      beacon: true,
      frequency: { once: false },
    },
  },
});

/** A text hint with the default frequency: once seen and closed, it never comes back. */
export const onceHint = defineGuidepost({
  guides: {
    'save-hint': {
      kind: 'tooltip',
      target: 'save',
      title: 'Save often',
      body: 'Shown once: after you have seen it, it stays away.',
    },
  },
});

/** Japanese content, for `locale="ja"`. */
export const japaneseHints = defineGuidepost({
  guides: {
    'save-hint': {
      kind: 'tooltip',
      target: 'save',
      title: 'こまめに保存',
      body: '書き出すまで、作業はこの端末に保存されます。',
      frequency: { once: false },
    },
    'export-hint': {
      kind: 'tooltip',
      target: 'export',
      title: '書き出し',
      body: [
        {
          type: 'paragraph',
          children: [
            'プロジェクトを CSV または PDF でダウンロードできます。',
            { type: 'link', href: '/docs/export', children: ['ガイドを読む'] },
          ],
        },
      ],
      beacon: true,
      placement: 'bottom',
      frequency: { once: false },
    },
  },
});

/** A text hint aligned to the start of its target, and a beacon, for right-to-left pages. */
export const rightToLeftHints = defineGuidepost({
  guides: {
    'save-hint': {
      kind: 'tooltip',
      target: 'save',
      title: 'احفظ كثيرًا',
      body: 'يُحفظ عملك على هذا الجهاز حتى تصدّره.',
      placement: 'bottom-start',
      frequency: { once: false },
    },
    'export-hint': {
      kind: 'tooltip',
      target: 'export',
      title: 'التصدير',
      body: 'نزّل أي مشروع بصيغة CSV أو PDF.',
      beacon: true,
      placement: 'bottom-start',
      frequency: { once: false },
    },
  },
});

/** Both patterns at once, for the dark theme. */
export const bothHints = defineGuidepost({
  guides: { 'save-hint': saveHint, 'export-hint': exportHint },
});
