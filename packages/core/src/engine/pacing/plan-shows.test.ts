import { describe, expect, it } from 'vitest';
import { planShows, type ShowCandidate } from './plan-shows';
import { candidate } from '../testing/show-candidate';

describe('planShows groups announcements', () => {
  const note = (
    id: string,
    publishedAt: number | undefined,
    overrides: Partial<ShowCandidate> = {},
  ) => candidate(id, { groupable: true, publishedAt, ...overrides });

  it.each<[string, ShowCandidate[], string[], string[]]>([
    [
      'eligible announcements share one show, newest first',
      [note('nov', 11), note('dec', 12, { order: 1 }), note('oct', 10, { order: 2 })],
      ['dec', 'nov', 'oct'],
      ['nov', 'dec', 'oct'],
    ],
    [
      'undated ones come last, in definition order',
      [
        note('b', undefined, { order: 2 }),
        note('a', undefined, { order: 1 }),
        note('dated', 1, { order: 3 }),
      ],
      ['dated', 'a', 'b'],
      ['a', 'b', 'dated'],
    ],
    [
      'a tour first in show order holds the channel alone',
      [candidate('tour', { priority: 2 }), note('news', 5, { order: 1 })],
      ['tour'],
      ['tour'],
    ],
    [
      'an open group takes no newcomer',
      [note('open', 1, { open: true }), note('newer', 9, { order: 1 })],
      ['open'],
      [],
    ],
    [
      'an announcement that does not pass stays out',
      [note('a', 1), note('b', 2, { passed: false, order: 1 })],
      ['a'],
      ['a'],
    ],
  ])('%s', (_, candidates, group, toOpen) => {
    const plan = planShows(candidates);
    expect(plan.group).toEqual(group);
    expect(plan.holder).toBe(group[0]);
    expect(plan.toOpen).toEqual(toOpen);
  });
});
