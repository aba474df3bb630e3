import { defineGuidepost } from '@guidepost/core';
import { Checklist, GuidepostProvider } from '@guidepost/react';
import '@guidepost/react/styles/base.css';
import '@guidepost/react/styles/checklist.css';
import type { ReactNode } from 'react';

const guides = defineGuidepost({
  guides: {
    'getting-started': {
      kind: 'checklist',
      title: 'Get started',
      items: [
        { id: 'project', label: 'Create a project', completeOn: { event: 'project_created' } },
        { id: 'invite', label: 'Invite a teammate', completeOn: { event: 'teammate_invited' } },
        { id: 'export', label: 'Export a report', completeOn: { event: 'report_exported' } },
      ],
    },
  },
});

/** One checklist: the provider, the definition and `<Checklist>` with its styles. */
export function GettingStarted({ children }: { readonly children?: ReactNode }) {
  return (
    <GuidepostProvider definition={guides}>
      {children}
      <Checklist id="getting-started" />
    </GuidepostProvider>
  );
}
