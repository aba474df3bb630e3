import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../styles.css';
import { shownStep } from './tour-browser.test-helpers';
import { hostPagesPerTest, runTour } from './tour-positioning-setup.test-helpers';
import { mountHostPage } from './tour-positioning.test-helpers';

const hostPage = hostPagesPerTest();

/**
 * Records when focus had fallen to `<body>`: after every change to the page (a removed or
 * hidden control loses focus then, before any effect can move it) and every animation frame.
 */
function watchFocus(): { lostAt: string[]; stop: () => void } {
  const lostAt: string[] = [];
  let running = true;
  const started = performance.now();
  const check = (when: string) => {
    const active = document.activeElement;
    if (active === null || active === document.body) {
      lostAt.push(`${when} at ${Math.round(performance.now() - started)} ms`);
    }
  };
  const observer = new MutationObserver(() => check('after a change'));
  observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  const frame = () => {
    if (!running) return;
    check('in a frame');
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  return {
    lostAt,
    stop: () => {
      running = false;
      observer.disconnect();
    },
  };
}

describe('Tour focus never left on <body>, in Chromium', () => {
  it('keeps focus in the page while the next step waits for a late target', async () => {
    hostPage('<button type="button" data-guidepost="projects">Projects</button>');
    runTour([
      { title: 'Projects', target: 'projects' },
      { title: 'Report', target: 'report' },
    ]);
    await shownStep('Projects');
    const next = screen.getByRole('button', { name: 'Next' });
    await vi.waitFor(() => expect(document.activeElement).toBe(next));
    const focus = watchFocus();
    await userEvent.keyboard('{Enter}');
    await new Promise((resolve) => setTimeout(resolve, 600));
    const removeReport = mountHostPage(
      '<button type="button" data-guidepost="report">Report</button>',
    );
    try {
      await shownStep('Report');
      await vi.waitFor(() =>
        expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Done' })),
      );
      focus.stop();
      expect(focus.lostAt).toEqual([]);
    } finally {
      focus.stop();
      removeReport();
    }
  });

  it('keeps focus in the step when Back, pressed on step 2, is gone on step 1', async () => {
    hostPage(`
      <button type="button" data-guidepost="projects">Projects</button>
      <button type="button" data-guidepost="export">Export</button>
    `);
    runTour([
      { title: 'Projects', target: 'projects' },
      { title: 'Export', target: 'export' },
    ]);
    await shownStep('Projects');
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await shownStep('Export');
    const back = screen.getByRole('button', { name: 'Back' });
    back.focus();
    const focus = watchFocus();
    await userEvent.keyboard('{Enter}');
    const step = await shownStep('Projects');
    await vi.waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Next' })),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    focus.stop();
    expect(focus.lostAt).toEqual([]);
    expect(step.contains(document.activeElement)).toBe(true);
  });
});
