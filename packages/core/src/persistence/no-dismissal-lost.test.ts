import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareEpochs } from './compare-epochs';
import type { GuideEpoch } from './compare-epochs';
import { decodeSnapshot } from './decode-snapshot';
import { emptyProgress, emptySnapshot } from './empty-snapshot';
import { recordEvent } from './event-tally';
import { localStorageAdapter } from './local-storage-adapter';
import { mergeSnapshots } from './merge-snapshots';
import { getOwn } from './own-record';
import { resetProgress } from './reset-progress';
import { FakeStorage } from './testing/fake-storage';
import type { GuideProgress, Snapshot, SyncStorageAdapter } from './types';

const GUIDES = ['welcome', 'release', 'tips'] as const;
const KINDS = [
  'show',
  'step',
  'dismiss',
  'close',
  'complete',
  'snooze',
  'track',
  'reset',
  'upgrade',
  'write',
  'read',
] as const;
type Kind = (typeof KINDS)[number];
interface Dismissal extends GuideEpoch {
  readonly guide: string;
}

const actionArb = fc.record({
  tab: fc.constantFrom<0 | 1>(0, 1),
  kind: fc.constantFrom(...KINDS),
  guide: fc.constantFrom(...GUIDES),
});

const isTerminal = (p: GuideProgress) => p.status === 'completed' || p.status === 'dismissed';

/** What a tab's engine does to its own copy, reduced to the facts persistence sees. */
function act(local: Snapshot, kind: Kind, guide: string, now: number): Snapshot {
  const p = getOwn(local.guides, guide) ?? emptyProgress();
  let next: GuideProgress = p;
  switch (kind) {
    case 'show':
      if (!isTerminal(p)) {
        next = { ...p, status: 'active', statusAt: now, shows: p.shows + 1, lastShownAt: now };
      }
      break;
    case 'step':
      next = { ...p, stepId: `s${now % 3}`, stepIndex: now % 3, stepAt: now };
      break;
    case 'dismiss':
      next = { ...p, status: 'dismissed', statusAt: now, dismissedAt: now };
      break;
    case 'close':
      if (p.status === 'active') next = { ...p, status: 'idle', statusAt: now, closedAt: now };
      break;
    case 'complete':
      next = {
        ...p,
        ...(p.status === 'dismissed' ? {} : { status: 'completed', statusAt: now }),
        completedAt: now,
      };
      break;
    case 'snooze':
      if (!isTerminal(p)) next = { ...p, status: 'snoozed', statusAt: now, snoozedUntil: now + 50 };
      break;
    case 'reset':
      next = resetProgress(p, now);
      break;
    case 'upgrade':
      next = emptyProgress(p.version + 1);
      break;
    case 'track': {
      const tally = recordEvent(getOwn(local.events, guide), now, { windowMs: 100, limit: 4 });
      return { ...local, events: { ...local.events, [guide]: tally } };
    }
    default:
      return local;
  }
  return { ...local, guides: { ...local.guides, [guide]: next } };
}

/** A dismissal survives unless a later epoch replaced it. */
function keeps(snapshot: Snapshot | undefined, dismissal: Dismissal): boolean {
  const entry = snapshot && getOwn(snapshot.guides, dismissal.guide);
  if (entry === undefined) return false;
  const epoch = compareEpochs(entry, dismissal);
  if (epoch !== 0) return epoch > 0;
  return entry.status === 'dismissed' && entry.dismissedAt !== undefined;
}

function dismissalsIn(snapshot: Snapshot): Dismissal[] {
  return Object.entries(snapshot.guides)
    .filter(([, p]) => p.status === 'dismissed')
    .map(([guide, p]) => ({ guide, version: p.version, resetAt: p.resetAt }));
}

describe('two tabs sharing one store', () => {
  it('never lose a dismissal, whatever the interleaving and clock skew', () => {
    const skews = fc.tuple(fc.integer({ min: -40, max: 40 }), fc.integer({ min: -40, max: 40 }));
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 60 }), skews, (actions, skew) => {
        const storage = new FakeStorage();
        const context = { onError: () => {} };
        const adapters: [SyncStorageAdapter, SyncStorageAdapter] = [
          localStorageAdapter({ getStorage: () => storage }),
          localStorageAdapter({ getStorage: () => storage }),
        ];
        const locals: [Snapshot, Snapshot] = [emptySnapshot('u1'), emptySnapshot('u1')];
        const made: Dismissal[] = [];
        const written: Dismissal[] = [];
        const stored = (): Snapshot | undefined => {
          const result = decodeSnapshot(storage.getItem('guidepost:u1'), { userId: 'u1' });
          return result.status === 'ok' ? result.snapshot : undefined;
        };
        const write = (tab: 0 | 1) => {
          adapters[tab].save('u1', locals[tab], context);
          written.push(...dismissalsIn(locals[tab]));
        };
        const read = (tab: 0 | 1) => {
          const loaded = adapters[tab].load('u1', context);
          if (loaded) locals[tab] = mergeSnapshots(locals[tab], loaded);
        };

        actions.forEach(({ tab, kind, guide }, i) => {
          const now = 1_000 + i * 10 + skew[tab];
          if (kind === 'write') write(tab);
          else if (kind === 'read') read(tab);
          else locals[tab] = act(locals[tab], kind, guide, now);
          if (kind === 'dismiss') made.push(...dismissalsIn(locals[tab]));
          for (const dismissal of written) expect(keeps(stored(), dismissal)).toBe(true);
        });

        write(0);
        write(1);
        read(0);
        read(1);
        for (const dismissal of made) {
          expect(keeps(stored(), dismissal)).toBe(true);
          expect(keeps(locals[0], dismissal)).toBe(true);
          expect(keeps(locals[1], dismissal)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
