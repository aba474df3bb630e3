import { describe, expect, it, vi } from 'vitest';
import type { GuidepostEvent } from '../analytics/types';
import { defineGuidepost } from '../guides';
import { memoryAdapter } from '../persistence';
import { attributeRules } from '../targeting/rule-kinds';
import { createGuidepostEngine } from './create-guidepost';
import type { GuidepostEngineOptions } from './create-guidepost';
import { explanations } from './plugins/explanations';
import { goals } from './plugins/goals';
import { interruptionBudget } from './plugins/interruption-budget';
import { persistence } from './plugins/persistence';
import { timeBoundaries } from './plugins/time-boundaries';
import { createManualClock } from './manual-clock';

const START = Date.UTC(2026, 11, 1);
const HOUR = 3_600_000;

const definition = defineGuidepost({
  events: ['export_done'],
  guides: {
    welcome: { kind: 'tour', steps: [{ id: 'intro', title: 'Intro' }] },
    pro: { kind: 'tooltip', target: 'p', body: 'b', audience: { attr: 'plan', eq: 'pro' } },
    launch: {
      kind: 'announcement',
      title: 'New',
      body: 'b',
      schedule: { from: '2026-12-01T02:00:00Z' },
      goal: { event: 'export_done', within: '1d' },
    },
  },
});

function lean(options: GuidepostEngineOptions = {}) {
  const time = createManualClock(START);
  const events: GuidepostEvent[] = [];
  const onError = vi.fn();
  const engine = createGuidepostEngine(definition, {
    user: { id: 'u1', plan: 'free' },
    now: time.now,
    onEvent: (event) => events.push(event),
    onError,
    ...options,
  });
  return { engine, events, onError, time };
}

describe('createGuidepostEngine without plugins', () => {
  it('shows a tour with no audience at once, its progress kept in memory only', () => {
    const first = lean();
    expect(first.engine.getState().ready).toBe(true);
    expect(first.engine.getState().guides.welcome.open).toBe(true);
    first.engine.dismiss('welcome');
    expect(first.engine.getState().guides.welcome.status).toBe('dismissed');
    // A new engine (a reload) starts over: nothing was stored.
    expect(lean().engine.getState().guides.welcome.open).toBe(true);
  });

  it('skips a guide whose audience uses a rule kind it was not given, naming the import', () => {
    const { engine, events, onError } = lean();
    expect(engine.getState().guides.pro.open).toBe(false);
    expect(events).toContainEqual(
      expect.objectContaining({ name: 'guide_error', guideId: 'pro', code: 'invalid_definition' }),
    );
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({
        message: expect.stringContaining(
          "attr rules are not registered; add attributeRules from '@guidepost/core/targeting'",
        ) as string,
      }),
    );
  });

  it('evaluates an audience with the rule kinds it is given', () => {
    const { engine, events } = lean({
      ruleKinds: [attributeRules],
      user: { id: 'u1', plan: 'pro' },
    });
    expect(engine.getState().guides.pro.open).toBe(true);
    expect(events.some((event) => event.name === 'guide_error')).toBe(false);
  });

  it('notices a schedule opening at the next action, not on its own', () => {
    const { engine, time } = lean();
    engine.dismiss('welcome');
    time.advance(3 * HOUR);
    expect(engine.getState().guides.launch.open).toBe(false);
    engine.track('export_done');
    expect(engine.getState().guides.launch.open).toBe(true);
  });

  it('explains why a guide waits, with the audience in one line', () => {
    const { engine } = lean({ ruleKinds: [attributeRules] });
    expect(engine.explain('pro')).toEqual({
      eligible: false,
      reasons: [{ code: 'audience', message: 'the audience rule does not match this user' }],
    });
  });

  it('has no interruption budget and measures no goal', () => {
    const { engine, events, time } = lean();
    engine.dismiss('welcome');
    time.advance(3 * HOUR);
    engine.track('export_done');
    engine.dismiss('launch');
    engine.track('export_done');
    expect(engine.interruptionBudget()).toMatchObject({ perSession: Infinity, perDay: Infinity });
    expect(events.some((event) => event.name === 'goal_reached')).toBe(false);
    expect(engine.explain('launch')).not.toHaveProperty('goal');
  });
});

describe('createGuidepostEngine with plugins', () => {
  it('keeps progress in the storage of its persistence plugin', () => {
    const storage = memoryAdapter();
    lean({ plugins: [persistence(storage)] }).engine.dismiss('welcome');
    const reloaded = lean({ plugins: [persistence(storage)] }).engine;
    expect(reloaded.getState().guides.welcome).toMatchObject({ status: 'dismissed', open: false });
  });

  it('opens a scheduled guide on time with timeBoundaries', () => {
    const time = createManualClock(START);
    const engine = createGuidepostEngine(definition, {
      now: time.now,
      ruleKinds: [attributeRules],
      plugins: [timeBoundaries({ scheduler: time.scheduler })],
    });
    engine.dismiss('welcome');
    expect(time.pending()).toEqual([START + 2 * HOUR]);
    time.advance(2 * HOUR);
    expect(engine.getState().guides.launch.open).toBe(true);
  });

  it('explains an audience clause by clause with explanations()', () => {
    const { engine } = lean({ ruleKinds: [attributeRules], plugins: [explanations()] });
    expect(engine.explain('pro').reasons).toEqual([
      { code: 'audience', message: "audience: plan is 'free'; the rule wants 'pro'" },
    ]);
  });

  it('paces modal guides with interruptionBudget() and measures goals with goals()', () => {
    const { engine, events, time } = lean({
      plugins: [interruptionBudget({ perSession: 1 }), goals()],
    });
    expect(engine.interruptionBudget()).toMatchObject({ perSession: 1, sessionShows: 1 });
    engine.dismiss('welcome');
    time.advance(3 * HOUR);
    engine.track('export_done');
    // The tour spent the session's one interruption: the announcement waits.
    expect(engine.getState().guides.launch.open).toBe(false);
    expect(engine.explain('launch').reasons.map((reason) => reason.code)).toEqual(['pacing']);
    engine.start('launch');
    engine.track('export_done');
    expect(events.filter((event) => event.name === 'goal_reached')).toEqual([
      expect.objectContaining({ guideId: 'launch' }),
    ]);
  });
});
