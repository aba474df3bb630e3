import { describe, expect, it } from 'vitest';
import { GuidepostError } from '../errors/guidepost-error';
import { defineGuidepost } from './define-guidepost';
import {
  define,
  definitionWith,
  guideWith,
  issuesOf,
  stepWith,
  VALID_GUIDES,
} from './definition-test-helpers';
import { fullDefinition } from './full-definition.fixture';
import { GuidepostDefinitionError } from './guidepost-definition-error';

const KINDS = 'tour, tooltip, checklist, announcement, survey';
const ID_RULE = 'ids are non-empty and contain no whitespace';

describe('defineGuidepost', () => {
  it('accepts a full definition: every kind, segments using segments, a touch model', () => {
    const definition = defineGuidepost(fullDefinition());
    expect(definition.guideIds).toEqual([
      'welcome',
      'release-2026-12',
      'getting-started',
      'export-hint',
    ]);
    expect(Object.keys(definition.segments)).toHaveLength(8);
    expect(definition.touchModel.low).toEqual({ attr: 'ltv', gte: 5_000 });
    expect(definition.guides['export-hint']).toEqual(fullDefinition().guides['export-hint']);
  });

  it('collects declared events first, then every event the definition mentions', () => {
    const definition = define(
      definitionWith({
        events: ['invite_sent'],
        segments: { active: { event: 'project_created' } },
        touchModel: { high: { not: { event: 'churn_risk' } } },
        guides: {
          tour: { ...VALID_GUIDES.tour, trigger: { event: 'signed_in' } },
          list: {
            ...VALID_GUIDES.list,
            items: [{ id: 'a', label: 'A', completeOn: { event: 'invite_sent' } }],
          },
          tip: { ...VALID_GUIDES.tip, audience: { event: 'export_done', within: '7d' } },
        },
      }),
    );
    expect(definition.events).toEqual([
      'invite_sent',
      'project_created',
      'churn_risk',
      'signed_in',
      'export_done',
    ]);
  });

  it('keeps what only code can hold: function rules, elements, refs and resolvers as targets', () => {
    const rule = (): boolean => true;
    const ref = { current: null };
    const element = { nodeType: 1, tagName: 'BUTTON' };
    const resolve = (): null => null;
    const definition = define(
      guideWith('tour', {
        audience: { all: [rule, { segment: 'trial' }] },
        steps: [
          { id: 'ref', target: ref },
          { id: 'element', target: element },
          { id: 'resolver', target: resolve },
        ],
      }),
    );
    const tour = definition.guides.tour;
    expect(tour?.audience).toEqual({ all: [rule, { segment: 'trial' }] });
    expect(tour?.kind === 'tour' && tour.steps.map((step) => step.target)).toEqual([
      ref,
      element,
      resolve,
    ]);
  });

  it.each<[string, unknown, string, string]>([
    [
      'a misspelt guide field',
      guideWith('tip', { audiance: { segment: 'trial' } }),
      'guides.tip.audiance',
      "unknown field 'audiance'; did you mean 'audience'?",
    ],
    [
      'a field of another kind',
      guideWith('news', { steps: [] }),
      'guides.news.steps',
      "unknown field 'steps'",
    ],
    [
      'a misspelt step field',
      stepWith({ advanceon: { click: true } }),
      'guides.tour.steps[1].advanceon',
      "unknown field 'advanceon'; did you mean 'advanceOn'?",
    ],
    [
      'a misspelt item field',
      guideWith('list', { items: [{ id: 'a', label: 'A', herf: '/a' }] }),
      'guides.list.items[0].herf',
      "unknown field 'herf'; did you mean 'href'?",
    ],
    [
      'a misspelt top-level field',
      { ...definitionWith(), segmnets: {} },
      'segmnets',
      "unknown field 'segmnets'; did you mean 'segments'?",
    ],
    [
      'a misspelt frequency field',
      guideWith('news', { frequency: { maxShow: 2 } }),
      'guides.news.frequency.maxShow',
      "unknown field 'maxShow'; did you mean 'maxShows'?",
    ],
  ])('reports %s, which the compiler lets through', (_name, input, path, message) => {
    expect(issuesOf(input)).toEqual([[path, message]]);
  });

  it('throws one error that lists every problem, one per line, each with its path', () => {
    const input = definitionWith({
      guides: {
        tip: { kind: 'tooltip', body: 'Hi' },
        tour: { kind: 'tour', steps: [{ id: 'a' }, { id: 'b', target: 42 }] },
      },
    });
    const error = (() => {
      try {
        define(input);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(GuidepostError);
    expect(error).toBeInstanceOf(GuidepostDefinitionError);
    const definitionError = error as GuidepostDefinitionError;
    expect(definitionError.code).toBe('invalid_definition');
    expect(definitionError.name).toBe('GuidepostDefinitionError');
    expect(definitionError.message).toBe(
      [
        'guides.tour.steps[1].target: expected an anchor name, a CSS selector or an element',
        'guides.tip.target: a tooltip needs a target',
      ].join('\n'),
    );
    expect(definitionError.issues).toEqual([
      {
        path: 'guides.tour.steps[1].target',
        message: 'expected an anchor name, a CSS selector or an element',
        guideId: 'tour',
        stepId: 'b',
      },
      { path: 'guides.tip.target', message: 'a tooltip needs a target', guideId: 'tip' },
    ]);
    expect([definitionError.path, definitionError.guideId, definitionError.stepId]).toEqual([
      'guides.tour.steps[1].target',
      'tour',
      'b',
    ]);
  });

  it.each<[string, unknown, string, string]>([
    [
      'not an object',
      'guides',
      '',
      'expected an object with guides, and optionally segments, touchModel and events',
    ],
    [
      'no guides',
      { segments: {} },
      'guides',
      'a definition needs guides: an object of guides by id',
    ],
    ['guides not an object', { guides: [] }, 'guides', 'expected an object of guides by id'],
    [
      'events not a list',
      definitionWith({ events: 'signed_in' }),
      'events',
      'expected a list of event names',
    ],
    [
      'an empty event name',
      definitionWith({ events: [''] }),
      'events[0]',
      'expected a non-empty string',
    ],
    [
      'a guide that is not an object',
      definitionWith({ guides: { x: 'tour' } }),
      'guides.x',
      `expected a guide object with a kind: ${KINDS}`,
    ],
    [
      'no kind',
      definitionWith({ guides: { x: { title: 'T' } } }),
      'guides.x.kind',
      `a guide needs a kind: one of ${KINDS}`,
    ],
    [
      'an unknown kind',
      definitionWith({ guides: { x: { kind: 'popup' } } }),
      'guides.x.kind',
      `unknown kind 'popup'; expected one of ${KINDS}`,
    ],
    [
      'a tour without steps',
      guideWith('tour', { steps: undefined }),
      'guides.tour.steps',
      'a tour needs at least one step',
    ],
    [
      'a tour with no steps',
      guideWith('tour', { steps: [] }),
      'guides.tour.steps',
      'a tour needs at least one step',
    ],
    [
      'a tooltip without target',
      guideWith('tip', { target: undefined }),
      'guides.tip.target',
      'a tooltip needs a target',
    ],
    [
      'a tooltip without body',
      guideWith('tip', { body: undefined }),
      'guides.tip.body',
      'a tooltip needs a body',
    ],
    [
      'a checklist without title',
      guideWith('list', { title: undefined }),
      'guides.list.title',
      'a checklist needs a title',
    ],
    [
      'a checklist without items',
      guideWith('list', { items: [] }),
      'guides.list.items',
      'a checklist needs at least one item',
    ],
    [
      'an announcement without title',
      guideWith('news', { title: undefined }),
      'guides.news.title',
      'an announcement needs a title',
    ],
    [
      'an empty title',
      guideWith('news', { title: ' ' }),
      'guides.news.title',
      'expected a non-empty string',
    ],
    [
      'a step without id',
      guideWith('tour', { steps: [{ title: 'T' }] }),
      'guides.tour.steps[0].id',
      'a step needs an id',
    ],
    [
      'a step that is not an object',
      guideWith('tour', { steps: ['a'] }),
      'guides.tour.steps[0]',
      'expected a step object',
    ],
    [
      'an item without label',
      guideWith('list', { items: [{ id: 'a' }] }),
      'guides.list.items[0].label',
      'an item needs a label',
    ],
    [
      'a guide id with whitespace',
      definitionWith({ guides: { 'a b': VALID_GUIDES.news } }),
      'guides["a b"]',
      `invalid id 'a b'; ${ID_RULE}`,
    ],
    [
      'an empty step id',
      guideWith('tour', { steps: [{ id: '' }] }),
      'guides.tour.steps[0].id',
      `invalid id ''; ${ID_RULE}`,
    ],
    [
      'an item id with a tab',
      guideWith('list', { items: [{ id: 'a\tb', label: 'A' }] }),
      'guides.list.items[0].id',
      `invalid id 'a\\u0009b'; ${ID_RULE}`,
    ],
    [
      'a reserved segment name',
      definitionWith({ segments: JSON.parse('{"__proto__":{"tier":"high"}}') }),
      'segments.__proto__',
      "invalid id '__proto__'; __proto__, constructor and prototype are reserved",
    ],
    [
      'a duplicate step id',
      guideWith('tour', { steps: [{ id: 'a' }, { id: 'a' }] }),
      'guides.tour.steps[1].id',
      "duplicate step id 'a'",
    ],
    [
      'a duplicate item id',
      guideWith('list', {
        items: [
          { id: 'a', label: 'A' },
          { id: 'a', label: 'B' },
        ],
      }),
      'guides.list.items[1].id',
      "duplicate item id 'a'",
    ],
  ])('reports %s', (_name, input, path, message) => {
    expect(issuesOf(input)).toEqual([[path, message]]);
  });

  it('tags issues inside a step with the guide and the step', () => {
    expect(() => define(stepWith({ overlay: 'dim' }))).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ guideId: 'tour', stepId: 'b' })],
      }),
    );
  });
});
