import { describe, expect, it } from 'vitest';
import type { GuidepostEvent } from '../analytics/types';
import { defineGuidepost } from '../guides';
import { emptySnapshot, memoryAdapter } from '../persistence';
import type { GuideProgress, StorageAdapter } from '../persistence/types';
import { createGuidepost } from './create-guidepost';
import { recordEngine } from './testing/record-engine';

const START = Date.UTC(2026, 11, 1);

function run<D extends Parameters<typeof createGuidepost>[0]>(
  definition: D,
  storage: StorageAdapter = memoryAdapter(),
  user: { id?: string } = { id: 'u1' },
) {
  return recordEngine(definition, { start: START, user, storage });
}

const tour = defineGuidepost({
  guides: {
    welcome: {
      kind: 'tour',
      steps: [
        { id: 'intro', title: 'Intro' },
        { id: 'create', title: 'Create' },
      ],
    },
  },
});

function storedAt(progress: Partial<GuideProgress>): StorageAdapter {
  return memoryAdapter([
    {
      ...emptySnapshot('u1'),
      guides: { welcome: { status: 'active', version: 1, resetAt: 0, shows: 1, ...progress } },
    },
  ]);
}

describe('edited step lists', () => {
  it.each([
    ['resumes by id when the step moved', { stepId: 'create', stepIndex: 3 }, 1, 'create'],
    ['clamps a removed step past the end', { stepId: 'share', stepIndex: 5 }, 1, 'create'],
    [
      'keeps the index of a removed step still in range',
      { stepId: 'old', stepIndex: 0 },
      0,
      'intro',
    ],
  ])('%s', (_, progress, stepIndex, stepId) => {
    const { engine, events } = run(tour, storedAt(progress));
    expect(engine.getState().guides.welcome).toMatchObject({
      open: true,
      stepIndex,
      stepId,
      stepCount: 2,
      shows: 1,
    });
    expect(events.map((e) => e.name)).toEqual(['step_viewed']);
  });
});

describe('steps', () => {
  it('moves forward and back with step events that name the step', () => {
    const { engine, events, time } = run(tour);
    time.advance(5);
    engine.next();
    engine.back();
    engine.back();
    engine.goTo('welcome', 'create');
    engine.next('welcome');
    expect(engine.getState().guides.welcome).toMatchObject({ status: 'completed', open: false });
    expect(events.map((e) => [e.name, 'stepId' in e ? e.stepId : undefined])).toEqual([
      ['guide_shown', undefined],
      ['step_viewed', 'intro'],
      ['step_completed', 'intro'],
      ['step_viewed', 'create'],
      ['step_viewed', 'intro'],
      ['step_viewed', 'create'],
      ['step_completed', 'create'],
      ['guide_completed', undefined],
    ]);
    expect(events[2]).toEqual({
      name: 'step_completed',
      guideId: 'welcome',
      version: 1,
      tier: 'tech',
      userId: 'u1',
      timestamp: START + 5,
      stepId: 'intro',
      stepIndex: 0,
    });
  });

  it('names the step a tour was dismissed on', () => {
    const { engine, events } = run(tour);
    engine.next();
    engine.dismiss('welcome');
    expect(events.at(-1)).toMatchObject({ name: 'guide_dismissed', stepId: 'create' });
  });

  it('gives an anonymous user no user id in events and stores under anonymous', () => {
    const storage = memoryAdapter();
    const { events } = run(tour, storage, {});
    expect(events[0]).toMatchObject({ userId: undefined });
    expect(storage.load('anonymous', { onError: () => undefined })?.guides.welcome?.shows).toBe(1);
  });
});

describe('state identity', () => {
  it('keeps the view of every guide that did not change', () => {
    const { engine } = run(
      defineGuidepost({
        guides: {
          a: { kind: 'tooltip', target: 'a', body: 'a' },
          b: { kind: 'tooltip', target: 'b', body: 'b' },
        },
      }),
    );
    const before = engine.getState();
    engine.dismiss('a');
    const after = engine.getState();
    expect(after.guides.a).not.toBe(before.guides.a);
    expect(after.guides.b).toBe(before.guides.b);
  });

  it('does not notify subscribers when nothing changed', () => {
    const { engine } = run(tour);
    let calls = 0;
    engine.subscribe(() => {
      calls += 1;
    });
    engine.back();
    engine.complete('welcome');
    engine.complete('welcome');
    expect(calls).toBe(1);
  });
});

describe('exposure', () => {
  const experiment = defineGuidepost({
    segments: { pro: { attr: 'plan', eq: 'pro' } },
    guides: {
      'export-v2': {
        kind: 'announcement',
        title: 'Export',
        audience: { all: [{ segment: 'pro' }, { rollout: { percent: 50, salt: 'export-v2' } }] },
      },
    },
  });

  const exposures = (events: readonly GuidepostEvent[]) =>
    events.filter((e) => e.name === 'exposure');

  it('is emitted once per user and version, with the variant, when the rest of the audience holds', () => {
    const seen = new Map<string, string>();
    for (let user = 0; user < 40; user++) {
      const storage = memoryAdapter();
      const id = `user-${user}`;
      const first = run(experiment, storage, { id });
      expect(exposures(first.events)).toEqual([]);
      first.engine.identify({ id, plan: 'pro' });
      const [exposure] = exposures(first.events);
      expect(exposures(first.events)).toHaveLength(1);
      const shown = first.engine.getState().guides['export-v2'].open;
      expect(exposure).toMatchObject({
        guideId: 'export-v2',
        userId: id,
        variant: shown ? 'treatment' : 'holdout',
      });
      seen.set(id, exposure && 'variant' in exposure ? exposure.variant : '');
      first.engine.destroy();
      const again = createGuidepost(experiment, {
        user: { id, plan: 'pro' },
        storage,
        locks: null,
      });
      expect(again.getState().guides['export-v2'].open).toBe(shown);
      again.destroy();
    }
    expect(new Set(seen.values())).toEqual(new Set(['treatment', 'holdout']));
  });
});

describe('event retention', () => {
  it('keeps only as many timestamps as the rules can ask for', () => {
    const { engine, time } = run(
      defineGuidepost({
        segments: { busy: { event: 'export', count: { gte: 3 }, within: '1h' } },
        guides: {
          hint: { kind: 'tooltip', target: 'x', body: 'b', audience: { segment: 'busy' } },
        },
      }),
    );
    for (let i = 0; i < 50; i++) {
      engine.track('export');
      time.advance(1_000);
    }
    expect(engine.getState().snapshot.events.export).toMatchObject({ count: 50 });
    expect(engine.getState().snapshot.events.export?.recent).toHaveLength(4);
    expect(engine.getState().guides.hint.open).toBe(true);
  });

  it('closes an audience window through the scheduler when the count drops', () => {
    const { engine, time } = run(
      defineGuidepost({
        events: ['export'],
        guides: {
          hint: {
            kind: 'tooltip',
            target: 'x',
            body: 'b',
            frequency: { maxShows: 5 },
            audience: { not: { event: 'export', within: '1h' } },
          },
        },
      }),
    );
    engine.snooze('hint', '1m');
    engine.track('export');
    time.advance(60_000);
    expect(engine.getState().guides.hint.open).toBe(false);
    expect(time.pending()).toEqual([START + 3_600_000]);
    time.advance(3_600_000 - 60_000);
    expect(engine.getState().guides.hint).toMatchObject({ open: true, shows: 2 });
  });
});
