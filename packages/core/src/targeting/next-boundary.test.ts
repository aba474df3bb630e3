import { describe, expect, it } from 'vitest';
import { createTargeting } from './create-targeting';
import { nextBoundary } from './next-boundary';
import type { EventHistory, Rule, RuleContext } from './types';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const SIGNED_UP = Date.UTC(2026, 5, 1, 8, 30);

/** A history of timestamps, with the window `now - withinMs < t <= now`. */
function history(times: readonly number[], withOldest = true): EventHistory {
  const inWindow = (withinMs: number | undefined, now: number) =>
    times.filter((t) => t <= now && (withinMs === undefined || t > now - withinMs));
  const events: EventHistory = {
    count: (_event, withinMs, now = 0) => inWindow(withinMs, now).length,
  };
  if (!withOldest) return events;
  return {
    ...events,
    oldestWithin: (_event, withinMs, now) => {
      const counted = inWindow(withinMs, now);
      return counted.length === 0 ? undefined : Math.min(...counted);
    },
  };
}

function at(now: number, events?: EventHistory): RuleContext {
  return events === undefined
    ? { user: { id: 'u1', signedUpAt: SIGNED_UP }, now }
    : { user: { id: 'u1', signedUpAt: SIGNED_UP }, now, events };
}

describe('nextBoundary for daysSince', () => {
  it.each<[string, Rule, number, number | undefined]>([
    [
      'lte 14 while new: when day 15 starts',
      { daysSince: 'signedUpAt', lte: 14 },
      SIGNED_UP + 3 * DAY,
      SIGNED_UP + 15 * DAY,
    ],
    [
      'lte 14 once past it: never again',
      { daysSince: 'signedUpAt', lte: 14 },
      SIGNED_UP + 20 * DAY,
      undefined,
    ],
    [
      'gte 7 before it: when day 7 starts',
      { daysSince: 'signedUpAt', gte: 7 },
      SIGNED_UP + HOUR,
      SIGNED_UP + 7 * DAY,
    ],
    [
      'gt 7 before it: when day 8 starts',
      { daysSince: 'signedUpAt', gt: 7 },
      SIGNED_UP + HOUR,
      SIGNED_UP + 8 * DAY,
    ],
    [
      'lt 2 on day 0: when day 2 starts',
      { daysSince: 'signedUpAt', lt: 2 },
      SIGNED_UP,
      SIGNED_UP + 2 * DAY,
    ],
    [
      'eq 3 before it: when day 3 starts',
      { daysSince: 'signedUpAt', eq: 3 },
      SIGNED_UP + DAY,
      SIGNED_UP + 3 * DAY,
    ],
    [
      'eq 3 on it: when day 4 starts',
      { daysSince: 'signedUpAt', eq: 3 },
      SIGNED_UP + 3 * DAY + 5,
      SIGNED_UP + 4 * DAY,
    ],
    [
      'ne 3 on day 1: when day 3 starts',
      { daysSince: 'signedUpAt', ne: 3 },
      SIGNED_UP + DAY,
      SIGNED_UP + 3 * DAY,
    ],
    [
      'a range, inside: when it leaves',
      { daysSince: 'signedUpAt', gte: 2, lte: 5 },
      SIGNED_UP + 3 * DAY,
      SIGNED_UP + 6 * DAY,
    ],
    [
      'a range, before: when it enters',
      { daysSince: 'signedUpAt', gte: 2, lte: 5 },
      SIGNED_UP,
      SIGNED_UP + 2 * DAY,
    ],
    ['a fractional bound', { daysSince: 'signedUpAt', gte: 2.5 }, SIGNED_UP, SIGNED_UP + 3 * DAY],
    ['a missing date', { daysSince: 'missing', lte: 14 }, SIGNED_UP, undefined],
    ['an attribute rule', { attr: 'signedUpAt', gte: '2026-01-01' }, SIGNED_UP, undefined],
    ['a rollout', { rollout: { percent: 50 } }, SIGNED_UP, undefined],
    ['a function', () => true, SIGNED_UP, undefined],
    [
      'not of daysSince',
      { not: { daysSince: 'signedUpAt', lte: 14 } },
      SIGNED_UP,
      SIGNED_UP + 15 * DAY,
    ],
    [
      'all that holds: the first child to change',
      {
        all: [
          { daysSince: 'signedUpAt', lte: 14 },
          { daysSince: 'signedUpAt', lte: 9 },
        ],
      },
      SIGNED_UP,
      SIGNED_UP + 10 * DAY,
    ],
    [
      'all failing on a timeless clause: never',
      {
        all: [
          { daysSince: 'signedUpAt', gte: 7 },
          { attr: 'plan', eq: 'pro' },
        ],
      },
      SIGNED_UP,
      undefined,
    ],
    [
      'all failing on two timed clauses: the later one',
      {
        all: [
          { daysSince: 'signedUpAt', gte: 7 },
          { daysSince: 'signedUpAt', gte: 3 },
        ],
      },
      SIGNED_UP,
      SIGNED_UP + 7 * DAY,
    ],
    [
      'any holding on a timeless clause: never',
      {
        any: [
          { daysSince: 'signedUpAt', lte: 7 },
          { attr: 'id', eq: 'u1' },
        ],
      },
      SIGNED_UP,
      undefined,
    ],
    [
      'any that fails: the first child to change',
      {
        any: [
          { daysSince: 'signedUpAt', gte: 9 },
          { daysSince: 'signedUpAt', gte: 4 },
        ],
      },
      SIGNED_UP,
      SIGNED_UP + 4 * DAY,
    ],
  ])('%s', (_name, rule, now, expected) => {
    expect(nextBoundary(rule, at(now))).toBe(expected);
  });

  it('points at the moment the result actually changes', () => {
    const rule: Rule = { daysSince: 'signedUpAt', lte: 14 };
    const boundary = nextBoundary(rule, at(SIGNED_UP + DAY)) as number;
    const targeting = createTargeting();
    expect(targeting.evaluate(rule, at(boundary - 1))).toBe(true);
    expect(targeting.evaluate(rule, at(boundary))).toBe(false);
  });
});

