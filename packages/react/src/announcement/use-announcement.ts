'use client';
import {
  isSafeHref,
  type AnnouncementGuide,
  type GuideCloseReason,
  type GuideCta,
  type GuideIdOfKind,
  type GuidepostDefinition,
  type GuideView,
  type StartOptions,
} from '@guidepost/core';
import { useMemo } from 'react';
import { useGuideOfKind } from '../hooks/use-guide-of-kind';
import type { RegisteredDefinition } from '../register/register';
import { announcementGuide } from './announcement-guide';

/** What {@link useAnnouncement} returns: the announcement, whether it shows, and its actions. */
export interface UseAnnouncementResult {
  /** The guide as the engine shows it; `undefined` for an id the definition does not hold. */
  readonly view: GuideView | undefined;
  /** The announcement's definition. */
  readonly announcement: AnnouncementGuide | undefined;
  /** The engine shows it now (it holds the modal channel). */
  readonly open: boolean;
  /** The call to action, only when its link is safe (`isSafeHref`). */
  readonly cta: GuideCta | undefined;
  /** The second call to action, only when its link is safe. */
  readonly secondaryCta: GuideCta | undefined;
  /** Calls to action whose link is not safe: never render them as links. */
  readonly refusedCtas: readonly GuideCta[];
  /** Records a followed call to action (`cta_clicked`) and completes the announcement; false, and reported, for an unsafe link. */
  readonly followCta: (cta: GuideCta) => boolean;
  /**
   * Closes it for now (Close, Escape): the show counted, and it may show again as its
   * `frequency` allows, in a later session. Reported with the reason. @default reason 'close'
   */
  readonly close: (reason?: GuideCloseReason) => void;
  /** "Don't show again": dismisses it for good in this version, whatever its `frequency`. */
  readonly dismiss: () => void;
  readonly complete: () => void;
  /** Asks the engine to show it now; returns whether it opened. */
  readonly start: (options?: StartOptions) => boolean;
}

const safe = (cta: GuideCta | undefined) =>
  cta !== undefined && isSafeHref(cta.href) ? cta : undefined;

/**
 * One announcement and its actions, for a pop-up with a look of its own. The engine decides
 * when it shows (audience, schedule, frequency, and the modal channel: never over an active
 * tour); this hook reads that and binds the actions. Calls to action come back only when their
 * links are safe.
 *
 * @example
 * function ReleaseNote() {
 *   const { open, announcement, cta, followCta, close } = useAnnouncement('release-2026-12');
 *   if (!open || announcement === undefined) return null;
 *   return (
 *     <MyDialog title={String(announcement.title)} onClose={() => close()}>
 *       {cta ? <a href={cta.href} onClick={() => followCta(cta)}>{cta.label}</a> : null}
 *     </MyDialog>
 *   );
 * }
 */
export function useAnnouncement<D extends GuidepostDefinition = RegisteredDefinition>(
  id: GuideIdOfKind<D, 'announcement'>,
): UseAnnouncementResult {
  const {
    guidepost,
    view,
    guide: announcement,
  } = useGuideOfKind(id, announcementGuide, 'useAnnouncement');
  return useMemo(() => {
    const ctas = [announcement?.cta, announcement?.secondaryCta];
    return {
      view,
      announcement,
      open: view?.open === true,
      cta: safe(announcement?.cta),
      secondaryCta: safe(announcement?.secondaryCta),
      refusedCtas: ctas.filter(
        (cta): cta is GuideCta => cta !== undefined && safe(cta) === undefined,
      ),
      followCta: (cta) => guidepost.followCta(id, cta.href),
      close: (reason = 'close') => guidepost.close(id, reason),
      dismiss: () => guidepost.dismiss(id),
      complete: () => guidepost.complete(id),
      start: (options) => guidepost.start(id, options),
    };
  }, [guidepost, id, view, announcement]);
}
