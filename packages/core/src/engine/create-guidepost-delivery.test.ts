import { describe, expect, it } from 'vitest';
import type { GuidepostEvent } from '../analytics/types';
import { defineGuidepost } from '../guides';
import { memoryAdapter } from '../persistence';
import type { StorageAdapter } from '../persistence/types';
import { createGuidepost } from './create-guidepost';
import type { InterruptionBudget } from './pacing/interruption-budget';
import { createManualClock } from './manual-clock';
import type { Guidepost } from './model/types';

const START = Date.UTC(2026, 11, 1);
const HOUR = 3_600_000;

const definition = defineGuidepost({
  guides: {
    tips: { kind: 'tour', priority: 1, steps: [{ id: 'intro', title: 'Tips' }] },
    release: { kind: 'announcement', title: 'Release', priority: 5, version: 1 },
    hint: { kind: 'tooltip', target: 'export', body: 'Export here' },
  },
});

function setup(
  options: { storage?: StorageAdapter; at?: number; interruptions?: InterruptionBudget } = {},
) {
  const time = createManualClock(options.at ?? START);
  const events: GuidepostEvent[] = [];
  const storage = options.storage ?? memoryAdapter();
  const make = <D extends Parameters<typeof createGuidepost>[0]>(d: D) =>
    createGuidepost(d, {
      user: { id: 'u1' },
      storage,
      now: time.now,
      scheduler: time.scheduler,
      locks: null,
      onEvent: (event) => events.push(event),
      onError: () => undefined,
      ...(options.interruptions === undefined ? {} : { interruptions: options.interruptions }),
    });
  return { time, events, storage, make };
}

function openIds(engine: Guidepost): string[] {
  return Object.values(engine.getState().guides)
    .filter((guide) => guide.open)
    .map((guide) => guide.id);
}

describe('modal queue', () => {
  it('shows a tour and an announcement one at a time, higher priority first', () => {
    const { make, time } = setup();
    const engine = make(definition);
    expect(engine.eligible()).toEqual(['release', 'hint']);
    expect(openIds(engine)).toEqual(['release', 'hint']);
    expect(engine.explain('tips')).toMatchObject({
      eligible: false,
      reasons: [{ code: 'channel', guideId: 'release' }],
    });
    engine.dismiss('release');
    expect(engine.getState().guides.release.status).toBe('dismissed');
    // The interruption budget's gap: the next pop-up waits a few minutes after one closes.
    expect(openIds(engine)).toEqual(['hint']);
    time.advance(3 * 60_000);
    expect(openIds(engine)).toEqual(['tips', 'hint']);
  });

  it('emits guide_shown for each show, with version, tier, user and time', () => {
    const { make, events } = setup();
    make(definition);
    expect(events.filter((e) => e.name === 'guide_shown')).toEqual([
      {
        name: 'guide_shown',
        guideId: 'release',
        version: 1,
        tier: 'tech',
        userId: 'u1',
        timestamp: START,
      },
      {
        name: 'guide_shown',
        guideId: 'hint',
        version: 1,
        tier: 'tech',
        userId: 'u1',
        timestamp: START,
      },
    ]);
  });
});

describe('dismissal and versions', () => {
  it('never shows a dismissed announcement again to a re-created engine on the same storage', () => {
    const storage = memoryAdapter();
    const first = setup({ storage }).make(definition);
    first.dismiss('release');
    first.destroy();
    const second = setup({ storage });
    const engine = second.make(definition);
    expect(engine.getState().guides.release).toMatchObject({ status: 'dismissed', open: false });
    expect(second.events.some((e) => e.name === 'guide_shown' && e.guideId === 'release')).toBe(
      false,
    );
  });

  it('shows version 2 again to users who dismissed version 1', () => {
    const storage = memoryAdapter();
    setup({ storage }).make(definition).dismiss('release');
    const v2 = defineGuidepost({
      guides: { release: { kind: 'announcement', title: 'Release', version: 2 } },
    });
    const { make, events } = setup({ storage });
    const engine = make(v2);
    expect(engine.getState().guides.release).toMatchObject({
      open: true,
      status: 'active',
      version: 2,
      shows: 1,
    });
    expect(events).toContainEqual(
      expect.objectContaining({ name: 'guide_shown', guideId: 'release', version: 2 }),
    );
  });
});

describe('frequency', () => {
  const nagging = defineGuidepost({
    guides: {
      upgrade: {
        kind: 'announcement',
        title: 'Upgrade',
        frequency: { maxShows: 2, cooldown: '1h' },
      },
    },
  });

  it('waits for the cooldown and stops at maxShows', () => {
    const { make, time } = setup();
    const engine = make(nagging);
    expect(engine.getState().guides.upgrade).toMatchObject({ open: true, shows: 1 });
    engine.snooze('upgrade', '10m');
    time.advance(10 * 60_000);
    expect(engine.getState().guides.upgrade.open).toBe(false);
    expect(engine.explain('upgrade').reasons.map((r) => r.code)).toEqual(['cooldown']);
    time.advance(50 * 60_000 - 1);
    expect(engine.getState().guides.upgrade.open).toBe(false);
    time.advance(1);
    expect(engine.getState().guides.upgrade).toMatchObject({ open: true, shows: 2 });
    engine.snooze('upgrade', '1m');
    time.advance(2 * HOUR);
    expect(engine.getState().guides.upgrade.open).toBe(false);
    expect(engine.explain('upgrade').reasons.map((r) => r.code)).toEqual(['frequency']);
  });
});

describe('schedule', () => {
  const from = Date.UTC(2026, 11, 1);
  const until = Date.UTC(2027, 0, 15);
  const scheduled = defineGuidepost({
    guides: {
      release: {
        kind: 'announcement',
        title: 'Release',
        schedule: { from: '2026-12-01', until: '2027-01-15' },
      },
    },
  });

  it.each([
    ['one ms before from', from - 1, false],
    ['exactly at from', from, true],
    ['one ms before until', until - 1, true],
    ['exactly at until', until, false],
  ])('%s: shown %s', (_, at, shown) => {
    const engine = setup({ at }).make(scheduled);
    expect(engine.getState().guides.release.open).toBe(shown);
  });

  it('opens at `from` through the scheduler, to the millisecond', () => {
    const { make, time } = setup({ at: from - HOUR });
    const engine = make(scheduled);
    expect(time.pending()).toEqual([from]);
    time.advance(HOUR - 1);
    expect(engine.getState().guides.release.open).toBe(false);
    time.advance(1);
    expect(engine.getState().guides.release.open).toBe(true);
  });
});

describe('snooze', () => {
  it('shows again when the snooze ends, through one timer and no polling', () => {
    const { make, time, events } = setup({ interruptions: { gap: 0 } });
    const engine = make(
      defineGuidepost({ guides: { release: { kind: 'announcement', title: 'R' } } }),
    );
    engine.snooze('release', { until: START + 2 * HOUR });
    expect(engine.getState().guides.release).toMatchObject({ open: false, status: 'snoozed' });
    expect(time.pending()).toEqual([START + 2 * HOUR]);
    expect(events).toContainEqual(
      expect.objectContaining({ name: 'guide_snoozed', until: START + 2 * HOUR }),
    );
    time.advance(2 * HOUR - 1);
    expect(engine.getState().guides.release.open).toBe(false);
    time.advance(1);
    expect(engine.getState().guides.release).toMatchObject({
      open: true,
      status: 'active',
      shows: 2,
    });
    expect(time.pending()).toEqual([]);
  });
});
