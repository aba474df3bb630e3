import { countEvents, oldestWithin } from '../persistence';
import type { GuideProgress, Snapshot } from '../persistence/types';
import type {
  EventHistory,
  GuideCondition,
  GuideStateReader,
  ScopeInput,
  UserAttributes,
} from '../targeting/types';
import { storedProgress } from './progress/current-progress';
import { withSavedAnswers } from './model/saved-answers';

/** Whether stored progress (of any version) answers a sequencing rule's `is`. */
export function progressMeets(
  progress: GuideProgress | undefined,
  condition: GuideCondition,
): boolean {
  if (progress === undefined) return false;
  if (condition === 'seen') return progress.shows > 0 || progress.status !== 'idle';
  return progress.status === condition;
}

/** Usage as a snapshot's event tallies answer it; `now` is the default moment of a count. */
export function snapshotEventHistory(read: () => Snapshot, now: () => number): EventHistory {
  const tally = (event: string) => {
    const { events } = read();
    return Object.hasOwn(events, event) ? events[event] : undefined;
  };
  return {
    count: (event, withinMs, at) => countEvents(tally(event), withinMs, at ?? now()),
    oldestWithin: (event, withinMs, at) => oldestWithin(tally(event), withinMs, at),
  };
}

/** Sequencing rules (`{ guide, is }`) answered from a snapshot's stored progress. */
export function snapshotGuideReader(read: () => Snapshot): GuideStateReader {
  return (guideId, condition) => progressMeets(storedProgress(read(), guideId), condition);
}

/**
 * What a rule sees of an engine state at `now`: the user (with the survey answers kept as
 * attributes), usage from the snapshot's event
 * tallies and the stored guide states — the facts the engine judges audiences by. Hooks use
 * it to evaluate segments and rules outside the engine's own reconciliation.
 *
 * @example
 * targeting.evaluate({ segment: 'trial' }, targeting.scope(scopeInputOf(guidepost.getState(), guidepost.now())));
 */
export function scopeInputOf(
  state: { readonly user: UserAttributes; readonly snapshot: Snapshot },
  now: number,
): ScopeInput {
  const read = () => state.snapshot;
  return {
    user: withSavedAnswers(state.user, state.snapshot),
    now,
    events: snapshotEventHistory(read, () => now),
    guide: snapshotGuideReader(read),
  };
}
