import { defineGuidepost } from '@guidepost/core';
import { AnnouncementModal, GuidepostProvider } from '@guidepost/react';
import '@guidepost/react/styles/base.css';
import '@guidepost/react/styles/announcement.css';
import type { ReactNode } from 'react';

const guides = defineGuidepost({
  guides: {
    'release-2026-12': {
      kind: 'announcement',
      title: 'New: bulk export',
      body: 'Export every project at once, as CSV or PDF.',
      cta: { label: 'Try it', href: '/export' },
    },
  },
});

/** One announcement: the provider, the definition and `<AnnouncementModal>` with its styles. */
export function ReleaseNotes({ children }: { readonly children?: ReactNode }) {
  return (
    <GuidepostProvider definition={guides}>
      {children}
      <AnnouncementModal id="release-2026-12" />
    </GuidepostProvider>
  );
}
