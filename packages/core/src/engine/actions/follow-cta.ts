import { GuidepostError } from '../../errors/guidepost-error';
import { isSafeHref } from '../../guides';
import { finishGuide } from './checklist-actions';
import { errorFields, queueEvent, type EngineCore } from '../model/engine-core';

/**
 * The user followed a guide's call to action: `cta_clicked`, and an announcement, whose call to
 * action is what it is for, completes (`guide_completed`). Returns false, and reports
 * `unsafe_link` (a `guide_error` event and `onError`), for a link that is not safe to follow.
 */
export function followCtaAction(core: EngineCore, id: string, href: string): boolean {
  const settings = core.settings.get(id);
  if (settings === undefined) return false;
  if (!isSafeHref(href)) {
    const message = `guide '${id}' has a link that is not safe to follow: ${href}`;
    const error = new GuidepostError('unsafe_link', message, { guideId: id });
    queueEvent(core, 'guide_error', id, errorFields(error));
    core.outbox.errors.push(error);
    return false;
  }
  queueEvent(core, 'cta_clicked', id, { href });
  if (settings.kind === 'announcement') finishGuide(core, id);
  return true;
}
