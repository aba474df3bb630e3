import { describe, expect, it } from 'vitest';
import type { GuidepostEvent } from '../../analytics/types';
import type { GuidepostError } from '../../errors/guidepost-error';
import { defineGuidepost } from '../../guides';
import { memoryAdapter } from '../../persistence';
import { createGuidepost } from '../create-guidepost';
import { createManualClock } from '../manual-clock';

const START = Date.UTC(2026, 11, 1);
const DAY = 86_400_000;

const definition = defineGuidepost({
  segments: { fresh: { daysSince: 'signedUpAt', lte: 2 } },
  guides: {
    welcome: {
      kind: 'tour',
      trigger: 'manual',
      steps: [
        { id: 'intro', target: 'intro', title: 'Hello' },
        { id: 'list', target: 'todo-list', title: 'Your todos' },
        { id: 'filters', target: 'filters', title: 'Filter them' },
      ],
    },
    centred: {
      kind: 'tour',
      trigger: 'manual',
      steps: [
        { id: 'one', target: 'one', title: 'One', onMissing: 'center' },
        { id: 'two', target: 'two', title: 'Two', onMissing: 'end' },
      ],
    },
    hint: { kind: 'tooltip', target: 'export', body: 'Export here', beacon: true },
    hotspot: {
      kind: 'tooltip',
      target: 'share',
      body: 'Share',
      beacon: true,
      frequency: { maxShows: 2 },
    },
    start: {
      kind: 'checklist',
      title: 'Get started',
      items: [
        { id: 'docs', label: 'Read the docs', href: '/docs' },
        { id: 'invite', label: 'Invite', href: '/invite', completeOn: { event: 'invited' } },
      ],
    },
  },
  events: ['invited'],
});

function setup() {
  const time = createManualClock(START);
  const events: GuidepostEvent[] = [];
  const errors: GuidepostError[] = [];
  const engine = createGuidepost(definition, {
    user: { id: 'u1', signedUpAt: START - DAY },
    storage: memoryAdapter(),
    locks: null,
    now: time.now,
    scheduler: time.scheduler,
    onEvent: (event) => events.push(event),
    onError: (error) => errors.push(error),
    interruptions: { gap: 0 },
  });
  const names = () =>
    events
      .filter((event) => event.name !== 'guide_shown' || event.guideId !== 'start')
      .map((event) => ('stepId' in event ? `${event.name} ${event.stepId}` : event.name));
  return { engine, events, errors, names, time };
}

describe('targetMissing: the engine applies onMissing the way the user was going', () => {
  it('skips forward, reporting target_not_found once with the detail', () => {
    const { engine, errors, events } = setup();
    engine.start('welcome');
    expect(engine.targetMissing('welcome', 'intro', 'no visible target after 4000 ms')).toBe(
      'skipped',
    );
    expect(engine.getState().guides.welcome.stepId).toBe('list');
    expect(errors.map((error) => [error.code, error.message])).toEqual([
      ['target_not_found', "tour 'welcome' step 'intro': no visible target after 4000 ms"],
    ]);
    expect(events.filter((event) => event.name === 'step_skipped')).toHaveLength(1);
  });

  it('skips back after a Back, and ignores a report for a step the tour has left', () => {
    const { engine } = setup();
    engine.start('welcome');
    engine.next('welcome');
    engine.next('welcome');
    engine.back('welcome');
    expect(engine.targetMissing('welcome', 'filters')).toBe('ignored');
    expect(engine.targetMissing('welcome', 'list')).toBe('skipped');
    expect(engine.getState().guides.welcome.stepId).toBe('intro');
  });

  it('shows the last step centred rather than skip past the end', () => {
    const { engine } = setup();
    engine.start('welcome');
    engine.goTo('welcome', 'filters');
    expect(engine.targetMissing('welcome', 'filters')).toBe('centered');
    expect(engine.getState().guides.welcome).toMatchObject({
      status: 'active',
      stepId: 'filters',
      centered: true,
    });
    engine.back('welcome');
    expect(engine.getState().guides.welcome.centered).toBeUndefined();
  });

  it("centres a step that says 'center', and ends a tour whose step says 'end'", () => {
    const { engine, events } = setup();
    engine.start('centred');
    expect(engine.targetMissing('centred', 'one')).toBe('centered');
    expect(engine.getState().guides.centred.centered).toBe(true);
    engine.next('centred');
    expect(engine.targetMissing('centred', 'two')).toBe('ended');
    expect(engine.getState().guides.centred.status).toBe('dismissed');
    const dismissed = events.filter((event) => event.name === 'guide_dismissed');
    expect(dismissed.map((event) => event.reason)).toEqual(['target_missing']);
  });
});

