import type { ConsoleMessage, Locator, Page } from 'playwright-core';
import type { ExpectStatic } from 'vitest';

/**
 * Records what the page prints as a warning or an error (React's development warnings among
 * them), and uncaught exceptions. The array fills while the page runs.
 */
export function collectConsoleProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    // Chromium asks every page for a favicon, which none of the apps has.
    if (message.location().url.endsWith('/favicon.ico')) return;
    if (message.type() === 'warning' || message.type() === 'error') {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

async function expectFocusOn(expect: ExpectStatic, element: Locator) {
  await expect.poll(() => element.evaluate((node) => node === document.activeElement)).toBe(true);
}

async function expectFocusInside(expect: ExpectStatic, surface: Locator) {
  await expect
    .poll(() => surface.evaluate((node) => node.contains(document.activeElement)))
    .toBe(true);
}

/** How many elements the page has left inert or hidden from assistive technology. */
function countHidden(page: Page): Promise<number> {
  return page.evaluate(
    () => document.querySelectorAll('[inert], body > [aria-hidden="true"]:not(:empty)').length,
  );
}

/**
 * The tour: Start tour opens step 1 beside its target with its arrow placed, Next moves on,
 * Escape closes it and focus goes back to Start tour.
 */
async function runTour(expect: ExpectStatic, page: Page) {
  const start = page.getByRole('button', { name: 'Start tour' });
  await start.click();
  const first = page.getByRole('dialog', { name: 'Your projects' });
  await first.waitFor({ state: 'visible' });
  await expectFocusInside(expect, first);
  // The arrow is placed through a ref: unplaced, it has no offset along the step's side.
  await expect
    .poll(() =>
      first
        .locator('svg')
        .first()
        .evaluate((svg) => svg.style.top || svg.style.left),
    )
    .not.toBe('');
  await first.getByRole('button', { name: 'Next', exact: true }).click();
  const second = page.getByRole('dialog', { name: 'Create a project' });
  await second.waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  await second.waitFor({ state: 'hidden' });
  await expectFocusOn(expect, start);
}

/** The announcement: it opens, Escape closes it, the page is usable again and focus returns. */
async function runAnnouncement(expect: ExpectStatic, page: Page) {
  const show = page.getByRole('button', { name: 'Show announcement' });
  await show.click();
  const dialog = page.getByRole('dialog', { name: 'New: bulk export' });
  await dialog.waitFor({ state: 'visible' });
  await expectFocusInside(expect, dialog);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  await expect.poll(() => countHidden(page)).toBe(0);
  await expectFocusOn(expect, show);
}

/** The checklist: its launcher opens the panel, which takes focus; Escape closes it. */
async function runChecklist(expect: ExpectStatic, page: Page) {
  const launcher = page.getByRole('button', { name: /^Get started/ });
  await launcher.click();
  const panel = page.getByRole('dialog', { name: 'Get started' });
  await panel.waitFor({ state: 'visible' });
  await expectFocusInside(expect, panel);
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'hidden' });
  await expectFocusOn(expect, launcher);
}

/**
 * The script every browser fixture runs, as a user would: a tour, an announcement and the
 * checklist, each opened, used and closed.
 */
export async function runGuideScript(expect: ExpectStatic, page: Page): Promise<void> {
  await runTour(expect, page);
  await runAnnouncement(expect, page);
  await runChecklist(expect, page);
}
