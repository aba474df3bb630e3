import {
  defineGuidepost,
  memoryAdapter,
  type GuidepostEvent,
  type StorageAdapter,
} from '@guidepost/core';
import type { ReactNode } from 'react';
import { GuidepostProvider } from '../provider/guidepost-provider';

/** The hints the jsdom tests render. */
export const hints = defineGuidepost({
  guides: {
    'save-hint': {
      kind: 'tooltip',
      target: 'save',
      frequency: { once: true },
      title: 'Save often',
      body: [
        {
          type: 'paragraph',
          children: ['Press Ctrl+S. ', { type: 'link', href: '/docs/save', children: ['Docs'] }],
        },
      ],
    },
    'export-hint': {
      kind: 'tooltip',
      target: 'export',
      title: 'Export',
      body: [
        {
          type: 'paragraph',
          children: [
            'Download as CSV. ',
            { type: 'link', href: '/docs/export', children: ['Learn more'] },
          ],
        },
      ],
      beacon: true,
      frequency: { once: false },
    },
    'invite-hint': {
      kind: 'tooltip',
      target: 'share',
      title: 'Invite',
      body: 'Share a project with your team.',
      beacon: true,
    },
    'share-hint': {
      kind: 'tooltip',
      target: 'share',
      body: 'Invite your team.',
      frequency: { once: false },
    },
  },
});

/** Props of {@link HintPage}. */
export interface HintPageProps {
  readonly storage?: StorageAdapter;
  readonly onEvent?: (event: GuidepostEvent) => void;
  /** The Save button's own `aria-describedby`; none when `null`. @default 'save-help' */
  readonly saveDescribedBy?: string | null;
  /** The hints, rendered after the page's buttons. */
  readonly children?: ReactNode;
}

/** A provider over {@link hints} and the page the hints point at. */
export function HintPage({
  storage = memoryAdapter(),
  onEvent,
  saveDescribedBy = 'save-help',
  children,
}: HintPageProps) {
  return (
    <GuidepostProvider
      definition={hints}
      storage={storage}
      user={{ id: 'u1' }}
      {...(onEvent === undefined ? {} : { onEvent })}
    >
      <button
        type="button"
        data-guidepost="save"
        {...(saveDescribedBy === null ? {} : { 'aria-describedby': saveDescribedBy })}
      >
        Save
      </button>
      <p id="save-help">Saved files stay on this device.</p>
      <button type="button" data-guidepost="export">
        Export
      </button>
      <button type="button" data-guidepost="share">
        Share
      </button>
      {children}
    </GuidepostProvider>
  );
}
