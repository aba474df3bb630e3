import {
  GuidepostError,
  type GuideCloseReason,
  type GuideIdOfKind,
  type GuidepostDefinition,
  type GuidepostState,
  type GuideScrollMargin,
  type TourStep,
} from '@guidepost/core';
import { stepRouteMatches } from '@guidepost/core/internal';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useEngineState } from '../hooks/use-engine-state';
import { createAnnouncer } from '../dom/create-announcer';
import { watchHeldKeys } from '../dom/held-keys';
import { LiveRegion } from '../a11y/live-region';
import { contentToText } from '../content/content-to-text';
import { formatLabel } from '../i18n/format-label';
import type { Labels } from '../i18n/labels';
import { useExitPresence } from '../parts/use-exit-presence';
import { useModalHandOver } from '../parts/use-modal-hand-over';
import { useIsClient } from '../parts/use-is-client';
import { useDescribedSurfaceLabelling } from '../parts/use-surface-labelling';
import { sharedLabelsFor } from '../parts/shared-labels-for';
import type { SurfaceRootProps } from '../parts/surface-root-props';
import { useSurfaceSettings } from '../parts/use-surface-settings';
import { useGuidepost, useGuidepostContext } from '../provider/guidepost-context';
import { scrollMarginOf } from '../dom/scroll-margin-of';
import type { RegisteredDefinition } from '../register/register';
import { useTour } from '../hooks/use-tour';
import { describeTarget, refusedTargetReason } from '../dom/resolve-target-candidates';
import { DEFAULT_TARGET_TIMEOUT } from '../dom/wait-for-target';
import { TourContext, type OverlayMode, type TourContextValue } from './tour-context';
import type { TourClassNames } from './tour-class-names';
import { useAdvanceOnClick } from './use-advance-on-click';
import { useStepAnnouncement } from './use-step-announcement';
import { stepFocusOf } from './step-focus-policy';
import { useStepTarget, type StepTarget } from './use-step-target';
import { whenIdle } from './when-idle';
import { warmTourCode } from './warm-tour-code';
import { TourPartsProvider } from './tour-parts';

/**
 * Props of {@link TourRoot}. With the definition registered (see `Register`), or its type
 * passed (`<TourRoot<typeof definition> id>`), a misspelt tour id does not compile.
 */
export interface TourRootProps<
  D extends GuidepostDefinition = RegisteredDefinition,
> extends SurfaceRootProps<TourClassNames> {
  /** The tour's guide id. */
  readonly id: GuideIdOfKind<D, 'tour'>;
  /** Overrides for any label (Next, Back, Done, Close, "Step {current} of {total}"). */
  readonly labels?: Partial<Labels>;
  /**
   * Space kept free around each target scrolled into view, in px, for every step of this tour:
   * one number or per side. A step's own `scrollMargin` wins side by side; the provider's fills
   * the sides neither sets, and fixed or sticky headers and footers the rest.
   */
  readonly scrollMargin?: GuideScrollMargin;
}

/** What the parts show; kept as it was while the exit plays. */
interface Shown extends StepTarget {
  readonly step: TourStep | undefined;
  readonly stepIndex: number;
  readonly stepCount: number;
  readonly stepKey: string;
  /** The engine shows the step centred, its target missing. */
  readonly centeredByEngine: boolean;
}

/** Outside `TourContent` a `TourProgress` describes no dialog. */
const ignorePresence = () => undefined;

function overlayOf(step: TourStep | undefined, centered: boolean): OverlayMode {
  const overlay = step?.overlay;
  // A centred step has no target to leave reachable: it dims and blocks the page.
  if (centered) return overlay === 'none' ? 'none' : 'block';
  return overlay ?? 'target';
}

