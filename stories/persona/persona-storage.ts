import {
  emptySnapshot,
  memoryAdapter,
  SNAPSHOT_VERSION,
  type EventTally,
  type GuidepostDefinition,
  type GuideProgress,
  type Snapshot,
  type SyncStorageAdapter,
} from '@guidepost/core';
import type { Persona } from './persona';

/** Options of {@link createPersonaStorage}. */
export interface PersonaStorageOptions {
  /** Checklist items of this definition that complete on a seeded event start ticked. */
  readonly definition?: GuidepostDefinition;
  /** Progress the story starts from, under the persona's id. */
  readonly snapshot?: Snapshot;
}

const HOUR = 3_600_000;

/** `count` events an hour apart, the latest an hour before `now`, so `7d` windows hold them. */
function seededTally(count: number, now: number): EventTally {
  const recent = Array.from({ length: count }, (_, index) => now - (count - index) * HOUR);
  return { count, recent };
}

function tickSeededItems(
  definition: GuidepostDefinition,
  guides: Snapshot['guides'],
  events: Readonly<Record<string, number>>,
  now: number,
): Snapshot['guides'] {
  const ticked: Record<string, GuideProgress> = { ...guides };
  for (const id of definition.guideIds) {
    const guide = definition.guides[id];
    if (guide?.kind !== 'checklist') continue;
    const done = guide.items.filter((item) => {
      const on = item.completeOn;
      return on !== undefined && 'event' in on && (events[on.event] ?? 0) > 0;
    });
    if (done.length === 0) continue;
    const before = ticked[id] ?? {
      status: 'idle',
      version: guide.version ?? 1,
      resetAt: 0,
      shows: 0,
    };
    ticked[id] = {
      ...before,
      items: { ...Object.fromEntries(done.map((item) => [item.id, now - HOUR])), ...before.items },
    };
  }
  return ticked;
}

/**
 * A fresh in-memory store holding what the persona did before the story opened: its usage
 * events, the checklist items those events complete, and any progress the story starts from.
 * @example
 * const [storage] = useState(() => createPersonaStorage(persona, { definition }));
 */
export function createPersonaStorage(
  persona: Persona,
  options: PersonaStorageOptions = {},
): SyncStorageAdapter {
  const base = options.snapshot ?? emptySnapshot(persona.user.id);
  const events: Record<string, EventTally> = { ...base.events };
  for (const [name, count] of Object.entries(persona.events)) {
    if (count > 0) events[name] = seededTally(count, persona.now);
  }
  const guides =
    options.definition === undefined
      ? base.guides
      : tickSeededItems(options.definition, base.guides, persona.events, persona.now);
  return memoryAdapter([{ v: SNAPSHOT_VERSION, userId: persona.user.id, guides, events }]);
}
