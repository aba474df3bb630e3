import { describe, expectTypeOf, it } from 'vitest';
import { defineGuidepost } from './define-guidepost';
import type { ArticleId, EventName } from './name-types';

describe('guide center names', () => {
  const _definition = defineGuidepost({
    guides: { news: { kind: 'announcement', title: 'News' } },
    center: {
      articles: {
        'export-csv': {
          title: 'Export',
          body: 'b',
          audience: { event: 'report_opened', count: { gte: 1 } },
        },
        billing: { title: 'Billing', body: 'b' },
      },
      contacts: { docs: { tier: 'tech', title: 'Docs' } },
    },
  });

  it('infers article ids as literal types', () => {
    expectTypeOf<ArticleId<typeof _definition>>().toEqualTypeOf<'export-csv' | 'billing'>();
  });

  it('adds the events article audiences mention to the event names', () => {
    expectTypeOf<'report_opened'>().toExtend<EventName<typeof _definition>>();
  });

  it('refuses a contact entry for a tier that does not exist', () => {
    defineGuidepost({
      guides: {},
      // @ts-expect-error: 'vip' is not a touch tier
      center: { contacts: { cs: { tier: 'vip', title: 'x' } } },
    });
  });
});
