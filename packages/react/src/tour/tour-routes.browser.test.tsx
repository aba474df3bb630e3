import type { GuidepostEvent } from '@guidepost/core';
import { composeStories } from '@storybook/react';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import * as stories from '../../../../stories/tour/tour-routes.stories';
import { expectAnchored, shownStep, startTour, tourStatus } from './tour-browser.test-helpers';

const { MultiRoute } = composeStories(stories);

/** Past the 600 ms the story's step 2 waits for its target. */
const PAST_TIMEOUT = 1000;

beforeEach(async () => {
  await page.viewport(1024, 768);
});
afterEach(cleanup);

const chart = () => document.querySelector('[data-guidepost="report-chart"]') as HTMLElement;
const open = (name: string) => userEvent.click(screen.getByRole('button', { name }));
const errors = (onEvent: ReturnType<typeof vi.fn>) =>
  onEvent.mock.calls.filter(([event]) => (event as GuidepostEvent).name === 'guide_error');
const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

describe('Multi-route tour in Chromium', () => {
  it('waits on the first page for a step of the second, then anchors it there', async () => {
    const onEvent = vi.fn();
    render(<MultiRoute onEvent={onEvent} />);
    await startTour('Open your reports');
    await open('Next');

    await wait(PAST_TIMEOUT);
    expect(document.querySelector('[role="dialog"]')).toBeNull();
    expect(tourStatus()).toBe('active');

    await open('Reports');
    const step = await shownStep('Your weekly chart');
    await expectAnchored(step, chart(), 'bottom');
    expect(errors(onEvent)).toEqual([]);
  });

  it('moves on when the step’s target opens the second page', async () => {
    render(<MultiRoute />);
    const first = await startTour('Open your reports');
    await expectAnchored(
      first,
      document.querySelector('[data-guidepost="nav-reports"]') as Element,
      'right',
    );
    await open('Reports');
    const step = await shownStep('Your weekly chart');
    await expectAnchored(step, chart(), 'bottom');
  });

  it('hides the step on another page and resumes it on return and after a reload', async () => {
    const onEvent = vi.fn();
    render(<MultiRoute onEvent={onEvent} />);
    await startTour('Open your reports');
    await open('Reports');
    await shownStep('Your weekly chart');

    await open('Projects');
    await vi.waitFor(() => expect(document.querySelector('[role="dialog"]')).toBeNull());
    await open('Reload app');
    await wait(PAST_TIMEOUT);
    expect(document.querySelector('[role="dialog"]')).toBeNull();
    expect(tourStatus()).toBe('active');

    await open('Reports');
    const back = await shownStep('Your weekly chart');
    await expectAnchored(back, chart(), 'bottom');
    await vi.waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Next' })),
    );

    await open('Reload app');
    const reloaded = await shownStep('Your weekly chart');
    await expectAnchored(reloaded, chart(), 'bottom');
    expect(errors(onEvent)).toEqual([]);
  });
});
