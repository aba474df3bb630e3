import type { GuidepostEvent } from '@guidepost/core';
import { composeStories } from '@storybook/react';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import * as stories from '../../../../stories/tour/tour-targets.stories';
import { expectAnchored, shownStep, startTour } from './tour-browser.test-helpers';

const { LateTarget, RemovedTarget } = composeStories(stories);

beforeEach(async () => {
  await page.viewport(1024, 768);
});
afterEach(cleanup);

const chart = () => document.querySelector('[data-guidepost="late-chart"]') as HTMLElement;
const errors = (onEvent: ReturnType<typeof vi.fn>) =>
  onEvent.mock.calls.filter(([event]) => (event as GuidepostEvent).name === 'guide_error');

describe('Tour targets in Chromium', () => {
  it('waits for a late target, hidden meanwhile, then shows the step next to it', async () => {
    const onEvent = vi.fn();
    render(<LateTarget onEvent={onEvent} />);
    await startTour('Your projects');
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));

    expect(screen.getByText('Loading chart…')).toBeInstanceOf(HTMLElement);
    expect(screen.queryByRole('dialog')).toBeNull();
    const hidden = document.querySelector('[role="dialog"]');
    expect(hidden === null || getComputedStyle(hidden).visibility === 'hidden').toBe(true);

    const step = await shownStep('Your chart');
    await expectAnchored(step, chart(), 'bottom');
    expect(errors(onEvent)).toEqual([]);
  });

  it('hides the step while its target is removed and re-anchors it to the new one', async () => {
    render(<RemovedTarget />);
    await startTour('Your projects');
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    const step = await shownStep('Your chart');
    await expectAnchored(step, chart(), 'bottom');

    await userEvent.click(screen.getByRole('button', { name: 'Remove chart' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(step.isConnected).toBe(true);
    expect(getComputedStyle(step).visibility).toBe('hidden');
    expect(step.dataset.state).toBe('closed');

    await userEvent.click(screen.getByRole('button', { name: 'Restore chart' }));
    const back = await shownStep('Your chart');
    expect(back).toBe(step);
    await expectAnchored(back, chart(), 'bottom');
  });
});
