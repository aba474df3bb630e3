import { defineGuidepost } from '@guidepost/core';

/** The three-step tour most stories run: sidebar, toolbar, export. */
export const basicTour = defineGuidepost({
  guides: {
    welcome: {
      kind: 'tour',
      trigger: 'manual',
      steps: [
        {
          id: 'projects',
          target: 'sidebar-projects',
          title: 'Your projects',
          body: 'Every project you create is listed here.',
          placement: 'right',
        },
        {
          id: 'create',
          target: 'new-project',
          title: 'Create a project',
          body: [
            {
              type: 'paragraph',
              children: [
                'Start from a ',
                { text: 'blank', strong: true },
                ' project or a template. ',
                { type: 'link', href: '/docs/projects', children: ['Read the guide'] },
              ],
            },
          ],
          placement: 'bottom',
        },
        {
          id: 'export',
          target: 'export',
          title: 'Export your work',
          body: 'Download any project as CSV or PDF.',
          placement: 'bottom-end',
        },
      ],
    },
  },
});

/** A welcome step in the middle of the screen, then an anchored one. */
export const centredTour = defineGuidepost({
  guides: {
    welcome: {
      kind: 'tour',
      trigger: 'manual',
      steps: [
        { id: 'hello', title: 'Welcome to Acme', body: 'A quick look around: two steps.' },
        { id: 'create', target: 'new-project', title: 'Create a project', body: 'Start here.' },
      ],
    },
  },
});

/** Japanese content, for `locale="ja"`. */
export const japaneseTour = defineGuidepost({
  guides: {
    welcome: {
      kind: 'tour',
      trigger: 'manual',
      steps: [
        {
          id: 'projects',
          target: 'sidebar-projects',
          title: 'プロジェクト',
          body: '作成したプロジェクトはここに表示されます。',
          placement: 'right',
        },
        {
          id: 'create',
          target: 'new-project',
          title: 'プロジェクトを作成',
          body: 'ここから始めましょう。',
        },
      ],
    },
  },
});

/** One step per overlay mode, all on the Save button. */
export function overlayTour(overlay: 'block' | 'target' | 'none') {
  return defineGuidepost({
    guides: {
      welcome: {
        kind: 'tour',
        trigger: 'manual',
        steps: [
          {
            id: 'save',
            target: 'save',
            title: 'Save your work',
            body: 'Press Save whenever you like.',
            overlay,
          },
          { id: 'export', target: 'export', title: 'Export', body: 'Then export it.', overlay },
        ],
      },
    },
  });
}

/** The middle step points at an anchor nobody renders. */
export function missingTargetTour(onMissing: 'skip' | 'center' | 'end') {
  return defineGuidepost({
    guides: {
      welcome: {
        kind: 'tour',
        trigger: 'manual',
        steps: [
          {
            id: 'projects',
            target: 'sidebar-projects',
            title: 'Your projects',
            placement: 'right',
          },
          {
            id: 'reports',
            target: 'reports-chart',
            title: 'Your reports',
            body: 'Charts of every project.',
            onMissing,
            targetTimeout: 600,
          },
          { id: 'export', target: 'export', title: 'Export your work' },
        ],
      },
    },
  });
}

/** A step whose target renders late or comes and goes. */
export const lateTargetTour = defineGuidepost({
  guides: {
    welcome: {
      kind: 'tour',
      trigger: 'manual',
      steps: [
        { id: 'projects', target: 'sidebar-projects', title: 'Your projects', placement: 'right' },
        {
          id: 'chart',
          target: 'late-chart',
          title: 'Your chart',
          body: 'It loads a moment after the page.',
          overlay: 'none',
          targetTimeout: 5000,
        },
      ],
    },
  },
});

/** A target deep in nested scroll containers, under a sticky header. */
export const scrollTour = defineGuidepost({
  guides: {
    welcome: {
      kind: 'tour',
      trigger: 'manual',
      steps: [
        {
          id: 'deep',
          target: 'deep-button',
          title: 'Found it',
          body: 'Scrolled into view below the sticky header.',
          scrollMargin: 72,
        },
      ],
    },
  },
});

/** A target inside a transformed box. */
export const transformTour = defineGuidepost({
  guides: {
    welcome: {
      kind: 'tour',
      trigger: 'manual',
      steps: [
        {
          id: 'transformed',
          target: 'transformed-button',
          title: 'Scaled and rotated',
          body: 'The spotlight still fits.',
        },
      ],
    },
  },
});

/** A target inside an open native `<dialog>`. */
export const dialogTour = defineGuidepost({
  guides: {
    welcome: {
      kind: 'tour',
      trigger: 'manual',
      steps: [
        {
          id: 'setting',
          target: 'dialog-setting',
          title: 'Turn on alerts',
          body: 'Shown in the dialog’s top layer.',
          overlay: 'block',
        },
      ],
    },
  },
});
