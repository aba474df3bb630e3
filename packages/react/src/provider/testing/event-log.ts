import type { GuidepostEvent } from '@guidepost/core';

/**
 * Records every event an engine emits, and finds those of one kind.
 *
 * @example
 * const log = eventLog();
 * render(<GuidepostProvider definition={definition} onEvent={log.onEvent} />);
 * log.named('guide_shown');
 */
export function eventLog() {
  const events: GuidepostEvent[] = [];
  return {
    events,
    onEvent: (event: GuidepostEvent) => {
      events.push(event);
    },
    named: <N extends GuidepostEvent['name']>(name: N) =>
      events.filter((event): event is Extract<GuidepostEvent, { name: N }> => event.name === name),
  };
}
