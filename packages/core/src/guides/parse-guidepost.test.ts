import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { definitionWith, VALID_GUIDES } from './definition-test-helpers';
import { fullDefinition } from './full-definition.fixture';
import { parseGuidepost } from './parse-guidepost';

const pairs = (json: unknown) =>
  parseGuidepost(json).issues.map((issue) => [issue.path, issue.message]);

/** The property every result must have: what it kept validates on its own, unchanged. */
function expectSelfConsistent(json: unknown): void {
  const { definition } = parseGuidepost(json);
  const again = parseGuidepost(JSON.parse(JSON.stringify(definition)));
  expect(again.issues).toEqual([]);
  expect(again.definition).toEqual(definition);
  expect(Object.keys(definition.guides)).toEqual(definition.guideIds);
}

describe('parseGuidepost', () => {
  it('keeps a valid definition whole', () => {
    const input = fullDefinition();
    const { definition, issues } = parseGuidepost(JSON.parse(JSON.stringify(input)));
    expect(issues).toEqual([]);
    expect(definition.guideIds).toEqual(Object.keys(input.guides));
    expect(definition.guides).toEqual(input.guides);
    expect(definition.segments).toEqual(input.segments);
    expect(definition.touchModel).toEqual(input.touchModel);
  });

  it('reads a JSON string, and reports one that is not JSON', () => {
    expect(parseGuidepost(JSON.stringify(fullDefinition())).definition.guideIds).toHaveLength(4);
    expect(parseGuidepost('{"guides":').issues).toEqual([{ path: '', message: 'not valid JSON' }]);
  });

  it('drops only the broken guide', () => {
    const input = definitionWith({ guides: { tip: { ...VALID_GUIDES.tip, target: 42 } } });
    const { definition, issues } = parseGuidepost(input);
    expect(definition.guideIds).toEqual(['tour', 'list', 'news']);
    expect(issues).toEqual([
      {
        path: 'guides.tip.target',
        message: 'expected an anchor name or a CSS selector',
        guideId: 'tip',
      },
    ]);
  });

  it('drops a broken segment with every part that needs it, each reported', () => {
    const input = {
      segments: {
        trial: { attr: 'plan', eq: 'trial' },
        newUser: { daysSince: 'signedUpAt', lte: 'two weeks' },
        newTrial: { all: [{ segment: 'trial' }, { segment: 'newUser' }] },
      },
      touchModel: { high: { segment: 'newTrial' }, low: { attr: 'ltv', gte: 5000 } },
      guides: {
        a: { ...VALID_GUIDES.news, audience: { segment: 'newUser' } },
        b: { ...VALID_GUIDES.news, audience: { segment: 'trial' } },
        c: { ...VALID_GUIDES.news, audience: { guide: 'a', is: 'completed' } },
        d: VALID_GUIDES.tip,
      },
    };
    const { definition } = parseGuidepost(input);
    expect(Object.keys(definition.segments)).toEqual(['trial']);
    expect(definition.touchModel).toEqual({ low: { attr: 'ltv', gte: 5000 } });
    expect(definition.guideIds).toEqual(['b', 'd']);
    expect(pairs(input)).toEqual([
      ['segments.newUser.lte', 'expected a finite number'],
      ['segments.newTrial.all[1].segment', "refers to segment 'newUser', which was dropped"],
      ['touchModel.high.segment', "refers to segment 'newTrial', which was dropped"],
      ['guides.a.audience.segment', "refers to segment 'newUser', which was dropped"],
      ['guides.c.audience.guide', "refers to guide 'a', which was dropped"],
    ]);
  });

  it.each<[string, unknown, string[], [string, string][]]>([
    [
      'an unknown segment',
      definitionWith({ guides: { tip: { ...VALID_GUIDES.tip, audience: { segment: 'x' } } } }),
      ['tour', 'list', 'news'],
      [['guides.tip.audience.segment', "unknown segment 'x'; expected one of trial"]],
    ],
    [
      'a segment cycle',
      definitionWith({
        segments: { a: { segment: 'b' }, b: { segment: 'a' } },
        guides: { tip: { ...VALID_GUIDES.tip, audience: { segment: 'b' } } },
      }),
      ['tour', 'list', 'news'],
      [
        ['segments.a', 'segment cycle a → b → a'],
        ['segments.b.segment', "refers to segment 'a', which was dropped"],
        ['guides.tip.audience.segment', "refers to segment 'b', which was dropped"],
      ],
    ],
    [
      'an element target, which JSON cannot hold',
      definitionWith({ guides: { tip: { ...VALID_GUIDES.tip, target: { current: {} } } } }),
      ['tour', 'list', 'news'],
      [['guides.tip.target', 'expected an anchor name or a CSS selector']],
    ],
    [
      'a definition that is not an object',
      [],
      [],
      [['', 'expected an object with guides, and optionally segments, touchModel and events']],
    ],
    [
      'too many guides',
      {
        guides: Object.fromEntries(
          Array.from({ length: 1002 }, (_, index) => [`g${index}`, VALID_GUIDES.news]),
        ),
      },
      Array.from({ length: 1000 }, (_, index) => `g${index}`),
      [['guides', 'more than 1000 guides; only the first 1000 are read']],
    ],
    [
      'an invalid touch tier',
      definitionWith({ touchModel: { high: { attr: 'ltv' }, low: { attr: 'ltv', gte: 1 } } }),
      ['tour', 'tip', 'list', 'news'],
      [
        [
          'touchModel.high',
          'attribute rule has no operator; expected one of eq, ne, in, nin, gt, gte, lt, lte, exists, contains, startsWith',
        ],
      ],
    ],
  ])('drops what %s breaks and keeps the rest', (_name, input, guideIds, issues) => {
    expect(parseGuidepost(input).definition.guideIds).toEqual(guideIds);
    expect(pairs(input)).toEqual(issues);
  });

  it('keeps a valid touch tier when the other is dropped', () => {
    const input = definitionWith({
      touchModel: { high: { attr: 'ltv' }, low: { attr: 'ltv', gte: 1 } },
    });
    expect(parseGuidepost(input).definition.touchModel).toEqual({ low: { attr: 'ltv', gte: 1 } });
  });

  it('copies only known fields, so a __proto__ key never reaches the result', () => {
    const input: unknown = JSON.parse(
      '{"guides":{"tip":{"kind":"tooltip","target":"x","body":"b","__proto__":{"polluted":true},"extra":1}}}',
    );
    const tip = parseGuidepost(input).definition.guides.tip;
    expect(tip).toEqual({ kind: 'tooltip', target: 'x', body: 'b' });
    expect(Object.getPrototypeOf(tip)).toBe(Object.prototype);
    expect(Object.keys(tip ?? {})).not.toContain('__proto__');
  });

  it('refuses a rule nested far too deep without overflowing the stack', () => {
    let rule: unknown = { segment: 'trial' };
    for (let level = 0; level < 100_000; level += 1) rule = { not: rule };
    const { definition, issues } = parseGuidepost(
      definitionWith({ guides: { tip: { ...VALID_GUIDES.tip, audience: rule } } }),
    );
    expect(definition.guideIds).not.toContain('tip');
    expect(issues[0]?.message).toBe('rules nested deeper than 32 levels');
  });

  it('never throws for any JSON value, and keeps only what validates', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        expectSelfConsistent(json);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws for definitions mixing valid guides with arbitrary values', () => {
    const validGuide = fc.constantFrom(...Object.values(fullDefinition().guides));
    const validSegment = fc.constantFrom(...Object.values(fullDefinition().segments));
    const id = fc.constantFrom(
      'welcome',
      'release-2026-12',
      'getting-started',
      'export-hint',
      'a b',
      '',
      'trial',
      'newUser',
      'activated',
      'x',
    );
    fc.assert(
      fc.property(
        fc.dictionary(id, fc.oneof(validSegment, fc.jsonValue({ maxDepth: 3 }))),
        fc.dictionary(id, fc.oneof(validGuide, fc.jsonValue({ maxDepth: 3 }))),
        (segments, guides) => {
          expectSelfConsistent({
            ...fullDefinition(),
            segments: { ...fullDefinition().segments, ...segments },
            guides,
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws for arbitrary values with prototype-shaped keys, and pollutes nothing', () => {
    const key = fc.constantFrom(
      '__proto__',
      'constructor',
      'prototype',
      'toString',
      'valueOf',
      'guides',
      'segments',
      'touchModel',
      'events',
      'kind',
      'steps',
      'items',
      'audience',
      'target',
      'tour',
      'high',
    );
    const value = fc.anything({
      key,
      maxDepth: 5,
      withNullPrototype: true,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
      withObjectString: true,
    });
    fc.assert(
      fc.property(
        fc.oneof(
          value,
          fc.record({
            guides: fc.dictionary(key, value),
            segments: value,
            touchModel: value,
            events: value,
          }),
        ),
        (input) => {
          const result = parseGuidepost(input);
          expect(Array.isArray(result.issues)).toBe(true);
          expectSelfConsistent(input);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
        },
      ),
      { numRuns: 300 },
    );
  });
});
