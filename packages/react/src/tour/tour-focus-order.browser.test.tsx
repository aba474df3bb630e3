import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../styles.css';
import { shownStep } from './tour-browser.test-helpers';
import { hostPagesPerTest, runTour } from './tour-positioning-setup.test-helpers';

const hostPage = hostPagesPerTest();

/** Where each press of `key` takes focus, named as a screen reader would say it. */
async function stopsOf(key: string, presses: number): Promise<string[]> {
  const stops: string[] = [];
  for (let press = 0; press < presses; press += 1) {
    await userEvent.keyboard(key);
    const active = document.activeElement as HTMLElement;
    stops.push(active.getAttribute('aria-label') ?? active.textContent?.trim() ?? '');
  }
  return stops;
}

describe('Tour focus order in Chromium', () => {
  it('reaches every control of a non-modal step with Tab from its target, and back with Shift+Tab', async () => {
    hostPage(`
      <button type="button" data-guidepost="projects">Projects</button>
      <div style="height: 200px"></div>
      <button type="button" data-guidepost="export">Export</button>
      <button type="button">After export</button>
    `);
    runTour([
      { title: 'Projects', target: 'projects' },
      {
        title: 'Export',
        target: 'export',
        body: [
          {
            type: 'paragraph',
            children: ['Read ', { type: 'link', href: '/help/export', children: ['the guide'] }],
          },
        ],
      },
    ]);
    await shownStep('Projects');
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await shownStep('Export');
    const target = screen.getByRole('button', { name: 'Export' });
    await vi.waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Done' })),
    );

    act(() => target.focus());
    expect(await stopsOf('{Tab}', 5)).toEqual(['the guide', 'Back', 'Done', 'Close', 'Export']);
    expect(await stopsOf('{Shift>}{Tab}{/Shift}', 5)).toEqual([
      'Close',
      'Done',
      'Back',
      'the guide',
      'Export',
    ]);
  });
});
