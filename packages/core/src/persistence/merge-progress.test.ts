import { describe, expect, it } from 'vitest';
import { mergeProgress } from './merge-progress';
import { resetProgress } from './reset-progress';
import type { GuideProgress, GuideStatus } from './types';

const base: GuideProgress = { status: 'idle', version: 1, resetAt: 0, shows: 0 };
const at = (status: GuideStatus, statusAt?: number): GuideProgress => ({
  ...base,
  status,
  ...(statusAt === undefined ? {} : { statusAt }),
});

describe('mergeProgress', () => {
  it('keeps a read mark from either side, at the first reading', () => {
    const read = { ...base, readAt: 30 };
    expect(mergeProgress(base, read).readAt).toBe(30);
    expect(mergeProgress(read, base).readAt).toBe(30);
    expect(mergeProgress({ ...base, readAt: 50 }, read).readAt).toBe(30);
    // A reset is a new epoch: the announcement is unread again.
    expect(mergeProgress(read, resetProgress(read, 40)).readAt).toBeUndefined();
  });

  it.each<[GuideStatus, GuideStatus, GuideStatus]>([
    ['idle', 'active', 'active'],
    ['idle', 'snoozed', 'snoozed'],
    ['active', 'snoozed', 'snoozed'],
    ['active', 'completed', 'completed'],
    ['snoozed', 'completed', 'completed'],
    ['active', 'dismissed', 'dismissed'],
    ['completed', 'dismissed', 'dismissed'],
  ])('joins %s with %s as %s (no status times)', (a, b, expected) => {
    expect(mergeProgress(at(a), at(b)).status).toBe(expected);
    expect(mergeProgress(at(b), at(a)).status).toBe(expected);
  });

  it.each<[string, GuideProgress, GuideProgress, GuideStatus]>([
    ['shown again after a snooze stays shown', at('snoozed', 10), at('active', 20), 'active'],
    ['snoozed after being shown stays snoozed', at('active', 10), at('snoozed', 20), 'snoozed'],
    ['snoozed on the same millisecond wins', at('active', 10), at('snoozed', 10), 'snoozed'],
    ['a later show never undoes a dismissal', at('dismissed', 10), at('active', 99), 'dismissed'],
    ['a later show never undoes a completion', at('completed', 10), at('snoozed', 99), 'completed'],
    ['a fresh idle never undoes a start', at('active', 10), at('idle'), 'active'],
    ['a later close ends an older show', at('active', 10), at('idle', 20), 'idle'],
    ['a later show is not undone by an older close', at('idle', 10), at('active', 20), 'active'],
    ['a later snooze wins over an older close', at('idle', 10), at('snoozed', 20), 'snoozed'],
    ['a close never undoes a dismissal', at('dismissed', 10), at('idle', 99), 'dismissed'],
  ])('%s', (_, a, b, expected) => {
    expect(mergeProgress(a, b).status).toBe(expected);
    expect(mergeProgress(b, a).status).toBe(expected);
  });

  it.each<[string, Partial<GuideProgress>, Partial<GuideProgress>, 'a' | 'b']>([
    ['a higher version wins, even over a dismissal', { version: 2 }, { status: 'dismissed' }, 'a'],
    ['a later reset wins over a dismissal', { resetAt: 5 }, { status: 'dismissed' }, 'a'],
    ['a higher version wins over a later reset', { version: 3 }, { version: 2, resetAt: 9 }, 'a'],
  ])('%s, wholesale', (_, a, b, winner) => {
    const left = { ...base, ...a };
    const right = { ...base, shows: 4, lastShownAt: 7, ...b };
    const expected = winner === 'a' ? left : right;
    expect(mergeProgress(left, right)).toStrictEqual(expected);
    expect(mergeProgress(right, left)).toStrictEqual(expected);
  });

  it('keeps the largest count and the latest of every time', () => {
    const a = { ...base, shows: 3, lastShownAt: 10, completedAt: 4, snoozedUntil: 50 };
    const b = { ...base, shows: 1, lastShownAt: 12, dismissedAt: 8, closedAt: 11 };
    expect(mergeProgress(a, b)).toStrictEqual({
      ...base,
      shows: 3,
      lastShownAt: 12,
      completedAt: 4,
      dismissedAt: 8,
      closedAt: 11,
      snoozedUntil: 50,
    });
  });

  it.each<[string, Partial<GuideProgress>, Partial<GuideProgress>, Partial<GuideProgress>]>([
    [
      'the later step write wins, even backwards',
      { stepId: 'c', stepIndex: 2, stepAt: 5 },
      { stepId: 'a', stepIndex: 0, stepAt: 9 },
      { stepId: 'a', stepIndex: 0, stepAt: 9 },
    ],
    [
      'a tie goes to the higher index',
      { stepId: 'c', stepIndex: 2, stepAt: 5 },
      { stepId: 'b', stepIndex: 1, stepAt: 5 },
      { stepId: 'c', stepIndex: 2, stepAt: 5 },
    ],
    [
      'a full tie goes to the greater id',
      { stepId: 'x', stepIndex: 1, stepAt: 5 },
      { stepId: 'y', stepIndex: 1, stepAt: 5 },
      { stepId: 'y', stepIndex: 1, stepAt: 5 },
    ],
    [
      'a timed write wins over an untimed one',
      { stepId: 'z', stepIndex: 3 },
      { stepId: 'a', stepIndex: 0, stepAt: 1 },
      { stepId: 'a', stepIndex: 0, stepAt: 1 },
    ],
  ])('treats the step as one register: %s', (_, a, b, expected) => {
    expect(mergeProgress({ ...base, ...a }, { ...base, ...b })).toStrictEqual({
      ...base,
      ...expected,
    });
    expect(mergeProgress({ ...base, ...b }, { ...base, ...a })).toStrictEqual({
      ...base,
      ...expected,
    });
  });

  it('unites checklist items, each with its earliest time', () => {
    const merged = mergeProgress(
      { ...base, items: { a: 5, b: 2 } },
      { ...base, items: { b: 1, c: 7 } },
    );
    expect(merged.items).toStrictEqual({ a: 5, b: 1, c: 7 });
  });

  it('hands back its first argument when the second adds nothing', () => {
    const a = { ...base, status: 'dismissed' as const, shows: 2, dismissedAt: 9 };
    expect(mergeProgress(a, base)).toBe(a);
    expect(mergeProgress(a, { ...a })).toBe(a);
  });
});

describe('resetProgress', () => {
  const dismissed = { ...base, status: 'dismissed' as const, shows: 2, dismissedAt: 9 };

  it('starts a fresh epoch that wins over the old one everywhere', () => {
    const fresh = resetProgress(dismissed, 100);
    expect(fresh).toStrictEqual({ status: 'idle', version: 1, resetAt: 100, shows: 0 });
    expect(mergeProgress(dismissed, fresh)).toBe(fresh);
  });

  it('moves past the previous reset when the clock went back', () => {
    const once = resetProgress(dismissed, 100);
    const twice = resetProgress({ ...once, status: 'dismissed' }, 40);
    expect(twice.resetAt).toBe(101);
  });
});
