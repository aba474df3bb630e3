import type { AnnouncementGuide, Guidepost, GuideCloseReason, GuideCta } from '@guidepost/core';
import { createContext, useContext, type RefObject } from 'react';
import type { Announcer } from '../dom/create-announcer';
import type { AnnouncementClassNames } from './announcement-class-names';
import type { AnnouncementLabels } from './announcement-labels';

/** What `AnnouncementRoot` gives every part, and custom parts through {@link useAnnouncementContext}. */
export interface AnnouncementContextValue {
  readonly engine: Guidepost;
  /** The id of the announcement shown, kept while the modal exits. */
  readonly guideId: string | undefined;
  /** Its definition. */
  readonly announcement: AnnouncementGuide | undefined;
  /** The engine shows an announcement of this root. */
  readonly open: boolean;
  /** The parts are rendered: open, or playing their exit. */
  readonly mounted: boolean;
  /** `open` while shown, `closed` while the exit plays. */
  readonly dataState: 'open' | 'closed';
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
  readonly labels: AnnouncementLabels;
  readonly unstyled: boolean;
  readonly classNames: AnnouncementClassNames;
  readonly titleId: string;
  readonly bodyId: string;
  readonly hasTitle: boolean;
  readonly hasBody: boolean;
  /** Called by the title and body while they render. */
  readonly setHasTitle: (present: boolean) => void;
  readonly setHasBody: (present: boolean) => void;
  /** Parts register the exit animations the modal waits for before it unmounts. */
  readonly registerExit: (exit: () => Promise<void>) => () => void;
  /** The overlay, kept out of the inert page. */
  readonly overlayElement: RefObject<HTMLElement | null>;
  /** Speaks page changes; its live region is inside the dialog. */
  readonly announcer: Announcer;
  /** Reports a link `isSafeHref` refused (once per link and announcement). */
  readonly reportUnsafeLink: (href: string) => void;
}

/** The announcement context; `null` outside an `AnnouncementRoot`. */
export const AnnouncementContext = createContext<AnnouncementContextValue | null>(null);

/**
 * The context of the enclosing `AnnouncementRoot`, for custom parts. Throws, naming both, when
 * used outside one.
 *
 * @param part The name of the calling part, for the error message.
 * @example
 * function PublishedOn() {
 *   const { announcement } = useAnnouncementContext();
 *   return <time>{String(announcement?.publishedAt ?? '')}</time>;
 * }
 */
export function useAnnouncementContext(part = 'useAnnouncementContext'): AnnouncementContextValue {
  const context = useContext(AnnouncementContext);
  if (context === null) throw new Error(`\`${part}\` must be used within \`AnnouncementRoot\``);
  return context;
}
