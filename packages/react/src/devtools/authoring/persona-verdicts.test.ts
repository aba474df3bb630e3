import { defineGuidepost } from '@guidepost/core';
import { describe, expect, it } from 'vitest';
import { personaVerdicts } from './persona-verdicts';

const definition = defineGuidepost({
  segments: { trial: { attr: 'plan', eq: 'trial' } },
  touchModel: { high: { attr: 'ltv', gte: 50_000 } },
  guides: {},
});

const personas = {
  'Trial, small': { id: 'a', plan: 'trial', ltv: 100 },
  'Pro, large': { id: 'b', plan: 'pro', ltv: 90_000 },
};

const tour = (audience: unknown, trigger?: string) => ({
  kind: 'tour',
  ...(trigger === undefined ? {} : { trigger }),
  ...(audience === undefined ? {} : { audience }),
  steps: [{ id: 's', title: 'S' }],
});

describe('who would get a drafted guide', () => {
  it('says yes for the personas its audience matches, no with the reason for the rest', () => {
    const verdicts = personaVerdicts(definition, 'draft', tour({ tier: 'high' }), personas);
    expect(
      verdicts.map(({ persona, tier, segments, gets }) => ({ persona, tier, segments, gets })),
    ).toEqual([
      { persona: 'Trial, small', tier: 'tech', segments: ['trial'], gets: false },
      { persona: 'Pro, large', tier: 'high', segments: [], gets: true },
    ]);
    expect(verdicts[0]!.reasons).toEqual(['audience: ltv is 100; the rule wants at least 50000']);
    expect(verdicts[1]!.reasons).toEqual([]);
  });

  it('judges a manual tour by its audience alone', () => {
    const verdicts = personaVerdicts(
      definition,
      'draft',
      tour({ segment: 'trial' }, 'manual'),
      personas,
    );
    expect(verdicts.map(({ gets }) => gets)).toEqual([true, false]);
  });
});
