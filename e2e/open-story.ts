import type { Page } from 'playwright-core';
import { storyUrl } from './story-url';
import type { StoryTarget } from './story-url';
import { waitUntilStill } from './wait-until-still';

/** Where `recordRenderOutcome` leaves Storybook's verdict on `window`. */
const OUTCOME_KEY = '__guidepostRenderOutcome';

/**
 * Runs in the page before Storybook does: listens on Storybook's channel the moment it is
 * installed, so no render event can pass before the listeners are there.
 */
function recordRenderOutcome(key: string): void {
  type Channel = { on: (event: string, listener: (payload?: unknown) => void) => void };
  const slots = window as unknown as Record<string, unknown>;
  const settle = (outcome: string) => {
    slots[key] ??= outcome;
  };
  const describe = (payload: unknown) => {
    if (typeof payload !== 'object' || payload === null) return String(payload);
    const { title, description, message } = payload as Record<string, unknown>;
    return [title, description, message].filter((part) => typeof part === 'string').join(': ');
  };
  const hooked = new WeakSet<object>();
  let current: unknown;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => current,
    set: (channel: unknown) => {
      current = channel;
      if (typeof channel !== 'object' || channel === null || hooked.has(channel)) return;
      hooked.add(channel);
      const on = (channel as Channel).on.bind(channel);
      on('storyRendered', () => settle('rendered'));
      on('docsRendered', () => settle('rendered'));
      on('storyMissing', () => settle('not in the index'));
      on('storyErrored', (payload) => settle(`render error: ${describe(payload)}`));
      on('storyThrewException', (payload) => settle(`exception: ${describe(payload)}`));
      on('playFunctionThrewException', (payload) => settle(`play function: ${describe(payload)}`));
    },
  });
}

/**
 * Opens a story or docs page in Storybook's iframe, waits for Storybook to report it rendered
 * (play function included), then until the page is still. Throws when Storybook reports an
 * error or leaves the root empty.
 *
 * @example
 * await openStory(page, server.url, { id: 'announcement--with-image', viewMode: 'story' });
 */
export async function openStory(
  page: Page,
  baseUrl: string,
  target: StoryTarget,
  timeout = 20_000,
): Promise<void> {
  await page.addInitScript(recordRenderOutcome, OUTCOME_KEY);
  await page.goto(storyUrl(baseUrl, target), { waitUntil: 'load', timeout });
  const outcome = await page.waitForFunction(
    (key) => (window as unknown as Record<string, unknown>)[key],
    OUTCOME_KEY,
    { timeout },
  );
  const verdict = await outcome.jsonValue();
  if (verdict !== 'rendered') throw new Error(`${target.id}: Storybook says ${String(verdict)}`);
  const root = target.viewMode === 'story' ? '#storybook-root' : '#storybook-docs';
  if (await page.$eval(root, (element) => element.childElementCount === 0)) {
    throw new Error(`${target.id}: Storybook rendered nothing into ${root}`);
  }
  await waitUntilStill(page);
}
