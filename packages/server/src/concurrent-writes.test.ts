import { encodeSnapshot, mergeSnapshots } from '@guidepost/core';
import type { Snapshot } from '@guidepost/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedSnapshot } from './testing/network-client';
import { openServerUnderTest } from './testing/server-under-test';
import type { ServerUnderTest } from './testing/server-under-test';
import { dismissed, snapshotOf, snoozed } from './testing/snapshots';
import { testDatabaseKind } from './testing/test-database';

const DEVICES = 10;
const WRITES_PER_DEVICE = 20;
const GUIDES = ['welcome', 'renewal', 'tips', 'release-notes'] as const;
const USER = 'u-42';

let server: ServerUnderTest;
beforeAll(async () => {
  server = await openServerUnderTest();
});
afterAll(() => server.close());

/** One thing a user did on a device: each write sends the device's whole snapshot so far. */
const actionArb = fc.record({
  guide: fc.constantFrom(...GUIDES),
  kind: fc.constantFrom('dismiss', 'snooze', 'show'),
  at: fc.integer({ min: 1, max: 50 }),
  /** The write is sent twice with one idempotency key, as a retry after a lost response. */
  retried: fc.boolean(),
});

type Action = typeof actionArb extends fc.Arbitrary<infer A> ? A : never;

function applyAction(device: Snapshot, action: Action): Snapshot {
  const { guide, at } = action;
  const progress =
    action.kind === 'dismiss'
      ? dismissed(at)
      : action.kind === 'snooze'
        ? snoozed(at, at + 1_000)
        : { status: 'active' as const, statusAt: at, shows: 1, lastShownAt: at };
  return mergeSnapshots(device, snapshotOf(USER, { [guide]: progress }));
}

describe('10 devices × 20 concurrent writes of one user', () => {
  it('lose no dismissal, snooze or show: the stored snapshot is the merge of every write', async () => {
    const devicesArb = fc.array(
      fc.array(actionArb, { minLength: WRITES_PER_DEVICE, maxLength: WRITES_PER_DEVICE }),
      { minLength: DEVICES, maxLength: DEVICES },
    );
    await fc.assert(
      fc.asyncProperty(devicesArb, async (devices) => {
        await server.reset();
        const writes: { snapshot: Snapshot; key: string; retried: boolean }[] = [];
        devices.forEach((actions, d) => {
          let device = snapshotOf(USER);
          actions.forEach((action, w) => {
            device = applyAction(device, action);
            writes.push({ snapshot: device, key: `d${d}-w${w}`, retried: action.retried });
          });
        });
        const requests = writes.flatMap(({ snapshot, key, retried }) =>
          Array.from({ length: retried ? 2 : 1 }, () =>
            server.send('PUT', `/progress/${USER}`, {
              user: USER,
              body: snapshot,
              headers: { 'idempotency-key': key },
            }),
          ),
        );
        const responses = await Promise.all(requests);
        expect(responses.map((r) => r.status)).toEqual(responses.map(() => 200));

        const expected = writes.map((w) => w.snapshot).reduce(mergeSnapshots);
        const stored = await storedSnapshot(server, USER);
        expect(encodeSnapshot(stored)).toBe(encodeSnapshot(expected));
        for (const { snapshot } of writes) {
          for (const [id, progress] of Object.entries(snapshot.guides)) {
            if (progress.status === 'dismissed')
              expect(stored.guides[id]?.status).toBe('dismissed');
          }
        }
      }),
      // Each run is 200 to 400 requests; PGlite runs them one at a time.
      { numRuns: testDatabaseKind() === 'postgres' ? 6 : 3 },
    );
  }, 60_000);
});
