import type { GuideFrequency } from '@guidepost/core';
import { describe, expect, it, vi } from 'vitest';
import { settleHint, type HintCloseKind } from './settle-hint';

function fakeEngine() {
  return { complete: vi.fn(), dismiss: vi.fn(), snooze: vi.fn() };
}

describe('settleHint', () => {
  it.each<[string, GuideFrequency | undefined, number, HintCloseKind, string]>([
    ['shown once by default, closed on purpose', undefined, 1, 'dismiss', 'dismissed'],
    ['shown once by default, moved on', undefined, 1, 'complete', 'completed'],
    ['once', { once: true }, 1, 'complete', 'completed'],
    ['maxShows reached', { once: false, maxShows: 3 }, 3, 'dismiss', 'dismissed'],
    ['maxShows not reached, no cooldown', { once: false, maxShows: 3 }, 2, 'complete', 'kept'],
    ['every time', { once: false }, 5, 'dismiss', 'kept'],
    ['a cooldown', { once: false, cooldown: '1d' }, 1, 'complete', 'snoozed'],
  ])('%s: %j after %i shows, %s -> %s', (_, frequency, shows, kind, expected) => {
    const engine = fakeEngine();
    expect(settleHint(engine, 'hint', { frequency, shows, kind })).toBe(expected);
    expect(engine.dismiss).toHaveBeenCalledTimes(expected === 'dismissed' ? 1 : 0);
    expect(engine.complete).toHaveBeenCalledTimes(expected === 'completed' ? 1 : 0);
    if (expected === 'snoozed') expect(engine.snooze).toHaveBeenCalledWith('hint', '1d');
    else expect(engine.snooze).not.toHaveBeenCalled();
  });
});
