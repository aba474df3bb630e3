import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GuidepostEvent } from '../analytics/types';
import type { GuidepostError } from '../errors/guidepost-error';
import { defineGuidepost } from '../guides';
import type { GuidepostDefinition } from '../guides/types';
import { localStorageAdapter, memoryAdapter } from '../persistence';
import { FakeStorage } from '../persistence/testing/fake-storage';
import type { StorageAdapter } from '../persistence/types';
import { createGuidepost } from './create-guidepost';
import { createManualClock, type ManualClock } from './manual-clock';
import type { Guidepost } from './model/types';

const START = Date.UTC(2026, 11, 1);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function open<D extends GuidepostDefinition>(
  definition: D,
  time: ManualClock,
  options: { now?: () => number; storage?: StorageAdapter } = {},
) {
  const events: GuidepostEvent[] = [];
  const errors: GuidepostError[] = [];
  const engine = createGuidepost(definition, {
    user: { id: 'u1' },
    storage: options.storage ?? memoryAdapter(),
    now: options.now ?? time.now,
    scheduler: time.scheduler,
    locks: null,
    onEvent: (event) => events.push(event),
    onError: (error) => errors.push(error),
    // Pop-ups follow one another here; a clock set back would otherwise stretch the gap too.
    interruptions: { gap: 0 },
  });
  const modals = [engine.getState().modal];
  engine.subscribe((state) => modals.push(state.modal));
  const shown = () => events.filter((e) => e.name === 'guide_shown').map((e) => e.guideId);
  return { engine, events, errors, modals, shown };
}

describe('a client clock off by a day, corrected by the server offset', () => {
  const launch = defineGuidepost({
    guides: {
      launch: {
        kind: 'announcement',
        title: 'Launch',
        schedule: { from: START + HOUR, until: START + 3 * HOUR },
      },
    },
  });

  it.each([
    ['a day ahead', DAY],
    ['a day behind', -DAY],
  ])('shows a scheduled announcement by server time when the client is %s', (_, skew) => {
    // The fake time is the client's clock; the server's is `skew` behind it.
    const time = createManualClock(START + skew);
    const offset = -skew;
    const { engine, modals } = open(launch, time, { now: () => time.now() + offset });
    expect(engine.explain('launch').reasons.map((r) => r.code)).toEqual(['schedule']);
    time.advance(HOUR - 1);
    expect(engine.getState().modal).toEqual([]);
    time.advance(1);
    expect(engine.getState().modal).toEqual(['launch']);
    expect(modals.filter((modal) => modal.length > 0)).toHaveLength(1);

    time.advance(2 * HOUR);
    const later = open(launch, time, { now: () => time.now() + offset });
    expect(later.engine.explain('launch').reasons[0]).toMatchObject({
      code: 'schedule',
      message: expect.stringMatching(/ended/),
    });
  });
});

describe('a schedule whose `from` equals its `until`', () => {
  const blip = {
    guides: {
      blip: {
        kind: 'announcement' as const,
        title: 'Blip',
        schedule: { from: START + HOUR, until: START + HOUR },
      },
    },
  };

  afterEach(() => vi.unstubAllEnvs());

  it('is refused by a development build', () => {
    expect(() => defineGuidepost(blip)).toThrow(/from must be before until/);
  });

  it('never shows from a production build, before, at or after that instant', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const time = createManualClock(START);
    const { engine, modals, shown } = open(defineGuidepost(blip), time);
    for (const step of [HOUR - 1, 1, 1, DAY]) {
      time.advance(step);
      expect(engine.explain('blip').reasons.map((r) => r.code)).toEqual(['schedule']);
    }
    expect(modals.every((modal) => modal.length === 0)).toBe(true);
    expect(shown()).toEqual([]);
  });
});

