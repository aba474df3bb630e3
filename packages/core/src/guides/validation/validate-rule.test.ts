import { describe, expect, it } from 'vitest';
import { audience, definitionWith, issuesOf } from '../definition-test-helpers';
import { parseGuidepost } from '../parse-guidepost';

const OPERATORS = 'eq, ne, in, nin, gt, gte, lt, lte, exists, contains, startsWith';
const COMPARISONS = 'eq, ne, gt, gte, lt, lte';
const SHAPES = 'all, any, not, attr, segment, tier, event, daysSince, guide, rollout';
const AT = 'guides.tip.audience';

function nested(depth: number): unknown {
  let rule: unknown = { segment: 'trial' };
  for (let level = 1; level < depth; level += 1) rule = { not: rule };
  return rule;
}

describe('rule validation', () => {
  it.each<[string, unknown]>([
    [
      'every attribute operator',
      {
        all: [
          { attr: 'plan', eq: 'pro', ne: null },
          { attr: 'n', in: [1, 'a', true, null], nin: [] },
          { attr: 'age', gt: 1, gte: '2026-01-01', lt: 2, lte: '2026-01-01T10:00Z' },
          { attr: 'company.size', exists: false },
          { attr: 'tags', contains: 'x' },
          { attr: 'email', startsWith: 'a' },
        ],
      },
    ],
    [
      'events with counts and windows',
      { any: [{ event: 'a' }, { event: 'b', count: { gte: 3, lt: 10 }, within: '1.5h' }] },
    ],
    ['days since an attribute', { daysSince: 'signedUpAt', gte: 1, lte: 14 }],
    ['tiers, one or several', { all: [{ tier: 'tech' }, { tier: ['high', 'low'] }] }],
    [
      'sequencing on every condition',
      { all: ['completed', 'dismissed', 'seen', 'active'].map((is) => ({ guide: 'tour', is })) },
    ],
    [
      'rollout with and without salt',
      { any: [{ rollout: { percent: 0 } }, { rollout: { percent: 100, salt: 's' } }] },
    ],
    ['rules nested 32 deep', nested(32)],
    ['empty all and any', { all: [{ any: [] }] }],
  ])('accepts %s', (_name, rule) => {
    expect(issuesOf(audience(rule))).toEqual([]);
  });

  it.each<[string, unknown, string, string]>([
    [
      'a rule of no known shape',
      { plan: 'pro' },
      AT,
      `unknown rule shape; expected an object with one of ${SHAPES}, or a function`,
    ],
    [
      'a rule that is a string',
      'trial',
      AT,
      `unknown rule shape; expected an object with one of ${SHAPES}, or a function`,
    ],
    [
      'an unknown attribute operator',
      { attr: 'plan', equals: 'pro' },
      AT,
      `unknown operator 'equals'; expected one of ${OPERATORS}`,
    ],
    [
      'an attribute rule with no operator',
      { attr: 'plan' },
      AT,
      `attribute rule has no operator; expected one of ${OPERATORS}`,
    ],
    [
      'an empty attribute path',
      { attr: '', exists: true },
      `${AT}.attr`,
      "invalid attribute path ''; expected names separated by dots",
    ],
    [
      'an attribute path with an empty name',
      { attr: 'company..size', eq: 1 },
      `${AT}.attr`,
      "invalid attribute path 'company..size'; expected names separated by dots",
    ],
    [
      'an attribute path through __proto__',
      { attr: '__proto__.polluted', exists: true },
      `${AT}.attr`,
      "invalid attribute path '__proto__.polluted'; __proto__, constructor and prototype are reserved",
    ],
    [
      'eq with an object',
      { attr: 'plan', eq: { pro: true } },
      `${AT}.eq`,
      'expected a string, a number, a boolean or null',
    ],
    [
      'ne with NaN',
      { attr: 'plan', ne: Number.NaN },
      `${AT}.ne`,
      'expected a string, a number, a boolean or null',
    ],
    [
      'in that is not a list',
      { attr: 'plan', in: 'pro' },
      `${AT}.in`,
      'expected a list of strings, numbers, booleans or null',
    ],
    [
      'nin with an object inside',
      { attr: 'plan', nin: ['a', {}] },
      `${AT}.nin[1]`,
      'expected a string, a number, a boolean or null',
    ],
    [
      'gt with a word',
      { attr: 'age', gt: 'soon' },
      `${AT}.gt`,
      'expected a number or an ISO 8601 date',
    ],
    [
      'lte with an impossible date',
      { attr: 'signedUpAt', lte: '2026-02-30' },
      `${AT}.lte`,
      'expected a number or an ISO 8601 date',
    ],
    [
      'exists with a string',
      { attr: 'beta', exists: 'yes' },
      `${AT}.exists`,
      'expected true or false',
    ],
    [
      'startsWith with a number',
      { attr: 'email', startsWith: 1 },
      `${AT}.startsWith`,
      'expected a string',
    ],
    [
      'contains with a list',
      { attr: 'tags', contains: ['a'] },
      `${AT}.contains`,
      'expected a string, a number, a boolean or null',
    ],
    [
      'an unknown tier',
      { tier: 'medium' },
      `${AT}.tier`,
      "expected 'high', 'low' or 'tech', or a list of them",
    ],
    [
      'an empty list of tiers',
      { tier: [] },
      `${AT}.tier`,
      "expected 'high', 'low' or 'tech', or a list of them",
    ],
    [
      'an unknown guide state',
      { guide: 'tour', is: 'done' },
      `${AT}.is`,
      "unknown state 'done'; expected one of completed, dismissed, seen, active",
    ],
    [
      'a guide rule without is',
      { guide: 'tour' },
      `${AT}.is`,
      'a guide rule needs is: one of completed, dismissed, seen, active',
    ],
    [
      'a field a segment rule does not have',
      { segment: 'trial', negate: true },
      AT,
      "unexpected field 'negate' in a segment rule",
    ],
    ['an empty event name', { event: '' }, `${AT}.event`, 'expected a non-empty string'],
    [
      'an invalid window',
      { event: 'a', within: '7 days' },
      `${AT}.within`,
      "expected a duration such as '30m', '24h', '7d' or '2w'",
    ],
    [
      'a count that is a number',
      { event: 'a', count: 3 },
      `${AT}.count`,
      'expected a comparison such as { gte: 3 }',
    ],
    [
      'an unknown count operator',
      { event: 'a', count: { atLeast: 3 } },
      `${AT}.count`,
      `unknown operator 'atLeast'; expected one of ${COMPARISONS}`,
    ],
    [
      'a count bound that is a string',
      { event: 'a', count: { gte: '3' } },
      `${AT}.count.gte`,
      'expected a finite number',
    ],
    [
      'daysSince with no comparison',
      { daysSince: 'signedUpAt' },
      AT,
      `expected at least one of ${COMPARISONS}`,
    ],
    [
      'a rollout percent over 100',
      { rollout: { percent: 120 } },
      `${AT}.rollout.percent`,
      'expected a number from 0 to 100',
    ],
    [
      'a negative rollout percent',
      { rollout: { percent: -1 } },
      `${AT}.rollout.percent`,
      'expected a number from 0 to 100',
    ],
    [
      'a rollout without percent',
      { rollout: { salt: 's' } },
      `${AT}.rollout.percent`,
      'expected a number from 0 to 100',
    ],
    [
      'all that is not a list',
      { all: { segment: 'trial' } },
      `${AT}.all`,
      'expected a list of rules',
    ],
    [
      'a broken clause deep inside',
      { any: [{ segment: 'trial' }, { not: { attr: 'plan', is: 'pro' } }] },
      `${AT}.any[1].not`,
      `unknown operator 'is'; expected one of ${OPERATORS}`,
    ],
    [
      'rules nested 33 deep',
      nested(33),
      `${AT}${'.not'.repeat(32)}`,
      'rules nested deeper than 32 levels',
    ],
  ])('reports %s', (_name, rule, path, message) => {
    expect(issuesOf(audience(rule))).toEqual([[path, message]]);
  });

  it('refuses function rules in a parsed definition', () => {
    const { issues } = parseGuidepost(audience({ not: () => true }));
    expect(issues.map((issue) => [issue.path, issue.message])).toEqual([
      [`${AT}.not`, 'a rule from JSON cannot be a function'],
    ]);
  });

  it('checks rules in segments, touch tiers and checklist items alike', () => {
    const input = definitionWith({
      segments: { pro: { attr: 'plan', equals: 'pro' } },
      touchModel: { high: { attr: 'ltv', gte: 'lots' } },
      guides: {
        list: {
          kind: 'checklist',
          title: 'T',
          items: [{ id: 'a', label: 'A', audience: { tier: 'top' } }],
        },
      },
    });
    expect(issuesOf(input)).toEqual([
      ['segments.pro', `unknown operator 'equals'; expected one of ${OPERATORS}`],
      ['touchModel.high.gte', 'expected a number or an ISO 8601 date'],
      ['guides.list.items[0].audience.tier', "expected 'high', 'low' or 'tech', or a list of them"],
    ]);
  });
});
