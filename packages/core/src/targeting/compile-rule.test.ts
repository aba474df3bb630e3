import { describe, expect, it, vi } from 'vitest';
import { GuidepostError } from '../errors/guidepost-error';
import { compileRule } from './compile-rule';
import type { EventHistory, GuideCondition, Rule, RuleContext, TouchTier } from './types';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 15, 12);

/** Counts fixed timestamps per event name, with the window `now - withinMs < t <= now`. */
function history(log: Record<string, number[]>): EventHistory {
  return {
    count: (event, withinMs, now = NOW) =>
      (log[event] ?? []).filter((t) => t <= now && (withinMs === undefined || t > now - withinMs))
        .length,
  };
}

/** Fields to replace in the base context; `undefined` takes a reader away. */
type Overrides = { [K in keyof RuleContext]?: RuleContext[K] | undefined };

const base: RuleContext = {
  user: { id: 'u1', plan: 'pro', signedUpAt: new Date(NOW - 20 * DAY).toISOString() },
  now: NOW,
  events: history({ project_created: [NOW - 9 * DAY, NOW - 2 * DAY, NOW - DAY] }),
  guide: (id: string, is: GuideCondition) => id === 'welcome' && is === 'completed',
  segment: (name: string) => name === 'trial',
  tier: (): TouchTier => 'low',
};