describe('nextBoundary for event windows', () => {
  const now = Date.UTC(2026, 5, 15);
  const times = [now - 6 * DAY, now - 2 * DAY, now - HOUR];

  it.each<[string, Rule, EventHistory, number | undefined]>([
    [
      'gte 3 within 7d: when the oldest leaves',
      { event: 'e', count: { gte: 3 }, within: '7d' },
      history(times),
      now + DAY,
    ],
    [
      'at least once within 1d: when the last leaves',
      { event: 'e', within: '1d' },
      history(times),
      now - HOUR + DAY,
    ],
    [
      'gte 0 within 7d: never',
      { event: 'e', count: { gte: 0 }, within: '7d' },
      history(times),
      undefined,
    ],
    [
      'lt 5 within 7d holds and only rises: never',
      { event: 'e', count: { lt: 5 }, within: '7d' },
      history(times),
      undefined,
    ],
    ['without a window: never', { event: 'e', count: { gte: 3 } }, history(times), undefined],
    ['nothing in the window: never', { event: 'e', within: '30m' }, history(times), undefined],
    [
      'a history without oldestWithin',
      { event: 'e', count: { gte: 3 }, within: '7d' },
      history(times, false),
      undefined,
    ],
  ])('%s', (_name, rule, events, expected) => {
    expect(nextBoundary(rule, at(now, events))).toBe(expected);
  });

  it('follows the segments and touch model of a targeting', () => {
    const targeting = createTargeting({
      segments: {
        newUser: { daysSince: 'signedUpAt', lte: 14 },
        busy: { event: 'e', count: { gte: 3 }, within: '7d' },
      },
      touchModel: { high: { segment: 'busy' } },
    });
    const context = at(now, history(times));
    expect(targeting.nextBoundary({ segment: 'newUser' }, context)).toBe(SIGNED_UP + 15 * DAY);
    expect(targeting.nextBoundary({ tier: 'high' }, context)).toBe(now + DAY);
    expect(targeting.nextBoundary({ segment: 'ghost' }, context)).toBeUndefined();
    expect(nextBoundary({ segment: 'newUser' }, context)).toBeUndefined();
  });
});
