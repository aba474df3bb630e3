import {
  SNAPSHOT_VERSION,
  type GuideProgress,
  type GuidepostDefinition,
  type Snapshot,
} from '@guidepost/core';
import type { Persona, PersonaGuideState } from './persona';
import { EVENT_AGE_MS } from './persona-scope';

function progressOf(state: PersonaGuideState, version: number, at: number): GuideProgress {
  const base = { version, resetAt: 0, shows: 1, lastShownAt: at, statusAt: at };
  switch (state) {
    case 'completed':
      return { ...base, status: 'completed', completedAt: at };
    case 'dismissed':
      return { ...base, status: 'dismissed', dismissedAt: at };
    case 'active':
      return { ...base, status: 'active' };
    case 'seen':
      return { ...base, status: 'idle', closedAt: at };
  }
}

/**
 * The stored progress of a persona, as the engine would have saved it: its usage counts (each
 * event a moment before `now`) and its guide states, in each guide's current version.
 *
 * @example
 * const storage = memoryAdapter([personaSnapshot(definition, persona)]);
 */
export function personaSnapshot<D extends GuidepostDefinition>(
  definition: D,
  persona: Persona<D>,
): Snapshot {
  const at = persona.now - EVENT_AGE_MS;
  const events: Record<string, Snapshot['events'][string]> = {};
  for (const [name, count] of Object.entries(persona.events as Record<string, number>)) {
    if (count > 0) events[name] = { count, recent: Array.from({ length: count }, () => at) };
  }
  const guides: Record<string, GuideProgress> = {};
  for (const [id, state] of Object.entries(persona.guides as Record<string, PersonaGuideState>)) {
    guides[id] = progressOf(state, definition.guides[id]?.version ?? 1, at);
  }
  return { v: SNAPSHOT_VERSION, userId: persona.user.id, guides, events };
}
