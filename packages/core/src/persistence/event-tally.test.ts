import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countEvents, MAX_RECENT_EVENTS, oldestWithin, recordEvent } from './event-tally';
import type { EventRetention } from './event-tally';
import type { EventTally } from './types';

const DAY = 86_400_000;

function track(times: readonly number[], retention: EventRetention): EventTally | undefined {
  return times.reduce<EventTally | undefined>(
    (tally, at) => recordEvent(tally, at, retention),
    undefined,
  );
}

describe('event tallies', () => {
  it('count every occurrence, and those within a window', () => {
    const tally = track([0, 1 * DAY, 5 * DAY, 6 * DAY], { windowMs: 7 * DAY, limit: 10 });
    expect(countEvents(tally, undefined, 6 * DAY)).toBe(4);
    expect(countEvents(tally, 2 * DAY, 6 * DAY)).toBe(2);
    expect(countEvents(tally, 7 * DAY, 7 * DAY)).toBe(3);
    expect(countEvents(undefined, 7 * DAY, 0)).toBe(0);
  });

  it.each([
    ['inside the window', 9 * DAY, 5 * DAY, 1],
    ['exactly its length old', 10 * DAY, 5 * DAY, 0],
  ])('count an occurrence %s', (_, now, withinMs, expected) => {
    const tally = recordEvent(undefined, 5 * DAY, { windowMs: 30 * DAY, limit: 5 });
    expect(countEvents(tally, withinMs, now)).toBe(expected);
  });

  it('keep occurrences in the same millisecond apart', () => {
    const tally = track([100, 100, 100], { windowMs: DAY, limit: 10 });
    expect(tally).toStrictEqual({ count: 3, recent: [100, 101, 102] });
  });

  it('keep an occurrence stamped after the clock went back in order', () => {
    const tally = track([500, 300], { windowMs: DAY, limit: 10 });
    expect(tally?.recent).toStrictEqual([300, 500]);
    expect(countEvents(tally, 1_000, 400)).toBe(2);
  });

  it('keep nothing but the count when no rule needs a window', () => {
    expect(track([1, 2, 3], { windowMs: 0, limit: 5 })).toStrictEqual({ count: 3, recent: [] });
    expect(track([1, 2, 3], { windowMs: DAY, limit: 0 })).toStrictEqual({ count: 3, recent: [] });
  });

  it('stay bounded by the window, the limit and MAX_RECENT_EVENTS', () => {
    const times = fc.array(fc.integer({ min: 0, max: 100 * DAY }), { maxLength: 300 });
    const retention = fc.record({
      windowMs: fc.integer({ min: 0, max: 30 * DAY }),
      limit: fc.integer({ min: 0, max: 500 }),
    });
    fc.assert(
      fc.property(times, retention, (list, keep) => {
        const sorted = [...list].sort((x, y) => x - y);
        const tally = track(sorted, keep);
        const recent = tally?.recent ?? [];
        expect(recent.length).toBeLessThanOrEqual(Math.min(keep.limit, MAX_RECENT_EVENTS));
        expect(tally?.count ?? 0).toBe(list.length);
        expect([...recent].sort((x, y) => x - y)).toStrictEqual(recent);
        expect(new Set(recent).size).toBe(recent.length);
        const last = sorted.at(-1) ?? 0;
        for (const t of recent) expect(t).toBeGreaterThan(last - keep.windowMs);
      }),
    );
  });

  it('answer every threshold below the limit as if nothing had been dropped', () => {
    const times = fc.array(fc.integer({ min: 0, max: 20 * DAY }), { maxLength: 60 });
    fc.assert(
      fc.property(times, fc.integer({ min: 1, max: 8 }), (list, threshold) => {
        const windowMs = 7 * DAY;
        const sorted = [...new Set(list)].sort((x, y) => x - y);
        const now = 20 * DAY;
        const tally = track(sorted, { windowMs, limit: threshold + 1 });
        const exact = sorted.filter((t) => t > now - windowMs).length;
        const capped = countEvents(tally, windowMs, now);
        expect(capped >= threshold).toBe(exact >= threshold);
        expect(capped <= threshold).toBe(exact <= threshold);
        expect(capped === threshold).toBe(exact === threshold);
      }),
    );
  });

  it('tell when the oldest counted occurrence leaves the window', () => {
    const tally = track([1 * DAY, 3 * DAY, 4 * DAY], { windowMs: 7 * DAY, limit: 10 });
    expect(oldestWithin(tally, 5 * DAY, 5 * DAY)).toBe(1 * DAY);
    expect(oldestWithin(tally, 3 * DAY, 5 * DAY)).toBe(3 * DAY);
    expect(oldestWithin(tally, 1 * DAY, 9 * DAY)).toBeUndefined();
    expect(oldestWithin(undefined, DAY, 0)).toBeUndefined();
    const drop = (oldestWithin(tally, 3 * DAY, 5 * DAY) ?? 0) + 3 * DAY;
    expect(countEvents(tally, 3 * DAY, drop - 1)).toBe(2);
    expect(countEvents(tally, 3 * DAY, drop)).toBe(1);
  });
});
