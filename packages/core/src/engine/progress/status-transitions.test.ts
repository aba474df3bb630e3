import { describe, expect, it } from 'vitest';
import type { GuideProgress, GuideStatus } from '../../persistence/types';
import {
  advanceStep,
  closeShow,
  completeChecklistItem,
  completeGuide,
  dismissGuide,
  goToStep,
  markShown,
  PROGRESS_TABLE,
  resetGuide,
  retreatStep,
  snoozeGuide,
  startGuide,
} from './progress-table';
import type { ProgressAction } from './progress-table';
import { mergeProgress } from '../../persistence';

const now = 10_000;
const steps = ['intro', 'create'];

function progress(status: GuideStatus, extra: Partial<GuideProgress> = {}): GuideProgress {
  return { status, version: 1, resetAt: 0, shows: 0, ...extra };
}

describe('startGuide', () => {
  it.each([
    ['idle', progress('idle')],
    ['snoozed', progress('snoozed', { snoozedUntil: 9_000, stepIndex: 1, stepId: 'create' })],
  ])('opens a %s guide at its first step', (_, before) => {
    const after = startGuide(before, { stepIds: steps, now });
    expect(after).toMatchObject({ status: 'active', statusAt: now, stepIndex: 0, stepId: 'intro' });
    expect(after.snoozedUntil).toBeUndefined();
  });

  it('resumes an active guide where it stands', () => {
    const before = progress('active', { stepIndex: 1, stepId: 'create' });
    expect(startGuide(before, { stepIds: steps, now })).toBe(before);
  });

  it('resumes an active guide on a removed step by its clamped index', () => {
    const before = progress('active', { stepIndex: 4, stepId: 'gone' });
    expect(startGuide(before, { stepIds: steps, now })).toMatchObject({
      stepIndex: 1,
      stepId: 'create',
    });
  });

  it.each(['completed', 'dismissed'] as const)('leaves a %s guide as it is', (status) => {
    const before = progress(status);
    expect(startGuide(before, { stepIds: steps, now })).toBe(before);
  });

  it('opens a guide without steps at index 0 and no step id', () => {
    const after = startGuide(progress('idle'), { stepIds: [], now });
    expect(after).toMatchObject({ status: 'active', stepIndex: 0 });
    expect(after.stepId).toBeUndefined();
  });
});

describe('terminal and snooze transitions', () => {
  it.each([
    [
      'completeGuide',
      'idle',
      (p: GuideProgress) => completeGuide(p, now),
      { status: 'completed', completedAt: now },
    ],
    [
      'completeGuide',
      'active',
      (p: GuideProgress) => completeGuide(p, now),
      { status: 'completed', statusAt: now },
    ],
    [
      'completeGuide',
      'snoozed',
      (p: GuideProgress) => completeGuide(p, now),
      { status: 'completed' },
    ],
    [
      'dismissGuide',
      'active',
      (p: GuideProgress) => dismissGuide(p, now),
      { status: 'dismissed', dismissedAt: now },
    ],
    [
      'dismissGuide',
      'idle',
      (p: GuideProgress) => dismissGuide(p, now),
      { status: 'dismissed', statusAt: now },
    ],
    [
      'snoozeGuide',
      'active',
      (p: GuideProgress) => snoozeGuide(p, now + 60_000, now),
      { status: 'snoozed', snoozedUntil: now + 60_000 },
    ],
    [
      'snoozeGuide',
      'idle',
      (p: GuideProgress) => snoozeGuide(p, now + 1, now),
      { status: 'snoozed', statusAt: now },
    ],
  ] as const)('%s turns %s into %o', (_, status, transition, expected) => {
    expect(transition(progress(status, { snoozedUntil: 1 }))).toMatchObject(expected);
  });

  it.each([
    ['completeGuide', 'completed', (p: GuideProgress) => completeGuide(p, now)],
    ['completeGuide', 'dismissed', (p: GuideProgress) => completeGuide(p, now)],
    ['dismissGuide', 'completed', (p: GuideProgress) => dismissGuide(p, now)],
    ['dismissGuide', 'dismissed', (p: GuideProgress) => dismissGuide(p, now)],
    ['snoozeGuide', 'dismissed', (p: GuideProgress) => snoozeGuide(p, now + 1, now)],
    [
      'snoozeGuide (a time not in the future)',
      'active',
      (p: GuideProgress) => snoozeGuide(p, now, now),
    ],
  ] as const)('%s leaves a %s guide as it is', (_, status, transition) => {
    const before = progress(status);
    expect(transition(before)).toBe(before);
  });

  it('drops the snooze time when the guide completes', () => {
    const after = completeGuide(progress('snoozed', { snoozedUntil: now + 5 }), now);
    expect(after.snoozedUntil).toBeUndefined();
  });
});

