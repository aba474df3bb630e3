import { isSafeHref } from '../../guides';
import { GuidepostError } from '../../errors/guidepost-error';
import { tickItem } from './checklist-actions';
import { errorFields, queueEvent, type EngineCore } from '../model/engine-core';
import { checklistOf } from '../visible-items';

/**
 * The user followed a checklist item's link: `cta_clicked`, and the item is ticked unless its
 * `completeOn` (an event or a guide) ticks it when the work is really done. Returns false, and
 * reports `unsafe_link`, for an item without a safe link.
 */
export function followItemAction(core: EngineCore, checklistId: string, itemId: string): boolean {
  const item = checklistOf(core, checklistId)?.items.find((candidate) => candidate.id === itemId);
  if (item?.href === undefined) return false;
  if (!isSafeHref(item.href)) {
    const message = `guide '${checklistId}' has a link that is not safe to follow: ${item.href}`;
    const error = new GuidepostError('unsafe_link', message, { guideId: checklistId });
    queueEvent(core, 'guide_error', checklistId, errorFields(error));
    core.outbox.errors.push(error);
    return false;
  }
  queueEvent(core, 'cta_clicked', checklistId, { href: item.href });
  if (item.completeOn === undefined) tickItem(core, checklistId, itemId);
  return true;
}