/**
 * The root of a tour: renders no element of its own, reads the guide from the engine and gives
 * every part the current step, its resolved target and that target's state. It waits for late
 * targets, applies the step's `onMissing` (`skip` in the direction of travel by default, which
 * reports `step_skipped` and shows the last step centred rather than skip it, `center`, or
 * `end`) after reporting one `target_not_found`, advances on a click on the target
 * for `advanceOn: { click: true }`, and conveys each step to screen readers once: `TourContent`
 * moves focus into it, and a polite live region that is in the page before the first message
 * says "Step 2 of 5: Title" when focus does not move in (or when no `TourContent` renders the
 * step). A step with a `route` shows only while the app's route (the provider's `route` prop)
 * matches it, and resumes when the app gets there. Nothing is rendered on the server.
 *
 * @example
 * <TourRoot id="welcome">
 *   <TourPortal>
 *     <TourOverlay />
 *     <TourContent><TourTitle /><TourDescription /><TourNext /></TourContent>
 *   </TourPortal>
 * </TourRoot>
 */
export function TourRoot<D extends GuidepostDefinition = RegisteredDefinition>(
  props: TourRootProps<D>,
) {
  const { id, children } = props;
  const settings = useSurfaceSettings(props, sharedLabelsFor);
  const { labels } = settings;
  // Explicit: the hooks default to the app's registered definition, which a generic `id` cannot
  // be checked against; the props' type has checked it.
  const engine = useGuidepost<GuidepostDefinition>();
  const { view, step, stepIndex, stepCount, next, back, close } = useTour<GuidepostDefinition>(id);
  // The close button and Escape are the user closing the tour, as `useTour(id).close()` is:
  // the engine decides what that means; analytics hear which one it was.
  const dismiss = useCallback((reason?: GuideCloseReason) => close(reason), [close]);
  const isClient = useIsClient();
  const selectOnRoute = useCallback(
    (state: GuidepostState) => step === undefined || stepRouteMatches(step, state.route),
    [step],
  );
  // A step on another route is not shown: no target lookup, no timeout, until the app gets there.
  const onRoute = useEngineState(engine, selectOnRoute);
  // The code that shows a step is compiled while the page is idle, not on the click that starts
  // the tour; only the step the tour would start on matters, so later steps do not reschedule.
  const firstStep = useRef(step);
  useEffect(() => whenIdle(() => warmTourCode(firstStep.current)), []);
  // Watched before any step shows: a step shown by a key press waits for its release.
  useEffect(() => watchHeldKeys(window), []);
  const wanted = isClient && view?.open === true && step !== undefined && onRoute;
  // Set after the presence below reports whether this tour is still leaving.
  const [leaving, setLeaving] = useState(false);
  const open = useModalHandOver(wanted, leaving);
  const stepKey = `${view?.shows ?? 0}:${stepIndex}:${step?.id ?? ''}`;

  // What a missing target means (skip the way the user was going, centre, end) is the
  // engine's; this only says why the target is missing.
  const handleMissing = useCallback(
    (missing: TourStep) => {
      const timeout = missing.targetTimeout ?? DEFAULT_TARGET_TIMEOUT;
      const refused =
        missing.target === undefined ? undefined : refusedTargetReason(missing.target);
      const why =
        refused === undefined || missing.target === undefined
          ? `no visible target after ${timeout} ms`
          : `target selector ${describeTarget(missing.target)} is refused: ${refused}`;
      engine.targetMissing(id, missing.id, why);
    },
    [engine, id],
  );

  const providerMargin = useGuidepostContext('TourRoot').scrollMargin?.();
  const live = useStepTarget({
    step,
    stepKey,
    active: open,
    onMissing: handleMissing,
    scrollMargin: scrollMarginOf(props.scrollMargin, providerMargin),
  });
  const [frozen, setFrozen] = useState<Shown | null>(null);
  const centeredByEngine = view?.centered === true;
  const current = useMemo<Shown>(
    () => ({
      element: live.element,
      state: live.state,
      step,
      stepIndex,
      stepCount,
      stepKey,
      centeredByEngine,
    }),
    [live.element, live.state, step, stepIndex, stepCount, stepKey, centeredByEngine],
  );
  if (
    open &&
    (frozen === null ||
      frozen.stepKey !== stepKey ||
      frozen.element !== live.element ||
      frozen.state !== live.state ||
      frozen.centeredByEngine !== centeredByEngine)
  ) {
    setFrozen(current);
  }
  const shown = open || frozen === null ? current : frozen;

  const { presence, registerExit } = useExitPresence(open);
  const stillLeaving = presence.mounted && !open;
  if (stillLeaving !== leaving) setLeaving(stillLeaving);

  const [announcer] = useState(() => createAnnouncer());
  const labelling = useDescribedSurfaceLabelling();
  const progressId = useId();
  const primary = useRef<HTMLElement | null>(null);
  const overlayElement = useRef<HTMLElement | null>(null);

  // A step shows centred when it has no target, or when the engine decided so for a target
  // that never appeared (its `onMissing`, or a last step with nothing to skip to).
  const centered = shown.state === 'none' || (shown.state === 'missing' && shown.centeredByEngine);
  const ready = shown.state === 'found' || centered;
  const progress = formatLabel(labels.stepProgress, {
    current: shown.stepIndex + 1,
    total: shown.stepCount,
  });
  const title = contentToText(shown.step?.title);
  const focusPolicy = stepFocusOf(shown.step);
  const isActionStep = focusPolicy !== 'step' && shown.step?.advanceOn !== undefined;
  // Focus left on the page reads nothing of the step: the announcement says what to do too.
  const body = focusPolicy === 'step' ? '' : contentToText(shown.step?.body);
  const heading = title === '' ? progress : `${progress}: ${title}`;
  const stepAnnouncement = useStepAnnouncement(announcer, {
    shown: open && ready,
    open,
    stepKey,
    text: body === '' ? heading : `${heading}. ${body}`,
  });

  useAdvanceOnClick(
    shown.element,
    open && shown.state === 'found' && shown.step?.advanceOn?.click === true,
    next,
  );

  const reportUnsafeLink = useCallback(
    (href: string) =>
      engine.reportError(
        new GuidepostError('unsafe_link', `tour '${id}' has a link that is not safe: ${href}`, {
          guideId: id,
          ...(step === undefined ? {} : { stepId: step.id }),
        }),
      ),
    [engine, id, step],
  );

  const overlay = overlayOf(shown.step, centered);
  const dataState = presence.status === 'open' ? 'open' : 'closed';
  const value = useMemo<TourContextValue>(
    () => ({
      guideId: id,
      next,
      back,
      dismiss,
      view,
      step: shown.step,
      stepIndex: shown.stepIndex,
      stepCount: shown.stepCount,
      stepKey: shown.stepKey,
      isFirstStep: shown.stepIndex === 0,
      isLastStep: shown.stepIndex >= shown.stepCount - 1,
      target: shown.element,
      targetState: shown.state,
      centered,
      overlay,
      focusPolicy,
      isActionStep,
      open,
      mounted: presence.mounted,
      dataState,
      ready,
      progress,
      ...settings,
      ...labelling,
      progressId,
      setHasProgress: ignorePresence,
      claimStepAnnouncements: stepAnnouncement.claim,
      announceStep: stepAnnouncement.announce,
      registerExit,
      primary,
      overlayElement,
      reportUnsafeLink,
    }),
    [
      id,
      next,
      back,
      dismiss,
      view,
      shown,
      centered,
      overlay,
      focusPolicy,
      isActionStep,
      open,
      presence.mounted,
      dataState,
      ready,
      progress,
      settings,
      labelling,
      progressId,
      stepAnnouncement.claim,
      stepAnnouncement.announce,
      registerExit,
      reportUnsafeLink,
    ],
  );

  return (
    <TourContext.Provider value={value}>
      <TourPartsProvider>{children}</TourPartsProvider>
      {isClient ? <LiveRegion announcer={announcer} /> : null}
    </TourContext.Provider>
  );
}
