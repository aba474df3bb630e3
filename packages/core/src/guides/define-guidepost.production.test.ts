import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GuidepostEvent } from '../analytics/types';
import { createGuidepost } from '../engine/create-guidepost';
import type { GuidepostError } from '../errors/guidepost-error';
import { memoryAdapter } from '../persistence';
import { define, definitionWith, VALID_GUIDES } from './definition-test-helpers';
import { fullDefinition } from './full-definition.fixture';

/** Runs `defineGuidepost` as a development build does, with validation. */
function defineInDevelopment(input: unknown) {
  vi.stubEnv('NODE_ENV', 'development');
  try {
    return define(input);
  } finally {
    vi.stubEnv('NODE_ENV', 'production');
  }
}

/** An engine over `input` defined without validation, with what it reports. */
function engineOver(input: unknown) {
  const events: GuidepostEvent[] = [];
  const errors: GuidepostError[] = [];
  const engine = createGuidepost(define(input), {
    user: { id: 'u1', plan: 'trial' },
    storage: memoryAdapter(),
    locks: null,
    onEvent: (event) => events.push(event),
    onError: (error) => errors.push(error),
  });
  const guideErrors = () => events.filter((event) => event.name === 'guide_error');
  return { engine, errors, guideErrors };
}

beforeEach(() => {
  vi.stubEnv('NODE_ENV', 'production');
});

afterEach(() => {
  vi.unstubAllEnvs();
});

const valid = VALID_GUIDES;

/** Guides that fail validation, each next to the valid guides, and the path reported. */
const BROKEN: [string, unknown, string][] = [
  ['a guide that is not an object', null, 'guides.broken'],
  ['an unknown kind', { kind: 'popup', title: 'Hi' }, 'guides.broken.kind'],
  ['a tour without steps', { kind: 'tour' }, 'guides.broken.steps'],
  ['a tour with no step', { kind: 'tour', steps: [] }, 'guides.broken.steps'],
  ['a step without an id', { kind: 'tour', steps: [{ title: 'A' }] }, 'guides.broken.steps[0].id'],
  [
    'a duplicate step id',
    { kind: 'tour', steps: [{ id: 'a' }, { id: 'a' }] },
    'guides.broken.steps[1].id',
  ],
  ['a step that is not an object', { kind: 'tour', steps: ['a'] }, 'guides.broken.steps[0].id'],
  [
    'rich text of the wrong shape',
    { kind: 'tour', steps: [{ id: 'a', body: [{ type: 'paragraph' }] }] },
    'guides.broken.steps[0].body',
  ],
  ['a tooltip without a target', { kind: 'tooltip', body: 'Hi' }, 'guides.broken.target'],
  ['a tooltip without a body', { kind: 'tooltip', target: 'a' }, 'guides.broken.body'],
  ['a checklist without items', { kind: 'checklist', title: 'Start' }, 'guides.broken.items'],
  [
    'an item without a label',
    { kind: 'checklist', title: 'Start', items: [{ id: 'a' }] },
    'guides.broken.items[0].label',
  ],
  ['an announcement without a title', { kind: 'announcement' }, 'guides.broken.title'],
  [
    'a call to action without a link',
    { kind: 'announcement', title: 'Hi', cta: { label: 'Go' } },
    'guides.broken.cta',
  ],
  ['a trigger of the wrong type', { ...valid.news, trigger: 42 }, 'guides.broken.trigger'],
  [
    'a segment that does not exist',
    { ...valid.news, audience: { segment: 'nope' } },
    'guides.broken',
  ],
];

describe('defineGuidepost in production', () => {
  it.each(BROKEN)('does not throw on %s', (_case, broken) => {
    expect(() => defineInDevelopment(definitionWith({ guides: { broken } }))).toThrow();
    expect(() => define(definitionWith({ guides: { broken } }))).not.toThrow();
  });

  it.each(BROKEN)(
    'leaves out %s: one guide_error and one onError, the other guides go on',
    (_case, broken, path) => {
      const { engine, errors, guideErrors } = engineOver(definitionWith({ guides: { broken } }));
      expect(guideErrors()).toEqual([
        expect.objectContaining({ guideId: 'broken', code: 'invalid_definition' }),
      ]);
      expect(errors).toEqual([
        expect.objectContaining({ code: 'invalid_definition', guideId: 'broken', path }),
      ]);
      expect(engine.getState().guides).not.toHaveProperty('broken');
      expect(engine.start('tour')).toBe(true);
      expect(engine.getState().guides.tip?.open).toBe(true);
    },
  );

  it.each([
    ['an attribute rule without an operator', { attr: 'plan', eqq: 'trial' }],
    ['a rule of no known kind', { plan: 'trial' }],
    ['an event rule with a bad window', { event: 'export', within: 'soon' }],
  ])('disables a guide whose audience is %s, and reports it once', (_case, audience) => {
    const { engine, errors, guideErrors } = engineOver(
      definitionWith({ guides: { broken: { ...valid.news, audience } } }),
    );
    engine.track('export');
    expect(engine.getState().guides.broken).toMatchObject({
      open: false,
      error: expect.objectContaining({ code: 'invalid_definition', guideId: 'broken' }),
    });
    expect(guideErrors()).toHaveLength(1);
    expect(errors).toHaveLength(1);
    expect(engine.getState().guides.tip?.open).toBe(true);
  });

  it.each([
    ['a schedule date that does not parse', { schedule: { from: 'tomorrow' } }],
    ['a cooldown that does not parse', { frequency: { cooldown: 'a while' } }],
  ])('disables a guide with %s, and reports the field', (_case, fields) => {
    const { engine, errors } = engineOver(
      definitionWith({ guides: { broken: { ...valid.news, ...fields } } }),
    );
    expect(engine.getState().guides.broken?.open).toBe(false);
    expect(errors).toEqual([
      expect.objectContaining({ code: 'invalid_definition', guideId: 'broken' }),
    ]);
  });

  it('refuses an unsafe link when it is followed, as it does for a validated one', () => {
    const cta = { label: 'Go', href: 'javascript:alert(1)' };
    const { engine, guideErrors } = engineOver({
      guides: { broken: { ...valid.news, cta } },
    });
    expect(engine.ctaClicked('broken', cta.href)).toBe(false);
    expect(guideErrors()).toEqual([expect.objectContaining({ code: 'unsafe_link' })]);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'guides'],
    ['guides that are a list', { guides: [] }],
  ])('reads %s as a definition without guides', (_case, input) => {
    expect(define(input)).toMatchObject({ guides: {}, guideIds: [] });
  });

  it('returns what a development build returns for a valid definition', () => {
    const production = define(fullDefinition());
    const development = defineInDevelopment(fullDefinition());
    expect(production.guideIds).toEqual(development.guideIds);
    expect(production.events).toEqual(development.events);
    expect(production.guides).toEqual(development.guides);
    expect(production.segments).toEqual(development.segments);
    expect(production.touchModel).toEqual(development.touchModel);
  });
});
