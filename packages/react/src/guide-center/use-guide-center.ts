'use client';
import type {
  CenterArticle,
  CenterContact,
  GuideContent,
  GuideCta,
  GuideCenterView,
  GuideId,
  GuideIdOfKind,
  GuideMedia,
  GuidepostDefinition,
} from '@guidepost/core';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useGuidepost } from '../provider/guidepost-context';
import type { RegisteredDefinition } from '../register/register';
import { localizeArticle, localizeContact } from './localize-entry';

/** A tour of "your guides", named by its first step's title. */
export interface CenterTour<G extends string = string> {
  readonly id: G;
  readonly title: GuideContent | undefined;
}

/** A checklist of "your guides", with the user's progress. */
export interface CenterChecklistEntry<G extends string = string> {
  readonly id: G;
  readonly title: GuideContent;
  readonly done: number;
  readonly total: number;
}

/** An announcement of "what's new". */
export interface CenterNews<G extends string = string> {
  readonly id: G;
  readonly title: GuideContent;
  readonly body: GuideContent | undefined;
  readonly media: GuideMedia | undefined;
  readonly cta: GuideCta | undefined;
  /** Epoch ms, when the announcement says. */
  readonly publishedAt: number | undefined;
  readonly unread: boolean;
}

/** What {@link useGuideCenter} returns. */
export interface UseGuideCenterResult<D extends GuidepostDefinition = RegisteredDefinition> {
  /** Help articles this user may read, in the locale asked for, in definition order. */
  readonly articles: readonly CenterArticle[];
  /** Contact entries for this user's touch tier, in the locale asked for, soonest first. */
  readonly contacts: readonly CenterContact[];
  /** Tours this user may replay. */
  readonly tours: readonly CenterTour<GuideId<D>>[];
  /** Checklists this user has, with progress. */
  readonly checklists: readonly CenterChecklistEntry<GuideId<D>>[];
  /** Published announcements, newest first, with unread marks. */
  readonly news: readonly CenterNews<GuideId<D>>[];
  /** How many announcements are unread. */
  readonly unread: number;
  /** Replays a tour from its first step (the engine's `start(id, { force: true })`). */
  readonly replay: (id: GuideIdOfKind<D, 'tour'>) => void;
  /** Marks one announcement read, or without an id every one listed. */
  readonly markRead: (id?: GuideIdOfKind<D, 'announcement'>) => void;
}

/**
 * What the guide center shows this user, from the engine, for a look of your own: articles and
 * contact entries their rules allow (translated for `locale` where the definition translates
 * them), tours to replay, checklists with progress, and announcements with unread marks. It
 * re-renders only when the engine's state changes.
 *
 * @param locale The language to read articles and contact entries in (`'ja'`, `'pt-BR'`).
 * @example
 * function HelpBadge() {
 *   const { unread } = useGuideCenter();
 *   return unread > 0 ? <span>{unread} new</span> : null;
 * }
 */
export function useGuideCenter<D extends GuidepostDefinition = RegisteredDefinition>(
  locale = 'en',
): UseGuideCenterResult<D> {
  const engine = useGuidepost<GuidepostDefinition>();
  const view: GuideCenterView = useSyncExternalStore(
    engine.subscribe,
    engine.guideCenter,
    engine.guideCenter,
  );
  const replay = useCallback(
    (id: string) => {
      engine.start(id, { force: true });
    },
    [engine],
  );
  const markRead = useCallback((id?: string) => engine.markRead(id), [engine]);
  return useMemo(() => {
    const guides = engine.definition.guides;
    const guide = (id: string) => (Object.hasOwn(guides, id) ? guides[id] : undefined);
    const tours = view.tours.map((id) => {
      const tour = guide(id);
      return { id, title: tour?.kind === 'tour' ? tour.steps[0]?.title : undefined };
    });
    const checklists = view.checklists.map(({ id, done, total }) => {
      const checklist = guide(id);
      return { id, done, total, title: checklist?.kind === 'checklist' ? checklist.title : id };
    });
    const news = view.news.flatMap(({ id, unread, publishedAt }) => {
      const announcement = guide(id);
      if (announcement?.kind !== 'announcement') return [];
      return [
        {
          id,
          unread,
          publishedAt,
          title: announcement.title,
          body: announcement.body,
          media: announcement.media,
          cta: announcement.cta,
        },
      ];
    });
    return {
      articles: view.articles.map((article) => localizeArticle(article, locale)),
      contacts: view.contacts.map((contact) => localizeContact(contact, locale)),
      tours,
      checklists,
      news,
      unread: view.unread,
      replay,
      markRead,
    } as unknown as UseGuideCenterResult<D>;
  }, [engine, view, locale, replay, markRead]);
}
