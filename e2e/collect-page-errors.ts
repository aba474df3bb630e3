import type { Page } from 'playwright-core';

/**
 * Collects what a page reports as broken, as readable lines: console errors (with the URL of
 * a resource that failed to load), uncaught exceptions and failed requests. The array fills
 * while the page runs.
 *
 * @example
 * const errors = collectPageErrors(page);
 * await openStory(page, server.url, { id, viewMode: 'story' });
 * expect(errors).toEqual([]);
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    errors.push(`console error: ${message.text()}${url ? ` (${url})` : ''}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    errors.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`);
  });
  return errors;
}
