import { resetProgress } from '../../persistence/reset-progress';
import type { GuideProgress, GuideStatus } from '../../persistence/types';
import { placeAtStep, resolveStep } from './resolve-step';
import { stampAfter } from './stamp-after';

/** What a step transition needs besides the stored progress. */
export interface TransitionInput {
  /** The guide's step ids in order; empty for guides without steps. */
  readonly stepIds: readonly string[];
  /** Epoch ms from the engine's clock. */
  readonly now: number;
}

/** A change to one guide's stored progress: a row of the progress table. */
export type ProgressAction =
  | 'start'
  | 'countShow'
  | 'advance'
  | 'retreat'
  | 'goTo'
  | 'close'
  | 'complete'
  | 'dismiss'
  | 'snooze'
  | 'reset'
  | 'tickItem';

/** One row: the statuses an action changes, and the status it leads to. */
interface ProgressRow {
  readonly from: readonly GuideStatus[];
  /** `same` keeps the status (a step moves, a show is counted, an item is ticked). */
  readonly to: GuideStatus | 'same' | 'active or completed';
}

const EVERY: readonly GuideStatus[] = ['idle', 'active', 'snoozed', 'completed', 'dismissed'];
const OPEN: readonly GuideStatus[] = ['idle', 'active', 'snoozed'];

/**
 * The guide progress state machine, status × action, in one table that every transition below
 * reads. From a status its row does not list, an action returns the progress it was given (the
 * same object), so callers can tell a no-op by identity. `completed` and `dismissed` are left
 * only through `reset`: a new epoch that outranks the old facts in every merge.
 */
export const PROGRESS_TABLE: Readonly<Record<ProgressAction, ProgressRow>> = {
  start: { from: OPEN, to: 'active' },
  countShow: { from: EVERY, to: 'same' },
  advance: { from: ['active'], to: 'active or completed' },
  retreat: { from: ['active'], to: 'same' },
  goTo: { from: ['active'], to: 'same' },
  close: { from: ['active'], to: 'idle' },
  complete: { from: OPEN, to: 'completed' },
  dismiss: { from: OPEN, to: 'dismissed' },
  snooze: { from: OPEN, to: 'snoozed' },
  reset: { from: EVERY, to: 'idle' },
  tickItem: { from: EVERY, to: 'same' },
};

/** Whether `action` changes a guide in `status`, as the progress table says. */
export function changes(action: ProgressAction, status: GuideStatus): boolean {
  return PROGRESS_TABLE[action].from.includes(status);
}

/** True for the statuses a guide never leaves within one version, except through a reset. */
export function isTerminal(status: string): status is 'completed' | 'dismissed' {
  return status === 'completed' || status === 'dismissed';
}

/**
 * Opens a guide at its first step, or resumes an `active` one where it stands (its stored
 * step re-resolved against the current steps). A completed or dismissed guide is returned
 * unchanged: terminal facts are only undone by `resetGuide`.
 *
 * @example
 * startGuide(progress, { stepIds: ['intro', 'create'], now: Date.now() });
 */
export function startGuide(progress: GuideProgress, input: TransitionInput): GuideProgress {
  if (!changes('start', progress.status)) return progress;
  if (progress.status === 'active') {
    return placeAtStep(progress, resolveStep(progress, input.stepIds), input.now);
  }
  const { snoozedUntil: _snoozedUntil, stepId: _stepId, ...rest } = progress;
  const first = input.stepIds[0];
  const statusAt = stampAfter(progress.statusAt, input.now);
  const stepAt = stampAfter(progress.stepAt, input.now);
  return first === undefined
    ? { ...rest, status: 'active', statusAt, stepIndex: 0, stepAt }
    : { ...rest, status: 'active', statusAt, stepIndex: 0, stepId: first, stepAt };
}

/**
 * Counts one show of a guide: what `frequency` (`once`, `maxShows`, `cooldown`) reads.
 * Resuming a guide that is already `active` is the same show, and callers do not count it.
 */
export function markShown(progress: GuideProgress, now: number): GuideProgress {
  return { ...progress, shows: progress.shows + 1, lastShownAt: now };
}

/**
 * Moves an `active` guide to its next step; from the last step (or a guide without steps) it
 * completes the guide. Any other status is returned unchanged.
 */
