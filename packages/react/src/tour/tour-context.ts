import type { GuideCloseReason, GuideView, StepFocus, TourStep } from '@guidepost/core';
import type { RefObject } from 'react';
import type { Labels } from '../i18n/labels';
import type { TourClassNames } from './tour-class-names';
import { createRootContext } from '../parts/create-root-context';
import type {
  DescriptionFields,
  PresenceFields,
  RootContextFields,
} from '../parts/root-context-fields';

/**
 * Where the current step's target stands: `none` (the step has no target and is centred),
 * `waiting` (not found, or gone, or hidden: the step is hidden meanwhile), `found`, or
 * `missing` (not found in time; the step's `onMissing` applies).
 */
export type TargetState = 'none' | 'waiting' | 'found' | 'missing';

/** What the step's overlay does to the page (the step's `overlay`, `'target'` by default). */
export type OverlayMode = 'block' | 'target' | 'none';

/** What `TourRoot` gives every part, and custom parts through {@link useTourContext}. */
export interface TourContextValue
  extends RootContextFields<TourClassNames, Labels>, PresenceFields, DescriptionFields {
  readonly guideId: string;
  /** Goes to the next step; from the last one, completes the tour. */
  readonly next: () => void;
  /** Goes back one step (nothing on the first). */
  readonly back: () => void;
  /**
   * The user closed the tour: the engine's `close`, the same as `useTour(id).close()`, which
   * dismisses a tour for good. `reason` is what `guide_dismissed` reports (`'close'` from the
   * close button, `'escape'` from the key).
   */
  readonly dismiss: (reason?: GuideCloseReason) => void;
  /** The guide as the engine shows it. */
  readonly view: GuideView | undefined;
  /** The current step's definition. */
  readonly step: TourStep | undefined;
  readonly stepIndex: number;
  readonly stepCount: number;
  /** Changes whenever the tour moves to another step, even back to an earlier one. */
  readonly stepKey: string;
  readonly isFirstStep: boolean;
  readonly isLastStep: boolean;
  /** The current step's resolved target element, while it is found. */
  readonly target: Element | null;
  readonly targetState: TargetState;
  /** The step shows as a dialog in the middle of the screen (no target, or `onMissing: 'center'`). */
  readonly centered: boolean;
  readonly overlay: OverlayMode;
  /** Where focus goes when the step shows (the step's `focus`, or its default). */
  readonly focusPolicy: StepFocus;
  /**
   * The step waits for the user to act on its target (`advanceOn`, focus on the target): its
   * Next button is secondary.
   */
  readonly isActionStep: boolean;
  /** The step can be shown: its target is found, or it needs none (kept while the exit plays). */
  readonly ready: boolean;
  /** "Step 2 of 5", from the labels. */
  readonly progress: string;
  /** The id of `TourProgress`, which describes the step dialog along with its body. */
  readonly progressId: string;
  readonly setHasProgress: (present: boolean) => void;
  /**
   * Claimed by `TourContent` while it is mounted: it conveys each step itself, by moving focus
   * into it (its name and description are read) or, when focus is already inside, through
   * `announceStep`; the root then stops announcing steps on its own. Returns the release.
   */
  readonly claimStepAnnouncements: () => () => void;
  /** Says the current step ("Step 2 of 5: Title") in the tour's polite live region. */
  readonly announceStep: () => void;
  /** The step's primary button (`TourNext`), which takes focus on each step. */
  readonly primary: RefObject<HTMLElement | null>;
  /** The overlay, which a modal step keeps out of the inert page. */
  readonly overlayElement: RefObject<HTMLElement | null>;
}

const tourRootContext = createRootContext<TourContextValue>('TourRoot', 'useTourContext');

/** The context of a `TourRoot`; `null` outside one. */
export const TourContext = tourRootContext[0];

/**
 * The context of the enclosing `TourRoot`, for custom parts. Throws, naming both, when used
 * outside one.
 *
 * @param part The name of the calling part, for the error message.
 * @example
 * function StepCounter() {
 *   const { stepIndex, stepCount } = useTourContext();
 *   return <span>{stepIndex + 1}/{stepCount}</span>;
 * }
 */
export const useTourContext = tourRootContext[1];
