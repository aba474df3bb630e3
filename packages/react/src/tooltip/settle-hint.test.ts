import type { GuideCloseReason, GuideFrequency } from '@guidepost/core';
import { describe, expect, it, vi } from 'vitest';
import { settleHint, type HintCloseKind, type HintSettlement } from './settle-hint';

function fakeEngine() {
  return { complete: vi.fn(), close: vi.fn() };
}

describe('settleHint', () => {
  it.each<[string, GuideFrequency | undefined, number, HintCloseKind, HintSettlement, unknown[]]>([
    ['shown once by default, closed on purpose', undefined, 1, 'dismiss', 'closed', ['close']],
    ['shown once by default, moved on', undefined, 1, 'complete', 'completed', []],
    ['once', { once: true }, 1, 'complete', 'completed', []],
    ['maxShows reached, closed', { once: false, maxShows: 3 }, 3, 'dismiss', 'closed', ['close']],
    ['maxShows reached, moved on', { once: false, maxShows: 3 }, 3, 'complete', 'completed', []],
    ['maxShows not reached', { once: false, maxShows: 3 }, 2, 'complete', 'closed', [undefined]],
    ['every time', { once: false }, 5, 'dismiss', 'closed', ['close']],
    ['a cooldown', { once: false, cooldown: '1d' }, 1, 'complete', 'closed', [undefined]],
  ])('%s: %j after %i shows, %s -> %s', (_, frequency, shows, kind, expected, closeArgs) => {
    const engine = fakeEngine();
    expect(settleHint(engine, 'hint', { frequency, shows, kind })).toBe(expected);
    expect(engine.complete).toHaveBeenCalledTimes(expected === 'completed' ? 1 : 0);
    if (expected === 'closed') expect(engine.close).toHaveBeenCalledWith('hint', ...closeArgs);
    else expect(engine.close).not.toHaveBeenCalled();
  });

  it.each<[GuideCloseReason]>([['escape'], ['close']])('reports Escape apart: %s', (reason) => {
    const engine = fakeEngine();
    settleHint(engine, 'hint', { frequency: undefined, shows: 1, kind: 'dismiss', reason });
    expect(engine.close).toHaveBeenCalledWith('hint', reason);
  });
});
