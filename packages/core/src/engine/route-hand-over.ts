import type { EngineCore } from './engine-core';

interface HandOvers {
  /** The route the app reported when the last reconciliation ended. */
  routeSeen: string | undefined;
  /** Tours moving to a step on another route, with the route they left from. */
  readonly waiting: Map<string, string | undefined>;
}

const byEngine = new WeakMap<EngineCore, HandOvers>();

function handOversOf(core: EngineCore): HandOvers {
  let handOvers = byEngine.get(core);
  if (handOvers === undefined) {
    handOvers = { routeSeen: core.session.route, waiting: new Map() };
    byEngine.set(core, handOvers);
  }
  return handOvers;
}

/**
 * Whether an open tour whose step lives on another route stays open (holding the modal
 * channel, shown nowhere) instead of closing. A tour that moved on by itself (a click on its
 * target that also navigates) is ahead of the app: the step changed before the app reported its
 * new route, so the tour keeps its claim until the next route the app reports. It shows there if
 * that is its step's route, and closes otherwise. A tour the user navigated away from closes at
 * once, so lower-priority guides get the channel.
 */
export function holdsForRoute(core: EngineCore, id: string): boolean {
  const handOvers = handOversOf(core);
  const route = core.session.route;
  if (!handOvers.waiting.has(id)) {
    if (route !== handOvers.routeSeen) return false;
    handOvers.waiting.set(id, route);
    return true;
  }
  if (handOvers.waiting.get(id) === route) return true;
  handOvers.waiting.delete(id);
  return false;
}

/** A tour back on its route, or closed, is no longer handed over. */
export function endHandOver(core: EngineCore, id: string): void {
  byEngine.get(core)?.waiting.delete(id);
}

/** Ends a reconciliation: remembers the route it saw and forgets tours that closed. */
export function settleHandOvers(core: EngineCore): void {
  const handOvers = handOversOf(core);
  handOvers.routeSeen = core.session.route;
  for (const id of [...handOvers.waiting.keys()]) {
    if (!core.session.open.has(id)) handOvers.waiting.delete(id);
  }
}