describe('a transition after the clock went back', () => {
  const shownAt = progress('active', { shows: 1, statusAt: now, stepIndex: 0, stepAt: now });
  const earlier = now - 60_000;

  it.each<[string, (before: GuideProgress) => GuideProgress]>([
    ['a snooze', (before) => snoozeGuide(before, earlier + 1_000, earlier)],
    ['a close', (before) => closeShow(before, earlier)],
    ['a dismissal', (before) => dismissGuide(before, earlier)],
    ['a completion', (before) => completeGuide(before, earlier)],
  ])('stamps %s just after the show, so it wins the merge with it', (_, act) => {
    const after = act(shownAt);
    expect(after.statusAt).toBe(now + 1);
    expect(mergeProgress(after, shownAt)).toBe(after);
    expect(mergeProgress(shownAt, after)).toBe(after);
  });

  it('stamps a new show after the close it follows', () => {
    const closed = closeShow(shownAt, now + 5);
    const reopened = startGuide(closed, { stepIds: steps, now: earlier });
    expect(reopened).toMatchObject({ status: 'active', statusAt: now + 6, stepAt: now + 1 });
    expect(mergeProgress(closed, reopened)).toBe(reopened);
  });
});

describe('markShown', () => {
  it.each([
    [0, undefined, 1],
    [2, 3_000, 3],
  ])('counts a show (shows %i → %i)', (shows, lastShownAt, expected) => {
    const before = progress('active', {
      shows,
      ...(lastShownAt === undefined ? {} : { lastShownAt }),
    });
    expect(markShown(before, now)).toMatchObject({ shows: expected, lastShownAt: now });
  });
});

describe('completeChecklistItem', () => {
  it.each([
    ['a first item', undefined, 'invite', { invite: now }],
    ['another item', { connect: 5 }, 'invite', { connect: 5, invite: now }],
    ['an item named like a prototype key', undefined, '__proto__', { ['__proto__']: now }],
  ])('ticks %s', (_, items, itemId, expected) => {
    const before = progress('active', items === undefined ? {} : { items });
    const after = completeChecklistItem(before, itemId, now);
    expect(Object.entries(after.items ?? {})).toEqual(Object.entries(expected));
  });

  it('keeps the first time of an item ticked twice', () => {
    const before = progress('active', { items: { invite: 5 } });
    expect(completeChecklistItem(before, 'invite', now)).toBe(before);
  });

  it.each(['dismissed', 'completed', 'idle'] as const)(
    'records items of a %s checklist',
    (status) => {
      expect(completeChecklistItem(progress(status), 'invite', now).items).toEqual({ invite: now });
    },
  );
});

describe('the progress table', () => {
  const statuses: readonly GuideStatus[] = ['idle', 'active', 'snoozed', 'completed', 'dismissed'];
  const input = { stepIds: steps, now };
  const transitions: Readonly<Record<ProgressAction, (before: GuideProgress) => GuideProgress>> = {
    start: (before) => startGuide(before, input),
    countShow: (before) => markShown(before, now),
    advance: (before) => advanceStep(before, input),
    retreat: (before) => retreatStep(before, input),
    goTo: (before) => goToStep(before, 'intro', input),
    close: (before) => closeShow(before, now),
    complete: (before) => completeGuide(before, now),
    dismiss: (before) => dismissGuide(before, now),
    snooze: (before) => snoozeGuide(before, now + 60_000, now),
    reset: (before) => resetGuide(before, now),
    tickItem: (before) => completeChecklistItem(before, 'invite', now),
  };
  const cases = (Object.keys(PROGRESS_TABLE) as ProgressAction[]).flatMap((action) =>
    statuses.map((status) => [action, status] as const),
  );

  it.each(cases)(
    '%s from %s leaves the guide as it is unless its row lists the status',
    (action, status) => {
      // On the second step, so that a step can move either way.
      const before = progress(status, { stepIndex: 1, stepId: 'create', snoozedUntil: 9_000 });
      const after = transitions[action](before);
      const row = PROGRESS_TABLE[action];
      if (!row.from.includes(status)) {
        expect(after).toBe(before);
        return;
      }
      if (row.to === 'same') expect(after.status).toBe(status);
      else if (row.to === 'active or completed')
        expect(['active', 'completed']).toContain(after.status);
      else expect(after.status).toBe(row.to);
    },
  );
});