describe('a clock that goes backwards', () => {
  const release = { kind: 'announcement', title: 'Release' } as const;
  const welcome = {
    kind: 'tour',
    steps: [
      { id: 'intro', title: 'Intro' },
      { id: 'create', title: 'Create' },
      { id: 'share', title: 'Share' },
    ],
  } as const;
  const definition = defineGuidepost({ events: ['export'], guides: { release } });
  const tour = defineGuidepost({ guides: { welcome } });

  /** A page over this device's `localStorage`; a reload opens another over the same one. */
  function device<D extends GuidepostDefinition>(guides: D) {
    const time = createManualClock(START);
    const disk = new FakeStorage();
    const page = () =>
      open(guides, time, { storage: localStorageAdapter({ getStorage: () => disk }) });
    return { time, page };
  }

  it.each([
    ['dismissed', (engine: Guidepost) => engine.dismiss('release')],
    ['completed', (engine: Guidepost) => engine.complete('release')],
  ])('never shows a guide %s before the clock went back', (status, finish) => {
    // It may show again and again: only the status keeps it closed.
    const repeatable = defineGuidepost({
      events: ['export'],
      guides: { release: { kind: 'announcement', title: 'Release', frequency: { maxShows: 9 } } },
    });
    const { time, page } = device(repeatable);
    const first = page();
    finish(first.engine);
    time.set(START - 2 * DAY);
    first.engine.track('export');
    first.engine.start('release');
    time.advance(HOUR);
    const reload = page();
    expect(reload.engine.getState().guides.release).toMatchObject({ status, open: false });
    expect([...first.modals, ...reload.modals].filter((m) => m.includes('release'))).toHaveLength(
      1,
    );
    expect([...first.errors, ...reload.errors]).toEqual([]);
  });

  it.each([
    ['snooze', (engine: Guidepost) => engine.snooze('release', '1d'), 'snoozed'],
    ['close', (engine: Guidepost) => engine.close('release', 'close'), 'idle'],
  ])('keeps a %s made after the clock went back across a reload', (_, act, status) => {
    const { time, page } = device(definition);
    const first = page();
    expect(first.engine.getState().modal).toEqual(['release']);
    time.set(START - HOUR);
    act(first.engine);
    time.advance(MINUTE);
    const reload = page();
    expect(reload.engine.getState().guides.release).toMatchObject({ status, open: false });
  });

  it('keeps the step a tour moved to after the clock went back across a reload', () => {
    const { time, page } = device(tour);
    const first = page();
    time.advance(MINUTE);
    first.engine.next('welcome');
    time.set(START - HOUR);
    first.engine.next('welcome');
    expect(first.engine.getState().guides.welcome.stepId).toBe('share');
    const reload = page();
    expect(reload.engine.getState().guides.welcome).toMatchObject({ open: true, stepId: 'share' });
  });

  it('never throws, brings back a dismissed guide nor undoes a snooze when every reading is earlier', () => {
    const time = createManualClock(START);
    let reading = START;
    const backwards = () => (reading -= 1_000);
    const both = defineGuidepost({ events: ['export'], guides: { release, welcome } });
    const disk = new FakeStorage();
    const page = () =>
      open(both, time, {
        now: backwards,
        storage: localStorageAdapter({ getStorage: () => disk }),
      });
    const first = page();
    expect(first.engine.getState().modal).toEqual(['release']);
    first.engine.dismiss('release');
    expect(first.engine.getState().modal).toEqual(['welcome']);
    first.engine.next('welcome');
    first.engine.snooze('welcome', '1d');
    first.engine.track('export');
    first.engine.start('release');
    time.advance(2 * DAY);
    first.engine.setRoute('/projects');
    const reload = page();
    reload.engine.start('release');
    time.advance(2 * DAY);
    for (const { engine } of [first, reload]) {
      expect(engine.getState().guides).toMatchObject({
        release: { status: 'dismissed', open: false },
        welcome: { status: 'snoozed', open: false },
      });
    }
    expect(first.shown()).toEqual(['release', 'welcome']);
    expect(reload.shown()).toEqual([]);
    expect([...first.errors, ...reload.errors]).toEqual([]);
  });
});
