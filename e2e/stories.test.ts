import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { collectPageErrors } from './collect-page-errors';
import { createContextPool } from './context-pool';
import type { ContextPool } from './context-pool';
import { describeViolations } from './describe-violations';
import { launchChromium } from './launch-chromium';
import { openStory } from './open-story';
import { serveStatic } from './serve-static';
import type { StaticServer } from './serve-static';
import { readStorybookIndex, STORYBOOK_STATIC } from './storybook-index';

/**
 * Rules that judge a whole page (one main landmark, one h1, all content in landmarks): a story
 * is a fragment placed in Storybook's bare iframe, so they would fail every story.
 */
const PAGE_RULES = ['landmark-one-main', 'page-has-heading-one', 'region'];

// Storybook's own opt-out: an entry tagged `!test` is left out, as in Storybook's test runner.
const entries = readStorybookIndex()
  .filter((entry) => entry.tags.includes('test'))
  .map(({ id, type }) => [id, type] as const);

let browser: Browser;
let server: StaticServer;
let pool: ContextPool;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveStatic(STORYBOOK_STATIC)]);
  pool = createContextPool(browser, { viewport: { width: 1280, height: 800 } });
});

afterAll(async () => {
  await pool?.close();
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