describe('close: the user closed it', () => {
  it('reports a reason that is not one as the close button (an onClick handed the event)', () => {
    const { engine, events } = setup();
    engine.start('welcome');
    engine.close('welcome', { type: 'click' } as unknown as 'close');
    const dismissed = events.filter((event) => event.name === 'guide_dismissed');
    expect(dismissed.map((event) => event.reason)).toEqual(['close']);
    expect(engine.getState().guides.welcome.status).toBe('dismissed');
  });
});

describe('settleHint: the engine applies the hint frequency', () => {
  it('completes a hint shown once that the user moved on from', () => {
    const { engine } = setup();
    expect(engine.settleHint('hint', 'complete')).toBe('completed');
    expect(engine.getState().guides.hint.status).toBe('completed');
  });

  it('closes a hint closed on purpose, reporting why, and completes it after its last show', () => {
    const { engine, events } = setup();
    expect(engine.settleHint('hint', 'dismiss', 'escape')).toBe('closed');
    expect(engine.getState().guides.hint).toMatchObject({ status: 'idle', open: false });
    const reasons = events.filter((event) => event.name === 'guide_dismissed');
    expect(reasons.map((event) => event.reason)).toEqual(['escape']);
    expect(engine.settleHint('hotspot', 'complete')).toBe('closed');
    expect(engine.getState().guides.hotspot.open).toBe(true);
    expect(engine.settleHint('hotspot', 'complete')).toBe('completed');
  });
});

describe('followItem: the engine ticks an item nothing else ticks', () => {
  it('ticks a link item without completeOn, leaves one with completeOn to its event', () => {
    const { engine, events } = setup();
    expect(engine.followItem('start', 'docs')).toBe(true);
    expect(engine.followItem('start', 'invite')).toBe(true);
    expect(Object.keys(engine.getState().guides.start.items ?? {})).toEqual(['docs']);
    engine.track('invited');
    expect(Object.keys(engine.getState().guides.start.items ?? {})).toEqual(['docs', 'invite']);
    expect(events.filter((event) => event.name === 'cta_clicked')).toHaveLength(2);
  });

  it('does nothing for an item without a link', () => {
    const { engine } = setup();
    expect(engine.followItem('start', 'nothing' as 'docs')).toBe(false);
    expect(engine.getState().guides.start.items).toEqual({});
  });
});

describe('holds and watchRule: one clock, the engine', () => {
  it("answers the app's rules and flips them at their time boundary through the engine's timer", () => {
    const { engine, time } = setup();
    const rule = { segment: 'fresh' };
    let told = 0;
    const stop = engine.watchRule(rule, () => {
      told += 1;
    });
    expect(engine.holds(rule)).toBe(true);
    time.advance(2 * DAY);
    expect(engine.holds(rule)).toBe(false);
    expect(told).toBeGreaterThan(0);
    stop();
  });
});

describe('mount: a lazy engine starts on its first mount, once under StrictMode', () => {
  it('does nothing until mounted, then keeps one start through unmount and mount', async () => {
    const events: GuidepostEvent[] = [];
    const storage = memoryAdapter();
    const engine = createGuidepost(
      defineGuidepost({ guides: { note: { kind: 'announcement', title: 'New' } } }),
      { storage, locks: null, onEvent: (event) => events.push(event), lazy: true },
    );
    expect(engine.getState()).toBe(engine.getServerSnapshot());
    expect(engine.getState().guides.note.open).toBe(false);
    expect(events).toEqual([]);
    const unmount = engine.mount();
    unmount();
    const again = engine.mount();
    await Promise.resolve();
    expect(engine.getState().guides.note.open).toBe(true);
    expect(events.filter((event) => event.name === 'guide_shown')).toHaveLength(1);
    again();
    await Promise.resolve();
    engine.mount();
    expect(engine.getState().guides.note.open).toBe(true);
    expect(events.filter((event) => event.name === 'guide_shown')).toHaveLength(1);
  });
});
