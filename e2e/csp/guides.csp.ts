import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { ExpectStatic } from 'vitest';
import { collectPageErrors } from '../collect-page-errors';
import { launchChromium } from '../launch-chromium';
import type { StaticServer } from '../serve-static';
import { buildFixture } from './build-fixture';
import { gapBetween } from './gap-between';
import { installPageProbes, readPageProbes } from './page-probes';
import { serveWithCsp, STRICT_CSP } from './serve-with-csp';

/** How far a surface may sit from what it points at: its offset, arrow and a collision shift. */
const MAX_GAP = 64;

/** The tour's steps in order: the step's title, its target's anchor, the button that moves on. */
const STEPS = [
  { title: 'Your projects', anchor: 'sidebar-projects', button: 'Next' },
  { title: 'Create a project', anchor: 'new-project', button: 'Next' },
  { title: 'Export your work', anchor: 'export', button: 'Done' },
] as const;

let outDir: string;
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'guidepost-csp-'));
  [browser] = await Promise.all([launchChromium(), buildFixture(outDir)]);
  server = await serveWithCsp(outDir, STRICT_CSP);
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
  if (outDir !== undefined) await rm(outDir, { recursive: true, force: true });
});

function anchor(page: Page, name: string): Locator {
  return page.locator(`[data-guidepost="${name}"]`);
}

/**
 * Waits until `surface` is shown next to `target` (within {@link MAX_GAP}) and not left at the
 * page's origin, where an unpositioned floating element sits.
 */
async function expectBeside(expect: ExpectStatic, surface: Locator, target: Locator) {
  await surface.waitFor({ state: 'visible' });
  await expect
    .poll(async () => {
      const [box, targetBox] = await Promise.all([surface.boundingBox(), target.boundingBox()]);
      return box === null || targetBox === null ? Infinity : gapBetween(box, targetBox);
    })
    .toBeLessThanOrEqual(MAX_GAP);
  const box = await surface.boundingBox();
  expect(box !== null && box.x < 1 && box.y < 1, 'the surface sits at 0,0').toBe(false);
}

/** A fresh page on the strict-CSP app, with the probes and error listeners in place. */
async function openFixture(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors = collectPageErrors(page);
  await installPageProbes(page);
  const response = await page.goto(server.url, { waitUntil: 'load' });
  if (response?.headers()['content-security-policy'] !== STRICT_CSP) {
    throw new Error('The page was served without the strict Content-Security-Policy.');
  }
  return { page, errors };
}

async function runTour(expect: ExpectStatic, page: Page) {
  await page.getByRole('button', { name: 'Start tour' }).click();
  for (const { title, anchor: name, button } of STEPS) {
    const step = page.getByRole('dialog', { name: title });
    await expectBeside(expect, step, anchor(page, name));
    await step.getByRole('button', { name: button, exact: true }).click();
  }
  await page.getByRole('dialog', { name: STEPS[2].title }).waitFor({ state: 'hidden' });
  await expect.poll(() => page.locator('output').textContent()).toBe('completed');
}

async function openAndCloseHint(expect: ExpectStatic, page: Page) {
  const filters = anchor(page, 'report-filters');
  const beacon = page.getByRole('button', { name: 'Open hint: Saved filters' });
  await expectBeside(expect, beacon, filters);
  await beacon.hover();
  await beacon.click();
  const hint = page.getByRole('dialog', { name: 'Saved filters' });
  await expectBeside(expect, hint, filters);
  await hint.getByRole('button', { name: 'Close' }).click();
  await hint.waitFor({ state: 'hidden' });
}

async function tickChecklistItem(expect: ExpectStatic, page: Page) {
  const launcher = page.getByRole('button', { name: /^Get started/ });
  await launcher.click();
  const panel = page.getByRole('dialog', { name: 'Get started' });
  await expectBeside(expect, panel, launcher);
  const item = panel.getByRole('checkbox', { name: /Add a profile photo/ });
  await item.click();
  await expect.poll(() => item.getAttribute('aria-checked')).toBe('true');
  await panel.getByText('1 of 2 done').waitFor({ state: 'visible' });
}

async function showAndCloseAnnouncement(expect: ExpectStatic, page: Page) {
  await page.getByRole('button', { name: 'Show announcement' }).click();
  const dialog = page.getByRole('dialog', { name: 'New: bulk export' });
  await dialog.waitFor({ state: 'visible' });
  // A modal is centred by the stylesheet alone: it lands mid-screen, not at the origin.
  const middle = (page.viewportSize()?.width ?? 0) / 2;
  await expect
    .poll(async () => {
      const box = await dialog.boundingBox();
      return box === null ? Infinity : Math.abs(box.x + box.width / 2 - middle);
    })
    .toBeLessThan(2);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('Guidepost under a strict Content-Security-Policy', () => {
  it.for(['no-preference', 'reduce'] as const)(
    'runs a tour, a hint, a checklist and an announcement with reduced motion %s',
    async (reducedMotion, { expect }) => {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        reducedMotion,
      });
      try {
        const { page, errors } = await openFixture(context);
        await runTour(expect, page);
        await openAndCloseHint(expect, page);
        await tickChecklistItem(expect, page);
        await showAndCloseAnnouncement(expect, page);

        const report = await readPageProbes(page);
        expect(report.violations).toEqual([]);
        expect(errors).toEqual([]);
        if (reducedMotion === 'reduce') {
          expect(report.scriptedAnimations, 'surfaces animated under reduced motion').toBe(0);
          expect(report.cssAnimations).not.toContain('gp-pulse');
        } else {
          expect(report.scriptedAnimations, 'no surface animated').toBeGreaterThan(0);
          expect(report.cssAnimations).toContain('gp-pulse');
        }
      } finally {
        await context.close();
      }
    },
  );

  it('reports an inline style attribute, so a silent page means none was written', async ({
    expect,
  }) => {
    const context = await browser.newContext();
    try {
      const { page, errors } = await openFixture(context);
      await page.evaluate(() => document.body.setAttribute('style', 'outline: 1px solid red'));
      await expect
        .poll(async () => (await readPageProbes(page)).violations)
        .toEqual([expect.stringMatching(/^style-src-attr blocked inline/)]);
      expect(errors).toEqual([
        expect.stringMatching(/inline style violates .*Content Security Policy/),
      ]);
    } finally {
      await context.close();
    }
  });
});
