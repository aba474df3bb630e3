import type { GuideProgress } from '../../persistence/types';
import { cooldownEnd } from './delivery-reasons';
import type { GuideSettings } from '../model/guide-settings';

/**
 * The next moment after `now` at which a guide's own time conditions change: its schedule
 * opening or closing, its snooze or cooldown ending. `undefined` when none lies ahead. The
 * engine sets one timer for the earliest boundary of all guides instead of polling.
 */
export function nextGuideBoundary(
  settings: GuideSettings,
  progress: GuideProgress,
  now: number,
): number | undefined {
  const cooldown = cooldownEnd(settings, progress);
  const snoozeEnd = progress.status === 'snoozed' ? progress.snoozedUntil : undefined;
  return earliestAfter(now, [settings.fromMs, settings.untilMs, snoozeEnd, cooldown]);
}

/** The earliest of `times` strictly after `now`, ignoring missing and non-finite ones. */
export function earliestAfter(
  now: number,
  times: readonly (number | undefined)[],
): number | undefined {
  let earliest: number | undefined;
  for (const time of times) {
    if (time === undefined || !Number.isFinite(time) || time <= now) continue;
    if (earliest === undefined || time < earliest) earliest = time;
  }
  return earliest;
}
