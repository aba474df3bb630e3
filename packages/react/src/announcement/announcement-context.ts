import type { AnnouncementGuide, Guidepost, GuideCta } from '@guidepost/core';
import type { Announcer } from '../dom/create-announcer';
import type { AnnouncementClassNames } from './announcement-class-names';
import type { AnnouncementLabels } from './announcement-labels';
import { createRootContext } from '../parts/create-root-context';
import type { ModalFields } from '../parts/modal-surface';
import type { RootContextFields } from '../parts/root-context-fields';

/**
 * What `AnnouncementRoot` gives every part, and custom parts through {@link useAnnouncementContext}.
 * Its `close` closes every page for now (Close, Escape, a press outside): the shows counted, and
 * each may show again as its `frequency` allows.
 */
export interface AnnouncementContextValue
  extends RootContextFields<AnnouncementClassNames, AnnouncementLabels>, ModalFields {
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
  /** "Don't show again": dismisses every page for good in its version. */
  readonly dontShowAgain: () => void;
  readonly bodyId: string;
  readonly hasBody: boolean;
  readonly setHasBody: (present: boolean) => void;
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
