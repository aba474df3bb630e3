import { describe, expect, it } from 'vitest';
import type { GuidepostEvent } from '../analytics/types';
import { defineGuidepost } from '../guides';
import { memoryAdapter } from '../persistence';
import { createGuidepost } from './create-guidepost';
import { createManualClock } from './manual-clock';

const START = Date.UTC(2026, 11, 1);

const definition = defineGuidepost({
  segments: { activated: { event: 'project_created', count: { gte: 1 } } },
  guides: {
    welcome: {
      kind: 'tour',
      audience: { not: { segment: 'activated' } },
      trigger: { event: 'signed_in' },
      steps: [
        { id: 'projects', target: 'sidebar-projects', title: 'Your projects' },
        { id: 'create', target: 'new-project', advanceOn: { event: 'project_created' } },
        { id: 'settings', target: 'settings', advanceOn: { route: '/settings' } },
      ],
    },
    billing: {
      kind: 'tooltip',
      target: 'billing',
      body: 'Your invoices',
      trigger: { route: '/settings/*' },
    },
    'getting-started': {
      kind: 'checklist',
      title: 'Get started',
      trigger: 'manual',
      items: [
        { id: 'tour', label: 'Take the tour', startGuide: 'welcome' },
        { id: 'invite', label: 'Invite', completeOn: { event: 'invite_sent' } },
      ],
    },
  },
});

function setup(route?: string) {
  const time = createManualClock(START);
  const events: GuidepostEvent[] = [];
  const engine = createGuidepost(definition, {
    user: { id: 'u1' },
    storage: memoryAdapter(),
    now: time.now,
    scheduler: time.scheduler,
    locks: null,
    onEvent: (event) => events.push(event),
    ...(route === undefined ? {} : { route }),
  });
  return { engine, events, time };
}

const names = (events: readonly GuidepostEvent[]) =>
  events.map((e) => `${e.name}:${e.guideId}${'stepId' in e && e.stepId ? `:${e.stepId}` : ''}`);

describe('event trigger', () => {
  it('starts the guide when its event is tracked, not before', () => {
    const { engine, events } = setup();
    expect(engine.getState().guides.welcome.open).toBe(false);
    expect(engine.explain('welcome').reasons).toEqual([
      { code: 'trigger', message: "waits for the event 'signed_in'" },
    ]);
    engine.track('signed_in');
    expect(engine.getState().guides.welcome).toMatchObject({ open: true, stepId: 'projects' });
    expect(names(events)).toEqual(['guide_shown:welcome', 'step_viewed:welcome:projects']);
  });

  it('advances a step on its event and on its route', () => {
    const { engine, events } = setup();
    engine.track('signed_in');
    engine.next();
    engine.track('project_created');
    expect(engine.getState().guides.welcome.stepId).toBe('settings');
    engine.setRoute('/settings');
    expect(engine.getState().guides.welcome).toMatchObject({ status: 'completed', open: false });
    expect(names(events.slice(2))).toEqual([
      'step_completed:welcome:projects',
      'step_viewed:welcome:create',
      'step_completed:welcome:create',
      'step_viewed:welcome:settings',
      'step_completed:welcome:settings',
      'guide_completed:welcome',
      'checklist_item_completed:getting-started',
      'guide_shown:billing',
    ]);
  });

  it('does not start a guide whose audience fails when the event comes', () => {
    const { engine } = setup();
    engine.track('project_created');
    engine.track('signed_in');
    expect(engine.getState().guides.welcome.open).toBe(false);
    expect(engine.explain('welcome').reasons.map((r) => r.code)).toEqual(['trigger', 'audience']);
  });
});

describe('route trigger', () => {
  it.each([
    ['/settings', true],
    ['/settings/billing', true],
    ['/projects', false],
  ])('on %s the hint shows: %s', (route, shown) => {
    const { engine } = setup();
    engine.setRoute(route);
    expect(engine.getState().guides.billing.open).toBe(shown);
    expect(engine.getState().route).toBe(route);
  });

  it('takes the initial route from the options', () => {
    expect(setup('/settings/billing').engine.getState().guides.billing.open).toBe(true);
  });
});

describe('manual start and checklists', () => {
  it('starts a manual guide only through start()', () => {
    const { engine } = setup();
    expect(engine.getState().guides['getting-started'].open).toBe(false);
    expect(engine.start('getting-started')).toBe(true);
    expect(engine.getState().guides['getting-started']).toMatchObject({ open: true, items: {} });
  });

  it('ticks items on their event and when the guide they start completes, then completes', () => {
    const { engine, events, time } = setup();
    engine.start('getting-started');
    time.advance(1_000);
    engine.track('invite_sent');
    expect(engine.getState().guides['getting-started'].items).toEqual({ invite: START + 1_000 });
    engine.start('welcome');
    engine.complete('welcome');
    expect(engine.getState().guides['getting-started']).toMatchObject({
      status: 'completed',
      open: false,
    });
    expect(names(events).filter((n) => n.includes('getting-started'))).toEqual([
      'guide_shown:getting-started',
      'checklist_item_completed:getting-started',
      'checklist_item_completed:getting-started',
      'guide_completed:getting-started',
    ]);
  });

  it('ignores an unknown item', () => {
    const { engine } = setup();
    engine.start('getting-started');
    const before = engine.getState();
    engine.completeItem('getting-started', 'nope' as 'invite');
    expect(engine.getState()).toBe(before);
  });
});

describe('forced start', () => {
  it('restarts a dismissed tour and takes the modal channel, the paused guide resuming after', () => {
    const both = defineGuidepost({
      guides: {
        news: { kind: 'announcement', title: 'News' },
        tour: { kind: 'tour', trigger: 'manual', steps: [{ id: 'a', title: 'A' }] },
      },
    });
    const time = createManualClock(START);
    const engine = createGuidepost(both, {
      storage: memoryAdapter(),
      now: time.now,
      scheduler: time.scheduler,
      locks: null,
    });
    expect(engine.getState().guides.news.open).toBe(true);
    expect(engine.start('tour')).toBe(false);
    expect(engine.explain('tour').reasons).toEqual([
      { code: 'channel', message: "waiting: 'news' holds the modal channel", guideId: 'news' },
    ]);
    expect(engine.start('tour', { force: true })).toBe(true);
    expect(engine.getState().guides.news.open).toBe(false);
    engine.dismiss('tour');
    expect(engine.getState().guides.news.open).toBe(true);
    expect(engine.start('tour', { force: true })).toBe(true);
    expect(engine.getState().guides.tour).toMatchObject({ status: 'active', shows: 1 });
  });
});
