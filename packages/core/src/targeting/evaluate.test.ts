import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import type { Rule, RuleContext } from './types';

const context: RuleContext = { user: { id: 'u1', plan: 'pro' }, now: 0 };

/** An attribute rule that counts how often its `attr` is read, as compiling does. */
function countingRule(): { rule: Rule; reads: () => number } {
  let reads = 0;
  const rule = {} as Rule;
  Object.defineProperty(rule, 'attr', {
    enumerable: true,
    get: () => {
      reads += 1;
      return 'plan';
    },
  });
  Object.defineProperty(rule, 'eq', { enumerable: true, value: 'pro' });
  return { rule, reads: () => reads };
}

describe('evaluate', () => {
  it('compiles a rule object once however often it is evaluated', () => {
    const { rule, reads } = countingRule();
    expect(evaluate(rule, context)).toBe(true);
    const afterFirst = reads();
    for (let round = 0; round < 100; round++) evaluate(rule, context);
    expect(reads()).toBe(afterFirst);
  });

  it('compiles an equal but distinct rule object on its own', () => {
    const first = countingRule();
    const second = countingRule();
    evaluate(first.rule, context);
    evaluate(second.rule, context);
    expect(second.reads()).toBeGreaterThan(0);
  });

  it.each<[string, Rule, boolean]>([
    ['an attribute rule', { attr: 'plan', eq: 'pro' }, true],
    ['a function rule', (ctx: RuleContext) => ctx.user.id === 'u1', true],
    [
      'a throwing function rule',
      () => {
        throw new Error('boom');
      },
      false,
    ],
    ['a rule that cannot be read', { nope: true } as unknown as Rule, false],
    ['a rule that is not an object', 'plan' as unknown as Rule, false],
  ])('answers %s', (_name, rule, expected) => {
    expect(evaluate(rule, context)).toBe(expected);
    expect(evaluate(rule, context)).toBe(expected);
  });
});
