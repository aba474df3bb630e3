import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullDefinition } from '../full-definition.fixture';
import { parseGuidepost } from '../parse-guidepost';
import { CENTER_SECTIONS } from '../validation/read-center';
import { KIND_READERS } from '../validation/validate-guide';
import { createDefinitionSchema, DEFINITION_SCHEMA_ID } from './definition-schema';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../../../..');
const committed = JSON.parse(
  readFileSync(join(root, 'packages/core/schema/definition.schema.json'), 'utf8'),
) as unknown;

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(createDefinitionSchema());

/** What the schema says of a definition: `true`, or its first errors for the failure message. */
function schemaAccepts(definition: unknown): true | string {
  return validate(definition) ? true : JSON.stringify(validate.errors?.slice(0, 3));
}

/** The JSON definitions of the docs: every ```json block that names the schema. */
function docsDefinitions(): [string, unknown][] {
  const docs = join(root, 'docs');
  return readdirSync(docs)
    .filter((name) => name.endsWith('.md'))
    .flatMap((name) =>
      [...readFileSync(join(docs, name), 'utf8').matchAll(/```json\n([\s\S]*?)```/g)]
        .map((match) => match[1] ?? '')
        .filter((block) => block.includes('definition.schema.json'))
        .map((block, index): [string, unknown] => [`${name} #${index + 1}`, JSON.parse(block)]),
    );
}

/** Every path to a value in `value`, objects and lists included, as lists of keys. */
function pathsIn(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [path];
  const entries = Array.isArray(value)
    ? value.map((entry, index) => [index, entry] as const)
    : Object.entries(value);
  return [path, ...entries.flatMap(([key, entry]) => pathsIn(entry, [...path, key]))];
}

/** A copy of `value` with the value at `path` replaced by `replacement`. */
function replaced(
  value: unknown,
  path: readonly (string | number)[],
  replacement: unknown,
): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return replacement;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[key] = replaced(copy[key], rest, replacement);
  return copy;
}

const options = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ id: `o${index}`, label: `Option ${index}` }));

/** A definition with a survey of each question type and a guide center with every field. */
const surveysAndCenter = () => ({
  guides: {
    nps: {
      kind: 'survey',
      title: 'Quick question',
      question: { type: 'nps', text: 'How likely are you to recommend us?' },
      saveAs: 'nps_score',
      thanks: 'Thank you!',
    },
    csat: { kind: 'survey', question: { type: 'csat', text: 'How satisfied are you?' } },
    reason: {
      kind: 'survey',
      question: { type: 'choice', text: 'What brought you here?', options: options(3) },
      saveAs: 'signup_reason',
    },
    improve: {
      kind: 'survey',
      trigger: { event: 'report_exported' },
      question: {
        type: 'text',
        text: [{ type: 'paragraph', children: ['What should we ', { text: 'improve', em: true }] }],
        maxLength: 280,
      },
    },
  },
  center: {
    articles: {
      csv: {
        title: 'Export to CSV',
        body: 'Open a report and choose Export.',
        media: { image: { src: '/csv.png', alt: '' } },
        links: [{ label: 'More', href: 'https://example.com/csv', newTab: true }],
        keywords: ['export', 'csv'],
        audience: { tier: ['high', 'low'] },
        locales: { ja: { title: 'CSV 書き出し', keywords: ['エクスポート'] }, 'pt-BR': {} },
      },
    },
    contacts: {
      csm: {
        tier: 'high',
        title: 'Meet your account manager',
        body: [{ type: 'list', items: [['Onboarding'], ['Reviews']] }],
        specialist: { name: 'Ana', role: 'CSM', image: { src: '/ana.png', alt: 'Ana' } },
        startsAt: '2026-12-01',
        links: [{ label: 'Book a call', href: 'mailto:ana@example.com' }],
        locales: { ja: { title: 'アカウントマネージャー' } },
      },
      docs: { tier: 'tech', title: 'Read the docs', links: [{ label: 'Docs', href: '/docs' }] },
    },
  },
});

