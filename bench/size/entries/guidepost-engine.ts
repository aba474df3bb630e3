import { createGuidepost, defineGuidepost } from '@guidepost/core';

const guides = defineGuidepost({
  segments: { trial: { attr: 'plan', eq: 'trial' } },
  guides: {
    welcome: {
      kind: 'tour',
      audience: { segment: 'trial' },
      steps: [{ id: 'projects', target: 'projects', title: 'Your projects' }],
    },
  },
});

/** The engine without React: a definition, `createGuidepost` and its default storage. */
export function startGuides(user: { readonly id: string; readonly plan: string }) {
  return createGuidepost(guides, { user });
}
