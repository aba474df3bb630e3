import { describe, expect, it, vi } from 'vitest';
import type { GuidepostEvent } from '../analytics/types';
import { defineGuidepost } from '../guides';
import { memoryAdapter } from '../persistence';
import { attributeRules, eventRules, rolloutRules } from '../targeting/rule-kinds';
import { createGuidepostEngine } from './create-guidepost';
import { allGuideKinds, announcementKind, tooltipKind } from './kinds/guide-kinds';
import type { GuidepostEngineOptions } from './create-guidepost';
import { explanations } from './plugins/explanations';
import { goals } from './plugins/goals';
import { guideCenter } from './plugins/guide-center';
import { surveyAnswers } from './plugins/survey-answers';
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
    kinds: [tooltipKind, announcementKind],
    onEvent: (event) => events.push(event),
    onError,
    ...options,
  });
  return { engine, events, onError, time };
}

const companions = defineGuidepost({
  guides: {
    launch: { kind: 'announcement', title: 'New', trigger: 'manual', publishedAt: '2026-11-30' },
    nps: {
      kind: 'survey',
      trigger: 'manual',
      question: { type: 'nps', text: 'How likely are you to recommend us?' },
      saveAs: 'npsScore',
    },
    detractors: {
      kind: 'tooltip',
      target: 'help',
      body: 'Tell us more',
      audience: { attr: 'npsScore', lte: 6 },
    },
  },
});

