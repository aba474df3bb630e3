import type { GuidepostEvent } from '../../analytics/types';
import type { GuidepostError } from '../../errors/guidepost-error';
import type { GuideId } from '../../guides';
import type { GuidepostDefinition } from '../../guides/types';
import { memoryAdapter } from '../../persistence';
import { createGuidepost, type CreateGuidepostOptions } from '../create-guidepost';
import { createManualClock, type ManualClock } from '../manual-clock';

/** Options of {@link recordEngine}: the engine's own, over a fake clock. */
export type RecordEngineOptions<D extends GuidepostDefinition> = CreateGuidepostOptions<
  GuideId<D>
> & {
  /** Where the fake clock starts, epoch ms. */
  readonly start: number;
};

/**
 * An engine for a test: on a fake clock, over in-memory storage, without Web Locks, every
 * event and error it reports kept in order. `options` replace any of these.
 *
 * @example
 * const { engine, time, named } = recordEngine(definition, { start: START, user: { id: 'u1' } });
 */
export function recordEngine<D extends GuidepostDefinition>(
  definition: D,
  { start, ...options }: RecordEngineOptions<D>,
) {
  const time: ManualClock = createManualClock(start);
  const events: GuidepostEvent[] = [];
  const errors: GuidepostError[] = [];
  const engine = createGuidepost(definition, {
    storage: memoryAdapter(),
    now: time.now,
    scheduler: time.scheduler,
    locks: null,
    onEvent: (event) => events.push(event),
    onError: (error) => errors.push(error),
    ...options,
  });
  const named = (name: GuidepostEvent['name']) => events.filter((event) => event.name === name);
  return { engine, time, events, errors, named };
}
