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

  it('names one cycle per group of segments that use each other, at its first segment', () => {
    const input = definitionWith({
      segments: {
        a: { segment: 'b' },
        b: { any: [{ segment: 'a' }, { segment: 'c' }] },
        c: { segment: 'b' },
        d: { segment: 'e' },
        e: { all: [{ segment: 'd' }, { segment: 'a' }] },
      },
    });
    expect(issuesOf(input)).toEqual([
      ['segments.a', 'segment cycle a → b → a'],
      ['segments.d', 'segment cycle d → e → d'],
    ]);
  });

  it('names one short cycle when every segment uses every other', () => {
    const names = Array.from({ length: 200 }, (_, index) => `s${index}`);
    const segments = Object.fromEntries(
      names.map((name) => [
        name,
        { any: names.filter((other) => other !== name).map((segment) => ({ segment })) },
      ]),
    );
    expect(issuesOf(definitionWith({ segments }))).toEqual([
      ['segments.s0', 'segment cycle s0 → s1 → s0'],
    ]);
  });

  it('shortens a long cycle to the names that find it', () => {
    const segments = Object.fromEntries(
      Array.from({ length: 30 }, (_, index) => [`s${index}`, { segment: `s${(index + 1) % 30}` }]),
    );
    expect(issuesOf(definitionWith({ segments }))).toEqual([
      [
        'segments.s0',
        'segment cycle s0 → s1 → s2 → s3 → s4 → s5 → s6 → s7 → s8 → s9 → s10 → … 19 more → s0',
      ],
    ]);
  });
});
