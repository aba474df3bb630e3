import { defineGuidepost } from '@guidepost/core';
import { createGuidepostEngine, localStoragePersistence } from '@guidepost/core/engine';
import { GuidepostEngineProvider, Tour } from '@guidepost/react';
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

const guidepost = createGuidepostEngine(guides, {
  plugins: [localStoragePersistence()],
  lazy: true,
});

/**
 * The same three-step tour on the lean engine: `createGuidepostEngine` with progress in
 * `localStorage`, given to `GuidepostEngineProvider`, so the full preset is not bundled.
 */
export function WelcomeTour({ children }: { readonly children?: ReactNode }) {
  return (
    <GuidepostEngineProvider guidepost={guidepost}>
      {children}
      <Tour id="welcome" />
    </GuidepostEngineProvider>
  );
}
