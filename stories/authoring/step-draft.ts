import { defineGuidepost, type GuidePlacement } from '@guidepost/core';
import type { DRAFT_TARGETS } from './draft-options';

/** A step as the Storybook "Guide step" panel drafts it. */
export interface StepDraft {
  readonly title: string;
  readonly body: string;
  readonly placement: GuidePlacement;
  readonly target: (typeof DRAFT_TARGETS)[number];
}

/** The guide id of the drafted step's tour. */
export const DRAFT_GUIDE_ID = 'welcome';

/**
 * A one-step tour of the draft, shown on its own: what the story canvas renders with the real
 * `Tour` whenever the panel (or the Controls) change the draft.
 */
export function draftDefinition({ title, body, placement, target }: StepDraft) {
  return defineGuidepost({
    guides: {
      [DRAFT_GUIDE_ID]: {
        kind: 'tour',
        steps: [
          {
            id: 'draft',
            target,
            placement,
            ...(title.trim() === '' ? {} : { title }),
            // A step needs something to say: the body stands in until there is a title.
            body: body.trim() === '' ? 'Write the body in the Guide step panel.' : body,
          },
        ],
      },
    },
  });
}
