import { describe, expect, it } from 'vitest';
import { defineGuidepost } from '../../guides';
import { memoryAdapter } from '../../persistence';
import type { StorageAdapter } from '../../persistence/types';
import { createGuidepost } from '../create-guidepost';
import type { InterruptionBudget } from './interruption-budget';
import { createManualClock, type ManualClock } from '../manual-clock';
import { recordEngine } from '../testing/record-engine';

const START = Date.UTC(2026, 11, 7, 9);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const definition = defineGuidepost({
  guides: {
    welcome: { kind: 'tour', priority: 2, steps: [{ id: 'intro', title: 'Hi' }] },
    release: { kind: 'announcement', title: 'December release', priority: 1 },
    upgrade: { kind: 'announcement', title: 'Upgrade', trigger: 'manual' },
    hint: { kind: 'tooltip', target: 'export', body: 'Export here' },
  },
});

function session(time: ManualClock, storage: StorageAdapter, interruptions?: InterruptionBudget) {
  const engine = createGuidepost(definition, {
    user: { id: 'u1' },
    storage,
    now: time.now,
    scheduler: time.scheduler,
    locks: null,
    onError: () => undefined,
    ...(interruptions === undefined ? {} : { interruptions }),
  });
  const modal = () => engine.getState().modal;
  const pacing = (id: 'release' | 'upgrade' | 'welcome') =>
    engine.explain(id).reasons.filter((reason) => reason.code === 'pacing');
  return { engine, modal, pacing };
}

describe('interruption budget', () => {
  it('by default, a pop-up waits a few minutes after the user closes another', () => {
    const time = createManualClock(START);
    const { engine, modal, pacing } = session(time, memoryAdapter());
    expect(modal()).toEqual(['welcome']);
    engine.dismiss('welcome', 'escape');
    time.advance(300);
    expect(modal()).toEqual([]);
    expect(pacing('release')).toEqual([
      expect.objectContaining({ code: 'pacing', until: START + 3 * MINUTE }),
    ]);
    expect(engine.interruptionBudget()).toMatchObject({
      gapMs: 3 * MINUTE,
      gapUntil: START + 3 * MINUTE,
      sessionShows: 1,
      dayShows: 1,
    });
    expect(engine.getState().guides.hint.open).toBe(true);
    time.advance(3 * MINUTE - 301);
    expect(modal()).toEqual([]);
    time.advance(1);
    expect(modal()).toEqual(['release']);
  });

  it.each([
    ['30s', 30_000],
    [30_000, 30_000],
    [0, 0],
    ['0', 0],
  ] as const)('gap %j waits %i ms', (gap, waits) => {
    const time = createManualClock(START);
    const { engine, modal } = session(time, memoryAdapter(), { gap });
    engine.complete('welcome');
    if (waits > 0) {
      expect(modal()).toEqual([]);
      time.advance(waits);
    }
    expect(modal()).toEqual(['release']);
  });

  it('a pop-up the user asks for (start) is never held back, nor counted', () => {
    const time = createManualClock(START);
    const { engine, modal } = session(time, memoryAdapter(), { perSession: 1 });
    engine.dismiss('welcome', 'close');
    expect(engine.start('upgrade')).toBe(true);
    expect(modal()).toEqual(['upgrade']);
    expect(engine.interruptionBudget().sessionShows).toBe(1);
  });

  it('perSession caps the pop-ups that open on their own in one session', () => {
    const time = createManualClock(START);
    const storage = memoryAdapter();
    const first = session(time, storage, { gap: 0, perSession: 1 });
    first.engine.complete('welcome');
    expect(first.modal()).toEqual([]);
    expect(first.pacing('release')).toEqual([
      expect.objectContaining({ message: '1 pop-ups shown this session; perSession is 1' }),
    ]);
    first.engine.destroy();
    const next = session(time, storage, { gap: 0, perSession: 1 });
    expect(next.modal()).toEqual(['release']);
  });

  it('perDay caps the pop-ups of any 24 hours, across sessions', () => {
    const time = createManualClock(START);
    const storage = memoryAdapter();
    const first = session(time, storage, { gap: 0, perDay: 1 });
    first.engine.complete('welcome');
    first.engine.destroy();
    time.advance(MINUTE);
    const next = session(time, storage, { gap: 0, perDay: 1 });
    expect(next.modal()).toEqual([]);
    expect(next.pacing('release')).toEqual([expect.objectContaining({ until: START + DAY })]);
    time.advance(DAY - MINUTE);
    expect(next.modal()).toEqual(['release']);
  });

  it.each([
    [{ gap: 'soon' }, 'interruptions.gap', /expected a duration/],
    [{ perDay: -1 }, 'interruptions.perDay', /expected a count/],
  ] as const)(
    'reports a budget it cannot read (%j), naming the field, and keeps the defaults',
    (budget, path, message) => {
      const { engine, errors } = recordEngine(definition, { start: START, interruptions: budget });
      engine.explain('release');
      expect(errors).toEqual([expect.objectContaining({ code: 'invalid_option', path })]);
      expect(errors[0]?.message).toMatch(message);
      expect(engine.interruptionBudget()).toMatchObject({
        gapMs: 3 * MINUTE,
        perSession: 3,
        perDay: 5,
      });
    },
  );
});
