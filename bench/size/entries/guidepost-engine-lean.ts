import { defineGuidepost } from '@guidepost/core';
import { createGuidepostEngine } from '@guidepost/core/engine';

const guides = defineGuidepost({
  guides: {
    welcome: {
      kind: 'tour',
      steps: [{ id: 'projects', target: 'projects', title: 'Your projects' }],
    },
  },
});

/** The lean engine: a tour with no audience, no plugin, progress in memory. */
export function startGuides(user: { readonly id: string }) {
  return createGuidepostEngine(guides, { user });
}
