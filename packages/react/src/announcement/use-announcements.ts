'use client';
import type { GuideCta, GuideExplanation, GuidepostState } from '@guidepost/core';
import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { useGuidepostContext } from '../provider/guidepost-context';
import { announcementIds } from './announcement-guide';
import { newestFirst } from './newest-first';

/** What {@link useAnnouncements} returns: the announcements shown together, and their actions. */
export interface UseAnnouncementsResult {
  /** An announcement of the set holds the modal channel: the modal shows. */
  readonly open: boolean;
  /** The announcements the modal pages through, newest first. */
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
  /** Dismisses every page for good: Close, Escape and "Don't show again" do this. */
  readonly dismissAll: () => void;
}

const TERMINAL = new Set(['completed', 'dismissed']);

/** Waits for nothing but the modal channel the open announcement holds. */
const waitsForChannel = (explanation: GuideExplanation) =>
  explanation.reasons.length === 1 && explanation.reasons[0]?.code === 'channel';

function openAndStatuses(ids: readonly string[]) {
  return (state: GuidepostState): string => {
    const parts = ids.map((id) => {
      const view = Object.hasOwn(state.guides, id) ? state.guides[id] : undefined;
      return `${view?.open === true ? '1' : '0'}${view?.status ?? 'idle'}`;
    });
    return parts.join(' ');
  };
}

/**
 * The announcements one modal shows, for a pager with a look of its own. The engine decides
 * what shows: the modal opens only when one of `ids` holds the modal channel (never over an
 * active tour). The other announcements of `ids` that wait only for that channel join it as
 * pages, newest first by `publishedAt`; the page the user looks at is the one the engine
 * shows (`start` with `force`, so each page viewed counts as shown). Without `ids`, every
 * announcement of the definition takes part.
 *
 * @example
 * function ReleaseNotes() {
 *   const { open, pages, index, current, goTo, dismissAll } = useAnnouncements();
 *   if (!open) return null;
 *   return <MyPager page={index} count={pages.length} id={current} onPage={goTo} onClose={dismissAll} />;
 * }
 */
export function useAnnouncements(ids?: readonly string[]): UseAnnouncementsResult {
  const { guidepost } = useGuidepostContext('useAnnouncements');
  const idsKey = (ids ?? announcementIds(guidepost.definition)).join('\n');
  const candidates = useMemo(() => (idsKey === '' ? [] : idsKey.split('\n')), [idsKey]);
  const select = useMemo(() => openAndStatuses(candidates), [candidates]);
  const facts = useStore(guidepost, select).split(' ');
  const openId = candidates.find((_, at) => facts[at]?.startsWith('1'));
  const ended = (id: string) => TERMINAL.has(facts[candidates.indexOf(id)]?.slice(1) ?? '');

  const [batch, setBatch] = useState<readonly string[]>([]);
  const [index, setIndex] = useState(0);
  useLayoutEffect(() => {
    if (openId === undefined || batch.includes(openId)) return;
    const waiting =
      candidates.length === 1
        ? []
        : candidates.filter((id) => id !== openId && waitsForChannel(guidepost.explain(id)));
    setBatch(newestFirst(guidepost.definition, [openId, ...waiting]));
    setIndex(0);
  }, [guidepost, candidates, openId, batch]);

  const pages = batch.filter((id) => !ended(id));
  const open = openId !== undefined && pages.includes(openId);
  const at = Math.min(index, Math.max(pages.length - 1, 0));
  const [last, setLast] = useState<string | undefined>(undefined);
  const shownNow = open ? pages[at] : undefined;
  if (shownNow !== undefined && shownNow !== last) setLast(shownNow);
  const current = shownNow ?? last;

  useEffect(() => {
    // The page in view is the one the engine shows, so its show is counted and saved.
    if (open && shownNow !== undefined && shownNow !== openId) {
      guidepost.start(shownNow, { force: true });
    }
  }, [guidepost, open, shownNow, openId]);

  const pagesKey = pages.join('\n');
  const dismissAll = useCallback(() => {
    const all = pagesKey === '' ? [] : pagesKey.split('\n');
    // The open one last, so no page reopens in between.
    for (const id of all) if (id !== openId) guidepost.dismiss(id);
    if (openId !== undefined) guidepost.dismiss(openId);
  }, [guidepost, pagesKey, openId]);

  const followCta = useCallback(
    (cta: GuideCta) => {
      if (current === undefined || !guidepost.ctaClicked(current, cta.href)) return false;
      guidepost.complete(current);
      return true;
    },
    [guidepost, current],
  );

  const count = pages.length;
  const goTo = useCallback((to: number) => setIndex(Math.max(0, Math.min(to, count - 1))), [count]);

  return {
    open,
    pages,
    index: at,
    current,
    goTo,
    followCta,
    dismissAll,
  };
}
