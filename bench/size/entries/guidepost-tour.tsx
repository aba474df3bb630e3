import { defineGuidepost } from '@guidepost/core';
import { GuidepostProvider, Tour } from '@guidepost/react';
import '@guidepost/react/styles/base.css';
import '@guidepost/react/styles/tour.css';
import type { ReactNode } from 'react';

const guides = defineGuidepost({
  guides: {
    welcome: {
      kind: 'tour',
      trigger: 'manual',
      steps: [
        {
          id: 'projects',
          target: 'projects',
          title: 'Your projects',
          body: 'Every project you create is listed here.',
        },
        {
          id: 'create',
          target: 'new-project',
          title: 'Create a project',
          body: 'Start from a blank project.',
        },
        {
          id: 'export',
          target: 'export',
          title: 'Export your work',
          body: 'Download any project as CSV or PDF.',
        },
      ],
    },
  },
});

/** A three-step Guidepost tour: the provider, the definition and `<Tour>` with its styles. */
export function WelcomeTour({ children }: { readonly children?: ReactNode }) {
  return (
    <GuidepostProvider definition={guides}>
      {children}
      <Tour id="welcome" />
    </GuidepostProvider>
  );
}
