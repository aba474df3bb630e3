import { describe, expect, it, vi } from 'vitest';
import { createTargeting } from './create-targeting';
import type { Rule, RuleContext, ScopeInput, TouchTier } from './types';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 15, 12);

const segments = {
  trial: { attr: 'plan', eq: 'trial' },
  newUser: { daysSince: 'signedUpAt', lte: 14 },
  activated: { event: 'project_created', count: { gte: 1 } },
  newTrial: { all: [{ segment: 'trial' }, { segment: 'newUser' }] },
  engagedNewTrial: { all: [{ segment: 'newTrial' }, { not: { segment: 'activated' } }] },
  highValue: { tier: 'high' },
} satisfies Record<string, Rule>;

const touchModel = {
  high: { attr: 'ltv', gte: 50_000 },
  low: { attr: 'ltv', gte: 5_000 },
} satisfies Record<string, Rule>;

function input(user: Record<string, unknown>, counts: Record<string, number> = {}): ScopeInput {
  return {
    user: { id: 'u1', ...user },
    now: NOW,
    events: { count: (event) => counts[event] ?? 0 },
  };
}

describe('createTargeting', () => {
  const targeting = createTargeting({ segments, touchModel });

  it.each<[string, number | undefined, TouchTier]>([
    ['a high LTV', 60_000, 'high'],
    ['the high bound', 50_000, 'high'],
    ['a middle LTV', 6_000, 'low'],
    ['a low LTV', 100, 'tech'],
    ['no LTV', undefined, 'tech'],
  ])('puts %s in the %s tier', (_name, ltv, tier) => {
    expect(targeting.tier(input(ltv === undefined ? {} : { ltv }))).toBe(tier);
  });

  it('makes everyone tech without a touch model', () => {
    expect(createTargeting().tier(input({ ltv: 1e9 }))).toBe('tech');
  });

  it.each<[string, Record<string, unknown>, Record<string, number>, string, boolean]>([
    ['a plain segment', { plan: 'trial' }, {}, 'trial', true],
    ['a segment of segments', { plan: 'trial', signedUpAt: NOW - 3 * DAY }, {}, 'newTrial', true],
    [
      'a segment of segments, one failing',
      { plan: 'trial', signedUpAt: NOW - 30 * DAY },
      {},
      'newTrial',
      false,
    ],
    ['three levels deep', { plan: 'trial', signedUpAt: NOW - DAY }, {}, 'engagedNewTrial', true],
    [
      'three levels deep, activated',
      { plan: 'trial', signedUpAt: NOW - DAY },
      { project_created: 2 },
      'engagedNewTrial',
      false,
    ],
    ['a segment on the tier', { ltv: 80_000 }, {}, 'highValue', true],
    ['an unknown segment', { plan: 'trial' }, {}, 'nope', false],
    ['an inherited name', {}, {}, 'toString', false],
  ])('resolves %s', (_name, user, counts, name, expected) => {
    expect(targeting.segment(name, input(user, counts))).toBe(expected);
    expect(targeting.evaluate({ segment: name }, input(user, counts))).toBe(expected);
  });

  it('lists every segment', () => {
    expect(targeting.segments(input({ plan: 'trial', signedUpAt: NOW, ltv: 6_000 }))).toEqual({
      trial: true,
      newUser: true,
      activated: false,
      newTrial: true,
      engagedNewTrial: true,
      highValue: false,
    });
  });

  it('keeps a segment named __proto__ as an own key of the listing', () => {
    const odd = createTargeting({
      segments: JSON.parse('{"__proto__": {"all": []}}') as Record<string, Rule>,
    });
    const listed = odd.segments(input({}));
    expect(Object.hasOwn(listed, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(listed)).toBe(Object.prototype);
  });

  it('ends a segment cycle instead of recursing forever', () => {
    const cyclic = createTargeting({
      segments: {
        a: { any: [{ segment: 'b' }, { attr: 'plan', eq: 'x' }] },
        b: { segment: 'a' },
        self: { not: { segment: 'self' } },
      },
      touchModel: { high: { tier: 'high' } },
    });
    expect(cyclic.segment('a', input({}))).toBe(false);
    expect(cyclic.segment('a', input({ plan: 'x' }))).toBe(true);
    expect(cyclic.segment('self', input({}))).toBe(true);
    expect(cyclic.tier(input({}))).toBe('tech');
    expect(cyclic.explainSegment('a', input({})).passed).toBe(false);
    expect(cyclic.explain({ segment: 'b' }, input({})).passed).toBe(false);
    expect(cyclic.explainTier(input({})).summary).toBe(
      "tier is 'tech' because no touch rule matches",
    );
    expect(cyclic.nextBoundary({ segment: 'a' }, input({}))).toBeUndefined();
  });

  it('runs the touch model once per scope, however many rules ask', () => {
    const highRule = vi.fn((context: RuleContext) => context.user['ltv'] === 'vip');
    const counted = createTargeting({
      segments: { vip: { tier: 'high' } },
      touchModel: { high: highRule },
    });
    const scope = counted.scope(input({ ltv: 'vip' }));
    const rules: Rule[] = [
      { tier: 'high' },
      { segment: 'vip' },
      { any: [{ tier: ['low', 'high'] }] },
    ];
    for (let round = 0; round < 100; round++) {
      for (const rule of rules) expect(counted.evaluate(rule, scope)).toBe(true);
      expect(counted.tier(scope)).toBe('high');
    }
    expect(highRule).toHaveBeenCalledTimes(1);
    counted.evaluate({ tier: 'high' }, counted.scope(input({})));
    expect(highRule).toHaveBeenCalledTimes(2);
  });

  it('computes each segment once per scope', () => {
    const check = vi.fn(() => true);
    const counted = createTargeting({ segments: { s: check, t: { segment: 's' } } });
    const scope = counted.scope(input({}));
    for (let round = 0; round < 50; round++) {
      counted.evaluate({ all: [{ segment: 's' }, { segment: 't' }] }, scope);
    }
    counted.segments(scope);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('walks each attribute once per scope, however many rules read it', () => {
    let reads = 0;
    const user = {
      id: 'u1',
      get ltv() {
        reads += 1;
        return 6_000;
      },
    };
    const scope = targeting.scope({ user, now: NOW });
    for (let round = 0; round < 50; round++) {
      expect(targeting.evaluate({ attr: 'ltv', gte: 5_000, lt: 50_000 }, scope)).toBe(true);
      expect(
        targeting.evaluate({ any: [{ attr: 'ltv', eq: round }, { tier: 'low' }] }, scope),
      ).toBe(true);
    }
    expect(reads).toBe(1);
  });

  it('reads afresh for each new scope of a changed user', () => {
    const user: Record<string, unknown> = { plan: 'free' };
    expect(
      targeting.evaluate({ attr: 'plan', eq: 'pro' }, targeting.scope({ user, now: NOW })),
    ).toBe(false);
    user['plan'] = 'pro';
    expect(
      targeting.evaluate({ attr: 'plan', eq: 'pro' }, targeting.scope({ user, now: NOW })),
    ).toBe(true);
    expect(targeting.evaluate({ attr: 'plan', eq: 'pro' }, { user, now: NOW })).toBe(true);
  });

  it('returns a scope as is when scoped again', () => {
    const scope = targeting.scope(input({}));
    expect(targeting.scope(scope)).toBe(scope);
  });

  it('reports a throwing function rule through onError', () => {
    const onError = vi.fn();
    const failing = createTargeting({
      segments: {
        broken: () => {
          throw new Error('boom');
        },
      },
      onError,
    });
    expect(failing.segment('broken', input({}))).toBe(false);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({
      code: 'rule_threw',
      path: 'segments.broken',
    });
  });

  it('compiles a rule once for evaluate, explain and nextBoundary alike', () => {
    const onError = vi.fn();
    const checked = createTargeting({ onError });
    const rule = { all: [{ attr: 'plan', in: 'pro' }] } as unknown as Rule;
    for (let round = 0; round < 3; round++) {
      expect(checked.evaluate(rule, input({ plan: 'pro' }))).toBe(false);
      expect(checked.explain(rule, input({ plan: 'pro' })).summary).toBe(
        'the rule at all[0] is invalid: in must be a list',
      );
      expect(checked.nextBoundary(rule, input({}))).toBeUndefined();
    }
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({
      code: 'invalid_definition',
      path: 'all[0]',
    });
  });

  it('reports an unreadable segment once, where it is defined', () => {
    const onError = vi.fn();
    const broken = createTargeting({ segments: { bad: { attr: 'plan' } as Rule }, onError });
    expect(broken.segment('bad', input({ plan: 'x' }))).toBe(false);
    expect(broken.segment('bad', input({ plan: 'y' }))).toBe(false);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({
      code: 'invalid_definition',
      path: 'segments.bad',
    });
  });
});

describe('createTargeting explanations', () => {
  const targeting = createTargeting({ segments, touchModel });

  it('explains a segment clause down to the segment’s own rule', () => {
    const explanation = targeting.explain(
      { all: [{ segment: 'newTrial' }] },
      input({ plan: 'free', signedUpAt: NOW - 2 * DAY }),
    );
    expect(explanation.summary).toBe("plan is 'free'; the rule wants 'trial'");
    expect(explanation.clause.children?.[0]).toMatchObject({
      kind: 'segment',
      passed: false,
      message: "segment 'newTrial' does not match",
      children: [
        {
          kind: 'all',
          children: [
            {
              kind: 'segment',
              passed: false,
              children: [{ kind: 'attr', passed: false, seen: 'free' }],
            },
            { kind: 'segment', passed: true, children: [{ kind: 'daysSince', seen: 2 }] },
          ],
        },
      ],
    });
  });

  it('explains a tier clause with the touch rules it tried', () => {
    const explanation = targeting.explain({ tier: 'high' }, input({ ltv: 6_000 }));
    expect(explanation.clause).toMatchObject({
      kind: 'tier',
      passed: false,
      message: "tier is 'low'; the rule wants 'high'",
      children: [
        { kind: 'tier', passed: false, message: "the 'high' touch rule does not match" },
        { kind: 'tier', passed: true, message: "the 'low' touch rule matches" },
      ],
    });
    expect(explanation.summary).toBe('ltv is 6000; the rule wants at least 50000');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['high', { ltv: 90_000 }, "tier is 'high' because the 'high' touch rule matches"],
    ['low', { ltv: 9_000 }, "tier is 'low' because the 'low' touch rule matches"],
    ['tech', { ltv: 9 }, "tier is 'tech' because no touch rule matches"],
  ])('explains the %s tier', (tier, user, summary) => {
    const explanation = targeting.explainTier(input(user));
    expect(explanation).toMatchObject({ passed: true, summary, clause: { seen: tier } });
  });

  it('explains the tier without a touch model', () => {
    expect(createTargeting().explainTier(input({})).summary).toBe(
      "tier is 'tech' because there is no touch model",
    );
  });

  it.each<[string, Record<string, unknown>, boolean, string]>([
    ['a match', { plan: 'trial' }, true, "segment 'trial' matches"],
    ['a miss', { plan: 'pro' }, false, "plan is 'pro'; the rule wants 'trial'"],
  ])('explains a segment on %s', (_name, user, passed, summary) => {
    expect(targeting.explainSegment('trial', input(user))).toMatchObject({ passed, summary });
  });

  it('says when a segment is not defined', () => {
    expect(targeting.explainSegment('ghost', input({})).summary).toBe(
      "segment 'ghost' is not defined",
    );
    expect(targeting.explain({ segment: 'ghost' }, input({})).summary).toBe(
      "segment 'ghost' is not defined",
    );
  });
});
