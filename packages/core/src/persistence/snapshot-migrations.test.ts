import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSnapshot } from './decode-snapshot';
import { migrateSnapshot, SNAPSHOT_MIGRATIONS } from './snapshot-migrations';
import { SNAPSHOT_VERSION } from './types';

const PRE_RELEASE = {
  userId: 'u1',
  dismissed: ['release-2026-11', 'tips'],
  completed: ['welcome', 'tips'],
  seen: { welcome: 1_767_225_600_000, 'release-2026-11': 3, never: 'x' },
};

describe('snapshot migrations', () => {
  it('form one ordered chain up to the current schema', () => {
    const steps = SNAPSHOT_MIGRATIONS.map(({ from, to }) => [from, to]);
    expect(steps).toStrictEqual(steps.map((_, i) => [i, i + 1]));
    expect(steps.at(-1)?.[1]).toBe(SNAPSHOT_VERSION);
  });

  it('bring the pre-release shape to v1 with every dismissal and completion', () => {
    const result = decodeSnapshot(JSON.stringify(PRE_RELEASE), { userId: 'u1' });
    expect(result).toMatchObject({ status: 'migrated', from: 0, issues: [] });
    if (result.status !== 'migrated') return;
    expect(result.snapshot).toStrictEqual({
      v: 1,
      userId: 'u1',
      guides: {
        'release-2026-11': {
          status: 'dismissed',
          version: 1,
          resetAt: 0,
          shows: 3,
          dismissedAt: 0,
        },
        tips: {
          status: 'dismissed',
          version: 1,
          resetAt: 0,
          shows: 1,
          completedAt: 0,
          dismissedAt: 0,
        },
        welcome: {
          status: 'completed',
          version: 1,
          resetAt: 0,
          shows: 1,
          lastShownAt: 1_767_225_600_000,
          completedAt: 0,
        },
        never: { status: 'idle', version: 1, resetAt: 0, shows: 0 },
      },
      events: {},
    });
  });

  it('do not touch their input', () => {
    const input = structuredClone(PRE_RELEASE);
    migrateSnapshot(input, 0, SNAPSHOT_VERSION);
    expect(input).toStrictEqual(PRE_RELEASE);
  });

  it('answer undefined when no chain leads to the target', () => {
    expect(migrateSnapshot({ v: 5 }, 5, 6)).toBeUndefined();
  });

  it('keep every dismissed and completed id of any pre-release state', () => {
    const ids = fc.uniqueArray(fc.string({ maxLength: 5 }), { maxLength: 6 });
    fc.assert(
      fc.property(
        ids,
        ids,
        fc.dictionary(fc.string(), fc.anything()),
        (dismissed, completed, seen) => {
          const result = decodeSnapshot({ userId: 'u1', dismissed, completed, seen });
          expect(result.status).toBe('migrated');
          if (result.status !== 'migrated') return;
          const guide = (id: string) =>
            Object.getOwnPropertyDescriptor(result.snapshot.guides, id)?.value;
          for (const id of dismissed) {
            expect(guide(id)).toMatchObject({ status: 'dismissed', dismissedAt: 0 });
          }
          for (const id of completed) expect(guide(id)).toHaveProperty('completedAt', 0);
        },
      ),
    );
  });
});
