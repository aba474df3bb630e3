import fc from 'fast-check';
import type { EventTally, GuideProgress, GuideStatus, Snapshot } from '../types';

/** Ranges for generated numbers: small ones make ties and equal epochs common. */
export interface ArbitraryRanges {
  readonly time: fc.Arbitrary<number>;
  readonly epoch: fc.Arbitrary<number>;
}

export const narrow: ArbitraryRanges = {
  time: fc.integer({ min: 0, max: 12 }),
  epoch: fc.integer({ min: 0, max: 2 }),
};

export const wide: ArbitraryRanges = {
  time: fc.oneof(
    fc.integer({ min: 0, max: 4_102_444_800_000 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => x + 0),
  ),
  epoch: fc.oneof(
    fc.integer({ min: 0, max: 5 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => x + 0),
  ),
};

/** Ids that include the ones that trip naive object code. */
export const idArb = fc.oneof(
  fc.constantFrom('welcome', 'release-2026-12', '__proto__', 'constructor', 'toString'),
  fc.string({ maxLength: 6 }),
);

export const statusArb = fc.constantFrom<GuideStatus>(
  'idle',
  'active',
  'completed',
  'dismissed',
  'snoozed',
);

export function progressArb({ time, epoch }: ArbitraryRanges): fc.Arbitrary<GuideProgress> {
  return fc.record(
    {
      status: statusArb,
      statusAt: time,
      version: epoch,
      resetAt: epoch,
      stepId: fc.constantFrom('a', 'b', 'c'),
      stepIndex: fc.integer({ min: 0, max: 3 }),
      stepAt: time,
      shows: fc.integer({ min: 0, max: 4 }),
      lastShownAt: time,
      completedAt: time,
      dismissedAt: time,
      closedAt: time,
      snoozedUntil: time,
      readAt: time,
      items: fc.dictionary(idArb, time, { maxKeys: 3, noNullPrototype: true }),
      answer: fc.record(
        {
          attribute: fc.constantFrom('npsScore', 'csat'),
          value: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constantFrom('yes', 'no', '7')),
          at: time,
        },
        { noNullPrototype: true },
      ),
    },
    { requiredKeys: ['status', 'version', 'resetAt', 'shows'], noNullPrototype: true },
  );
}

export function tallyArb({ time }: ArbitraryRanges): fc.Arbitrary<EventTally> {
  return fc
    .tuple(fc.uniqueArray(time, { maxLength: 6 }), fc.integer({ min: 0, max: 5 }))
    .map(([recent, extra]) => ({
      count: recent.length + extra,
      recent: [...recent].sort((x, y) => x - y),
    }));
}

export function snapshotArb(ranges: ArbitraryRanges, userId?: string): fc.Arbitrary<Snapshot> {
  return fc.record(
    {
      v: fc.constant(1 as const),
      userId: userId === undefined ? fc.string({ maxLength: 8 }) : fc.constant(userId),
      guides: fc.dictionary(idArb, progressArb(ranges), { maxKeys: 4, noNullPrototype: true }),
      events: fc.dictionary(idArb, tallyArb(ranges), { maxKeys: 3, noNullPrototype: true }),
    },
    { noNullPrototype: true },
  );
}

/**
 * A snapshot with its id-keyed records turned into sorted entry lists, so a strict comparison
 * is not fooled by ids such as `constructor` that the matcher reads as type information.
 */
export function canonical(snapshot: Snapshot): unknown {
  const entries = <T>(record: Readonly<Record<string, T>>, map: (value: T) => unknown) =>
    Object.keys(record)
      .sort()
      .map((key) => [key, map(record[key] as T)]);
  return {
    v: snapshot.v,
    userId: snapshot.userId,
    guides: entries(snapshot.guides, ({ items, ...rest }) =>
      items === undefined ? rest : { ...rest, items: entries(items, (at) => at) },
    ),
    events: entries(snapshot.events, (tally) => tally),
  };
}
