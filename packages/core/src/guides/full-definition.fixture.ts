/**
 * A valid definition using every kind, segments that use segments, and a touch model. Plain
 * JSON, so it serves both `defineGuidepost` and `parseGuidepost`; each call returns a fresh copy
 * that a test may change.
 */
export function fullDefinition() {
  return {
    segments: {
      trial: { attr: 'plan', eq: 'trial' },
      paying: { attr: 'plan', in: ['pro', 'enterprise'] },
      newUser: { daysSince: 'signedUpAt', lte: 14 },
      activated: { event: 'project_created', count: { gte: 1 }, within: '30d' },
      bigCompany: { attr: 'company.size', gte: 500 },
      newTrial: { all: [{ segment: 'trial' }, { segment: 'newUser' }] },
      newTrialNotActivated: { all: [{ segment: 'newTrial' }, { not: { segment: 'activated' } }] },
      pilot: { rollout: { percent: 20, salt: 'export-v2' } },
    },
    touchModel: {
      high: { any: [{ attr: 'ltv', gte: 50_000 }, { segment: 'bigCompany' }] },
      low: { attr: 'ltv', gte: 5_000 },
    },
    events: ['invite_sent'],
    guides: {
      welcome: {
        kind: 'tour',
        audience: { segment: 'newTrialNotActivated' },
        priority: 10,
        channel: 'modal',
        frequency: { once: true },
        trigger: 'auto',
        version: 1,
        steps: [
          {
            id: 'projects',
            target: 'sidebar-projects',
            title: 'Your projects',
            body: [
              { type: 'paragraph', children: ['All of them, ', { text: 'here', strong: true }] },
              {
                type: 'list',
                ordered: true,
                items: [['Create'], [{ type: 'link', href: '/docs/share', children: ['Share'] }]],
              },
            ],
            placement: 'right',
            overlay: 'target',
            onMissing: 'skip',
            targetTimeout: 3000,
            scrollMargin: 64,
          },
          {
            id: 'create',
            target: { anchor: 'new-project' },
            title: 'Create one',
            media: { image: { src: '/img/create.png', alt: 'The new project button' } },
            advanceOn: { click: true, event: 'project_created' },
          },
          { id: 'done', title: 'All set', body: 'That is it.', route: '/projects' },
        ],
      },
      'release-2026-12': {
        kind: 'announcement',
        audience: { all: [{ tier: 'tech' }, { not: { segment: 'newUser' } }] },
        schedule: { from: '2026-12-01', until: '2027-01-15T00:00:00Z' },
        version: 2,
        frequency: { maxShows: 3, cooldown: '7d' },
        title: 'New: bulk export',
        body: 'Export many projects at once.',
        media: {
          video: { src: '/media/export.mp4', captions: '/media/export.vtt', title: 'Export' },
        },
        cta: { label: 'Try it', href: '/export' },
        secondaryCta: { label: 'Read more', href: 'https://example.com/blog/export', newTab: true },
        publishedAt: '2026-12-01T09:00:00+09:00',
      },
      'getting-started': {
        kind: 'checklist',
        audience: { any: [{ segment: 'trial' }, { segment: 'pilot' }] },
        channel: 'inline',
        title: 'Get started',
        description: 'Four steps to your first export.',
        items: [
          {
            id: 'tour',
            label: 'Take the tour',
            startGuide: 'welcome',
            completeOn: { guide: 'welcome' },
          },
          { id: 'invite', label: 'Invite a teammate', completeOn: { event: 'invite_sent' } },
          { id: 'help', label: 'Ask us anything', href: 'mailto:help@example.com' },
          {
            id: 'upgrade',
            label: 'Upgrade',
            href: '/billing',
            audience: { attr: 'plan', ne: 'enterprise' },
          },
        ],
      },
      'export-hint': {
        kind: 'tooltip',
        audience: {
          all: [
            { guide: 'welcome', is: 'completed' },
            { attr: 'beta', exists: true },
            { attr: 'email', startsWith: 'a' },
            { attr: 'tags', contains: 'export' },
            { attr: 'signedUpAt', lt: '2026-06-01' },
          ],
        },
        trigger: { event: 'export_page_opened' },
        target: '#export-button',
        title: 'Export',
        body: 'Export from here.',
        placement: 'bottom-start',
        beacon: true,
      },
    },
  } as const;
}
