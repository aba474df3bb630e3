import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFINITION_LIMITS } from '../definition-limits';
import { definitionWith, define, issuesOf } from '../definition-test-helpers';
import { parseGuidepost } from '../parse-guidepost';

const article = { title: 'Export to CSV', body: 'Open a report and choose Export.' };
const contact = { tier: 'tech', title: 'Read the docs', links: [{ label: 'Docs', href: '/docs' }] };

const withCenter = (center: unknown) => definitionWith({ center });

describe('guide center in a definition', () => {
  it('keeps articles and contacts in definition order, with their ids', () => {
    const definition = define(
      withCenter({
        articles: {
          csv: article,
          billing: { ...article, title: 'Billing', keywords: ['invoice'] },
        },
        contacts: { docs: contact },
      }),
    );
    expect(definition.center?.articles.map((entry) => entry.id)).toEqual(['csv', 'billing']);
    expect(definition.center?.articles[1]?.keywords).toEqual(['invoice']);
    expect(definition.center?.contacts[0]).toMatchObject({ id: 'docs', tier: 'tech' });
  });

  it('leaves the center out of a definition that declares none', () => {
    expect(define(definitionWith()).center).toBeUndefined();
  });

  it.each([
    [{ articles: { csv: { body: 'b' } } }, 'center.articles.csv.title', 'an article needs a title'],
    [{ articles: { csv: { title: 't' } } }, 'center.articles.csv.body', 'an article needs a body'],
    [
      { articles: { csv: { ...article, links: [{ label: 'x', href: 'javascript:alert(1)' }] } } },
      'center.articles.csv.links[0].href',
      "unsafe link 'javascript:alert(1)'; expected an http(s), relative or mailto URL",
    ],
    [
      {
        articles: {
          csv: {
            ...article,
            body: [
              { type: 'paragraph', children: [{ type: 'link', href: 'data:x', children: ['x'] }] },
            ],
          },
        },
      },
      'center.articles.csv.body[0].children[0].href',
      "unsafe link 'data:x'; expected an http(s), relative or mailto URL",
    ],
    [
      { articles: { csv: { ...article, locales: { 'not a tag': { title: 'x' } } } } },
      'center.articles.csv.locales["not a tag"]',
      "invalid locale 'not a tag'; expected a language tag such as ja or pt-BR",
    ],
    [
      { articles: { csv: { ...article, keywords: 'csv' } } },
      'center.articles.csv.keywords',
      'expected a list of keywords',
    ],
    [
      { articles: { csv: { ...article, audiance: { tier: 'high' } } } },
      'center.articles.csv.audiance',
      "unknown field 'audiance'; did you mean 'audience'?",
    ],
    [
      { contacts: { cs: { title: 'Meet us' } } },
      'center.contacts.cs.tier',
      'a contact entry needs a tier: high, low or tech',
    ],
    [
      { contacts: { cs: { ...contact, tier: 'vip' } } },
      'center.contacts.cs.tier',
      'expected one of high, low, tech',
    ],
    [
      { contacts: { cs: { ...contact, specialist: { role: 'CSM' } } } },
      'center.contacts.cs.specialist.name',
      'a specialist needs a name',
    ],
    [
      { contacts: { cs: { ...contact, startsAt: 'next tuesday' } } },
      'center.contacts.cs.startsAt',
      'expected a date: an ISO 8601 string, epoch milliseconds or a Date',
    ],
    [{ articles: [] }, 'center.articles', 'expected an object of articles by id'],
    [{ faq: {} }, 'center.faq', "unknown field 'faq'"],
  ])('reports %j at its entry and field', (center, path, message) => {
    expect(issuesOf(withCenter(center))).toContainEqual([path, message]);
  });

  it('checks the segments an audience refers to', () => {
    expect(
      issuesOf(withCenter({ articles: { csv: { ...article, audience: { segment: 'trail' } } } })),
    ).toContainEqual([
      'center.articles.csv.audience.segment',
      "unknown segment 'trail'; expected one of trial",
    ]);
  });

  it('collects the events an audience mentions', () => {
    const definition = define(
      withCenter({
        articles: {
          csv: { ...article, audience: { event: 'report_exported', count: { gte: 1 } } },
        },
      }),
    );
    expect(definition.events).toContain('report_exported');
  });

  it('drops a broken entry from data alone, and what refers to a dropped segment', () => {
    const { definition, issues } = parseGuidepost({
      segments: { broken: { attr: 'plan', eq: {} } },
      guides: {},
      center: {
        articles: {
          good: article,
          bad: { title: 'No body' },
          gated: { ...article, audience: { segment: 'broken' } },
        },
        contacts: {
          docs: contact,
          evil: { ...contact, links: [{ label: 'x', href: 'vbscript:x' }] },
        },
      },
    });
    expect(definition.center?.articles.map((entry) => entry.id)).toEqual(['good']);
    expect(definition.center?.contacts.map((entry) => entry.id)).toEqual(['docs']);
    expect(issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([
        'center.articles.bad.body',
        'center.articles.gated.audience.segment',
        'center.contacts.evil.links[0].href',
      ]),
    );
  });

  it('reads only the first articles of an oversized center, in bounded time', () => {
    const articles = Object.fromEntries(
      Array.from({ length: DEFINITION_LIMITS.articles + 50 }, (_, index) => [`a${index}`, article]),
    );
    const started = performance.now();
    const { definition, issues } = parseGuidepost({ guides: {}, center: { articles } });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(definition.center?.articles).toHaveLength(DEFINITION_LIMITS.articles);
    expect(issues[0]?.message).toBe(
      `more than ${DEFINITION_LIMITS.articles} articles; only the first ${DEFINITION_LIMITS.articles} are read`,
    );
  });

  it('never copies __proto__ or unknown fields from data', () => {
    const { definition } = parseGuidepost(
      JSON.parse(
        '{"guides":{},"center":{"articles":{"csv":{"title":"t","body":"b","__proto__":{"polluted":1},"extra":1,"locales":{"ja":{"title":"CSV 書き出し","x":1}}}}}}',
      ),
    );
    const entry = definition.center?.articles[0] as unknown as Record<string, unknown>;
    expect(Object.keys(entry).sort()).toEqual(['body', 'id', 'locales', 'title']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(definition.center?.articles[0]?.locales?.ja).toEqual({ title: 'CSV 書き出し' });
  });
});

describe('guide center from hostile data', () => {
  it('never throws and keeps only valid entries, whatever the center holds', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (center) => {
        const { definition } = parseGuidepost({ guides: {}, center });
        for (const entry of [
          ...(definition.center?.articles ?? []),
          ...(definition.center?.contacts ?? []),
        ]) {
          expect(typeof entry.title).toBe('string');
        }
      }),
      { numRuns: 300 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads a center whose getters throw as one dropped entry', () => {
    const articles = {
      get bad(): unknown {
        throw new Error('boom');
      },
      good: article,
    };
    const { definition, issues } = parseGuidepost({ guides: {}, center: { articles } });
    expect(definition.center?.articles.map((entry) => entry.id)).toEqual(['good']);
    expect(issues).toContainEqual({ path: 'center.articles.bad', message: 'could not be read' });
  });
});
