import { defineGuidepost } from '@guidepost/core';

/**
 * What the customer-success team of a small SaaS product would write: six segments, a touch
 * model by lifetime value, and a guide for each stage of the journey.
 */
export const explorerDefinition = defineGuidepost({
  segments: {
    trial: { attr: 'plan', eq: 'trial' },
    newUser: { daysSince: 'signedUpAt', lte: 14 },
    activated: { event: 'project_created' },
    powerUser: { event: 'export_run', count: { gte: 5 }, within: '7d' },
    enterprise: { attr: 'plan', in: ['enterprise', 'enterprise-plus'] },
    bigCompany: { attr: 'company.size', gte: 500 },
  },
  touchModel: {
    high: { attr: 'ltv', gte: 50_000 },
    low: { attr: 'ltv', gte: 5_000 },
  },
  guides: {
    welcome: {
      kind: 'tour',
      audience: { all: [{ segment: 'newUser' }, { not: { segment: 'activated' } }] },
      steps: [
        { id: 'projects', target: 'sidebar-projects', title: 'Your projects' },
        { id: 'create', target: 'new-project', title: 'Create one', advanceOn: { click: true } },
      ],
    },
    'export-tip': {
      kind: 'tooltip',
      audience: { all: [{ segment: 'activated' }, { not: { segment: 'powerUser' } }] },
      target: 'export-button',
      body: 'Export a project as PDF or CSV in one click.',
    },
    'trial-upgrade': {
      kind: 'announcement',
      audience: { all: [{ segment: 'trial' }, { tier: 'tech' }] },
      title: 'Keep your projects after the trial',
      cta: { label: 'See plans', href: '/billing' },
    },
    'training-webinar': {
      kind: 'announcement',
      audience: { tier: 'low' },
      title: 'Join the monthly training webinar',
      cta: { label: 'Save a seat', href: '/events/training' },
    },
    'success-session': {
      kind: 'announcement',
      audience: {
        any: [{ tier: 'high' }, { all: [{ segment: 'enterprise' }, { segment: 'bigCompany' }] }],
      },
      title: 'Plan your roll-out with your account manager',
      cta: { label: 'Book a session', href: '/success/book' },
    },
  },
});
