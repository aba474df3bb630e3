import { describe, expect, it } from 'vitest';
import type { GoalReachedEvent, GuidepostEvent } from '../../analytics/types';
import { defineGuidepost, GuidepostDefinitionError } from '../../guides';
import { memoryAdapter } from '../../persistence';
import type { StorageAdapter } from '../../persistence/types';
import { createGuidepost } from '../create-guidepost';
import { createManualClock } from '../manual-clock';

const START = Date.UTC(2026, 11, 1);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const experiment = defineGuidepost({
  guides: {
    welcome: {
      kind: 'tour',
      audience: { rollout: { percent: 50, salt: 'welcome-goal' } },
      goal: { event: 'project_created', within: '7d' },
      steps: [{ id: 'intro', title: 'Intro' }],
    },
  },
});

const plain = defineGuidepost({
  guides: {
    tip: {
      kind: 'tooltip',
      target: 'x',
      body: 'b',
      trigger: 'manual',
      version: 3,
      goal: { event: 'export_done', within: '1d' },
    },
  },
});

function run<D extends Parameters<typeof createGuidepost>[0]>(
  definition: D,
  userId: string,
  storage: StorageAdapter = memoryAdapter(),
) {
  const time = createManualClock(START);
  const events: GuidepostEvent[] = [];
  const engine = createGuidepost(definition, {
    user: { id: userId },
    storage,
    now: time.now,
    scheduler: time.scheduler,
    locks: null,
    onEvent: (event) => events.push(event),
  });
  const reached = () =>
    events.filter((event): event is GoalReachedEvent => event.name === 'goal_reached');
  return { engine, events, time, reached };
}

