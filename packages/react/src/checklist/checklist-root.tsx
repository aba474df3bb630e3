'use client';
import type { GuideIdOfKind, GuidepostDefinition } from '@guidepost/core';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { createAnnouncer } from '../dom/create-announcer';
import { LiveRegion } from '../a11y/live-region';
import { formatLabel } from '../i18n/format-label';
import { useIsClient } from '../parts/use-is-client';
import { useDescribedSurfaceLabelling } from '../parts/use-surface-labelling';
import { usePanelState } from '../parts/use-panel-state';
import { useReportUnsafeLink } from '../parts/use-report-unsafe-link';
import type { OpenStateProps } from '../parts/open-state-props';
import type { SurfaceRootProps } from '../parts/surface-root-props';
import { useSurfaceSettings } from '../parts/use-surface-settings';
import { useGuidepost } from '../provider/guidepost-context';
import type { RegisteredDefinition } from '../register/register';
import type { ChecklistClassNames } from './checklist-class-names';
import { ChecklistContext, type ChecklistContextValue } from './checklist-context';
import { checklistLabelsFor, type ChecklistLabels } from './checklist-labels';
import { useChecklist } from './use-checklist';
import { useCompletionAnnouncements } from './use-completion-announcements';
import { ChecklistPartsProvider } from './checklist-parts';

/** On the server and during hydration the user's progress is not loaded yet. */
const notReady = () => false;

/**
 * Props of {@link ChecklistRoot}. With the definition registered (see `Register`), or its type
 * passed (`<ChecklistRoot<typeof definition> id>`), a misspelt checklist id does not compile.
 */
export interface ChecklistRootProps<D extends GuidepostDefinition = RegisteredDefinition>
  extends SurfaceRootProps<ChecklistClassNames>, OpenStateProps {
  /** The checklist's guide id. */
  readonly id: GuideIdOfKind<D, 'checklist'>;
  /** Render the panel in place, always expanded, without a launcher. @default false */
  readonly inline?: boolean;
  /** Overrides for any label ("{done} of {total} done", "All done!"…). */
  readonly labels?: Partial<ChecklistLabels>;
}

/**
 * The root of a checklist: renders no element of its own, reads the checklist from the engine
 * and gives every part its items, progress and actions. `open` and `defaultOpen` expand the
 * floating panel. The checklist shows while the engine
 * shows it; when its last item is done while the user watches, it stays to celebrate (and
 * expands to show it) until the user closes it. Each completed item is announced once in a
 * polite live region that is in the page before the first announcement. Nothing is rendered
 * on the server.
 *
 * @example
 * <ChecklistRoot id="getting-started">
 *   <ChecklistTrigger />
 *   <ChecklistPanel><ChecklistTitle /><ChecklistProgress /><ChecklistItems /></ChecklistPanel>
 * </ChecklistRoot>
 */
export function ChecklistRoot<D extends GuidepostDefinition = RegisteredDefinition>(
  props: ChecklistRootProps<D>,
) {
  const { id, inline = false, open, defaultOpen, onOpenChange, children } = props;
  const { labels, unstyled, classNames } = useSurfaceSettings(props, checklistLabelsFor);
  // Explicit: the hooks default to the app's registered definition, which a generic `id` cannot
  // be checked against; the props' type has checked it.
  const engine = useGuidepost<GuidepostDefinition>();
  const checklist = useChecklist<GuidepostDefinition>(id);
  const status = checklist.view?.status;
  const isClient = useIsClient();
  const shown = isClient && checklist.view?.open === true;

  // Completion is celebrated only when the user saw the list before it was done.
  const [watched, setWatched] = useState(false);
  if (shown && status === 'active' && !watched) setWatched(true);
  const [finished, setFinished] = useState(false);
  const celebrating = isClient && watched && status === 'completed' && !finished;
  const visible = shown || celebrating;

  const panel = usePanelState({ open, defaultOpen, onOpenChange });
  const { setOpen } = panel;

  // Only the start of the celebration expands the panel; the user may collapse it after.
  const expandedToCelebrate = useRef(false);
  useEffect(() => {
    if (!celebrating) {
      expandedToCelebrate.current = false;
      return;
    }
    if (inline || expandedToCelebrate.current) return;
    expandedToCelebrate.current = true;
    setOpen(true);
  }, [celebrating, inline, setOpen]);

  const progressText = formatLabel(labels.checklistProgress, {
    done: checklist.doneCount,
    total: checklist.total,
  });

  const [announcer] = useState(() => createAnnouncer());
  const ready = useSyncExternalStore(engine.subscribe, () => engine.getState().ready, notReady);
  useCompletionAnnouncements(announcer, {
    items: checklist.items,
    progressText,
    allDone: checklist.allDone,
    active: visible,
    ready,
    labels,
  });

  const reportUnsafeLink = useReportUnsafeLink(engine, `checklist '${id}'`, id);

  const finish = useCallback(() => setFinished(true), []);
  const labelling = useDescribedSurfaceLabelling();
  const triggerRef = useRef<HTMLElement | null>(null);

  const value: ChecklistContextValue = {
    guideId: id,
    engine,
    checklist,
    visible,
    inline,
    ...panel,
    open: inline || panel.open,
    celebrating,
    finish,
    progressText,
    labels,
    unstyled,
    classNames,
    ...labelling,
    triggerRef,
    reportUnsafeLink,
  };

  return (
    <ChecklistContext.Provider value={value}>
      <ChecklistPartsProvider>{children}</ChecklistPartsProvider>
      {isClient ? <LiveRegion announcer={announcer} /> : null}
    </ChecklistContext.Provider>
  );
}