export function advanceStep(progress: GuideProgress, input: TransitionInput): GuideProgress {
  if (!changes('advance', progress.status)) return progress;
  const here = resolveStep(progress, input.stepIds);
  const nextIndex = here.stepIndex + 1;
  const nextId = input.stepIds[nextIndex];
  if (nextId === undefined) return completeGuide(progress, input.now);
  return placeAtStep(progress, { stepIndex: nextIndex, stepId: nextId }, input.now);
}

/** Moves an `active` guide back one step; at the first step, or in any other status, nothing changes. */
export function retreatStep(progress: GuideProgress, input: TransitionInput): GuideProgress {
  if (!changes('retreat', progress.status)) return progress;
  const here = resolveStep(progress, input.stepIds);
  const previousId = input.stepIds[here.stepIndex - 1];
  const target =
    previousId === undefined ? here : { stepIndex: here.stepIndex - 1, stepId: previousId };
  return placeAtStep(progress, target, input.now);
}

/** Moves an `active` guide to the step with `stepId`; an unknown id or another status changes nothing. */
export function goToStep(
  progress: GuideProgress,
  stepId: string,
  input: TransitionInput,
): GuideProgress {
  if (!changes('goTo', progress.status)) return progress;
  const index = input.stepIds.indexOf(stepId);
  if (index < 0) return progress;
  return placeAtStep(progress, { stepIndex: index, stepId }, input.now);
}

/**
 * Ends the show in progress for now (Escape, a close button, a hint left): the guide goes back
 * to `idle` with the time it closed, keeping its show count, so it may show again as its
 * `frequency` allows and a `cooldown` counts from the close. Anything but an `active` guide is
 * returned unchanged.
 *
 * @example
 * closeShow(progress, Date.now()); // { ...progress, status: 'idle', statusAt: now, closedAt: now }
 */
export function closeShow(progress: GuideProgress, now: number): GuideProgress {
  if (!changes('close', progress.status)) return progress;
  const statusAt = stampAfter(progress.statusAt, now);
  return { ...progress, status: 'idle', statusAt, closedAt: now };
}

/** Marks a guide completed (for its version). Completed or dismissed guides are returned unchanged. */
export function completeGuide(progress: GuideProgress, now: number): GuideProgress {
  if (!changes('complete', progress.status)) return progress;
  const { snoozedUntil: _snoozedUntil, ...rest } = progress;
  const statusAt = stampAfter(progress.statusAt, now);
  return { ...rest, status: 'completed', statusAt, completedAt: now };
}

/**
 * Marks a guide dismissed (for its version): Escape, close, skip or "don't show again".
 * Completed or dismissed guides are returned unchanged.
 */
export function dismissGuide(progress: GuideProgress, now: number): GuideProgress {
  if (!changes('dismiss', progress.status)) return progress;
  const { snoozedUntil: _snoozedUntil, ...rest } = progress;
  const statusAt = stampAfter(progress.statusAt, now);
  return { ...rest, status: 'dismissed', statusAt, dismissedAt: now };
}

/**
 * Puts a guide off until `until` (epoch ms); it may show again from then on. A time that is
 * not in the future, or a completed or dismissed guide, changes nothing. The step position is
 * kept, so a snoozed tour starts over from its first step only when it shows again.
 */
export function snoozeGuide(progress: GuideProgress, until: number, now: number): GuideProgress {
  if (!changes('snooze', progress.status) || !(until > now)) return progress;
  const statusAt = stampAfter(progress.statusAt, now);
  return { ...progress, status: 'snoozed', statusAt, snoozedUntil: until };
}

/**
 * Forgets a guide's progress so it may show again: a new epoch (`resetAt`) that outranks the
 * old facts in every merge, so other tabs and the server take the reset instead of undoing it.
 */
export function resetGuide(progress: GuideProgress, now: number): GuideProgress {
  return resetProgress(progress, now);
}

/**
 * Ticks one checklist item, remembering when. Items are facts about the user, so they are
 * recorded whatever the checklist's status; an item already ticked keeps its first time.
 */
export function completeChecklistItem(
  progress: GuideProgress,
  itemId: string,
  now: number,
): GuideProgress {
  const items = progress.items ?? {};
  if (Object.hasOwn(items, itemId)) return progress;
  return { ...progress, items: { ...items, [itemId]: now } };
}
