import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { collectPageErrors } from './collect-page-errors';
import { createContextPool } from './context-pool';
import type { ContextPool } from './context-pool';
import { describeViolations } from './describe-violations';
import { guideControlsOffScreen } from './guide-controls-off-screen';
import { launchChromium } from './launch-chromium';
import { openStory } from './open-story';
import { serveStatic } from './serve-static';
import type { StaticServer } from './serve-static';
import { readStorybookIndex, STORYBOOK_STATIC } from './storybook-index';
import { waitUntilStill } from './wait-until-still';

/**
 * Rules that judge a whole page (one main landmark, one h1, all content in landmarks): a story
 * is a fragment placed in Storybook's bare iframe, so they would fail every story.
 */
const PAGE_RULES = ['landmark-one-main', 'page-has-heading-one', 'region'];

// Storybook's own opt-out: an entry tagged `!test` is left out, as in Storybook's test runner.
const entries = readStorybookIndex()
  .filter((entry) => entry.tags.includes('test'))
  .map(({ id, type }) => [id, type] as const);

/** A phone held upright, with touch: no Escape key, no hover. */
const PHONE = { viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true } as const;
/** What a 1280×1024 desktop shows at 400 % zoom (WCAG 1.4.10 Reflow), in CSS px. */
const ZOOMED = { width: 320, height: 256 } as const;

const storyEntries = entries.filter(([, type]) => type === 'story');

let browser: Browser;
let server: StaticServer;
let pool: ContextPool;
let phonePool: ContextPool;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveStatic(STORYBOOK_STATIC)]);
  pool = createContextPool(browser, { viewport: { width: 1280, height: 800 } });
  phonePool = createContextPool(browser, PHONE);
});

afterAll(async () => {
  await Promise.all([pool?.close(), phonePool?.close()]);
  await Promise.all([browser?.close(), server?.close()]);
});

describe.concurrent('every story and docs page in Chromium', () => {
  it.for(entries)('%s (%s)', async ([id, type], { expect }) => {
    const problems = await pool.withPage(async (page) => {
      const errors = collectPageErrors(page);
      await openStory(page, server.url, { id, viewMode: type === 'docs' ? 'docs' : 'story' });
      // Docs pages are Storybook's own markup around the Markdown: the smoke check only.
      if (type === 'docs') return errors;
      // Portals render outside #storybook-root, so axe reads the whole document.
      // `options` replaces what `disableRules` set, so it comes first.
      const results = await new AxeBuilder({ page })
        .options({ resultTypes: ['violations'] })
        .disableRules(PAGE_RULES)
        .analyze();
      return [...errors, ...describeViolations(results.violations)];
    });
    expect(problems).toEqual([]);
  });
});

// One load per story: checked on the phone, then again once the window shrinks to the zoomed
// size, which the guides must follow as they do a rotation or a zoom change.
describe.concurrent('every story on small screens: each guide control on screen', () => {
  it.for(storyEntries)('%s', async ([id], { expect }) => {
    const problems = await phonePool.withPage(async (page) => {
      await openStory(page, server.url, { id, viewMode: 'story' });
      // A tour story starts on its Start tour button, tapped as a user would.
      const start = page.getByRole('button', { name: 'Start tour', exact: true });
      if ((await start.count()) > 0) {
        await start.first().tap();
        await waitUntilStill(page, { timeoutMs: 3000 });
      }
      const onPhone = await guideControlsOffScreen(page);
      await page.setViewportSize(ZOOMED);
      await waitUntilStill(page, { timeoutMs: 3000 });
      const zoomed = await guideControlsOffScreen(page);
      return [
        ...onPhone.map((problem) => `375×667, touch: ${problem}`),
        ...zoomed.map((problem) => `320×256: ${problem}`),
      ];
    });
    expect(problems).toEqual([]);
  });
});
