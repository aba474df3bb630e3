import type { Page } from 'playwright-core';

/** How long the DOM must stay unchanged, and how long to wait at most, in ms. */
export interface StillOptions {
  /** @default 300 */
  quietMs?: number;
  /** @default 8000 */
  timeoutMs?: number;
}

/**
 * Waits until the page stops moving: fonts are loaded, every running animation with an end
 * has finished (an infinite beacon pulse does not count) and the DOM has not changed for
 * `quietMs`. Gives up quietly after `timeoutMs`, so a story with a ticking clock is still
 * checked.
 *
 * @example
 * await page.getByRole('button', { name: 'Next' }).click();
 * await waitUntilStill(page);
 */
export async function waitUntilStill(page: Page, options: StillOptions = {}): Promise<void> {
  await page.evaluate(
    async ({ quiet, limit }) => {
      const deadline = performance.now() + limit;
      let lastChange = performance.now();
      const observer = new MutationObserver(() => {
        lastChange = performance.now();
      });
      observer.observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      try {
        await document.fonts.ready;
        while (performance.now() < deadline) {
          const moving = document
            .getAnimations()
            .filter(
              (animation) =>
                animation.playState === 'running' &&
                Number.isFinite(animation.effect?.getComputedTiming().endTime ?? Infinity),
            );
          if (moving.length > 0) {
            await Promise.race([
              Promise.all(moving.map((animation) => animation.finished.catch(() => undefined))),
              pause(deadline - performance.now()),
            ]);
            lastChange = performance.now();
          } else if (performance.now() - lastChange >= quiet) {
            return;
          } else {
            await pause(50);
          }
        }
      } finally {
        observer.disconnect();
      }
    },
    { quiet: options.quietMs ?? 300, limit: options.timeoutMs ?? 8_000 },
  );
}
