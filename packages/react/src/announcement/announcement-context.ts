import type { AnnouncementGuide, Guidepost, GuideCloseReason, GuideCta } from '@guidepost/core';
import type { RefObject } from 'react';
import type { Announcer } from '../dom/create-announcer';
import type { AnnouncementClassNames } from './announcement-class-names';
import type { AnnouncementLabels } from './announcement-labels';
import { createRootContext } from '../parts/create-root-context';
import type { PresenceFields, RootContextFields } from '../parts/root-context-fields';

/** What `AnnouncementRoot` gives every part, and custom parts through {@link useAnnouncementContext}. */
export interface AnnouncementContextValue
  extends RootContextFields<AnnouncementClassNames, AnnouncementLabels>, PresenceFields {
  readonly engine: Guidepost;
  /** The id of the announcement shown, kept while the modal exits. */
  readonly guideId: string | undefined;
  /** Its definition. */
  readonly announcement: AnnouncementGuide | undefined;
  /** The announcements the modal pages through, newest first. */
  readonly pages: readonly string[];
  /** The position of the page shown. */
  readonly index: number;
  readonly goTo: (index: number) => void;
  /** Records a followed call to action of the page shown and completes it. */
  readonly followCta: (cta: GuideCta) => boolean;
  /**
   * Closes every page for now (Close, Escape, a press outside): the shows counted, and each may
   * show again as its `frequency` allows.
   */
  readonly close: (reason: GuideCloseReason) => void;
  /** "Don't show again": dismisses every page for good in its version. */
  readonly dontShowAgain: () => void;
  readonly bodyId: string;
  readonly hasBody: boolean;
  readonly setHasBody: (present: boolean) => void;
  /** The overlay, kept out of the inert page. */
  readonly overlayElement: RefObject<HTMLElement | null>;
  /** Speaks page changes; its live region is inside the dialog. */
  readonly announcer: Announcer;
}

/**
 * `AnnouncementContext` (`null` outside a `AnnouncementRoot`) and `useAnnouncementContext`: the
 * context of the enclosing `AnnouncementRoot`, for custom parts. Throws, naming both, when used
 * outside one.
 *
 * @param part The name of the calling part, for the error message.
 * @example
 * function PublishedOn() {
 *   const { announcement } = useAnnouncementContext();
 *   return <time>{String(announcement?.publishedAt ?? '')}</time>;
 * }
 */
export const [AnnouncementContext, useAnnouncementContext] =
  createRootContext<AnnouncementContextValue>('AnnouncementRoot', 'useAnnouncementContext');
