// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGuidepost } from '../engine/create-guidepost';
import { defineGuidepost } from '../guides';
import { STORAGE_LIMITS } from './cap-snapshot';
import { decodeSnapshot } from './decode-snapshot';
import { emptySnapshot } from './empty-snapshot';
import { encodeSnapshot } from './encode-snapshot';
import { localStorageAdapter } from './local-storage-adapter';
import type { EventTally, GuideProgress, Snapshot } from './types';

const KEY = 'guidepost:u1';
const NOW = Date.UTC(2026, 11, 1);

/** `count` tallies of events no guide knows, the later ones used more recently. */
function foreignTallies(count: number): Record<string, EventTally> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, index) => [
      `foreign_${index}`,
      { count: 3, recent: [NOW - 1_000_000 + index] },
    ]),
  );
}

const dismissed = (at: number): GuideProgress => ({
  status: 'dismissed',
  version: 1,
  resetAt: 0,
  shows: 1,
  dismissedAt: at,
});

function stored(): Snapshot | undefined {
  const result = decodeSnapshot(window.localStorage.getItem(KEY), { userId: 'u1' });
  return result.status === 'ok' ? result.snapshot : undefined;
}

const definition = defineGuidepost({
  events: ['export'],
  guides: { release: { kind: 'announcement', title: 'Release' } },
});

/** An engine for user `u1` over `window.localStorage` (the default storage), its errors kept. */
function openEngine() {
  const onError = vi.fn();
  const engine = createGuidepost(definition, {
    user: { id: 'u1' },
    now: () => NOW,
    locks: null,
    onError,
  });
  return { engine, onError };
}

beforeEach(() => window.localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('localStorageAdapter with a stored value over its limits', () => {
  it('keeps the most recently used 2,000 of 40,000 foreign tallies, reports it once and writes back the capped value', () => {
    window.localStorage.setItem(
      KEY,
      encodeSnapshot({ ...emptySnapshot('u1'), events: foreignTallies(40_000) }),
    );
    const before = window.localStorage.getItem(KEY)?.length ?? 0;
    const { engine, onError } = openEngine();
    for (let index = 0; index < 20; index++) engine.track('export');
    const events = Object.keys(stored()?.events ?? {});
    expect(events).toHaveLength(STORAGE_LIMITS.events);
    expect(events).toContain('export');
    expect(events).toContain('foreign_39999');
    expect(events).not.toContain('foreign_0');
    expect(stored()?.events.export?.count).toBe(20);
    expect(window.localStorage.getItem(KEY)?.length).toBeLessThan(before / 10);
    expect(onError.mock.calls.map(([error]) => (error as Error & { code: string }).code)).toEqual([
      'storage_over_limit',
    ]);
    engine.destroy();
  });

  it('keeps every dismissal when guide entries are over the limit', () => {
    const guides: Record<string, GuideProgress> = {};
    for (let index = 0; index < 3000; index++) {
      guides[`seen_${index}`] = {
        status: 'idle',
        version: 1,
        resetAt: 0,
        shows: 1,
        lastShownAt: NOW,
      };
    }
    for (let index = 0; index < 100; index++) guides[`closed_${index}`] = dismissed(index);
    window.localStorage.setItem(KEY, encodeSnapshot({ ...emptySnapshot('u1'), guides }));
    const loaded = localStorageAdapter().load('u1', { onError: () => undefined });
    const kept = Object.keys(loaded?.guides ?? {});
    expect(kept).toHaveLength(STORAGE_LIMITS.guides);
    expect(kept.filter((id) => id.startsWith('closed_'))).toHaveLength(100);
  });

  it('does not parse an unchanged stored value again on each save', () => {
    window.localStorage.setItem(
      KEY,
      encodeSnapshot({ ...emptySnapshot('u1'), events: foreignTallies(1000) }),
    );
    const { engine } = openEngine();
    const parse = vi.spyOn(JSON, 'parse');
    for (let index = 0; index < 20; index++) engine.track('export');
    expect(parse).not.toHaveBeenCalled();
    expect(stored()?.events.export?.count).toBe(20);
    engine.destroy();
  });

  it('caps a huge value another tab writes, so later saves stay small', () => {
    const { engine, onError } = openEngine();
    const huge = encodeSnapshot({ ...emptySnapshot('u1'), events: foreignTallies(30_000) });
    window.dispatchEvent(
      new StorageEvent('storage', { key: KEY, newValue: huge, storageArea: window.localStorage }),
    );
    const parse = vi.spyOn(JSON, 'parse');
    for (let index = 0; index < 5; index++) engine.track('export');
    expect(parse).not.toHaveBeenCalled();
    const events = Object.keys(stored()?.events ?? {});
    expect(events).toHaveLength(STORAGE_LIMITS.events);
    expect(events).toContain('export');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'storage_over_limit' }));
    engine.destroy();
  });
});
