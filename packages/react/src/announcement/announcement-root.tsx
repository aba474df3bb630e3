'use client';
import { GuidepostError } from '@guidepost/core';
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { createAnnouncer } from '../a11y/create-announcer';
import { contentToText } from '../content/content-to-text';
import { formatLabel } from '../i18n/format-label';
import { usePresence } from '../motion/use-presence';
import { useGuidepost } from '../provider/guidepost-context';
import type { AnnouncementClassNames } from './announcement-class-names';
import { AnnouncementContext, type AnnouncementContextValue } from './announcement-context';
import { announcementGuide } from './announcement-guide';
import { announcementLabelsFor, type AnnouncementLabels } from './announcement-labels';
import { useAnnouncements } from './use-announcements';

/** Props of {@link AnnouncementRoot}. */
export interface AnnouncementRootProps {
  /** One announcement to show. Without `id` and `ids`, every announcement of the definition. */
  readonly id?: string;
  /** The announcements this modal may page through (newest first) when several wait. */
  readonly ids?: readonly string[];
  /** Called when the modal opens and when it closes. */
  readonly onOpenChange?: (open: boolean) => void;
  /** Overrides for any label (Close, "Don't show again", "{current} of {total}"…). */
  readonly labels?: Partial<AnnouncementLabels>;
  /** The shipped labels to start from. @default 'en' */
  readonly locale?: 'en' | 'ja';
  /** Leave out the default `gp-*` classes of every part. @default false */
  readonly unstyled?: boolean;
  /** Class names per part, added to the defaults. */
  readonly classNames?: AnnouncementClassNames;
  readonly children?: ReactNode;
}

const NO_CLASS_NAMES: AnnouncementClassNames = {};
const subscribeNothing = () => () => undefined;
const onClient = () => true;
const onServer = () => false;

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
export function AnnouncementRoot({
  id,
  ids,
  onOpenChange,
  labels: labelOverrides,
  locale = 'en',
  unstyled = false,
  classNames = NO_CLASS_NAMES,
  children,
}: AnnouncementRootProps) {
  const engine = useGuidepost();
  const isClient = useSyncExternalStore(subscribeNothing, onClient, onServer);
  const single = useMemo(() => (id === undefined ? undefined : [id]), [id]);
  const queue = useAnnouncements(single ?? ids);
  const open = isClient && queue.open;
  const current = queue.current;
  const announcement =
    current === undefined ? undefined : announcementGuide(engine.definition, current);

  const exits = useRef(new Set<() => Promise<void>>());
  const registerExit = useCallback((exit: () => Promise<void>) => {
    exits.current.add(exit);
    return () => {
      exits.current.delete(exit);
    };
  }, []);
  const exitAll = useCallback(
    () => Promise.all([...exits.current].map((exit) => exit())).then(() => undefined),
    [],
  );
  const presence = usePresence(open, exitAll);

  const openChange = useRef(onOpenChange);
  useEffect(() => {
    openChange.current = onOpenChange;
  });
  const reportedOpen = useRef(false);
  useEffect(() => {
    if (reportedOpen.current === open) return;
    reportedOpen.current = open;
    openChange.current?.(open);
  }, [open]);

  const labels = useMemo(
    () => announcementLabelsFor(locale, labelOverrides),
    [locale, labelOverrides],
  );
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

  const baseId = useId();
  const [hasTitle, setHasTitle] = useState(false);
  const [hasBody, setHasBody] = useState(false);
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
    titleId: `${baseId}title`,
    bodyId: `${baseId}body`,
    hasTitle,
    hasBody,
    setHasTitle,
    setHasBody,
    registerExit,
    overlayElement,
    announcer,
    reportUnsafeLink,
  };

  return <AnnouncementContext.Provider value={value}>{children}</AnnouncementContext.Provider>;
}
