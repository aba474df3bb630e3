import { describe, expect, it } from 'vitest';
import { explain } from './explain';
import type { EventHistory, Rule, RuleContext } from './types';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 15, 12);

const noEvents: EventHistory = { count: () => 0 };

function context(user: Record<string, unknown>, extra: Partial<RuleContext> = {}): RuleContext {
  return { user, now: NOW, events: noEvents, ...extra };
}

describe('explain summaries', () => {
  it.each<[string, Rule, RuleContext, string]>([
    [
      'in',
      { attr: 'plan', in: ['pro', 'enterprise'] },
      context({ plan: 'free' }),
      "plan is 'free'; the rule wants one of 'pro', 'enterprise'",
    ],
    [
      'eq on a missing attribute',
      { attr: 'plan', eq: 'pro' },
      context({}),
      "plan is missing; the rule wants 'pro'",
    ],
    [
      'event within',
      { event: 'project_created', count: { gte: 3 }, within: '7d' },
      context({}),
      'project_created happened 0 times in the last 7d; the rule wants at least 3',
    ],
    [
      'event at least once',
      { event: 'invited' },
      context({}),
      'invited happened 0 times; the rule wants at least once',
    ],
    [
      'daysSince',
      { daysSince: 'signedUpAt', lte: 14 },
      context({ signedUpAt: NOW - 20 * DAY }),
      'signedUpAt was 20 days ago; the rule wants at most 14',
    ],
    [
      'daysSince of a missing date',
      { daysSince: 'signedUpAt', lte: 14 },
      context({}),
      'signedUpAt is missing; the rule wants at most 14',
    ],
    [
      'daysSince of an invalid date',
      { daysSince: 'signedUpAt', lte: 14 },
      context({ signedUpAt: 'soon' }),
      "signedUpAt is 'soon', not a date; the rule wants at most 14",
    ],
    [
      'daysSince in the future',
      { daysSince: 'signedUpAt', gte: 0 },
      context({ signedUpAt: NOW + DAY }),
      'signedUpAt is 1 day from now; the rule wants at least 0',
    ],
    ['segment', { segment: 'trial' }, context({}), "segment 'trial' does not match"],
    ['tier', { tier: 'high' }, context({}), "tier is 'tech'; the rule wants 'high'"],
    [
      'tier list',
      { tier: ['high', 'low'] },
      context({}),
      "tier is 'tech'; the rule wants one of 'high', 'low'",
    ],
    [
      'rollout holdout',
      { rollout: { percent: 20, salt: 'export-v2' } },
      context({ id: 'user-24625' }),
      'user is in the holdout (bucket 93.20, rollout 20%)',
    ],
    [
      'rollout without id',
      { rollout: { percent: 20 } },
      context({}),
      'user has no id, so is in the holdout (rollout 20%)',
    ],
    [
      'guide',
      { guide: 'welcome', is: 'completed' },
      context({}),
      "guide 'welcome' is not completed; the rule wants it completed",
    ],
    [
      'ne',
      { attr: 'plan', ne: 'free' },
      context({ plan: 'free' }),
      "plan is 'free'; the rule wants anything but 'free'",
    ],
    [
      'nin',
      { attr: 'plan', nin: ['free'] },
      context({ plan: 'free' }),
      "plan is 'free'; the rule wants none of 'free'",
    ],
    [
      'exists',
      { attr: 'plan', exists: true },
      context({}),
      'plan is missing; the rule wants it present',
    ],
    [
      'exists false',
      { attr: 'plan', exists: false },
      context({ plan: null }),
      'plan is null; the rule wants it missing',
    ],
    [
      'gte',
      { attr: 'ltv', gte: 5000, lt: 50000 },
      context({ ltv: 100 }),
      'ltv is 100; the rule wants at least 5000',
    ],
    [
      'lt',
      { attr: 'ltv', gte: 5000, lt: 50000 },
      context({ ltv: 60000 }),
      'ltv is 60000; the rule wants less than 50000',
    ],
    [
      'a date comparison',
      { attr: 'signedUpAt', gte: '2026-01-01' },
      context({ signedUpAt: '2025-06-01' }),
      "signedUpAt is '2025-06-01'; the rule wants on or after 2026-01-01",
    ],
    [
      'contains',
      { attr: 'roles', contains: 'admin' },
      context({ roles: ['user', 'owner'] }),
      "roles is ['user', 'owner']; the rule wants it to contain 'admin'",
    ],
    [
      'startsWith',
      { attr: 'email', startsWith: 'admin' },
      context({ email: 'kim@acme.io' }),
      "email is 'kim@acme.io'; the rule wants it to start with 'admin'",
    ],
    [
      'an object value',
      { attr: 'company', eq: 'acme' },
      context({ company: { name: 'acme' } }),
      "company is an object; the rule wants 'acme'",
    ],
    ['an empty any', { any: [] }, context({}), 'an empty any does not hold'],
    [
      'not',
      { not: { attr: 'plan', eq: 'pro' } },
      context({ plan: 'pro' }),
      "the rule wants this not to hold: plan is 'pro'; the rule wants 'pro'",
    ],
    [
      'a named function',
      function isAdmin() {
        return false;
      },
      context({}),
      'the function rule isAdmin returned false',
    ],
    [
      'a throwing function',
      () => {
        throw new Error('no session');
      },
      context({}),
      'the function rule threw: no session',
    ],
    [
      'an invalid rule',
      { attr: 'plan' } as Rule,
      context({}),
      "the rule is invalid: attr 'plan' has no operator (eq, in, gte, exists, …)",
    ],
  ])('%s', (_name, rule, ctx, summary) => {
    const explanation = explain(rule, ctx);
    expect(explanation.passed).toBe(false);
    expect(explanation.summary).toBe(summary);
  });

  it('summarises the first failing leaf of a nested rule', () => {
    const rule: Rule = {
      all: [
        { attr: 'plan', eq: 'pro' },
        {
          any: [
            { attr: 'seats', gte: 10 },
            { attr: 'role', eq: 'admin' },
          ],
        },
        { attr: 'country', eq: 'JP' },
      ],
    };
    const explanation = explain(
      rule,
      context({ plan: 'pro', seats: 3, role: 'user', country: 'FR' }),
    );
    expect(explanation.summary).toBe('seats is 3; the rule wants at least 10');
  });

  it('summarises a passing rule with its top clause', () => {
    const explanation = explain(
      { all: [{ attr: 'plan', eq: 'pro' }, { not: { segment: 'trial' } }] },
      context({ plan: 'pro' }),
    );
    expect(explanation).toMatchObject({ passed: true, summary: 'all 2 clauses hold' });
  });
});

