'use client';
import type { GuidepostDefinition } from '@guidepost/core';
import { useId, useMemo, useRef, useState } from 'react';
import { createAnnouncer } from '../dom/create-announcer';
import { LiveRegion } from '../a11y/live-region';
import { useGuidepost } from '../provider/guidepost-context';
import type { OpenStateProps } from '../parts/open-state-props';
import type { SurfaceRootProps } from '../parts/surface-root-props';
import { useIsClient } from '../parts/use-is-client';
import { usePanelState } from '../parts/use-panel-state';
import { useReportUnsafeLink } from '../parts/use-report-unsafe-link';
import { useSurfaceSettings } from '../parts/use-surface-settings';
import type { GuideCenterClassNames } from './guide-center-class-names';
import { GuideCenterContext, type GuideCenterContextValue } from './guide-center-context';
import { GuideCenterPartsProvider } from './guide-center-parts';
import { guideCenterLabelsFor, type GuideCenterLabels } from './guide-center-labels';
import { searchArticles } from './search-articles';
import { useGuideCenter } from './use-guide-center';

/** Props of {@link GuideCenterRoot}. */
export interface GuideCenterRootProps
  extends Omit<SurfaceRootProps<GuideCenterClassNames>, 'locale'>, OpenStateProps {
  /**
   * The user's language (`'en'`, `'ja'`, `'pt-BR'`): articles and contact entries are read in
   * it where the definition translates them, search folds case for it, dates are written for
   * it, and the shipped labels are Japanese for `ja` (English otherwise). @default 'en'
   */
  readonly locale?: string;
  /** What the search field starts with (a help link that opens on a question). @default '' */
  readonly defaultQuery?: string;
  /** Overrides for any label ("Help", "What’s new"…). */
  readonly labels?: Partial<GuideCenterLabels>;
}

/**
 * The root of a guide center: renders no element of its own (besides its polite live region,
 * in the page before anything is said), reads from the engine what this user may see, keeps
 * the search query and the panel's open state (`open`, `defaultOpen`: the panel expanded), and
 * gives every part what it needs.
 *
 * @example
 * <GuideCenter.Root locale="ja">
 *   <GuideCenter.Launcher />
 *   <GuideCenter.Panel><GuideCenter.Title /><GuideCenter.Search /><GuideCenter.Articles /></GuideCenter.Panel>
 * </GuideCenter.Root>
 */
export function GuideCenterRoot(props: GuideCenterRootProps) {
  const { locale = 'en', open, defaultOpen, onOpenChange, defaultQuery = '', children } = props;
  // The shipped labels exist for `en` and `ja`; `labelsFor` picks by the language of any tag.
  const settings = useSurfaceSettings(
    { ...props, locale: locale as 'en' | 'ja' },
    guideCenterLabelsFor,
  );
  const center = useGuideCenter(locale);
  const engine = useGuidepost<GuidepostDefinition>();
  const isClient = useIsClient();

  const panel = usePanelState({ open, defaultOpen, onOpenChange });

  const [query, setQuery] = useState(defaultQuery);
  const results = useMemo(
    () => searchArticles(center.articles, query, locale),
    [center.articles, query, locale],
  );
  const [announcer] = useState(() => createAnnouncer());

  const reportUnsafeLink = useReportUnsafeLink(engine, 'the guide center');

  const baseId = useId();
  const [hasTitle, setHasTitle] = useState(false);
  const launcherRef = useRef<HTMLElement | null>(null);
  const searchRef = useRef<HTMLInputElement | null>(null);

  const value: GuideCenterContextValue = {
    engine,
    center,
    locale,
    ...panel,
    open: isClient && panel.open,
    query,
    setQuery,
    results,
    announcer,
    ...settings,
    titleId: `${baseId}title`,
    hasTitle,
    setHasTitle,
    launcherRef,
    searchRef,
    reportUnsafeLink,
  };

  return (
    <GuideCenterContext.Provider value={value}>
      {isClient ? <GuideCenterPartsProvider>{children}</GuideCenterPartsProvider> : null}
      {isClient ? <LiveRegion announcer={announcer} /> : null}
    </GuideCenterContext.Provider>
  );
}
