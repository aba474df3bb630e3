import {
  defineGuidepost,
  memoryAdapter,
  type GuidepostDefinition,
  type GuidepostEvent,
  type InterruptionBudget,
  type StorageAdapter,
} from '@guidepost/core';
import type { ReactNode } from 'react';
import { GuidepostProvider } from '../../provider/guidepost-provider';

export { eventLog } from '../../provider/testing/event-log';

/** Three release notes published a month apart (declared oldest-but-one first) and a manual tour. */
export const releaseNotes = defineGuidepost({
  guides: {
    welcome: { kind: 'tour', trigger: 'manual', steps: [{ id: 'hello', title: 'Welcome aboard' }] },
    'release-11': {
      kind: 'announcement',
      title: 'Comments',
      body: 'Talk about any project right where it is.',
      publishedAt: '2026-11-02',
      cta: { label: 'Try comments', href: '/comments' },
    },
    'release-12': {
      kind: 'announcement',
      title: 'Bulk export',
      body: [
        {
          type: 'paragraph',
          children: ['Export ', { text: 'many', strong: true }, ' projects at once.'],
        },
      ],
      publishedAt: '2026-12-01',
      media: { image: { src: '/media/export.png', alt: 'The export dialog with three projects' } },
      cta: { label: 'Try it', href: '/export' },
      secondaryCta: { label: 'Read more', href: 'https://example.com/blog/export', newTab: true },
    },
    'release-10': { kind: 'announcement', title: 'Dark mode', publishedAt: '2026-10-01' },
  },
});

/** A tour that holds the modal channel first, and an announcement waiting behind it. */
export const tourFirst = defineGuidepost({
  guides: {
    welcome: {
      kind: 'tour',
      priority: 10,
      steps: [{ id: 'hello', title: 'Welcome aboard' }],
    },
    'release-12': { kind: 'announcement', title: 'Bulk export', body: 'Export many at once.' },
  },
});

/** One announcement that waits for `start`, for focus return from an invoker. */
export const onDemand = defineGuidepost({
  guides: {
    news: {
      kind: 'announcement',
      trigger: 'manual',
      title: "What's new",
      body: 'Three things shipped this week.',
      cta: { label: 'See them', href: '/changelog' },
    },
  },
});

/** Options of {@link withAnnouncementProvider}. */
export interface ProviderOptions {
  readonly definition?: GuidepostDefinition;
  readonly storage?: StorageAdapter;
  readonly onEvent?: (event: GuidepostEvent) => void;
  /** The interruption budget; the provider's default when left out. */
  readonly interruptions?: InterruptionBudget;
}

/** Wraps `children` in a provider with in-memory storage (release notes by default). */
export function withAnnouncementProvider(children: ReactNode, options: ProviderOptions = {}) {
  return (
    <GuidepostProvider
      definition={options.definition ?? releaseNotes}
      storage={options.storage ?? memoryAdapter()}
      user={{ id: 'u1' }}
      onError={() => undefined}
      {...(options.onEvent === undefined ? {} : { onEvent: options.onEvent })}
      {...(options.interruptions === undefined ? {} : { interruptions: options.interruptions })}
    >
      {children}
    </GuidepostProvider>
  );
}
