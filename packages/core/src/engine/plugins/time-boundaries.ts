import { nextRuleBoundary } from '../../targeting/next-rule-boundary';
import { scopeNow } from '../model/engine-core';
import { createBoundaryTimer } from '../pacing/boundary-timer';
import { earliestAfter } from '../pacing/guide-time-boundary';
import { nextEngineBoundary } from '../pacing/engine-time-boundary';
import type { Scheduler } from '../model/types';
import type { GuidepostPlugin } from './guidepost-plugin';

/** Timers of `globalThis` that never keep a Node process alive. */
const globalScheduler: Scheduler = {
  setTimeout: (callback, ms) => {
    const handle = globalThis.setTimeout(callback, ms);
    // In Node a pending timer keeps the process alive: an engine waiting for a date must not
    // keep a script or a test run from exiting. Browsers return a number, with no `unref`.
    (handle as { unref?: () => void }).unref?.();
    return handle;
  },
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Re-evaluates exactly when time changes what shows, through one timer: a schedule opening or
 * closing, a snooze or cooldown ending, the interruption budget's gap, a tour's route hand-over,
 * and audiences whose rules change with time (`daysSince`, windowed event counts). Without it,
 * the engine notices these at the next action (`track`, `identify`, a route change, …).
 *
 * @example
 * createGuidepostEngine(definition, { plugins: [timeBoundaries({ scheduler: fakeTimers })] });
 */
export function timeBoundaries(options: { readonly scheduler?: Scheduler } = {}): GuidepostPlugin {
  const scheduler = options.scheduler ?? globalScheduler;
  return {
    name: 'timeBoundaries',
    parts: {
      timer: (core, act) => {
        const timer = createBoundaryTimer(scheduler, core.clock, () => act(() => undefined));
        return {
          aim(watchedRules) {
            const times = [nextEngineBoundary(core)];
            if (core.session.ready) {
              const scope = scopeNow(core);
              for (const rule of watchedRules) {
                times.push(nextRuleBoundary(core.targeting, rule, scope));
              }
            }
            timer.aim(earliestAfter(core.clock(), times));
          },
          stop: timer.stop,
        };
      },
    },
  };
}
