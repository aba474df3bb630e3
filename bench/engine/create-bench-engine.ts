import {
  createGuidepost,
  defineGuidepost,
  memoryAdapter,
  type Guidepost,
  type GuidepostInput,
  type UserAttributes,
} from '@guidepost/core';
import type { SeededRandom } from '../rules/seeded-random';
import { EVENT_NAMES } from './generate-definition';

/** An engine under test with the clock it reads, which the benchmark moves. */
export interface BenchEngine {
  readonly engine: Guidepost;
  readonly clock: { now: number };
}

/**
 * An engine over `input` for one user, in memory, with an injected clock and no timers (time
 * boundaries need not fire while it is timed), after `events` tracked events spread over the
 * 30 days before `start`.
 *
 * @example
 * const { engine } = createBenchEngine(input, user, random, { events: 1_000, start: Date.now() });
 */
export function createBenchEngine(
  input: GuidepostInput,
  user: UserAttributes,
  random: SeededRandom,
  options: { readonly events: number; readonly start: number },
): BenchEngine {
  const month = 30 * 24 * 60 * 60 * 1000;
  const clock = { now: options.start - month };
  const errors: unknown[] = [];
  const engine = createGuidepost(defineGuidepost(input), {
    user,
    storage: memoryAdapter(),
    now: () => clock.now,
    scheduler: { setTimeout: () => 0, clearTimeout: () => undefined },
    locks: null,
    onError: (error) => errors.push(error),
  });
  for (let index = 0; index < options.events; index++) {
    clock.now += Math.round((2 * month * random.next()) / options.events);
    engine.track(random.pick(EVENT_NAMES));
  }
  clock.now = Math.max(clock.now, options.start);
  if (errors.length > 0) throw new Error(`the engine reported ${errors.length} errors`);
  return { engine, clock };
}
