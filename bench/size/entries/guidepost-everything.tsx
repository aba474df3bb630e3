import { defineGuidepost } from '@guidepost/core';
import {
  AnnouncementModal,
  Checklist,
  GuidepostProvider,
  Survey,
  Tooltip,
  Tour,
} from '@guidepost/react';
import '@guidepost/react/styles.css';
import type { ReactNode } from 'react';

const guides = defineGuidepost({
  segments: { trial: { attr: 'plan', eq: 'trial' } },
  guides: {
    welcome: {
      kind: 'tour',
      audience: { segment: 'trial' },
      steps: [
        { id: 'projects', target: 'projects', title: 'Your projects', body: 'Listed here.' },
        { id: 'create', target: 'new-project', title: 'Create a project', body: 'Start here.' },
        { id: 'export', target: 'export', title: 'Export your work', body: 'CSV or PDF.' },
      ],
    },
    'export-hint': {
      kind: 'tooltip',
      target: 'export',
      body: 'Download any project as CSV or PDF.',
      beacon: true,
    },
    'getting-started': {
      kind: 'checklist',
      title: 'Get started',
      items: [
        { id: 'project', label: 'Create a project', completeOn: { event: 'project_created' } },
        { id: 'tour', label: 'Take the tour', startGuide: 'welcome' },
      ],
    },
    'release-2026-12': {
      kind: 'announcement',
      title: 'New: bulk export',
      body: 'Export every project at once.',
      cta: { label: 'Try it', href: '/export' },
    },
    'nps-2026': {
      kind: 'survey',
      question: { type: 'nps', text: 'How likely are you to recommend us?' },
      saveAs: 'npsScore',
    },
  },
});

/** Everything: the engine, the five components and the styles. */
export function Guidance({ children }: { readonly children?: ReactNode }) {
  return (
    <GuidepostProvider definition={guides}>
      {children}
      <Tour id="welcome" />
      <Tooltip id="export-hint" />
      <Checklist id="getting-started" />
      <AnnouncementModal id="release-2026-12" />
      <Survey id="nps-2026" />
    </GuidepostProvider>
  );
}
