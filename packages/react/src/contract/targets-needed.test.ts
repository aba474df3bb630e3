import { defineGuidepost } from '@guidepost/core';
import { describe, expect, it } from 'vitest';
import { targetsNeeded } from './targets-needed';
import { guidesForPersona } from './guides-for-persona';

const definition = defineGuidepost({
  segments: { trial: { attr: 'plan', eq: 'trial' } },
  guides: {
    welcome: {
      kind: 'tour',
      audience: { segment: 'trial' },
      steps: [
        { id: 'intro', target: 'logo', title: 'Welcome' },
        { id: 'projects', route: '/projects', target: 'nav-projects', title: 'Projects' },
        { id: 'plans', target: { anchor: 'nav-billing' }, title: 'Plans' },
        {
          id: 'form',
          route: '/projects/*',
          target: { selector: '#project-form' },
          title: 'Name it',
        },
        { id: 'done', title: 'All set' },
      ],
    },
    hint: { kind: 'tooltip', target: 'export', body: 'Export' },
    mine: { kind: 'tooltip', target: { current: null }, body: 'From a ref' },
    release: { kind: 'announcement', title: 'New', schedule: { until: '2026-01-01' } },
  },
});

const ids = ['welcome', 'hint', 'mine', 'release'];
const needs = (route: string, guideRoutes?: Record<string, readonly string[]>) =>
  targetsNeeded(definition, ids, route, guideRoutes).needed.map(
    (target) => `${target.guideId}/${target.stepId ?? '-'} ${target.selector}`,
  );

describe('targetsNeeded', () => {
  it.each([
    [
      '/projects',
      [
        'welcome/intro [data-guidepost="logo"]',
        'welcome/projects [data-guidepost="nav-projects"]',
        'welcome/plans [data-guidepost="nav-billing"]',
        'welcome/form #project-form',
        'hint/- [data-guidepost="export"]',
      ],
    ],
    [
      '/projects/new',
      [
        'welcome/intro [data-guidepost="logo"]',
        'welcome/form #project-form',
        'hint/- [data-guidepost="export"]',
      ],
    ],
    ['/settings', ['welcome/intro [data-guidepost="logo"]', 'hint/- [data-guidepost="export"]']],
  ])('on %s: steps where the tour stands, hints everywhere by default', (route, expected) => {
    expect(needs(route)).toEqual(expected);
  });

  it('puts hints and steps before any routed step where guideRoutes says', () => {
    const routes = { welcome: ['/home'], hint: ['/reports'] };
    expect(needs('/settings', routes)).toEqual([]);
    expect(needs('/home', routes)).toEqual(['welcome/intro [data-guidepost="logo"]']);
    expect(needs('/reports', routes)).toEqual(['hint/- [data-guidepost="export"]']);
  });

  it('leaves targets only the app can resolve unchecked', () => {
    expect(targetsNeeded(definition, ids, '/settings').unchecked).toEqual([{ guideId: 'mine' }]);
  });
});

describe('guidesForPersona', () => {
  const now = Date.UTC(2026, 5, 1);
  it('keeps guides out of the audience, past their schedule or already done', () => {
    expect(
      guidesForPersona(definition, { name: 'pro', user: { id: 'p', plan: 'pro' }, now }),
    ).toEqual(['hint', 'mine']);
    expect(
      guidesForPersona(definition, { name: 'trial', user: { id: 't', plan: 'trial' }, now }),
    ).toEqual(['welcome', 'hint', 'mine']);
    expect(
      guidesForPersona(definition, {
        name: 'trial, toured',
        user: { id: 't', plan: 'trial' },
        guides: { welcome: 'completed', hint: 'dismissed' },
        now,
      }),
    ).toEqual(['mine']);
  });
});
