import type { TourStep } from '@guidepost/core';
import { useLayoutEffect, useRef, useState } from 'react';
import { isTargetVisible } from '../dom/is-target-visible';
import { observeTarget } from '../dom/observe-target';
import { resolveTargetCandidates } from '../dom/resolve-target-candidates';
import { detectFixedEdges } from '../dom/fixed-edges';
import { scrollMarginOf } from '../dom/scroll-margin-of';
import { scrollIntoViewIfNeeded, type ScrollMargin } from '../dom/scroll-into-view-if-needed';
import { watchRefusedTarget } from '../dom/watch-refused-target';
import { DEFAULT_TARGET_TIMEOUT, waitForTarget } from '../dom/wait-for-target';
import type { TargetState } from './tour-context';

/** Options of {@link useStepTarget}. */
export interface StepTargetOptions {
  readonly step: TourStep | undefined;
  /** Changes on every move to another step; the lookup starts over. */
  readonly stepKey: string;
  /**
   * Look the target up only while the tour is shown (and the step is on the current route):
   * while false nothing is searched, no timeout runs and nothing is reported.
   */
  readonly active: boolean;
  /** The target did not appear within the step's `targetTimeout`; called once per step visit. */
  readonly onMissing: (step: TourStep) => void;
  /** The tour's and the provider's scroll margin, merged; the step's own sides win over it. */
  readonly scrollMargin?: ScrollMargin;
}

/** The guide's own overlay and steps are no page header. */
const isOwnSurface = (element: Element) => element.closest('[data-guidepost-portal]') !== null;

/** The current step's target and where it stands. */
export interface StepTarget {
  readonly element: Element | null;
  readonly state: TargetState;
}

interface Resolved extends StepTarget {
  readonly key: string;
}

const UNRESOLVED: Resolved = { key: '', element: null, state: 'waiting' };

/**
 * Finds the current step's target and follows it: a late target is awaited (up to the step's
 * `targetTimeout`, 3000 ms by default; the wait is cancelled when the step changes or the tour
 * closes), then scrolled into view through every scroll container with the step's
 * `scrollMargin`, side by side over the tour's and the provider's; the sides none sets keep
 * clear of the fixed or sticky headers and footers found at the viewport's edges. A target that is removed or hidden mid-step puts the step back to `waiting`
 * (it is hidden, never drawn at 0,0) until it, or a new element matching it, is shown again.
 */
export function useStepTarget({
  step,
  stepKey,
  active,
  onMissing,
  scrollMargin,
}: StepTargetOptions): StepTarget {
  const [resolved, setResolved] = useState<Resolved>(UNRESOLVED);
  const latestOnMissing = useRef(onMissing);
  // Read when a target is found, so a new margin object each render restarts nothing.
  const latestMargin = useRef(scrollMargin);
  useLayoutEffect(() => {
    latestOnMissing.current = onMissing;
    latestMargin.current = scrollMargin;
  });

  useLayoutEffect(() => {
    if (!active || step === undefined) return;
    const target = step.target;
    const set = (element: Element | null, state: TargetState) =>
      setResolved((previous) =>
        previous.key === stepKey && previous.element === element && previous.state === state
          ? previous
          : { key: stepKey, element, state },
      );
    if (target === undefined) {
      set(null, 'none');
      return;
    }
    const controller = new AbortController();
    let stopWatching: (() => void) | undefined;
    const found = (element: Element) => {
      set(element, 'found');
      const margin = scrollMarginOf(step.scrollMargin, latestMargin.current);
      const needsEdges = margin.top === undefined || margin.bottom === undefined;
      void scrollIntoViewIfNeeded(element, {
        margin,
        ...(needsEdges ? { edges: detectFixedEdges(element.ownerDocument, isOwnSurface) } : {}),
      });
      stopWatching = observeTarget(element, {
        target,
        onRemoved: () => set(null, 'waiting'),
        onHidden: () => set(null, 'waiting'),
        onShown: (next) => set(next, 'found'),
      });
    };

    let missed = false;
    const miss = () => {
      if (missed || controller.signal.aborted) return;
      missed = true;
      set(null, 'missing');
      latestOnMissing.current(step);
    };
    // Found at once in the common case: shown in the same frame, without a waiting render.
    const present = resolveTargetCandidates(target).find(isTargetVisible);
    if (present !== undefined) found(present);
    // A selector the page refused (invalid, or too slow to query) will never match: a step
    // still waiting for it is missing now, not after its timeout.
    const stopRefusals = watchRefusedTarget(target, () => {
      if (stopWatching !== undefined) return;
      miss();
      controller.abort();
    });
    if (present === undefined && !controller.signal.aborted) {
      set(null, 'waiting');
      waitForTarget(target, {
        timeout: step.targetTimeout ?? DEFAULT_TARGET_TIMEOUT,
        signal: controller.signal,
      }).then(
        (element) => {
          if (controller.signal.aborted) return;
          if (element !== null) {
            found(element);
            return;
          }
          miss();
        },
        // Aborted: the step changed or the tour closed; nothing is missing.
        () => undefined,
      );
    }
    return () => {
      controller.abort();
      stopRefusals();
      stopWatching?.();
      // The same step shown again (back on its route) looks its target up afresh: the element
      // found before may be gone with the page it was on.
      setResolved(UNRESOLVED);
    };
  }, [active, step, stepKey]);

  if (resolved.key === stepKey) return resolved;
  return { element: null, state: step?.target === undefined ? 'none' : 'waiting' };
}
