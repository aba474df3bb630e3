import { defineGuidepost } from '@guidepost/core';
import { describe, expect, it } from 'vitest';
import { personasFromDefinition } from './personas-from-definition';

const NOW = Date.UTC(2026, 11, 7);

describe('personas made from the definition', () => {
  it('makes a user for each tier and each segment simple enough, checked by the engine', () => {
    const definition = defineGuidepost({
      segments: {
        trial: { attr: 'plan', eq: 'trial' },
        paying: { attr: 'plan', in: ['pro', 'enterprise'] },
        bigCompany: { all: [{ segment: 'paying' }, { attr: 'company.size', gt: 500 }] },
        newUser: { daysSince: 'signedUpAt', lte: 14 },
        activated: { event: 'project_created' },
        custom: () => true,
      },
      touchModel: { high: { attr: 'ltv', gte: 50_000 }, low: { attr: 'ltv', gte: 5_000 } },
      guides: {},
    });
    const personas = personasFromDefinition(definition, NOW);
    expect(personas).toEqual({
      'high touch tier': { id: 'persona-high-touch-tier', ltv: 50_000 },
      'low touch tier': { id: 'persona-low-touch-tier', ltv: 5_000 },
      'tech touch tier': { id: 'persona-tech-touch-tier' },
      'segment trial': { id: 'persona-segment-trial', plan: 'trial' },
      'segment paying': { id: 'persona-segment-paying', plan: 'pro' },
      'segment bigCompany': {
        id: 'persona-segment-bigCompany',
        plan: 'pro',
        company: { size: 501 },
      },
      'segment newUser': { id: 'persona-segment-newUser', signedUpAt: '2026-12-07T00:00:00.000Z' },
    });
  });

  it('leaves out a tier whose made-up user lands elsewhere', () => {
    const definition = defineGuidepost({
      // Anyone with ltv 100 is high first: the low tier's guess is not a low-tier user.
      touchModel: { high: { attr: 'ltv', gte: 0 }, low: { attr: 'ltv', eq: 100 } },
      guides: {},
    });
    expect(Object.keys(personasFromDefinition(definition, NOW))).toEqual([
      'high touch tier',
      'tech touch tier',
    ]);
  });
});