/** A definition whose only guide is a survey asking `question`. */
const withQuestion = (question: unknown) =>
  withGuide({ kind: 'survey', question, saveAs: 'answer' });

/** A definition whose only guide-center section `key` holds `entry` as `e`. */
const withCenterEntry = (key: string, entry: unknown) => ({
  guides: {},
  center: { [key]: { e: entry } },
});

/** A definition whose only guide is `guide`. */
const withGuide = (guide: unknown) => ({ guides: { g: guide } });
/** A definition whose only guide is a tooltip with `audience` as its rule. */
const withRule = (audience: unknown) =>
  withGuide({ kind: 'tooltip', target: 'save', body: 'Save', audience });
/** A definition whose only guide is a tour whose one step has `fields`. */
const withStep = (fields: Record<string, unknown>) =>
  withGuide({ kind: 'tour', steps: [{ id: 'a', ...fields }] });

describe('the definition schema', () => {
  it('is the committed file (run `pnpm schema` after changing the validator)', () => {
    expect(committed).toEqual(createDefinitionSchema());
  });

  it('is named by the $schema a JSON definition carries', () => {
    expect(createDefinitionSchema().$id).toBe(DEFINITION_SCHEMA_ID);
  });

  it('accepts the full definition, as the validator does', () => {
    const definition = fullDefinition();
    expect(parseGuidepost(definition).issues).toEqual([]);
    expect(schemaAccepts(definition)).toBe(true);
  });

  it('accepts a survey of each question type and a guide center, as the validator does', () => {
    const definition = surveysAndCenter();
    expect(parseGuidepost(definition).issues).toEqual([]);
    expect(schemaAccepts(definition)).toBe(true);
  });

  it('accepts a JSON definition that names the schema in $schema', () => {
    const definition = { $schema: DEFINITION_SCHEMA_ID, ...fullDefinition() };
    expect(schemaAccepts(definition)).toBe(true);
    expect(parseGuidepost(definition).issues).toEqual([]);
  });

  const examples = docsDefinitions();

  it('finds the JSON definitions of the docs', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples)('accepts the docs example %s, as the validator does', (_name, definition) => {
    expect(parseGuidepost(definition).issues).toEqual([]);
    expect(schemaAccepts(definition)).toBe(true);
  });

  it.each<[string, unknown]>([
    ['no guides', { segments: {} }],
    ['an unknown kind', withGuide({ kind: 'popup', title: 'Hi' })],
    ['a guide without a kind', withGuide({ title: 'Hi' })],
    ['a tour without steps', withGuide({ kind: 'tour', steps: [] })],
    ['a step without an id', withGuide({ kind: 'tour', steps: [{ title: 'A' }] })],
    ['an id with whitespace', withGuide({ kind: 'tour', steps: [{ id: 'a b' }] })],
    ['a reserved id', withGuide({ kind: 'tour', steps: [{ id: '__proto__' }] })],
    ['a tooltip without a body', withGuide({ kind: 'tooltip', target: 'save' })],
    ['an empty title', withGuide({ kind: 'announcement', title: '  ' })],
    ['an unknown placement', withStep({ placement: 'middle' })],
    ['an empty advanceOn', withStep({ advanceOn: {} })],
    ['a targetTimeout of 0', withStep({ targetTimeout: 0 })],
    ['a negative scroll margin', withStep({ scrollMargin: { top: -4 } })],
    ['an empty target', withStep({ target: ' ' })],
    ['a target that is a number', withStep({ target: 42 })],
    ['an image without alt text', withStep({ media: { image: { src: '/a.png' } } })],
    ['a media without image or video', withStep({ media: {} })],
    [
      'a javascript: media source',
      withStep({ media: { image: { src: 'javascript:x', alt: '' } } }),
    ],
    [
      'a javascript: call to action',
      withGuide({
        kind: 'announcement',
        title: 'New',
        cta: { label: 'Go', href: 'javascript:alert(1)' },
      }),
    ],
    [
      'a protocol-relative link',
      withGuide({ kind: 'announcement', title: 'New', cta: { label: 'Go', href: '//evil.test' } }),
    ],
    [
      'a duration without a unit',
      withGuide({ kind: 'announcement', title: 'N', frequency: { cooldown: '7' } }),
    ],
    [
      'a zero duration',
      withGuide({ kind: 'announcement', title: 'N', frequency: { cooldown: '0d' } }),
    ],
    [
      'a maxShows of 0',
      withGuide({ kind: 'announcement', title: 'N', frequency: { maxShows: 0 } }),
    ],
    [
      'a date that is not ISO 8601',
      withGuide({ kind: 'announcement', title: 'N', schedule: { from: 'tomorrow' } }),
    ],
    ['an unknown trigger', withGuide({ kind: 'announcement', title: 'N', trigger: 'sometimes' })],
    [
      'a goal without within',
      withGuide({ kind: 'announcement', title: 'N', goal: { event: 'x' } }),
    ],
    [
      'a checklist item completing on an event and a guide',
      withGuide({
        kind: 'checklist',
        title: 'Start',
        items: [{ id: 'a', label: 'A', completeOn: { event: 'e', guide: 'g' } }],
      }),
    ],
    [
      'a checklist item without a label',
      withGuide({ kind: 'checklist', title: 'S', items: [{ id: 'a' }] }),
    ],
    ['an unknown rule shape', withRule({ plan: 'pro' })],
    ['an attribute rule without an operator', withRule({ attr: 'plan' })],
    ['an unknown attribute operator', withRule({ attr: 'plan', equals: 'pro' })],
    ['a reserved attribute path', withRule({ attr: 'a.__proto__', eq: 1 })],
    ['an empty attribute path segment', withRule({ attr: 'company..size', eq: 1 })],
    ['two rule kinds in one rule', withRule({ segment: 'a', tier: 'high' })],
    ['an unknown tier', withRule({ tier: 'medium' })],
    ['a guide rule without is', withRule({ guide: 'g' })],
    ['an unknown guide state', withRule({ guide: 'g', is: 'finished' })],
    ['a rollout over 100 percent', withRule({ rollout: { percent: 150 } })],
    ['an event count that is not a comparison', withRule({ event: 'e', count: 3 })],
    ['an all that is not a list', withRule({ all: { segment: 'a' } })],
    ['rich text with an unknown block', withStep({ body: [{ type: 'heading', children: ['A'] }] })],
    [
      'a rich-text link to javascript:',
      withStep({
        body: [
          {
            type: 'paragraph',
            children: [{ type: 'link', href: 'javascript:x', children: ['A'] }],
          },
        ],
      }),
    ],
    ['an anchor list entry that is a selector', { anchors: ['#save'], guides: {} }],
    ['a survey without a question', withGuide({ kind: 'survey' })],
    ['an unknown question type', withQuestion({ type: 'stars', text: 'Rate us' })],
    ['an NPS question type in capitals', withQuestion({ type: 'NPS', text: 'Recommend us?' })],
    ['a question without a type', withQuestion({ text: 'Recommend us?' })],
    ['a question without text', withQuestion({ type: 'nps' })],
    ['a choice with one option', withQuestion({ type: 'choice', text: 'x', options: options(1) })],
    ['a choice with 21 options', withQuestion({ type: 'choice', text: 'x', options: options(21) })],
    ['a choice without options', withQuestion({ type: 'choice', text: 'x' })],
    [
      'an option without a label',
      withQuestion({ type: 'choice', text: 'x', options: [{ id: 'a', label: 'A' }, { id: 'b' }] }),
    ],
    [
      'a text answer longer than the cap',
      withQuestion({ type: 'text', text: 'x', maxLength: 2001 }),
    ],
    ['a text answer of 0 characters', withQuestion({ type: 'text', text: 'x', maxLength: 0 })],
    [
      'saveAs that is not a plain name',
      withGuide({ kind: 'survey', question: { type: 'csat', text: 'x' }, saveAs: 'nps.score' }),
    ],
    [
      'saveAs the user id',
      withGuide({ kind: 'survey', question: { type: 'csat', text: 'x' }, saveAs: 'id' }),
    ],
    ['a center that is a list', { guides: {}, center: [] }],
    ['articles that are a list', { guides: {}, center: { articles: [] } }],
    ['an article without a body', withCenterEntry('articles', { title: 'CSV' })],
    [
      'an article link to javascript:',
      withCenterEntry('articles', {
        title: 'CSV',
        body: 'Export',
        links: [{ label: 'x', href: 'javascript:alert(1)' }],
      }),
    ],
    [
      'an article with keywords that are not a list',
      withCenterEntry('articles', { title: 'CSV', body: 'Export', keywords: 'csv' }),
    ],
    [
      'an article in a locale that is not a language tag',
      withCenterEntry('articles', { title: 'CSV', body: 'B', locales: { 'not a tag': {} } }),
    ],
    ['a contact without a tier', withCenterEntry('contacts', { title: 'Meet us' })],
    ['a contact for an unknown tier', withCenterEntry('contacts', { tier: 'vip', title: 'M' })],
    [
      'a specialist without a name',
      withCenterEntry('contacts', { tier: 'high', title: 'M', specialist: { role: 'CSM' } }),
    ],
    [
      'a contact starting next tuesday',
      withCenterEntry('contacts', { tier: 'high', title: 'M', startsAt: 'next tuesday' }),
    ],
    [
      'a touch tier besides high and low',
      { touchModel: { medium: { attr: 'ltv', gte: 1 } }, guides: {} },
    ],
  ])('rejects %s, as the validator does', (_name, definition) => {
    expect(parseGuidepost(definition).issues).not.toEqual([]);
    expect(schemaAccepts(definition)).not.toBe(true);
  });

  it.each<[string, () => unknown]>([
    ['the full definition', fullDefinition],
    ['surveys and a guide center', surveysAndCenter],
  ])('accepts whatever the validator accepts when one value of %s changes', (_name, original) => {
    const paths = pathsIn(original()).filter((path) => path.length > 0);
    // Scalars and lists of them: an object with fields of its own would carry unknown fields,
    // which the validator drops from JSON and the schema refuses.
    const scalar = fc.oneof(
      fc.string(),
      fc.constantFrom('', ' ', '7d', '0d', 'auto', 'top', 'trial', '#save', '2026-12-01'),
      fc.integer({ min: -5, max: 300 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })),
        (path, value) => {
          const definition = replaced(original(), path, value);
          if (parseGuidepost(definition).issues.length === 0) {
            expect(schemaAccepts(definition)).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each(Object.keys(CENTER_SECTIONS))(
    'requires of an entry of center.%s the fields the validator reports missing',
    (key) => {
      const definition = withCenterEntry(key, {});
      const missing = parseGuidepost(definition)
        .issues.map((issue) => issue.path.replace(`center.${key}.e.`, ''))
        .sort();
      const kind = CENTER_SECTIONS[key as keyof typeof CENTER_SECTIONS].kind;
      const schema = createDefinitionSchema().$defs as Record<string, { required: string[] }>;
      expect(missing.length).toBeGreaterThan(0);
      expect([...(schema[kind]?.required ?? [])].sort()).toEqual(missing);
      expect(schemaAccepts(definition)).not.toBe(true);
    },
  );

  it.each(Object.keys(KIND_READERS))(
    'requires of a %s the fields the validator reports missing',
    (kind) => {
      const { issues } = parseGuidepost(withGuide({ kind }));
      const missing = issues.map((issue) => issue.path.replace(/^guides\.g\./, '')).sort();
      const schema = createDefinitionSchema().$defs as Record<string, { required: string[] }>;
      expect(schema[`${kind}Guide`]?.required.filter((field) => field !== 'kind').sort()).toEqual(
        missing,
      );
      expect(schemaAccepts(withGuide({ kind }))).not.toBe(true);
    },
  );
});
