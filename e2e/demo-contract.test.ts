import { assertGuideContract, type ContractPersona } from '@guidepost/react/contract';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_COPY } from '../stories/demo/demo-copy';
import { createDemoDefinition } from '../stories/demo/demo-definition';
import { personaFromGlobals } from '../stories/persona/persona';
import { launchChromium } from './launch-chromium';
import { openStory } from './open-story';
import { serveStatic, type StaticServer } from './serve-static';
import { STORYBOOK_STATIC } from './storybook-index';
import { waitUntilStill } from './wait-until-still';

/** A persona of the Storybook toolbar: the globals that set it, and the user they make. */
interface ToolbarPersona extends ContractPersona {
  readonly globals: Readonly<Record<string, string>>;
}

const NOW = Date.now();

function toolbarPersona(name: string, globals: Readonly<Record<string, string>>): ToolbarPersona {
  const { user, events } = personaFromGlobals(globals, NOW);
  return { name, user, events, now: NOW, globals };
}

/** The demo's tiers and stages, as the story's description lists them. */
const PERSONAS = [
  toolbarPersona('new trial user', { plan: 'trial', ltv: '0', days: '3', events: 'none' }),
  toolbarPersona('new pro user', { plan: 'pro', ltv: '1200', days: '3', events: 'none' }),
  toolbarPersona('activated free user', { plan: 'free', ltv: '0', days: '3', events: 'some' }),
  // Held out of the export hint's rollout: its id hashes past the 80 %.
  toolbarPersona('free user in the holdout', {
    plan: 'free',
    ltv: '0',
    days: '10',
    events: 'some',
  }),
  toolbarPersona('low-touch account', { plan: 'pro', ltv: '12000', days: '45', events: 'most' }),
  toolbarPersona('high-touch account', { plan: 'enterprise', ltv: '80000', days: '45' }),
];

/** How the demo's sidebar and buttons reach each route from the projects list. */
const WAY_TO: Readonly<Record<string, readonly string[]>> = {
  '/projects': [],
  '/projects/new': ['new-project'],
  '/settings': ['nav-settings'],
  '/billing': ['nav-billing'],
};

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveStatic(STORYBOOK_STATIC)]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

it('every guide of the demo finds its anchors, for each persona of the toolbar', async () => {
  const page: Page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    const report = await assertGuideContract(page, {
      definition: createDemoDefinition(NOW, DEMO_COPY.en, {
        trainingPoster: '/poster.svg',
        trainingVideo: { src: '/course.webm', poster: '/poster.svg', captions: '/course.vtt' },
      }),
      personas: PERSONAS,
      routes: Object.keys(WAY_TO),
      guideRoutes: { 'export-hint': ['/projects'], 'invite-hint': ['/settings'] },
      open: async (opened, persona, route) => {
        await openStory(opened, server.url, {
          id: 'demo--saa-s-dashboard',
          viewMode: 'story',
          globals: persona.globals,
        });
        // The demo routes in memory: click through as a user would. A tour's overlay may be
        // over the page, so the click is dispatched rather than aimed.
        for (const anchor of WAY_TO[route] ?? []) {
          await opened.locator(`[data-guidepost="${anchor}"]`).dispatchEvent('click');
          await waitUntilStill(opened);
        }
      },
    });
    const checked = new Set(report.passes.map((pass) => `${pass.persona}: ${pass.guideId}`));
    expect([...checked].sort()).toEqual([
      'activated free user: export-hint',
      'activated free user: invite-hint',
      'free user in the holdout: invite-hint',
      'new pro user: invite-hint',
      'new pro user: welcome-team',
      'new trial user: invite-hint',
      'new trial user: welcome-starter',
    ]);
    // A multi-route tour is checked step by step where it stands, through the new-project form.
    const trial = report.passes.filter((pass) => pass.persona === 'new trial user');
    expect(trial.map((pass) => `${pass.route} ${pass.target}`)).toEqual([
      '/projects nav-projects',
      '/projects new-project',
      '/projects/new project-form',
      '/projects/new nav-billing',
      '/settings invite-teammate',
    ]);
    expect(report.eligible['free user in the holdout']).not.toContain('export-hint');
    // High touch: the invitation to a session, and the score every persona past two weeks gives.
    expect(report.eligible['high-touch account']).toEqual(['onboarding-session', 'nps-2026']);
  } finally {
    await page.close();
  }
});