describe('explain trees', () => {
  it('mirrors the rule, clause by clause, with the values seen', () => {
    const rule: Rule = {
      all: [
        { attr: 'plan', in: ['pro', 'enterprise'] },
        { any: [{ daysSince: 'signedUpAt', lte: 14 }, { event: 'project_created' }] },
        { not: { rollout: { percent: 0, salt: 's' } } },
      ],
    };
    const explanation = explain(
      rule,
      context({ id: 'u1', plan: 'free', signedUpAt: NOW - 3 * DAY }),
    );
    expect(explanation.clause).toMatchObject({
      kind: 'all',
      passed: false,
      message: '1 of 3 clauses failed; the rule wants all to hold',
      children: [
        { kind: 'attr', passed: false, seen: 'free' },
        {
          kind: 'any',
          passed: true,
          message: '1 of 2 clauses held',
          children: [
            {
              kind: 'daysSince',
              passed: true,
              seen: 3,
              message: 'signedUpAt was 3 days ago; the rule wants at most 14',
            },
            { kind: 'event', passed: false, seen: 0 },
          ],
        },
        {
          kind: 'not',
          passed: true,
          children: [{ kind: 'rollout', passed: false, seen: expect.any(Number) as number }],
        },
      ],
    });
  });

  it('explains every clause of a list, not only up to the first failure', () => {
    const explanation = explain(
      { all: [{ any: [] }, { attr: 'plan', eq: 'pro' }] },
      context({ plan: 'pro' }),
    );
    expect(explanation.clause.children?.map((child) => child.passed)).toEqual([false, true]);
  });

  it('agrees with evaluation on the result', () => {
    const rule: Rule = { any: [{ attr: 'plan', eq: 'pro' }, { tier: 'tech' }] };
    expect(explain(rule, context({})).passed).toBe(true);
    expect(explain(rule, context({}, { tier: () => 'high' })).passed).toBe(false);
  });
});
