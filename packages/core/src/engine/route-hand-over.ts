import type { EngineCore } from './model/engine-core';

/**
 * How long a tour that moved to a step on another route keeps the modal channel while the app
 * gets there, in ms: a route that loads its code on demand may take a moment, a click that did
 * not navigate after all must not hold the channel for ever.
 */
export const ROUTE_HAND_OVER_MS = 3000;

interface HandOver {
  /** The route the app was on when the tour moved on. */
  readonly from: string;
  /** When the tour lets the channel go if the app has not reported a new route. */
  readonly until: number;
}

interface HandOvers {
  /** The route the app reported when the last reconciliation ended. */
  routeSeen: string | undefined;
  readonly waiting: Map<string, HandOver>;
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
 * new route, so the tour keeps its claim until the next route the app reports, for at most
 * `ROUTE_HAND_OVER_MS`. It shows there if that is its step's route, and closes otherwise. A
 * tour the user navigated away from closes at once, so lower-priority guides get the channel.
 */
export function holdsForRoute(core: EngineCore, id: string): boolean {
  const handOvers = handOversOf(core);
  const route = core.session.route;
  const now = core.clock();
  const waiting = handOvers.waiting.get(id);
  if (waiting === undefined) {
    if (route === undefined || route !== handOvers.routeSeen) return false;
    handOvers.waiting.set(id, { from: route, until: now + ROUTE_HAND_OVER_MS });
    return true;
  }
  if (waiting.from === route && now < waiting.until) return true;
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

/** When the first hand-over runs out, for the engine's timer; `undefined` when none waits. */
export function handOverDeadline(core: EngineCore): number | undefined {
  let earliest: number | undefined;
  for (const { until } of byEngine.get(core)?.waiting.values() ?? []) {
    if (earliest === undefined || until < earliest) earliest = until;
  }
  return earliest;
}
