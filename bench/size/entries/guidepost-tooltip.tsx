import { defineGuidepost } from '@guidepost/core';
import { GuidepostProvider, Tooltip } from '@guidepost/react';
import '@guidepost/react/styles/base.css';
import '@guidepost/react/styles/tooltip.css';
import type { ReactNode } from 'react';

const guides = defineGuidepost({
  guides: {
    'export-hint': {
      kind: 'tooltip',
      target: 'export',
      title: 'Export your work',
      body: 'Download any project as CSV or PDF.',
      beacon: true,
    },
  },
});

/** One hint: the provider, the definition and `<Tooltip>` with its styles. */
export function ExportHint({ children }: { readonly children?: ReactNode }) {
  return (
    <GuidepostProvider definition={guides}>
      {children}
      <Tooltip id="export-hint" />
    </GuidepostProvider>
  );
}
