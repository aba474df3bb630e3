'use client';
import type {
  EventName,
  GuideCloseReason,
  GuideId,
  GuideIdOfKind,
  GuidepostDefinition,
  GuideView,
  SkipDirection,
  StartOptions,
  StepId,
  TourGuide,
  TourStep,
} from '@guidepost/core';
import { useMemo } from 'react';
import type { RegisteredDefinition } from '../register/register';
import { useGuideOfKind } from './use-guide-of-kind';

/** What {@link useTour} returns: where a tour stands and its actions, bound to it. */
export interface UseTourResult<
  D extends GuidepostDefinition = RegisteredDefinition,
  T extends GuideIdOfKind<D, 'tour'> = GuideIdOfKind<D, 'tour'>,
> {
  /** The guide as the engine shows it; `undefined` for an id the definition does not hold. */
  readonly view: GuideView<GuideId<D>> | undefined;
  /** The current step's definition. */
  readonly step: TourStep<StepId<D, T>, EventName<D>> | undefined;
  readonly stepIndex: number;
  readonly stepCount: number;
  readonly isFirst: boolean;
  readonly isLast: boolean;
  /** Next step; from the last, completes the tour. */
  readonly next: () => void;
  readonly back: () => void;
  /**
   * Passes over the current step unseen (its target is not there): `step_skipped`, and on in
   * `direction`; from the last step the tour ends dismissed as `target_missing`, never
   * completed. @default direction 'forward'
   */
  readonly skip: (direction?: SkipDirection) => void;
  readonly goTo: (stepId: StepId<D, T>) => void;
  /**
   * The user closed the tour (a close button, Escape): the engine's `close`, the same as the
   * built-in `Tour.Close` and Escape, which dismisses a tour for good in its version. Reported
   * as `guide_dismissed` with the reason. For "not now", use the engine's `snooze`.
   * @default reason 'close'
   */
  readonly close: (reason?: GuideCloseReason) => void;
  /** Dismisses the tour for good in this version ("don't show again"). */
  readonly dismiss: () => void;
  readonly complete: () => void;
  /** Starts the tour now; returns whether it opened. */
  readonly start: (options?: StartOptions) => boolean;
}

type TourActions<D extends GuidepostDefinition, T extends GuideIdOfKind<D, 'tour'>> = Pick<
  UseTourResult<D, T>,
  'next' | 'back' | 'skip' | 'goTo' | 'close' | 'dismiss' | 'complete' | 'start'
>;

/** The tour `id` names in a definition, or `undefined` when it is not a tour. */
function tourGuide(definition: GuidepostDefinition, id: string): TourGuide | undefined {
  const guide = Object.hasOwn(definition.guides, id) ? definition.guides[id] : undefined;
  return guide?.kind === 'tour' ? guide : undefined;
}

/**
 * A tour's current step and its actions, for a tour with a look of its own. Re-renders only
 * when this tour changes; the actions are bound to the tour and keep their identity across
 * renders.
 *
 * @example
 * function WelcomeTour() {
 *   const { view, step, stepIndex, stepCount, next, close } = useTour('welcome');
 *   if (!view?.open || step === undefined) return null;
 *   return (
 *     <div role="dialog" aria-label={`Step ${stepIndex + 1} of ${stepCount}`}>
 *       <button onClick={next}>Next</button>
 *       <button onClick={() => close()}>Close</button>
 *     </div>
 *   );
 * }
 */
export function useTour<
  D extends GuidepostDefinition = RegisteredDefinition,
  T extends GuideIdOfKind<D, 'tour'> = GuideIdOfKind<D, 'tour'>,
>(id: T): UseTourResult<D, T> {
  const { guidepost, view, guide } = useGuideOfKind<TourGuide, D>(id, tourGuide, 'useTour');
  const actions = useMemo<TourActions<D, T>>(
    () => ({
      next: () => guidepost.next(id),
      back: () => guidepost.back(id),
      skip: (direction) => guidepost.skip(id, direction),
      goTo: (stepId) => guidepost.goTo(id, stepId as string),
      close: (reason = 'close') => guidepost.close(id, reason),
      dismiss: () => guidepost.dismiss(id),
      complete: () => guidepost.complete(id),
      start: (options) => guidepost.start(id, options),
    }),
    [guidepost, id],
  );
  return useMemo(() => {
    const steps = guide?.steps ?? [];
    const stepIndex = view?.stepIndex ?? 0;
    const stepCount = view?.stepCount ?? Math.max(steps.length, 1);
    return {
      view,
      step: steps[stepIndex] as TourStep<StepId<D, T>, EventName<D>> | undefined,
      stepIndex,
      stepCount,
      isFirst: stepIndex === 0,
      isLast: stepIndex >= stepCount - 1,
      ...actions,
    };
  }, [guide, view, actions]);
}
