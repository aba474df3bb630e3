import type { Browser, BrowserContext, Page } from 'playwright-core';

/** Browser contexts shared by stories that run one after another. */
export interface ContextPool {
  /** Runs `use` on a fresh page in a free context, then empties that origin's storage. */
  withPage: <T>(use: (page: Page) => Promise<T>) => Promise<T>;
  close: () => Promise<void>;
}

/**
 * Reuses a few browser contexts instead of opening one per story: a context keeps its HTTP
 * cache, so Storybook's bundle loads once per context rather than once per story. Storage is
 * cleared after each story, because guides persist their progress to localStorage.
 *
 * @example
 * const pool = createContextPool(browser, { viewport: { width: 1280, height: 800 } });
 * await pool.withPage((page) => openStory(page, server.url, { id, viewMode: 'story' }));
 */
export function createContextPool(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): ContextPool {
  const free: BrowserContext[] = [];
  const all: BrowserContext[] = [];
  return {
    async withPage(use) {
      let context = free.pop();
      if (context === undefined) {
        context = await browser.newContext(options);
        all.push(context);
      }
      const page = await context.newPage();
      try {
        return await use(page);
      } finally {
        await page
          .evaluate(() => {
            localStorage.clear();
            sessionStorage.clear();
          })
          .catch(() => undefined);
        await page.close();
        await context.clearCookies();
        free.push(context);
      }
    },
    close: async () => {
      await Promise.all(all.map((context) => context.close()));
    },
  };
}
