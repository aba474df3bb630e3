import { defineGuidepost } from '@guidepost/core';
import { describe, expect, it } from 'vitest';
import { newestFirst } from './newest-first';

const definition = defineGuidepost({
  guides: {
    october: { kind: 'announcement', title: 'October', publishedAt: '2026-10-01' },
    december: { kind: 'announcement', title: 'December', publishedAt: '2026-12-01T09:00:00+09:00' },
    undated: { kind: 'announcement', title: 'Undated' },
    november: { kind: 'announcement', title: 'November', publishedAt: '2026-11-02' },
    alsoUndated: { kind: 'announcement', title: 'Also undated' },
    sameDay: { kind: 'announcement', title: 'Same day', publishedAt: '2026-11-02' },
  },
});

describe('newestFirst', () => {
  it.each([
    [
      ['october', 'december', 'november'],
      ['december', 'november', 'october'],
    ],
    [
      ['undated', 'october', 'alsoUndated'],
      ['october', 'undated', 'alsoUndated'],
    ],
    [
      ['sameDay', 'november'],
      ['sameDay', 'november'],
    ],
    [
      ['november', 'sameDay'],
      ['november', 'sameDay'],
    ],
    [
      ['missing', 'october'],
      ['october', 'missing'],
    ],
    [[], []],
  ])('orders %j as %j', (ids, expected) => {
    expect(newestFirst(definition, ids)).toEqual(expected);
  });
});
