'use client';
import { GuidepostError, type GuideIdOfKind, type GuidepostDefinition } from '@guidepost/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createAnnouncer } from '../dom/create-announcer';
import { contentToText } from '../content/content-to-text';
import { formatLabel } from '../i18n/format-label';
import { useIsClient } from '../parts/use-is-client';
import { useModalPresence } from '../parts/use-modal-presence';
import { useSurfaceLabelling } from '../parts/use-surface-labelling';
import type { SurfaceRootProps } from '../parts/surface-root-props';
import { useSurfaceSettings } from '../parts/use-surface-settings';
import { useGuidepost } from '../provider/guidepost-context';
import type { RegisteredDefinition } from '../register/register';
import type { AnnouncementClassNames } from './announcement-class-names';
import type { AnnouncementContextValue } from './announcement-context';
import { announcementGuide } from './announcement-guide';
import { announcementLabelsFor, type AnnouncementLabels } from './announcement-labels';
import { useAnnouncements } from './use-announcements';
import { AnnouncementPartsProvider } from './announcement-parts';

/**
 * Props of {@link AnnouncementRoot}. With the definition registered (see `Register`), or its
 * type passed (`<AnnouncementRoot<typeof definition> id>`), a misspelt announcement id does not
 * compile.
 */
export interface AnnouncementRootProps<
  D extends GuidepostDefinition = RegisteredDefinition,
> extends SurfaceRootProps<AnnouncementClassNames> {
  /** One announcement to show. Without `id` and `ids`, every announcement of the definition. */
  readonly id?: GuideIdOfKind<D, 'announcement'>;
  /** The announcements this modal may page through (newest first) when several wait. */
  readonly ids?: readonly GuideIdOfKind<D, 'announcement'>[];
  /** Called when the modal opens and when it closes. */
  readonly onOpenChange?: (open: boolean) => void;
  /** Overrides for any label (Close, "Don't show again", "{current} of {total}"…). */
  readonly labels?: Partial<AnnouncementLabels>;
}

/**
 * The root of an announcement modal: renders no element of its own. The engine decides when
 * it opens (audience, schedule, frequency, and the modal channel, so never over an active
 * tour); several unseen announcements page through one modal, newest first, in the order the
 * engine gives. Close and Escape close the pages for now (each may show again as its
 * `frequency` allows); "Don't show again" dismisses them for good; following a call to
 * action records `cta_clicked` and completes that page. Page changes are announced politely.
 * Nothing is rendered on the server.
 *
 * @example
 * <AnnouncementRoot id="release-2026-12">
 *   <AnnouncementPortal>
 *     <AnnouncementOverlay />
 *     <AnnouncementContent><AnnouncementTitle /><AnnouncementBody /><AnnouncementClose /></AnnouncementContent>
 *   </AnnouncementPortal>
 * </AnnouncementRoot>
 */
export function AnnouncementRoot<D extends GuidepostDefinition = RegisteredDefinition>(
  props: AnnouncementRootProps<D>,
) {
  const { id, ids, onOpenChange, children } = props;
  const { labels, unstyled, classNames } = useSurfaceSettings(props, announcementLabelsFor);
  // Explicit: the hooks default to the app's registered definition, which a generic `id` or
  // `ids` cannot be checked against; the props' type has checked them.
  const engine = useGuidepost<GuidepostDefinition>();
  const isClient = useIsClient();
  const single = useMemo(() => (id === undefined ? undefined : [id]), [id]);
  const queue = useAnnouncements<GuidepostDefinition>(single ?? ids);
  const { open, presence, registerExit } = useModalPresence(isClient && queue.open, onOpenChange);
  const current = queue.current;
  const announcement =
    current === undefined ? undefined : announcementGuide(engine.definition, current);

  const [announcer] = useState(() => createAnnouncer());
  const pageText = formatLabel(labels.announcementPage, {
    current: queue.index + 1,
    total: queue.pages.length,
  });
  const title = contentToText(announcement?.title);
  const spokenPage = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!open) {
      spokenPage.current = undefined;
      return;
    }
    const before = spokenPage.current;
    spokenPage.current = current;
    // The first page is read as the dialog opens; later ones, where focus stays on the pager,
    // are said.
    if (before !== undefined && before !== current) announcer.announce(`${pageText}: ${title}`);
  }, [announcer, open, current, pageText, title]);

  const reported = useRef(new Set<string>());
  const reportUnsafeLink = useCallback(
    (href: string) => {
      const guideId = current;
      const key = `${guideId ?? ''}\n${href}`;
      if (guideId === undefined || reported.current.has(key)) return;
      reported.current.add(key);
      engine.reportError(
        new GuidepostError(
          'unsafe_link',
          `announcement '${guideId}' has a link that is not safe: ${href}`,
          { guideId },
        ),
      );
    },
    [engine, current],
  );

  const labelling = useSurfaceLabelling();
  const overlayElement = useRef<HTMLElement | null>(null);

  const value: AnnouncementContextValue = {
    engine,
    guideId: current,
    announcement,
    open,
    mounted: isClient && presence.mounted && announcement !== undefined,
    dataState: presence.status === 'open' ? 'open' : 'closed',
    pages: queue.pages,
    index: queue.index,
    goTo: queue.goTo,
    followCta: queue.followCta,
    close: queue.close,
    dontShowAgain: queue.dontShowAgain,
    labels,
    unstyled,
    classNames,
    ...labelling,
    registerExit,
    overlayElement,
    announcer,
    reportUnsafeLink,
  };

  return <AnnouncementPartsProvider value={value}>{children}</AnnouncementPartsProvider>;
}
