import { defineGuidepost } from '@guidepost/core';
import { GuideCenter, GuidepostProvider } from '@guidepost/react';
import '@guidepost/react/styles/base.css';
import '@guidepost/react/styles/guide-center.css';
import type { ReactNode } from 'react';

const guides = defineGuidepost({
  touchModel: { high: { attr: 'ltv', gte: 50_000 } },
  guides: {
    'release-2026-12': {
      kind: 'announcement',
      trigger: 'manual',
      title: 'New: bulk export',
      body: 'Export every project at once.',
      publishedAt: '2026-12-01',
    },
  },
  center: {
    articles: {
      'export-csv': {
        title: 'How do I export a report?',
        body: 'Open the report and choose Export.',
        keywords: ['download', 'csv'],
      },
    },
    contacts: {
      specialist: { tier: 'high', title: 'Book a session', specialist: { name: 'Aiko Tanaka' } },
      docs: { tier: 'tech', title: 'Docs', links: [{ label: 'Docs', href: '/docs' }] },
    },
  },
});

/** One guide center: the provider, the definition and `<GuideCenter>` with its styles. */
export function Help({ children }: { readonly children?: ReactNode }) {
  return (
    <GuidepostProvider definition={guides}>
      {children}
      <GuideCenter />
    </GuidepostProvider>
  );
}
