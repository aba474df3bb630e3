'use client';
import type {
  GuideCloseReason,
  GuideCta,
  GuideIdOfKind,
  GuidepostDefinition,
  GuidepostState,
} from '@guidepost/core';
import { useCallback, useMemo, useState } from 'react';
import { useEngineState } from '../hooks/use-engine-state';
import { useGuidepostContext } from '../provider/guidepost-context';
import type { RegisteredDefinition } from '../register/register';
import { announcementIds } from './announcement-guide';

/** What {@link useAnnouncements} returns: the announcements shown together, and their actions. */
export interface UseAnnouncementsResult {
  /** The engine's modal show holds one of these announcements: the modal shows. */
  readonly open: boolean;
  /** The announcements the modal pages through, in the engine's order: newest first. */
  readonly pages: readonly string[];
  /** The position of the page shown in `pages`. */
  readonly index: number;
  /** The announcement shown (kept while the modal plays its exit). */
  readonly current: string | undefined;
  /** Shows another page; an index out of range goes to the nearest end. */
  readonly goTo: (index: number) => void;
  /**
   * Records a followed call to action of the page shown (`cta_clicked`) and completes it; the
   * modal moves on to the next page, or closes after the last. False, and reported, for an
   * unsafe link.
   */
  readonly followCta: (cta: GuideCta) => boolean;
  /**
   * Closes every page for now (the close button, Escape): each show counted, and each may show
   * again as its `frequency` allows, in a later session. Reported with the reason.
   * @default reason 'close'
   */
  readonly close: (reason?: GuideCloseReason) => void;
  /** "Don't show again": dismisses every page for good in its version. */
  readonly dontShowAgain: () => void;
}

const selectModal = (state: GuidepostState): readonly string[] => state.modal;

/**
 * The announcements one modal shows, for a pager with a look of its own. The engine decides
 * what shows and in which order: announcements eligible together share one modal show (never
 * over an active tour), paged newest first (`publishedAt`, else schedule `from`, else
 * definition order), each counted as shown. This modal opens when the engine's show holds one
 * of `ids`, and pages through those of `ids` in it, so give one modal every announcement that
 * may page together (`ids`, or none for all of them). Without `ids`, every announcement of the
 * definition takes part.
 *
 * @example
 * function ReleaseNotes() {
 *   const { open, pages, index, current, goTo, close } = useAnnouncements();
 *   if (!open) return null;
 *   return <MyPager page={index} count={pages.length} id={current} onPage={goTo} onClose={() => close()} />;
 * }
 */
export function useAnnouncements<D extends GuidepostDefinition = RegisteredDefinition>(
  ids?: readonly GuideIdOfKind<D, 'announcement'>[],
): UseAnnouncementsResult {
  const { guidepost } = useGuidepostContext('useAnnouncements');
  const idsKey = (ids ?? announcementIds(guidepost.definition)).join('\n');
  const modal = useEngineState(guidepost, selectModal);
  const pagesKey = modal.filter((id) => idsKey.split('\n').includes(id)).join('\n');
  const pages = useMemo(() => (pagesKey === '' ? [] : pagesKey.split('\n')), [pagesKey]);
  const open = pages.length > 0;

  const [index, setIndex] = useState(0);
  const [wasOpen, setWasOpen] = useState(open);
  if (wasOpen !== open) {
    setWasOpen(open);
    // Every new show starts at its newest page.
    if (open) setIndex(0);
  }
  const at = Math.min(index, Math.max(pages.length - 1, 0));
  const [last, setLast] = useState<string | undefined>(undefined);
  const shownNow = open ? pages[at] : undefined;
  if (shownNow !== undefined && shownNow !== last) setLast(shownNow);
  const current = shownNow ?? last;

  const close = useCallback(
    (reason: GuideCloseReason = 'close') => {
      for (const id of pagesKey === '' ? [] : pagesKey.split('\n')) guidepost.close(id, reason);
    },
    [guidepost, pagesKey],
  );
  const dontShowAgain = useCallback(() => {
    for (const id of pagesKey === '' ? [] : pagesKey.split('\n')) guidepost.dismiss(id);
  }, [guidepost, pagesKey]);

  const followCta = useCallback(
    (cta: GuideCta) => current !== undefined && guidepost.followCta(current, cta.href),
    [guidepost, current],
  );

  const count = pages.length;
  const goTo = useCallback((to: number) => setIndex(Math.max(0, Math.min(to, count - 1))), [count]);

  return { open, pages, index: at, current, goTo, followCta, close, dontShowAgain };
}
