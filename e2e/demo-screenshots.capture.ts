import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { collectPageErrors } from './collect-page-errors';
import { launchChromium } from './launch-chromium';
import { openStory } from './open-story';
import { serveStatic } from './serve-static';
import type { StaticServer } from './serve-static';
import { readStorybookIndex, STORYBOOK_STATIC } from './storybook-index';
import { waitUntilStill } from './wait-until-still';

const screenshotsDir = join(dirname(fileURLToPath(import.meta.url)), '../docs/screenshots');

/**
 * One persona per touch tier, as the persona toolbar sets them: only plan and lifetime value
 * change, so the three shots differ by tier alone.
 */
const PERSONAS = [
  ['tech', { plan: 'trial', ltv: '0' }],
  ['low', { plan: 'pro', ltv: '12000' }],
  ['high', { plan: 'enterprise', ltv: '80000' }],
] as const;

const demo = readStorybookIndex().find(
  (entry) => entry.type === 'story' && entry.title.split('/')[0] === 'Demo',
);

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveStatic(STORYBOOK_STATIC)]);
  mkdirSync(screenshotsDir, { recursive: true });
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

describe('demo screenshots, one per touch tier', () => {
  it.for(PERSONAS)('docs/screenshots/demo-%s-touch.png', async ([tier, globals], { expect }) => {
    expect(demo, 'no story titled "Demo" in the Storybook build').toBeDefined();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
    });
    try {
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await openStory(page, server.url, { id: demo?.id ?? '', viewMode: 'story', globals });
      // Each tier is shown at least one guide; the shot waits for it to open and settle.
      await page.getByRole('dialog').first().waitFor({ state: 'visible', timeout: 10_000 });
      await waitUntilStill(page);
      await page.screenshot({
        path: join(screenshotsDir, `demo-${tier}-touch.png`),
        animations: 'disabled',
        caret: 'hide',
      });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
