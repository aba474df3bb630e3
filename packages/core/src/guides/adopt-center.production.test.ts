import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGuidepost } from '../engine/create-guidepost';
import { memoryAdapter } from '../persistence';
import { define, definitionWith } from './definition-test-helpers';

beforeEach(() => {
  vi.stubEnv('NODE_ENV', 'production');
});

afterEach(() => {
  vi.unstubAllEnvs();
});

const center = {
  articles: {
    csv: { title: 'Export', body: 'Choose Export.', audience: { event: 'report_opened' } },
    untitled: { body: 'No title' },
    empty: { title: 'No body' },
  },
  contacts: {
    docs: { tier: 'tech', title: 'Docs' },
    vip: { tier: 'vip', title: 'Not a tier' },
  },
};

describe('guide center in a production build', () => {
  it('is taken as written, with ids, leaving out what the center could not render', () => {
    const definition = define(definitionWith({ center }));
    expect(definition.center?.articles.map((article) => article.id)).toEqual(['csv']);
    expect(definition.center?.contacts.map((contact) => contact.id)).toEqual(['docs']);
    expect(definition.events).toContain('report_opened');
  });

  it('serves the engine as validation would', () => {
    const engine = createGuidepost(define(definitionWith({ center })), {
      user: { id: 'u1' },
      storage: memoryAdapter(),
      locks: null,
    });
    expect(engine.guideCenter().contacts.map((contact) => contact.id)).toEqual(['docs']);
    expect(engine.guideCenter().articles).toEqual([]);
    engine.track('report_opened');
    expect(engine.guideCenter().articles.map((article) => article.id)).toEqual(['csv']);
  });
});
