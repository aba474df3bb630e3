import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './launch-chromium';
import { serveStatic, type StaticServer } from './serve-static';
import { STORYBOOK_STATIC } from './storybook-index';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveStatic(STORYBOOK_STATIC)]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the Guide step panel in the built Storybook', () => {
  it('drafts a step that the canvas shows with the real Tour', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(
        `${server.url}index.html?path=/story/authoring-step-preview--step-preview&addonPanel=guidepost/guide-step/panel`,
      );
      const canvas = page.frameLocator('#storybook-preview-iframe');
      await canvas.getByRole('dialog', { name: 'Create a project' }).waitFor();

      const title = page.getByRole('textbox', { name: 'Title', exact: true });
      await title.fill('Invite your team');
      await page
        .getByRole('textbox', { name: 'Body', exact: true })
        .fill('Projects go faster together.');
      await page.getByRole('combobox', { name: 'Placement', exact: true }).selectOption('right');
      await page
        .getByRole('combobox', { name: 'Target', exact: true })
        .selectOption('sidebar-projects');

      const step = canvas.getByRole('dialog', { name: 'Invite your team' });
      await step.waitFor();
      expect(await step.textContent()).toContain('Projects go faster together.');
      await expect.poll(() => step.getAttribute('data-side')).toBe('right');
      // Beside the target it was given, on its right.
      const target = await canvas.locator('[data-guidepost="sidebar-projects"]').boundingBox();
      const box = await step.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(target!.x + target!.width);
      expect(await page.getByText("title: 'Invite your team',").count()).toBe(1);
    } finally {
      await page.close();
    }
  });
});
