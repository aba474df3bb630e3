'use client';
import { GuidepostError, type GuidepostDefinition } from '@guidepost/core';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { createAnnouncer } from '../dom/create-announcer';
import { LiveRegion } from '../a11y/live-region';
import { useGuidepost } from '../provider/guidepost-context';
import type { SurfaceRootProps } from '../parts/surface-root-props';
import { useIsClient } from '../parts/use-is-client';
import { useSurfaceSettings } from '../parts/use-surface-settings';
import type { GuideCenterClassNames } from './guide-center-class-names';
import { GuideCenterContext, type GuideCenterContextValue } from './guide-center-context';
import { guideCenterLabelsFor, type GuideCenterLabels } from './guide-center-labels';
import { searchArticles } from './search-articles';
import { useGuideCenter } from './use-guide-center';

/** Props of {@link GuideCenterRoot}. */
export interface GuideCenterRootProps extends Omit<
  SurfaceRootProps<GuideCenterClassNames>,
  'locale'
> {
  /**
   * The user's language (`'en'`, `'ja'`, `'pt-BR'`): articles and contact entries are read in
   * it where the definition translates them, search folds case for it, dates are written for
   * it, and the shipped labels are Japanese for `ja` (English otherwise). @default 'en'
   */
  readonly locale?: string;
  /** Whether the panel is expanded (controlled). */
  readonly open?: boolean;
  /** Whether the panel starts expanded (uncontrolled). @default false */
  readonly defaultOpen?: boolean;
  /** Called when the panel asks to expand or collapse. */
  readonly onOpenChange?: (open: boolean) => void;
  /** What the search field starts with (a help link that opens on a question). @default '' */
  readonly defaultQuery?: string;
  /** Overrides for any label ("Help", "What’s new"…). */
  readonly labels?: Partial<GuideCenterLabels>;
}

/**
 * The root of a guide center: renders no element of its own (besides its polite live region,
 * in the page before anything is said), reads from the engine what this user may see, keeps
 * the search query and the panel's open state, and gives every part what it needs.
 *
 * @example
 * <GuideCenter.Root locale="ja">
 *   <GuideCenter.Launcher />
 *   <GuideCenter.Panel><GuideCenter.Title /><GuideCenter.Search /><GuideCenter.Articles /></GuideCenter.Panel>
 * </GuideCenter.Root>
 */
export function GuideCenterRoot(props: GuideCenterRootProps) {
  const {
    locale = 'en',
    open: openProp,
    defaultOpen = false,
    onOpenChange,
    defaultQuery = '',
    children,
  } = props;
  // The shipped labels exist for `en` and `ja`; `labelsFor` picks by the language of any tag.
  const settings = useSurfaceSettings(
    { ...props, locale: locale as 'en' | 'ja' },
    guideCenterLabelsFor,
  );
  const center = useGuideCenter(locale);
  const engine = useGuidepost<GuidepostDefinition>();
  const isClient = useIsClient();

  const [uncontrolledOpen, setUncontrolledOpen] = useState(defaultOpen);
  const open = openProp ?? uncontrolledOpen;
  const setOpen = useCallback(
    (next: boolean) => {
      if (openProp === undefined) setUncontrolledOpen(next);
      onOpenChange?.(next);
    },
    [openProp, onOpenChange],
  );

  const [query, setQuery] = useState(defaultQuery);
  const results = useMemo(
    () => searchArticles(center.articles, query, locale),
    [center.articles, query, locale],
  );
  const [announcer] = useState(() => createAnnouncer());

  const reported = useRef(new Set<string>());
  const reportUnsafeLink = useCallback(
    (href: string) => {
      if (reported.current.has(href)) return;
      reported.current.add(href);
      engine.reportError(
        new GuidepostError('unsafe_link', `the guide center has a link that is not safe: ${href}`),
      );
    },
    [engine],
  );

  const baseId = useId();
  const [hasTitle, setHasTitle] = useState(false);
  const [hasPanel, setHasPanel] = useState(false);
  const launcherRef = useRef<HTMLElement | null>(null);
  const searchRef = useRef<HTMLInputElement | null>(null);

  const value: GuideCenterContextValue = {
    engine,
    center,
    locale,
    open: isClient && open,
    setOpen,
    query,
    setQuery,
    results,
    announcer,
    ...settings,
    panelId: `${baseId}panel`,
    titleId: `${baseId}title`,
    hasTitle,
    hasPanel,
    setHasTitle,
    setHasPanel,
    launcherRef,
    searchRef,
    reportUnsafeLink,
  };

  return (
    <GuideCenterContext.Provider value={value}>
      {isClient ? children : null}
      {isClient ? <LiveRegion announcer={announcer} /> : null}
    </GuideCenterContext.Provider>
  );
}
