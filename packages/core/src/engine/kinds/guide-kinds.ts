import { tickItem, tickItemsForEvent, tickItemsForGuide } from '../actions/checklist-actions';
import { expireEndedShows } from '../actions/expire-shows';
import { followItemAction } from '../actions/follow-item';
import { settleHintAction } from '../actions/settle-hint';
import { visibleItemIds } from '../visible-items';
import type { GuideKindPlugin } from './guide-kind-plugin';

/** Tooltips and hotspots: `settleHint` (a hint's close or completion). */
export const tooltipKind: GuideKindPlugin = {
  name: 'tooltipKind',
  kind: 'tooltip',
  parts: { hint: { settle: settleHintAction } },
};

/**
 * Checklists: `completeItem`, `followItem`, items ticked by events and by other guides
 * completing, and which items the user sees.
 */
export const checklistKind: GuideKindPlugin = {
  name: 'checklistKind',
  kind: 'checklist',
  parts: {
    checklist: {
      tick: tickItem,
      follow: followItemAction,
      visibleItems: visibleItemIds,
      tracked: tickItemsForEvent,
      guideFinished: tickItemsForGuide,
    },
  },
};

/** Announcements: a show that outlives the announcement's schedule is closed. */
export const announcementKind: GuideKindPlugin = {
  name: 'announcementKind',
  kind: 'announcement',
  parts: { announcements: { expire: expireEndedShows } },
};

/** Surveys (their answers are recorded with the `surveyAnswers()` plugin). */
export const surveyKind: GuideKindPlugin = { name: 'surveyKind', kind: 'survey', parts: {} };

/** Every kind of guide besides tours: what `createGuidepost` registers. */
export const allGuideKinds: readonly GuideKindPlugin[] = [
  tooltipKind,
  checklistKind,
  announcementKind,
  surveyKind,
];
