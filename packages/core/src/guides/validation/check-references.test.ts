import { describe, expect, it } from 'vitest';
import {
  audience,
  definitionWith,
  guideWith,
  issuesOf,
  VALID_GUIDES,
} from '../definition-test-helpers';

const GUIDE_IDS = 'tour, tip, list, news';

describe('reference checks', () => {
  it.each<[string, unknown, string, string]>([
    [
      'an unknown segment',
      audience({ segment: 'newUsr' }),
      'guides.tip.audience.segment',
      "unknown segment 'newUsr'; expected one of trial",
    ],
    [
      'a segment when there are none',
      definitionWith({
        segments: undefined,
        guides: { tip: { ...VALID_GUIDES.tip, audience: { segment: 'trial' } } },
      }),
      'guides.tip.audience.segment',
      "unknown segment 'trial'; the definition has no segments",
    ],
    [
      'an unknown guide in a sequencing rule',
      audience({ guide: 'tuor', is: 'completed' }),
      'guides.tip.audience.guide',
      `unknown guide 'tuor'; expected one of ${GUIDE_IDS}`,
    ],
    [
      'an unknown startGuide',
      guideWith('list', { items: [{ id: 'a', label: 'A', startGuide: 'tuor' }] }),
      'guides.list.items[0].startGuide',
      `unknown guide 'tuor'; expected one of ${GUIDE_IDS}`,
    ],
    [
      'an unknown completeOn guide',
      guideWith('list', { items: [{ id: 'a', label: 'A', completeOn: { guide: 'tuor' } }] }),
      'guides.list.items[0].completeOn.guide',
      `unknown guide 'tuor'; expected one of ${GUIDE_IDS}`,
    ],
    [
      'completeOn with both event and guide',
      guideWith('list', {
        items: [{ id: 'a', label: 'A', completeOn: { event: 'e', guide: 'tour' } }],
      }),
      'guides.list.items[0].completeOn',
      'expected { event } or { guide }',
    ],
    [
      'a segment cycle',
      definitionWith({ segments: { a: { segment: 'b' }, b: { all: [{ segment: 'a' }] } } }),
      'segments.a',
      'segment cycle a → b → a',
    ],
    [
      'a segment that uses itself',
      definitionWith({ segments: { a: { not: { segment: 'a' } } } }),
      'segments.a',
      'segment cycle a → a',
    ],
    [
      'an unknown touch tier',
      definitionWith({ touchModel: { medium: { attr: 'ltv', gte: 1 } } }),
      'touchModel.medium',
      "unknown tier 'medium'; expected high or low (everyone else is tech)",
    ],
    [
      'a tier rule in the touch model',
      definitionWith({ touchModel: { high: { not: { tier: 'low' } } } }),
      'touchModel.high.not',
      'the touch model cannot use tier rules: it defines the tiers',
    ],
    [
      'a touch tier through a segment that uses tiers',
      definitionWith({
        segments: { techies: { tier: 'tech' } },
        touchModel: { low: { segment: 'techies' } },
      }),
      'touchModel.low.segment',
      "segment 'techies' uses a tier rule, which the touch model cannot: it defines the tiers",
    ],
  ])('reports %s', (_name, input, path, message) => {
    expect(issuesOf(input)).toEqual([[path, message]]);
  });

  it('accepts segments that use segments, in any order', () => {
    const input = definitionWith({
      segments: {
        both: { all: [{ segment: 'trial' }, { segment: 'late' }] },
        late: { not: { segment: 'trial' } },
        trial: { attr: 'plan', eq: 'trial' },
      },
      guides: { tip: { ...VALID_GUIDES.tip, audience: { segment: 'both' } } },
    });
    expect(issuesOf(input)).toEqual([]);
  });

  it('names each cycle once, at the segment where the walk closes it', () => {
    const input = definitionWith({
      segments: {
        a: { segment: 'b' },
        b: { any: [{ segment: 'a' }, { segment: 'c' }] },
        c: { segment: 'b' },
      },
    });
    expect(issuesOf(input)).toEqual([
      ['segments.a', 'segment cycle a → b → a'],
      ['segments.b', 'segment cycle b → c → b'],
    ]);
  });
});
