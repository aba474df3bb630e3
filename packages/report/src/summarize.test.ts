import { describe, expect, it } from 'vitest';
import type { FunnelRow } from './report-types';
import { summarize } from './summarize';

const row = (
  stage: FunnelRow['stage'],
  users: number,
  tier = 'tech',
  plan = 'free',
): FunnelRow => ({
  guideId: 'hint',
  version: 1,
  tier,
  plan,
  stage,
  stepIndex: -1,
  stepId: '',
  users,
});

describe('summarize', () => {
  it('leaves the goal column out of a guide without a goal', () => {
    const [hint] = summarize([row('shown', 10), row('completed', 4)], []);
    expect(hint?.columns.map((column) => column.key)).toEqual(['shown', 'completed']);
    expect(hint?.segments[0]?.users).toEqual([10, 4]);
  });

  it('adds up the segments of one tier across plans', () => {
    const [hint] = summarize(
      [row('shown', 10), row('shown', 5, 'tech', 'pro'), row('goal', 3, 'tech', 'pro')],
      [],
    );
    expect(hint?.segments).toEqual([
      { by: 'all', value: 'all', users: [15, 0, 3] },
      { by: 'tier', value: 'tech', users: [15, 0, 3] },
      { by: 'plan', value: 'free', users: [10, 0, 0] },
      { by: 'plan', value: 'pro', users: [5, 0, 3] },
    ]);
  });
});
