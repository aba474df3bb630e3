import { markRead } from '../actions/mark-read';
import { buildGuideCenterView } from '../model/guide-center-view';
import type { GuidepostPlugin } from './guidepost-plugin';

/**
 * The guide center's view and its "what's new" read marks: `guideCenter()` lists the articles,
 * contact entries, tours, checklists and announcements the user's rules allow, and
 * `markRead(id?)` keeps announcements read across reloads. Without it, `guideCenter()` is empty
 * and `markRead` changes nothing.
 *
 * @example
 * createGuidepostEngine(definition, { plugins: [guideCenter()] }).guideCenter().unread;
 */
export function guideCenter(): GuidepostPlugin {
  return { name: 'guideCenter', parts: { guideCenter: { view: buildGuideCenterView, markRead } } };
}
