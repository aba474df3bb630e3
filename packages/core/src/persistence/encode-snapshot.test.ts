import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSnapshot } from './decode-snapshot';
import { encodeSnapshot } from './encode-snapshot';
import { mergeSnapshots } from './merge-snapshots';
import { canonical, snapshotArb, wide } from './testing/snapshot-arbitraries';
import type { Snapshot } from './types';

describe('encodeSnapshot', () => {
  it('reads back exactly what it wrote, for any valid snapshot', () => {
    fc.assert(
      fc.property(snapshotArb(wide), (snapshot) => {
        const decoded = decodeSnapshot(encodeSnapshot(snapshot));
        expect(decoded.status).toBe('ok');
        if (decoded.status !== 'ok') return;
        expect(decoded.issues).toStrictEqual([]);
        expect(canonical(decoded.snapshot)).toStrictEqual(canonical(snapshot));
      }),
    );
  });

  it('writes the same string for the same facts, whatever order they were merged in', () => {
    fc.assert(
      fc.property(snapshotArb(wide, 'u'), snapshotArb(wide, 'u'), (a, b) => {
        expect(encodeSnapshot(mergeSnapshots(a, b))).toBe(encodeSnapshot(mergeSnapshots(b, a)));
      }),
    );
  });

  it('leaves defaults and absent facts out of the payload', () => {
    const snapshot: Snapshot = {
      v: 1,
      userId: 'u1',
      guides: {
        welcome: { status: 'dismissed', version: 1, resetAt: 0, shows: 1, dismissedAt: 1700 },
        tips: { status: 'idle', version: 2, resetAt: 0, shows: 0 },
      },
      events: { saved: { count: 3, recent: [] } },
    };
    expect(encodeSnapshot(snapshot)).toBe(
      '{"v":1,"userId":"u1","guides":{"tips":{"status":"idle","version":2},' +
        '"welcome":{"status":"dismissed","shows":1,"dismissedAt":1700}},"events":{"saved":{"count":3}}}',
    );
  });

  it('keeps 50 dismissed announcements and 20 tracked events under 7 kB', () => {
    const at = 1_767_225_600_000;
    const guides = Object.fromEntries(
      Array.from({ length: 50 }, (_, i) => [
        `announcement-${i}`,
        { status: 'dismissed', version: 1, resetAt: 0, shows: 1, lastShownAt: at, dismissedAt: at },
      ]),
    ) as Snapshot['guides'];
    const events = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [
        `event-${i}`,
        { count: 40, recent: [at, at + 1, at + 2] },
      ]),
    );
    const encoded = encodeSnapshot({ v: 1, userId: 'user-42', guides, events });
    expect(encoded.length).toBeLessThan(7_000);
  });
});
