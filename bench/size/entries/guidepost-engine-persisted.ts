import { defineGuidepost } from '@guidepost/core';
import { createGuidepostEngine, localStoragePersistence } from '@guidepost/core/engine';

const guides = defineGuidepost({
  guides: {
    welcome: {
      kind: 'tour',
      steps: [{ id: 'projects', target: 'projects', title: 'Your projects' }],
    },
  },
});

/** The lean engine with one plugin: a tour with no audience, progress in `localStorage`. */
export function startGuides(user: { readonly id: string }) {
  return createGuidepostEngine(guides, { user, plugins: [localStoragePersistence()] });
}