describe('guide goals', () => {
  it('records goal_reached for treatment and holdout users alike, with the variant, once', () => {
    const variants = new Set<string | undefined>();
    for (let user = 0; user < 30; user++) {
      const { engine, events, time, reached } = run(experiment, `user-${user}`);
      const exposure = events.find((event) => event.name === 'exposure');
      const variant = exposure?.name === 'exposure' ? exposure.variant : undefined;
      expect(variant).toBeDefined();
      expect(engine.getState().guides.welcome.open).toBe(variant === 'treatment');
      time.advance(2 * HOUR);
      engine.track('project_created');
      engine.track('project_created');
      expect(reached()).toEqual([
        expect.objectContaining({
          guideId: 'welcome',
          version: 1,
          goal: 'project_created',
          variant,
          elapsedMs: 2 * HOUR,
          userId: `user-${user}`,
        }),
      ]);
      variants.add(variant);
      engine.destroy();
    }
    expect(variants).toEqual(new Set(['treatment', 'holdout']));
  });

  it('does not count the event after the window, and explain says the goal expired', () => {
    const { engine, time, reached } = run(experiment, 'user-1');
    time.advance(7 * DAY);
    engine.track('project_created');
    expect(reached()).toEqual([]);
    expect(engine.explain('welcome').goal).toMatchObject({
      state: 'expired',
      deadline: START + 7 * DAY,
      message: expect.stringContaining(
        "expired at 2026-12-08T00:00:00.000Z without 'project_created'",
      ),
    });
  });

  it('starts the clock of a guide without a rollout at its first show, in its version', () => {
    const { engine, time, reached } = run(plain, 'u1');
    engine.track('export_done');
    expect(reached()).toEqual([]);
    expect(engine.explain('tip').goal).toMatchObject({ state: 'not_started' });

    time.advance(HOUR);
    engine.start('tip');
    expect(engine.explain('tip').goal).toMatchObject({
      state: 'running',
      start: 'shown',
      startedAt: START + HOUR,
    });
    time.advance(30 * 60_000);
    engine.track('export_done');
    const [event] = reached();
    expect(event).toMatchObject({ guideId: 'tip', version: 3, elapsedMs: 30 * 60_000 });
    expect(event).not.toHaveProperty('variant');
    expect(engine.explain('tip').goal).toMatchObject({
      state: 'reached',
      reachedAt: START + HOUR + 30 * 60_000,
      message: "goal 'export_done' within 1d: reached 0.5 h after its start (shown)",
    });
  });

  it('remembers a reached goal across a reload, so it is recorded once per user and version', () => {
    const storage = memoryAdapter();
    const first = run(experiment, 'user-3', storage);
    first.engine.track('project_created');
    expect(first.reached()).toHaveLength(1);
    first.engine.destroy();
    const second = run(experiment, 'user-3', storage);
    second.engine.track('project_created');
    expect(second.reached()).toEqual([]);
    expect(second.engine.explain('welcome').goal?.state).toBe('reached');
  });

  it('restarts the clock on reset: a show restarts at the next show, and may reach it again', () => {
    const { engine, time, reached } = run(plain, 'u1');
    engine.start('tip');
    time.advance(HOUR);
    engine.track('export_done');
    expect(reached()).toHaveLength(1);

    time.advance(3 * DAY);
    engine.reset('tip');
    expect(engine.explain('tip').goal).toMatchObject({ state: 'not_started' });
    engine.track('export_done');
    expect(reached()).toHaveLength(1);

    engine.start('tip');
    expect(engine.explain('tip').goal).toMatchObject({
      state: 'running',
      startedAt: START + HOUR + 3 * DAY,
    });
    time.advance(2 * HOUR);
    engine.track('export_done');
    expect(reached()).toHaveLength(2);
    expect(reached()[1]).toMatchObject({ guideId: 'tip', elapsedMs: 2 * HOUR });
  });

  it('restarts an exposure clock on reset at once, on the same rollout side', () => {
    const { engine, events, time, reached } = run(experiment, 'user-1');
    const exposure = events.find((event) => event.name === 'exposure');
    const variant = exposure?.name === 'exposure' ? exposure.variant : undefined;
    time.advance(8 * DAY);
    expect(engine.explain('welcome').goal?.state).toBe('expired');

    engine.reset('welcome');
    expect(engine.explain('welcome').goal).toMatchObject({
      state: 'running',
      start: variant,
      startedAt: START + 8 * DAY,
      deadline: START + 15 * DAY,
    });
    time.advance(DAY);
    engine.track('project_created');
    expect(reached()).toEqual([expect.objectContaining({ variant, elapsedMs: DAY })]);
  });

  it('leaves explain without a goal for a guide that declares none', () => {
    const none = defineGuidepost({ guides: { tip: { kind: 'tooltip', target: 'x', body: 'b' } } });
    expect(run(none, 'u1').engine.explain('tip')).not.toHaveProperty('goal');
  });
});

describe('goal validation', () => {
  it.each([
    [
      { event: 'x' },
      "guides.tip.goal.within: is required: how long after the start the event still counts, such as '7d'",
    ],
    [
      { within: '7d' },
      'guides.tip.goal.event: is required: the tracked event that reaches the goal',
    ],
    [
      { event: 'x', within: 'a week' },
      "guides.tip.goal.within: expected a duration such as '30m', '24h', '7d' or '2w'",
    ],
    [
      'project_created',
      "guides.tip.goal: expected { event, within } such as { event: 'project_created', within: '7d' }",
    ],
    [{ event: 'x', within: '7d', afte: 1 }, "guides.tip.goal.afte: unknown field 'afte'"],
  ])('rejects goal %j naming the guide and field', (goal, message) => {
    const input = { guides: { tip: { kind: 'tooltip', target: 'x', body: 'b', goal } } };
    expect(() => defineGuidepost(input as never)).toThrow(GuidepostDefinitionError);
    expect(() => defineGuidepost(input as never)).toThrow(message);
  });

  it('adds the goal event to the event names, typed like the others', () => {
    expect(experiment.events).toContain('project_created');
    const { engine } = run(experiment, 'u1');
    engine.track('project_created');
    // @ts-expect-error: an event the definition never mentions
    engine.track('project_craeted');
  });
});
