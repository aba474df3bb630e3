'use client';
import {
  isSafeHref,
  type ChecklistGuide,
  type ChecklistItem,
  type ChecklistItemId,
  type GuideId,
  type GuideIdOfKind,
  type GuidepostDefinition,
  type GuideView,
} from '@guidepost/core';
import { useMemo } from 'react';
import { useGuideOfKind } from '../hooks/use-guide-of-kind';
import type { RegisteredDefinition } from '../register/register';
import { checklistGuide } from './checklist-guide';
import { useVisibleItems } from './use-visible-items';

/**
 * What an item does: start its guide, open its link, tick itself (when its `completeOn` event
 * is tracked or guide completes), or wait to be ticked by hand.
 */
export type ChecklistItemAction = 'guide' | 'link' | 'auto' | 'manual';

/** One item as this user sees it. */
export interface ChecklistItemState<ItemId extends string = string> {
  readonly id: ItemId;
  /** The item's definition. */
  readonly item: ChecklistItem;
  readonly done: boolean;
  /** When it was ticked (epoch ms). */
  readonly completedAt: number | undefined;
  /**
   * `guide` for `startGuide` items, `link` for `href` items, `auto` for the other items with a
   * `completeOn`, `manual` for the rest.
   */
  readonly action: ChecklistItemAction;
  /** The item's link, only when `isSafeHref` accepts it. */
  readonly href: string | undefined;
}

/** What {@link useChecklist} returns: the items this user sees, progress, and actions. */
export interface UseChecklistResult<ItemId extends string = string> {
  /** The guide as the engine shows it; `undefined` for an id the definition does not hold. */
  readonly view: GuideView | undefined;
  /** The checklist's definition. */
  readonly checklist: ChecklistGuide | undefined;
  /** The items whose audience holds for this user, in definition order. */
  readonly items: readonly ChecklistItemState<ItemId>[];
  /** How many of `items` are done. */
  readonly doneCount: number;
  /** How many items this user sees. */
  readonly total: number;
  /** Every item this user sees is done. */
  readonly allDone: boolean;
  /** Ticks an item by hand. */
  readonly completeItem: (itemId: ItemId) => void;
  /** Starts the item's `startGuide` (again, if it ended); returns whether it opened. */
  readonly startItem: (itemId: ItemId) => boolean;
  /**
   * Records that the user followed the item's link (the engine's `followItem`: `cta_clicked`,
   * and the item ticked when nothing else, `completeOn`, does); false, and reported, when the
   * link is not safe.
   */
  readonly followItem: (itemId: ItemId) => boolean;
  /** Dismisses the whole checklist; it stays dismissed for this user. */
  readonly dismiss: () => void;
}

function actionOf(item: ChecklistItem): ChecklistItemAction {
  if (item.startGuide !== undefined) return 'guide';
  if (item.href !== undefined) return 'link';
  return item.completeOn === undefined ? 'manual' : 'auto';
}

/**
 * A checklist's items, progress and actions, for a checklist with a look of its own. Items
 * whose `audience` does not hold for the user are left out of the list and of the progress,
 * as the engine leaves them out when it decides the checklist is complete. Re-renders when
 * the checklist, the user or their usage change.
 *
 * @example
 * function Onboarding() {
 *   const { items, doneCount, total, completeItem } = useChecklist('getting-started');
 *   return (
 *     <section aria-label={`${doneCount} of ${total} done`}>
 *       {items.map(({ id, item, done }) => (
 *         <button key={id} aria-pressed={done} onClick={() => completeItem(id)}>{item.label}</button>
 *       ))}
 *     </section>
 *   );
 * }
 */
export function useChecklist<
  D extends GuidepostDefinition = RegisteredDefinition,
  C extends GuideIdOfKind<D, 'checklist'> = GuideIdOfKind<D, 'checklist'>,
>(id: C): UseChecklistResult<ChecklistItemId<D, C & GuideId<D>>> {
  type ItemId = ChecklistItemId<D, C & GuideId<D>>;
  const { guidepost, view, guide: checklist } = useGuideOfKind(id, checklistGuide, 'useChecklist');
  const visible = useVisibleItems(view);
  const done = view?.items;

  const items = useMemo(() => {
    const shown = new Set(visible);
    return (checklist?.items ?? [])
      .filter((item) => shown.has(item.id))
      .map((item): ChecklistItemState<ItemId> => {
        const completedAt =
          done !== undefined && Object.hasOwn(done, item.id) ? done[item.id] : undefined;
        return {
          id: item.id as ItemId,
          item,
          done: completedAt !== undefined,
          completedAt,
          action: actionOf(item),
          href: item.href !== undefined && isSafeHref(item.href) ? item.href : undefined,
        };
      });
  }, [checklist, visible, done]);

  return useMemo(() => {
    const find = (itemId: string) => checklist?.items.find((item) => item.id === itemId);
    const doneCount = items.filter((item) => item.done).length;
    return {
      view,
      checklist,
      items,
      doneCount,
      total: items.length,
      allDone: items.length > 0 && doneCount === items.length,
      completeItem: (itemId) => guidepost.completeItem(id, itemId as string),
      startItem(itemId) {
        const guide = find(itemId)?.startGuide;
        // The user asked for it from the list, so it starts even if it ended before.
        return guide === undefined ? false : guidepost.start(guide, { force: true });
      },
      followItem: (itemId) => guidepost.followItem(id, itemId as string),
      dismiss: () => guidepost.dismiss(id),
    };
  }, [guidepost, id, view, checklist, items]);
}