describe('rule kinds', () => {
  it.each<[string, Rule, Overrides, boolean]>([
    ['all of nothing holds', { all: [] }, {}, true],
    ['any of nothing fails', { any: [] }, {}, false],
    [
      'all with one failing clause',
      { all: [{ attr: 'plan', eq: 'pro' }, { segment: 'x' }] },
      {},
      false,
    ],
    [
      'all with every clause holding',
      { all: [{ attr: 'plan', eq: 'pro' }, { segment: 'trial' }] },
      {},
      true,
    ],
    ['all of four', { all: [{ all: [] }, { all: [] }, { all: [] }, { tier: 'low' }] }, {}, true],
    [
      'all of four, the last fails',
      { all: [{ all: [] }, { all: [] }, { all: [] }, { any: [] }] },
      {},
      false,
    ],
    [
      'any with one holding clause',
      { any: [{ attr: 'plan', eq: 'x' }, { segment: 'trial' }] },
      {},
      true,
    ],
    ['any of three, none hold', { any: [{ any: [] }, { any: [] }, { any: [] }] }, {}, false],
    [
      'any of four, the last holds',
      { any: [{ any: [] }, { any: [] }, { any: [] }, { all: [] }] },
      {},
      true,
    ],
    ['not inverts', { not: { attr: 'plan', eq: 'pro' } }, {}, false],
    ['not not restores', { not: { not: { attr: 'plan', eq: 'pro' } } }, {}, true],
    ['not of an empty any', { not: { any: [] } }, {}, true],
    ['segment asks the context', { segment: 'trial' }, {}, true],
    ['segment that does not match', { segment: 'enterprise' }, {}, false],
    ['segment without a resolver', { segment: 'trial' }, { segment: undefined }, false],
    ['tier matches one', { tier: 'low' }, {}, true],
    ['tier misses one', { tier: 'high' }, {}, false],
    ['tier matches a list', { tier: ['high', 'low'] }, {}, true],
    ['tier misses a list', { tier: ['high', 'tech'] }, {}, false],
    ['tier without a resolver is tech', { tier: 'tech' }, { tier: undefined }, true],
    ['guide state asks the context', { guide: 'welcome', is: 'completed' }, {}, true],
    ['guide state in another condition', { guide: 'welcome', is: 'dismissed' }, {}, false],
    [
      'guide state without a reader',
      { guide: 'welcome', is: 'completed' },
      { guide: undefined },
      false,
    ],
    ['event at least once', { event: 'project_created' }, {}, true],
    ['event never tracked', { event: 'invited' }, {}, false],
    ['event count gte', { event: 'project_created', count: { gte: 3 } }, {}, true],
    [
      'event count within a window',
      { event: 'project_created', count: { gte: 3 }, within: '7d' },
      {},
      false,
    ],
    [
      'event count within a window holds',
      { event: 'project_created', count: { eq: 2 }, within: '7d' },
      {},
      true,
    ],
    ['event count lt', { event: 'project_created', count: { lt: 1 } }, {}, false],
    ['event count range', { event: 'project_created', count: { gte: 1, lte: 3 } }, {}, true],
    ['event count ne', { event: 'project_created', count: { ne: 3 } }, {}, false],
    [
      'event without history counts 0',
      { event: 'project_created', count: { eq: 0 } },
      { events: undefined },
      true,
    ],
    [
      'event without history fails at least once',
      { event: 'project_created' },
      { events: undefined },
      false,
    ],
    ['daysSince lte', { daysSince: 'signedUpAt', lte: 14 }, {}, false],
    ['daysSince gte', { daysSince: 'signedUpAt', gte: 14 }, {}, true],
    ['daysSince exact', { daysSince: 'signedUpAt', eq: 20 }, {}, true],
    ['daysSince rounds down', { daysSince: 'at', eq: 0 }, { user: { at: NOW - DAY + 1 } }, true],
    ['daysSince a whole day', { daysSince: 'at', eq: 1 }, { user: { at: NOW - DAY } }, true],
    [
      'daysSince of a Date',
      { daysSince: 'at', gt: 1 },
      { user: { at: new Date(NOW - 3 * DAY) } },
      true,
    ],
    ['daysSince of a future date', { daysSince: 'at', lt: 0 }, { user: { at: NOW + DAY } }, true],
    ['daysSince of a missing date', { daysSince: 'at', gte: 0 }, { user: {} }, false],
    ['daysSince of a missing date, ne', { daysSince: 'at', ne: 3 }, { user: {} }, false],
    ['daysSince of an invalid date', { daysSince: 'at', gte: 0 }, { user: { at: 'soon' } }, false],
    ['daysSince of null', { daysSince: 'at', gte: 0 }, { user: { at: null } }, false],
    [
      'daysSince on a dotted path',
      { daysSince: 'a.at', eq: 2 },
      { user: { a: { at: NOW - 2 * DAY } } },
      true,
    ],
    ['rollout of 100% holds', { rollout: { percent: 100, salt: 's' } }, {}, true],
    ['rollout of 0% fails', { rollout: { percent: 0, salt: 's' } }, {}, false],
    ['rollout without salt', { rollout: { percent: 100 } }, {}, true],
    ['rollout with a number id', { rollout: { percent: 100 } }, { user: { id: 42 } }, true],
    ['rollout without a user id', { rollout: { percent: 100 } }, { user: {} }, false],
    ['rollout with an empty id', { rollout: { percent: 100 } }, { user: { id: '' } }, false],
    [
      'rollout with an object id',
      { rollout: { percent: 100 } },
      { user: { id: {} as string } },
      false,
    ],
    ['a function that returns true', () => true, {}, true],
    ['a function that returns false', () => false, {}, false],
    ['a function that returns a truthy non-boolean', (() => 1) as unknown as Rule, {}, false],
    [
      'a function sees the context',
      (context: RuleContext) => context.user['plan'] === 'pro',
      {},
      true,
    ],
    ['a function nested in all', { all: [() => true, { not: () => false }] }, {}, true],
  ])('%s', (_name, rule, overrides, expected) => {
    expect(compileRule(rule)({ ...base, ...overrides } as RuleContext)).toBe(expected);
  });

  it('gives the same answer when called again', () => {
    const compiled = compileRule({
      all: [{ attr: 'plan', eq: 'pro' }, { event: 'project_created' }],
    });
    expect([compiled(base), compiled(base), compiled(base)]).toEqual([true, true, true]);
  });
});