function withCompanions(options: GuidepostEngineOptions = {}) {
  const events: GuidepostEvent[] = [];
  const onError = vi.fn();
  const engine = createGuidepostEngine(companions, {
    user: { id: 'u1' },
    now: () => START,
    ruleKinds: [attributeRules],
    kinds: allGuideKinds,
    onEvent: (event) => events.push(event),
    onError,
    ...options,
  });
  return { engine, events, onError };
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

  it('skips a guide whose audience is a function rule when it was given no rule kind', () => {
    const onError = vi.fn();
    const events: GuidepostEvent[] = [];
    const engine = createGuidepostEngine(
      defineGuidepost({
        guides: {
          tip: {
            kind: 'tooltip',
            target: 't',
            body: 'b',
            audience: ({ user }) => user.id === 'u1',
          },
          tour: { kind: 'tour', steps: [{ id: 'intro', title: 'Intro' }] },
        },
      }),
      {
        user: { id: 'u1' },
        kinds: [tooltipKind],
        onEvent: (event) => events.push(event),
        onError,
      },
    );
    expect(engine.getState().guides.tip.open).toBe(false);
    expect(engine.getState().guides.tour.open).toBe(true);
    expect(events).toContainEqual(
      expect.objectContaining({ name: 'guide_error', guideId: 'tip', code: 'invalid_definition' }),
    );
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({
        guideId: 'tip',
        message: expect.stringContaining(
          "add one to ruleKinds from '@guidepost/core/targeting'",
        ) as string,
      }),
    );
    // The same engine given a kind brings the compiler, and the function rule holds.
    const compiled = createGuidepostEngine(engine.definition, {
      user: { id: 'u1' },
      kinds: [tooltipKind],
      ruleKinds: [attributeRules],
    });
    expect(compiled.getState().guides.tip.open).toBe(true);
  });

  it('skips a guide of a kind it was not given, naming the export to add', () => {
    const { engine, events, onError } = lean({ kinds: [announcementKind] });
    expect(engine.getState().guides.welcome.open).toBe(true);
    expect(engine.getState().guides.pro.open).toBe(false);
    expect(events).toContainEqual(
      expect.objectContaining({ name: 'guide_error', guideId: 'pro', code: 'invalid_definition' }),
    );
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({
        guideId: 'pro',
        message:
          "guide 'pro' is a tooltip: add tooltipKind from '@guidepost/core/engine' to the engine's kinds",
      }),
    );
    expect(engine.settleHint('pro', 'complete')).toBe('closed');
    expect(engine.getState().guides.pro.status).toBe('idle');
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

  it('explains why a guide waits in one line naming the plugin that puts it in words', () => {
    const { engine } = lean({ ruleKinds: [attributeRules] });
    expect(engine.explain('pro')).toEqual({
      eligible: false,
      reasons: [
        {
          code: 'audience',
          message:
            "audience: add explanations() from '@guidepost/core/engine' to the plugins for the reasons",
        },
      ],
    });
    expect(engine.explain('welcome')).toEqual({ eligible: true, reasons: [] });
  });

  it('explains why a guide waits in words with explanations()', () => {
    const { engine } = lean({ ruleKinds: [attributeRules], plugins: [explanations()] });
    expect(engine.explain('launch').reasons).toEqual([
      {
        code: 'schedule',
        message: `scheduled from ${new Date(START + 2 * HOUR).toISOString()}`,
        until: START + 2 * HOUR,
      },
    ]);
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

describe('createGuidepostEngine without the guide center or survey answers', () => {
  it('has an empty guide center, and markRead changes nothing', () => {
    const { engine } = withCompanions();
    expect(engine.guideCenter()).toMatchObject({ news: [], tours: [], unread: 0 });
    const before = engine.getState();
    engine.markRead();
    expect(engine.getState()).toBe(before);
  });

  it('records no survey answer and reports the plugin that would', () => {
    const { engine, events, onError } = withCompanions();
    engine.start('nps', { force: true });
    expect(engine.answer('nps', 3)).toBe(false);
    expect(events.some((event) => event.name === 'survey_answered')).toBe(false);
    expect(engine.getState().guides.nps.status).toBe('active');
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({
        code: 'invalid_answer',
        message: expect.stringContaining('add surveyAnswers()') as string,
      }),
    );
  });
});

describe('createGuidepostEngine with plugins', () => {
  it('lists and marks read the news with guideCenter()', () => {
    const { engine } = withCompanions({ plugins: [guideCenter()] });
    expect(engine.guideCenter()).toMatchObject({
      news: [{ id: 'launch', unread: true }],
      unread: 1,
    });
    engine.markRead();
    expect(engine.guideCenter()).toMatchObject({
      news: [{ id: 'launch', unread: false }],
      unread: 0,
    });
  });

  it('records answers and reads the ones kept as attributes with surveyAnswers()', () => {
    const { engine, events } = withCompanions({ plugins: [surveyAnswers()] });
    expect(engine.getState().guides.detractors.open).toBe(false);
    engine.start('nps', { force: true });
    expect(engine.answer('nps', 3)).toBe(true);
    expect(events).toContainEqual(
      expect.objectContaining({ name: 'survey_answered', guideId: 'nps', answer: 3 }),
    );
    expect(engine.getState().guides.nps.status).toBe('completed');
    // The answer is now the user's `npsScore`: the detractors' tooltip opens.
    expect(engine.getState().guides.detractors.open).toBe(true);
  });

  it('keeps the tracked events its event rules count within a window when given eventRules', () => {
    const definition = defineGuidepost({
      guides: {
        power: {
          kind: 'tooltip',
          target: 'export',
          body: 'Export them all at once',
          audience: { event: 'export_done', count: { gte: 3 }, within: '1d' },
        },
      },
    });
    const engine = createGuidepostEngine(definition, {
      user: { id: 'u1' },
      ruleKinds: [eventRules],
      kinds: allGuideKinds,
    });
    engine.track('export_done');
    engine.track('export_done');
    expect(engine.getState().guides.power.open).toBe(false);
    engine.track('export_done');
    expect(engine.getState().guides.power.open).toBe(true);
  });

  it('reports exposures of a rollout when given rolloutRules', () => {
    const definition = defineGuidepost({
      guides: {
        beta: {
          kind: 'tooltip',
          target: 'export',
          body: 'Try the new export',
          audience: { rollout: { percent: 50, salt: 'export' } },
        },
      },
    });
    const exposures = (ruleKinds: NonNullable<GuidepostEngineOptions['ruleKinds']>) => {
      const events: GuidepostEvent[] = [];
      for (const id of ['u1', 'u2', 'u3', 'u4', 'u5', 'u6']) {
        createGuidepostEngine(definition, {
          user: { id },
          ruleKinds,
          kinds: [tooltipKind],
          onEvent: (event) => events.push(event),
          onError: () => undefined,
        });
      }
      return events.filter((event) => event.name === 'exposure');
    };
    expect(exposures([rolloutRules])).toHaveLength(6);
    expect(exposures([])).toEqual([]);
  });

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
      kinds: allGuideKinds,
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
