import { describe, expect, it } from 'vitest';
import { evaluate } from '.';
import type { Rule } from './types';
import { createRolloutProbe } from './rollout-probe';

const segments: Record<string, Rule> = {
  pro: { attr: 'plan', eq: 'pro' },
  beta: { all: [{ segment: 'pro' }, { rollout: { percent: 10 } }] },
  loop: { any: [{ segment: 'loop' }, { rollout: { percent: 50 } }] },
};
const probe = createRolloutProbe(segments);
const context = {
  user: { id: 'u1', plan: 'pro' },
  now: 0,
  segment: (name: string) => name === 'pro',
};

describe('createRolloutProbe', () => {
  it.each<[string, Rule, boolean]>([
    ['a rollout clause', { rollout: { percent: 20 } }, true],
    [
      'a nested rollout',
      { all: [{ attr: 'plan', eq: 'pro' }, { not: { rollout: { percent: 5 } } }] },
      true,
    ],
    ['a rollout inside a segment', { segment: 'beta' }, true],
    ['a segment that refers to itself', { segment: 'loop' }, true],
    ['no rollout', { any: [{ segment: 'pro' }, { tier: 'tech' }] }, false],
    ['a function rule', () => true, false],
  ])('finds %s: %s', (_, rule, expected) => {
    expect(probe.hasRollout(rule)).toBe(expected);
  });

  it.each<[string, Rule, boolean, boolean]>([
    ['a plain rollout', { rollout: { percent: 1 } }, true, false],
    ['a holdout written with not', { not: { rollout: { percent: 99 } } }, false, true],
    [
      'a rollout after a passing clause',
      { all: [{ attr: 'plan', eq: 'pro' }, { rollout: { percent: 1 } }] },
      true,
      false,
    ],
    [
      'a rollout that cannot decide',
      { any: [{ attr: 'plan', eq: 'pro' }, { rollout: { percent: 1 } }] },
      true,
      true,
    ],
  ])('fixes %s in and out of the bucket', (_, rule, inBucket, outOfBucket) => {
    expect(evaluate(probe.fixRollout(rule, true), context)).toBe(inBucket);
    expect(evaluate(probe.fixRollout(rule, false), context)).toBe(outOfBucket);
  });

  it('returns the same rewritten rule every time, and rules without rollout untouched', () => {
    const rule: Rule = { all: [{ rollout: { percent: 3 } }] };
    expect(probe.fixRollout(rule, true)).toBe(probe.fixRollout(rule, true));
    const plain: Rule = { attr: 'plan', eq: 'pro' };
    expect(probe.fixRollout(plain, true)).toBe(plain);
  });
});
