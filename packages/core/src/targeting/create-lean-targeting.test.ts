import { describe, expect, it } from 'vitest';
import type { GuidepostError } from '../errors/guidepost-error';
import { audience, issuesOf } from '../guides/definition-test-helpers';
import { createLeanTargeting } from './create-lean-targeting';
import { createTargeting } from './create-targeting';
import { explainRule } from './explain-rule';
import { nextRuleBoundary } from './next-rule-boundary';
import { RULE_KEYS, RULE_KIND_PROVIDERS } from './rule-grammar';
import {
  allRuleKinds,
  attributeRules,
  dateRules,
  eventRules,
  guideStateRules,
  rolloutRules,
  segmentRules,
  tierRules,
} from './rule-kinds';
import type { Rule, ScopeInput } from './types';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 15, 12);
const user = { id: 'u1', plan: 'trial', ltv: 9_000, signedUpAt: NOW - 3 * DAY };
const scope: ScopeInput = {
  user,
  now: NOW,
  events: { count: () => 2 },
  guide: () => true,
};

/** One valid rule of every kind that a lean targeting must register. */
const RULE_OF_KIND: Readonly<Record<string, Rule>> = {
  attr: { attr: 'plan', eq: 'trial' },
  segment: { segment: 'trial' },
  tier: { tier: 'low' },
  event: { event: 'project_created' },
  daysSince: { daysSince: 'signedUpAt', lte: 14 },
  guide: { guide: 'tour', is: 'completed' },
  rollout: { rollout: { percent: 100 } },
};

const KIND_EXPORTS = {
  attributeRules,
  segmentRules,
  tierRules,
  eventRules,
  dateRules,
  guideStateRules,
  rolloutRules,
};

describe('createLeanTargeting', () => {
  it('answers attribute rules, combined, with only attribute rules registered', () => {
    const targeting = createLeanTargeting({ kinds: [attributeRules] });
    const rule: Rule = { all: [{ attr: 'plan', eq: 'trial' }, { not: { attr: 'ltv', lt: 5 } }] };
    expect(targeting.evaluate(rule, scope)).toBe(true);
    expect(targeting.evaluate({ any: [{ attr: 'plan', eq: 'pro' }] }, scope)).toBe(false);
  });

  it.each(Object.entries(RULE_OF_KIND))(
    'refuses a %s rule it was not given, naming the kind and the import that provides it',
    (key, rule) => {
      const errors: GuidepostError[] = [];
      const targeting = createLeanTargeting({ kinds: [], onError: (error) => errors.push(error) });
      expect(targeting.evaluate({ not: rule }, scope)).toBe(false);
      const provider = RULE_KIND_PROVIDERS[key as keyof typeof RULE_KIND_PROVIDERS];
      expect(provider).toBeDefined();
      expect(errors.map((error) => error.message)).toEqual([
        `The rule at not is invalid: ${key} rules are not registered; add ${provider} from '@guidepost/core/targeting'.`,
      ]);
    },
  );

  it.each(Object.entries(RULE_OF_KIND))(
    'answers a %s rule once its kind is registered, as the full preset does',
    (key, rule) => {
      const name = RULE_KIND_PROVIDERS[
        key as keyof typeof RULE_KIND_PROVIDERS
      ] as keyof typeof KIND_EXPORTS;
      const options = {
        segments: { trial: { attr: 'plan', eq: 'trial' } },
        touchModel: { low: { attr: 'ltv', gte: 5_000 } },
      };
      const lean = createLeanTargeting({ ...options, kinds: [attributeRules, KIND_EXPORTS[name]] });
      const full = createTargeting(options);
      expect(lean.evaluate(rule, scope)).toBe(full.evaluate(rule, scope));
      expect(lean.evaluate(rule, scope)).toBe(true);
    },
  );

  it('registers a kind for every key of the grammar that is not built in', () => {
    const provided = RULE_KEYS.filter((key) => RULE_KIND_PROVIDERS[key] !== undefined);
    expect(allRuleKinds.map((kind) => kind.key).sort()).toEqual([...provided].sort());
    expect(Object.keys(RULE_OF_KIND).sort()).toEqual([...provided].sort());
  });

  it('resolves segments and tiers with the kinds they use', () => {
    const targeting = createLeanTargeting({
      kinds: [attributeRules, segmentRules, tierRules],
      segments: { trial: { attr: 'plan', eq: 'trial' }, lapsed: { event: 'login' } },
      touchModel: { high: { attr: 'ltv', gte: 50_000 }, low: { attr: 'ltv', gte: 5_000 } },
    });
    expect(targeting.tier(scope)).toBe('low');
    expect(targeting.segments(scope)).toEqual({ trial: true, lapsed: false });
  });

  it('explains and finds time boundaries through its companions', () => {
    const targeting = createLeanTargeting({
      kinds: [dateRules, segmentRules],
      segments: { fresh: { daysSince: 'signedUpAt', lte: 14 } },
    });
    expect(explainRule(targeting, { segment: 'fresh' }, scope).summary).toBe(
      "segment 'fresh' matches",
    );
    expect(nextRuleBoundary(targeting, { segment: 'fresh' }, scope)).toBe(
      user.signedUpAt + 15 * DAY,
    );
  });
});

describe('the grammar', () => {
  it('is what validation accepts: a rule of every kind the compiler knows reads without issue', () => {
    for (const rule of Object.values(RULE_OF_KIND)) {
      expect(issuesOf(audience(rule))).toEqual([]);
    }
  });

  it('gives validation and compilation one list of rule kinds', () => {
    expect(issuesOf(audience({ plan: 'pro' }))).toEqual([
      [
        'guides.tip.audience',
        `unknown rule shape; expected an object with one of ${RULE_KEYS.join(', ')}, or a function`,
      ],
    ]);
    const errors: string[] = [];
    createTargeting({ onError: (error) => errors.push(error.message) }).evaluate(
      { plan: 'pro' } as unknown as Rule,
      scope,
    );
    expect(errors).toEqual([`The rule is invalid: no rule kind (${RULE_KEYS.join(', ')}).`]);
  });
});
