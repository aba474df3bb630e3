import { defineGuidepost } from '@guidepost/core';
import {
  assertGuideContract,
  buildPersona,
  checkGuideContract,
  GuideContractError,
  type ContractPage,
} from '@guidepost/react/contract';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../launch-chromium';
import { contractPage, type Breakage } from './contract-page';

const definition = defineGuidepost({
  segments: {
    trial: { attr: 'plan', eq: 'trial' },
    paying: { attr: 'plan', in: ['pro', 'enterprise'] },
  },
  guides: {
    welcome: {
      kind: 'tour',
      audience: { segment: 'trial' },
      steps: [
        { id: 'projects', route: '/projects', target: 'nav-projects', title: 'Your projects' },
        { id: 'create', route: '/projects', target: 'new-project', title: 'Create one' },
        { id: 'reports', route: '/reports', target: 'report-list', title: 'Your reports' },
        { id: 'done', title: 'All set' },
      ],
    },
    'export-hint': {
      kind: 'tooltip',
      audience: { segment: 'paying' },
      target: { selector: '#export' },
      body: 'Export any report as CSV.',
    },
  },
});

const NOW = Date.UTC(2026, 11, 1);
const trialUser = buildPersona(definition, { name: 'trial user', segments: ['trial'], now: NOW });
const proUser = buildPersona(definition, { name: 'pro user', segments: ['paying'], now: NOW });

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Runs the contract over the two routes, with the page broken as asked. */
async function check(breakage: Breakage | undefined) {
  const page = await browser.newPage({ viewport: { width: 1024, height: 700 } });
  try {
    // Playwright's own Page, as a team's test passes it: the contract's page type must take it.
    const given: ContractPage = page satisfies Page;
    return await checkGuideContract(given, {
      definition,
      personas: [trialUser, proUser],
      routes: ['/projects', '/reports'],
      guideRoutes: { 'export-hint': ['/projects'] },
      open: async (opened, persona, route) => {
        expect(opened).toBe(page);
        await page.setContent(contractPage(route, persona.name, breakage));
      },
    });
  } finally {
    await page.close();
  }
}

describe('the guide contract in Chromium', () => {
  it('passes a page where every guide finds its anchors', async () => {
    const report = await check(undefined);
    expect(report.failures).toEqual([]);
    expect(report.eligible).toEqual({ 'trial user': ['welcome'], 'pro user': ['export-hint'] });
    expect(report.passes.map((pass) => `${pass.persona} ${pass.route} ${pass.target}`)).toEqual([
      'trial user /projects nav-projects',
      'trial user /projects new-project',
      'trial user /reports report-list',
      'pro user /projects #export',
    ]);
  });

  it.for([
    [
      'renamed',
      'new-project',
      '/projects',
      'missing',
      /no element matches \[data-guidepost="new-project"\]/,
    ],
    ['display-none', 'new-project', '/projects', 'hidden', /display: none on <div#toolbar>/],
    ['transparent', 'new-project', '/projects', 'hidden', /opacity: 0 on <div#toolbar>/],
    [
      'banner',
      'nav-projects',
      '/projects',
      'covered',
      /covered by <div#cookie-banner> at 5 of 5 points/,
    ],
    ['off-canvas', 'report-list', '/reports', 'unreachable', /outside the view of the viewport/],
    ['clipped', 'report-list', '/reports', 'unreachable', /outside the view of <div#report-frame>/],
  ] as const)('catches a broken anchor: %s', async ([breakage, target, route, reason, detail]) => {
    const report = await check(breakage);
    expect(report.passed).toBe(false);
    expect(report.failures).toHaveLength(1);
    const [failure] = report.failures;
    expect(failure).toMatchObject({
      guideId: 'welcome',
      target,
      persona: 'trial user',
      route,
      reason,
    });
    expect(failure?.detail).toMatch(detail);
  });

  it('names guide, step, anchor, persona and route when it throws', async () => {
    const page = await browser.newPage();
    try {
      const run = assertGuideContract(page, {
        definition,
        personas: [trialUser],
        routes: ['/projects'],
        open: async (_, persona, route) => {
          await page.setContent(contractPage(route, persona.name, 'display-none'));
        },
      });
      await expect(run).rejects.toThrow(GuideContractError);
      await expect(run).rejects.toThrow(
        "welcome › step 'create' › anchor 'new-project' for 'trial user' on /projects: hidden: display: none on <div#toolbar>",
      );
    } finally {
      await page.close();
    }
  });

  it('reads past a tour overlay of Guidepost own, and opens only where guides need anchors', async () => {
    const opened: string[] = [];
    const page = await browser.newPage();
    try {
      const report = await checkGuideContract(page, {
        definition,
        personas: [proUser],
        routes: ['/projects', '/reports'],
        guideRoutes: { 'export-hint': ['/projects'] },
        open: async (_, persona, route) => {
          opened.push(route);
          await page.setContent(contractPage(route, persona.name, 'tour-overlay'));
        },
      });
      expect(report.failures).toEqual([]);
      expect(opened).toEqual(['/projects']);
    } finally {
      await page.close();
    }
  });
});
