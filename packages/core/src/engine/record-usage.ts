import { recordEvent } from '../persistence';
import type { EventRetention } from '../persistence';
import type { Snapshot } from '../persistence/types';

/** Records one occurrence of `event` at `at` in a snapshot, keeping what `retention` allows. */
export function recordUsage(
  snapshot: Snapshot,
  event: string,
  at: number,
  retention: EventRetention,
): Snapshot {
  const tally = Object.hasOwn(snapshot.events, event) ? snapshot.events[event] : undefined;
  const events = { ...snapshot.events };
  // defineProperty keeps an event named `__proto__` an ordinary key.
  Object.defineProperty(events, event, {
    value: recordEvent(tally, at, retention),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return { ...snapshot, events };
}
