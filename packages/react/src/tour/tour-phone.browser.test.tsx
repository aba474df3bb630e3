import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../styles.css';
import { settleAnimations, shownStep } from './tour-browser.test-helpers';
import { hostPagesPerTest, runTour } from './tour-positioning-setup.test-helpers';
import { boxOf, expectBeside, nextFrames } from './tour-positioning.test-helpers';

const hostPage = hostPagesPerTest();

afterEach(() => {
  document.documentElement.removeAttribute('dir');
});

/** A phone-sized app: a side menu whose first entry the tour points at, beside the content. */
const SIDE_MENU = `
  <div style="display: flex; min-height: 100vh">
    <nav style="inline-size: 180px; padding: 120px 8px 0">
      <button type="button" data-guidepost="nav-projects" style="inline-size: 160px">Projects</button>
    </nav>
    <main style="flex: 1"><p>No projects yet.</p></main>
  </div>
`;

const LONG_BODY = Array.from(
  { length: 12 },
  (_, index) => `Line ${index + 1} of what this part of the page does for you.`,
).join(' ');

/**
 * Asserts that a user can see and tap `control`: it lies inside the viewport, and the point at
 * its middle is the control itself, not the overlay, the page or a part of the step clipped away.
 */
function expectTappable(control: HTMLElement): void {
  const box = control.getBoundingClientRect();
  const name = control.getAttribute('aria-label') ?? control.textContent;
  expect(box.left, `${name} left`).toBeGreaterThanOrEqual(0);
  expect(box.top, `${name} top`).toBeGreaterThanOrEqual(0);
  expect(box.right, `${name} right`).toBeLessThanOrEqual(window.innerWidth);
  expect(box.bottom, `${name} bottom`).toBeLessThanOrEqual(window.innerHeight);
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  expect(hit !== null && control.contains(hit), `${name} is what a tap at its middle hits`).toBe(
    true,
  );
}

/** Every button and link of the step. */
function controlsOf(step: HTMLElement): HTMLElement[] {
  return [...step.querySelectorAll<HTMLElement>('button, a[href]')];
}

async function expectEveryControlTappable(step: HTMLElement): Promise<void> {
  await settleAnimations();
  await nextFrames();
  const controls = controlsOf(step);
  expect(controls.length).toBeGreaterThan(0);
  for (const control of controls) expectTappable(control);
}

/** Asserts that the step does not cover the middle of its target. */
function expectTargetUncovered(target: HTMLElement): void {
  const box = target.getBoundingClientRect();
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  expect(hit !== null && target.contains(hit)).toBe(true);
}

describe('Tour on a phone and at 400 % zoom, in Chromium', () => {
  it.each([
    { direction: 'ltr', menuSide: 'left' },
    { direction: 'rtl', menuSide: 'right' },
  ])(
    'lays a step placed beside a side-menu entry out as a sheet at 375×667 ($direction), which can be finished and closed by tapping',
    async ({ direction }) => {
      await page.viewport(375, 667);
      document.documentElement.dir = direction;
      hostPage(SIDE_MENU);
      const target = document.querySelector('[data-guidepost="nav-projects"]') as HTMLElement;
      runTour([
        { title: 'Your projects', target: 'nav-projects', placement: 'right', body: LONG_BODY },
        { title: 'Still here', target: 'nav-projects', placement: 'right' },
      ]);

      const first = await shownStep('Your projects');
      expect(first.dataset.sheet).toBe('bottom');
      await expectEveryControlTappable(first);
      expectTargetUncovered(target);
      await userEvent.click(screen.getByRole('button', { name: 'Next' }));

      const second = await shownStep('Still here');
      await expectEveryControlTappable(second);
      expect(controlsOf(second).map((control) => control.textContent)).toContain('Back');
      await userEvent.click(screen.getByRole('button', { name: 'Close' }));
      await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    },
  );

  it('keeps every control of a long step on screen at 320×256, the size of 1280×1024 at 400 % zoom', async () => {
    await page.viewport(320, 256);
    hostPage(`
      <div style="padding: 8px 0 0 24px">
        <button type="button" data-guidepost="export">Export</button>
      </div>
      <div style="height: 1200px"></div>
    `);
    const target = document.querySelector('[data-guidepost="export"]') as HTMLElement;
    const engine = runTour([
      { title: 'Export a report', target: 'export', placement: 'bottom', body: LONG_BODY },
    ]);
    const step = await shownStep('Export a report');
    await expectEveryControlTappable(step);
    expectTargetUncovered(target);
    await userEvent.click(screen.getByRole('button', { name: 'Done' }));
    await vi.waitFor(() => expect(engine.getState().guides['welcome']?.status).toBe('completed'));
  });

  it('moves the sheet to the top edge while the target is in the lower half of the screen', async () => {
    await page.viewport(375, 667);
    hostPage(`
      <div style="height: 520px"></div>
      <button type="button" data-guidepost="save" style="margin-inline-start: 24px">Save</button>
    `);
    const target = document.querySelector('[data-guidepost="save"]') as HTMLElement;
    runTour([{ title: 'Save often', target: 'save', body: LONG_BODY }]);
    const step = await shownStep('Save often');
    expect(step.dataset.sheet).toBe('top');
    await expectEveryControlTappable(step);
    expectTargetUncovered(target);
  });

  it('falls back from a side with no room to below the target, on a screen too wide for a sheet', async () => {
    await page.viewport(720, 560);
    hostPage(`
      <div style="padding: 80px 40px 0">
        <button type="button" data-guidepost="wide" style="inline-size: 560px">Wide toolbar</button>
      </div>
    `);
    const target = document.querySelector('[data-guidepost="wide"]') as HTMLElement;
    runTour([{ title: 'The toolbar', target: 'wide', placement: 'right', body: LONG_BODY }]);
    const step = await shownStep('The toolbar');
    expect(step.dataset.sheet).toBeUndefined();
    await expectEveryControlTappable(step);
    expect(step.dataset.side).toBe('bottom');
    expectBeside(step, boxOf(target));
  });

  it('caps a step taller than the room around its target, keeping its buttons on screen', async () => {
    await page.viewport(900, 300);
    hostPage(`
      <div style="padding: 16px 0 0 300px">
        <button type="button" data-guidepost="filters">Filters</button>
      </div>
    `);
    const target = document.querySelector('[data-guidepost="filters"]') as HTMLElement;
    runTour([
      { title: 'Filters', target: 'filters', placement: 'bottom', body: LONG_BODY + LONG_BODY },
    ]);
    const step = await shownStep('Filters');
    await expectEveryControlTappable(step);
    expect(step.getBoundingClientRect().bottom).toBeLessThanOrEqual(300 - 8 + 1);
    expectBeside(step, boxOf(target));

    // Given room again, the step is drawn whole.
    await page.viewport(900, 760);
    await nextFrames(4);
    await vi.waitFor(() => expect(step.scrollHeight).toBeLessThanOrEqual(step.clientHeight));
  });
});
