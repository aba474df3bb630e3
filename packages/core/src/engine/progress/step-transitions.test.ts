import { describe, expect, it } from 'vitest';
import type { GuideProgress } from '../../persistence/types';
import { advanceStep, goToStep, retreatStep } from './progress-table';
import { resolveStep } from './resolve-step';

const steps = ['intro', 'create', 'share'];
const now = 5_000;

function at(stepIndex: number | undefined, stepId?: string, status = 'active'): GuideProgress {
  return {
    status: status as GuideProgress['status'],
    version: 1,
    resetAt: 0,
    shows: 1,
    ...(stepIndex === undefined ? {} : { stepIndex }),
    ...(stepId === undefined ? {} : { stepId }),
  };
}

describe('resolveStep', () => {
  it.each([
    ['the stored id when it still exists', at(0, 'share'), steps, 2, 'share'],
    ['the stored index when the id was removed', at(1, 'gone'), steps, 1, 'create'],
    ['the last step when the index is past the end', at(7, 'gone'), steps, 2, 'share'],
    ['the first step when the index is negative', at(-3), steps, 0, 'intro'],
    ['the first step when nothing is stored', at(undefined), steps, 0, 'intro'],
    ['the first step when the index is not a number', at(Number.NaN), steps, 0, 'intro'],
    ['index 0 and no id for a guide without steps', at(4, 'intro'), [], 0, undefined],
  ])('resolves to %s', (_, progress, stepIds, stepIndex, stepId) => {
    expect(resolveStep(progress, stepIds)).toEqual({ stepIndex, stepId });
  });
});

describe('advanceStep', () => {
  it.each([
    [
      'moves to the next step',
      at(0, 'intro'),
      { status: 'active', stepIndex: 1, stepId: 'create' },
    ],
    ['completes from the last step', at(2, 'share'), { status: 'completed', completedAt: now }],
    [
      'moves on from a removed step by its clamped index',
      at(9, 'gone'),
      { status: 'completed', completedAt: now },
    ],
    [
      'moves on from a step that moved, by its id',
      at(2, 'intro'),
      { status: 'active', stepIndex: 1, stepId: 'create', stepAt: now },
    ],
  ])('%s', (_, progress, expected) => {
    expect(advanceStep(progress, { stepIds: steps, now })).toMatchObject(expected);
  });

  it('completes a guide without steps', () => {
    expect(advanceStep(at(0), { stepIds: [], now })).toMatchObject({ status: 'completed' });
  });

  it.each(['idle', 'completed', 'dismissed', 'snoozed'])('leaves a %s guide as it is', (status) => {
    const progress = at(0, 'intro', status);
    expect(advanceStep(progress, { stepIds: steps, now })).toBe(progress);
  });
});

describe('retreatStep', () => {
  it.each([
    ['moves back one step', at(2, 'share'), 1, 'create'],
    ['stays on the first step', at(0, 'intro'), 0, 'intro'],
    ['moves back from a removed step by its clamped index', at(5, 'gone'), 1, 'create'],
  ])('%s', (_, progress, stepIndex, stepId) => {
    expect(retreatStep(progress, { stepIds: steps, now })).toMatchObject({ stepIndex, stepId });
  });

  it('returns the same object when nothing changes', () => {
    const progress = at(0, 'intro');
    expect(retreatStep(progress, { stepIds: steps, now })).toBe(progress);
  });

  it('leaves a guide that is not active as it is', () => {
    const progress = at(2, 'share', 'dismissed');
    expect(retreatStep(progress, { stepIds: steps, now })).toBe(progress);
  });
});

describe('goToStep', () => {
  it.each([
    ['jumps forward', at(0, 'intro'), 'share', { stepIndex: 2, stepId: 'share', stepAt: now }],
    ['jumps back', at(2, 'share'), 'intro', { stepIndex: 0, stepId: 'intro', stepAt: now }],
  ])('%s', (_, progress, stepId, expected) => {
    expect(goToStep(progress, stepId, { stepIds: steps, now })).toMatchObject(expected);
  });

  it.each([
    ['an unknown step', at(0, 'intro'), 'nope'],
    ['a guide that is not active', at(0, 'intro', 'idle'), 'share'],
  ])('ignores %s', (_, progress, stepId) => {
    expect(goToStep(progress, stepId, { stepIds: steps, now })).toBe(progress);
  });
});
