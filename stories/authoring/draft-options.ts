import type { GuidePlacement } from '@guidepost/core';

// No runtime imports: the Storybook manager's "Guide step" panel reads these too.

/** The anchors of the tour stories' demo page a drafted step may point at. */
export const DRAFT_TARGETS = ['new-project', 'sidebar-projects', 'save'] as const;

/** The placements a drafted step may take, as the panel and the Controls offer them. */
export const DRAFT_PLACEMENTS = [
  'bottom',
  'top',
  'left',
  'right',
  'bottom-start',
  'bottom-end',
  'top-start',
  'top-end',
] as const satisfies readonly GuidePlacement[];