describe('function rules that throw', () => {
  it('count as false and are reported once per throw', () => {
    const onError = vi.fn();
    const failure = new Error('boom');
    const compiled = compileRule(
      {
        any: [
          () => {
            throw failure;
          },
        ],
      },
      { onError },
    );
    expect(compiled(base)).toBe(false);
    expect(compiled(base)).toBe(false);
    expect(onError).toHaveBeenCalledTimes(2);
    const error: unknown = onError.mock.calls[0]?.[0];
    expect(error).toBeInstanceOf(GuidepostError);
    expect(error).toMatchObject({ code: 'rule_threw', path: 'any[0]', cause: failure });
    expect((error as Error).message).toContain('boom');
  });

  it('stay false when onError itself throws', () => {
    const compiled = compileRule(
      () => {
        throw new Error('boom');
      },
      {
        onError: () => {
          throw new Error('handler broke');
        },
      },
    );
    expect(compiled(base)).toBe(false);
  });

  it('are false without onError', () => {
    const compiled = compileRule(() => {
      throw 'not an error';
    });
    expect(compiled(base)).toBe(false);
  });
});

describe('rules that cannot be read', () => {
  it.each<[string, unknown, string]>([
    ['an unknown kind', { plan: 'pro' }, 'no rule kind'],
    ['a string', 'plan', 'object or a function'],
    ['null', null, 'object or a function'],
    ['an attribute without operator', { attr: 'plan' }, 'no operator'],
    ['an attribute with an empty path segment', { attr: 'a..b', eq: 1 }, 'empty segment'],
    ['eq with an object', { attr: 'plan', eq: {} }, 'eq must be'],
    ['in that is not a list', { attr: 'plan', in: 'pro' }, 'in must be a list'],
    ['gte that is not a date', { attr: 'at', gte: 'soon' }, 'gte must be'],
    ['exists that is not boolean', { attr: 'a', exists: 1 }, 'exists must be'],
    ['startsWith that is not a string', { attr: 'a', startsWith: 1 }, 'startsWith must be'],
    ['all that is not a list', { all: {} }, 'all must be a list'],
    ['a bad duration', { event: 'x', within: '7 days' }, 'within must be'],
    ['an empty count', { event: 'x', count: {} }, 'count: give at least one'],
    ['a count bound that is text', { event: 'x', count: { gte: '3' } }, 'gte must be a number'],
    ['daysSince without a bound', { daysSince: 'at' }, 'give at least one'],
    ['an unknown tier', { tier: 'gold' }, 'tier must be'],
    ['an unknown guide condition', { guide: 'welcome', is: 'done' }, 'is must be'],
    ['a rollout without percent', { rollout: { salt: 'x' } }, 'percent must be'],
    ['a rollout with a number salt', { rollout: { percent: 5, salt: 1 } }, 'salt must be'],
  ])('%s never holds and is reported', (_name, rule, reason) => {
    const onError = vi.fn();
    const compiled = compileRule({ not: { not: rule as Rule } }, { onError });
    expect(compiled(base)).toBe(false);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({
      code: 'invalid_definition',
      path: 'not.not',
    });
    expect((onError.mock.calls[0]?.[0] as Error).message).toContain(reason);
  });

  it('refuses a rule that contains itself', () => {
    const list: Rule[] = [];
    const rule: Rule = { any: list };
    list.push(rule);
    const onError = vi.fn();
    expect(compileRule(rule, { onError })(base)).toBe(false);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({
      code: 'invalid_definition',
      path: 'any[0]',
    });
  });

  it('refuses rules nested too deep instead of overflowing the stack', () => {
    let rule: Rule = { attr: 'plan', eq: 'pro' };
    for (let depth = 0; depth < 10_000; depth++) rule = { not: rule };
    const onError = vi.fn();
    expect(compileRule(rule, { onError })(base)).toBe(false);
    expect(onError).toHaveBeenCalledTimes(1);
  });
});
