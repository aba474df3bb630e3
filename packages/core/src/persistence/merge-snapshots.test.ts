import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareEpochs } from './compare-epochs';
import { mergeSnapshots } from './merge-snapshots';
import { getOwn } from './own-record';
import { canonical, narrow, snapshotArb, wide } from './testing/snapshot-arbitraries';
import type { Snapshot } from './types';

const pair = fc.tuple(snapshotArb(narrow, 'u'), snapshotArb(narrow, 'u'));
const triple = fc.tuple(
  snapshotArb(narrow, 'u'),
  snapshotArb(narrow, 'u'),
  snapshotArb(narrow, 'u'),
);
const same = (a: Snapshot, b: Snapshot): void => {
  expect(canonical(a)).toStrictEqual(canonical(b));
};

/** Every guide of `a` and of `b`, each with what their merge holds for it. */
const guidesOfBoth = (a: Snapshot, b: Snapshot) => {
  const merged = mergeSnapshots(a, b);
  return [a, b].flatMap((side) =>
    Object.entries(side.guides).map(([id, before]) => ({
      before,
      after: getOwn(merged.guides, id),
    })),
  );
};

describe('mergeSnapshots', () => {
  it('is commutative', () => {
    fc.assert(fc.property(pair, ([a, b]) => same(mergeSnapshots(a, b), mergeSnapshots(b, a))));
  });

  it('is associative', () => {
    fc.assert(
      fc.property(triple, ([a, b, c]) =>
        same(mergeSnapshots(mergeSnapshots(a, b), c), mergeSnapshots(a, mergeSnapshots(b, c))),
      ),
    );
  });

  it('is idempotent, and hands back the same object', () => {
    fc.assert(
      fc.property(snapshotArb(wide), (a) => {
        expect(mergeSnapshots(a, a)).toBe(a);
        expect(mergeSnapshots(a, structuredClone(a))).toBe(a);
      }),
    );
  });

  it('absorbs what it merged: merging either side again changes nothing', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const merged = mergeSnapshots(a, b);
        expect(mergeSnapshots(merged, a)).toBe(merged);
        expect(mergeSnapshots(merged, b)).toBe(merged);
      }),
    );
  });

  it('never turns a dismissal or completion back within an epoch', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        for (const { before, after } of guidesOfBoth(a, b)) {
          expect(after).toBeDefined();
          if (after === undefined || compareEpochs(after, before) !== 0) {
            expect(after && compareEpochs(after, before)).toBeGreaterThan(0);
            continue;
          }
          if (before.status === 'dismissed') expect(after.status).toBe('dismissed');
          if (before.status === 'completed') {
            expect(['completed', 'dismissed']).toContain(after.status);
          }
          if (before.dismissedAt !== undefined) expect(after.dismissedAt).toBeDefined();
          if (before.completedAt !== undefined) expect(after.completedAt).toBeDefined();
          expect(after.shows).toBeGreaterThanOrEqual(before.shows);
        }
      }),
    );
  });

  it('keeps a show closed for now closed against any older show, and keeps when it closed', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        for (const { before, after } of guidesOfBoth(a, b)) {
          if (after === undefined || compareEpochs(after, before) !== 0) continue;
          if (before.closedAt !== undefined)
            expect(after.closedAt).toBeGreaterThanOrEqual(before.closedAt);
          const closed = before.status === 'idle' && before.statusAt !== undefined;
          // Completed and dismissed outrank a close whenever they happened.
          const terminal = after.status === 'completed' || after.status === 'dismissed';
          if (!closed || after.status === 'idle' || terminal) continue;
          expect(after.statusAt ?? -Infinity).toBeGreaterThanOrEqual(before.statusAt ?? 0);
        }
      }),
    );
  });

  it('keeps every event count and its latest timestamps', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const merged = mergeSnapshots(a, b);
        for (const side of [a, b]) {
          for (const [name, tally] of Object.entries(side.events)) {
            const after = getOwn(merged.events, name);
            expect(after?.count).toBeGreaterThanOrEqual(tally.count);
            expect(after?.recent).toStrictEqual(expect.arrayContaining([...tally.recent]));
          }
        }
      }),
    );
  });
});
