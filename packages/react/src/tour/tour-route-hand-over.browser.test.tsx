import type { GuidepostEvent } from '@guidepost/core';
import { composeStories } from '@storybook/react';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import * as stories from '../../../../stories/demo/demo.stories';
import { shownStep } from './tour-browser.test-helpers';

const { SaaSDashboard } = composeStories(stories);

beforeEach(async () => {
  await page.viewport(1280, 800);
  window.localStorage.clear();
});
afterEach(cleanup);

const shownGuides = (onEvent: ReturnType<typeof vi.fn>) =>
  onEvent.mock.calls
    .map(([event]) => event as GuidepostEvent)
    .filter((event) => event.name === 'guide_shown')
    .map((event) => event.guideId);

describe('the demo’s welcome tour across a route change', () => {
  it('goes on to the new project page without the release note cutting in', async () => {
    const onEvent = vi.fn();
    render(<SaaSDashboard onEvent={onEvent} />);
    await shownStep('Your projects');
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await shownStep('Start your first project');

    // Advances the tour and opens the new project page: the step changes before the app's
    // route does.
    await userEvent.click(screen.getByRole('button', { name: 'New project' }));
    await shownStep('Name it');
    expect(screen.queryByRole('dialog', { name: /scheduled reports/ })).toBeNull();
    expect(shownGuides(onEvent)).not.toContain('release-scheduled-reports');
  });
});
