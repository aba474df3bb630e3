import type { GuidepostEvent } from '@guidepost/core';
import { composeStories } from '@storybook/react';
import { cleanup, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import * as basics from '../../../../stories/tour/tour-basics.stories';
import * as overlays from '../../../../stories/tour/tour-overlay.stories';
import '../test/browser-commands';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import { settleAnimations, shownStep, startTour } from './tour-browser.test-helpers';

const { BasicThreeSteps, CentredStep, CustomComposition, JapaneseLabels, RightToLeft } =
  composeStories(basics);
const { OverlayBlock } = composeStories(overlays);

beforeEach(async () => {
  await page.viewport(1024, 768);
});
afterEach(async () => {
  cleanup();
  await commands.emulateMedia({ reducedMotion: null });
});

const next = () => userEvent.click(screen.getByRole('button', { name: /^(Next|Done)$/ }));
const named = (events: ReturnType<typeof vi.fn>, name: string) =>
  events.mock.calls.filter(([event]) => (event as GuidepostEvent).name === name);

describe('Tour motion in Chromium', () => {
  it('animates in, glides between steps and finishes its exit before it unmounts', async () => {
    // Counting started animations (not running ones) keeps a loaded machine, where a short
    // animation may already have finished when the check runs, from failing the test.
    const animate = vi.spyOn(Element.prototype, 'animate');
    render(<BasicThreeSteps />);
    const step = await startTour('Your projects');
    await vi.waitFor(() => expect(animate).toHaveBeenCalled());
    await settleAnimations();
    const beforeGlide = animate.mock.calls.length;
    await next();
    await shownStep('Create a project');
    await vi.waitFor(() => expect(animate.mock.calls.length).toBeGreaterThan(beforeGlide));
    await settleAnimations();
    animate.mockRestore();

    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(step.isConnected).toBe(true);
    expect(step.dataset.state).toBe('closed');
    await vi.waitFor(() => expect(step.isConnected).toBe(false));
    expect(document.getAnimations()).toHaveLength(0);
  });

  it('shows the first step at full opacity from the first moment it is drawn', async () => {
    render(<BasicThreeSteps />);
    const opacities: string[] = [];
    const record = () => {
      const step = document.querySelector('[role="dialog"]');
      if (step === null || getComputedStyle(step).visibility !== 'visible') return;
      opacities.push(getComputedStyle(step).opacity);
    };
    const observer = new MutationObserver(record);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    await startTour('Your projects');
    observer.disconnect();
    record();
    expect(opacities.length).toBeGreaterThan(0);
    expect(opacities.every((opacity) => opacity === '1')).toBe(true);
  });

  it.each([
    ['during its exit', 0],
    ['as its exit ends', 100],
  ])('shows the step and dims the page again when restarted %s', async (_, delay) => {
    render(<BasicThreeSteps />);
    const start = screen.getByRole('button', { name: 'Start tour' });
    await startTour('Your projects');
    await settleAnimations();
    const animate = vi.spyOn(Element.prototype, 'animate');
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    await vi.waitFor(() => expect(animate).toHaveBeenCalled());
    animate.mockRestore();
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    start.click();

    const step = await shownStep('Your projects');
    // Long enough for any exit left running to end and leave its last frame behind.
    await new Promise((resolve) => setTimeout(resolve, 400));
    await settleAnimations();
    expect(step.isConnected).toBe(true);
    expect(step.dataset.state).toBe('open');
    expect(getComputedStyle(step).opacity).toBe('1');
    expect(getComputedStyle(step).scale).toMatch(/^(none|1)$/);
    const overlay = document.querySelector('.gp-tour-overlay');
    expect(overlay).not.toBeNull();
    expect(getComputedStyle(overlay as Element).opacity).toBe('1');
  });

  it('runs no animation at all when the user prefers reduced motion', async () => {
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    render(<BasicThreeSteps />);
    await startTour('Your projects');
    expect(document.getAnimations()).toHaveLength(0);
    await next();
    await shownStep('Create a project');
    expect(document.getAnimations()).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.getAnimations()).toHaveLength(0);
  });

  it('renders one portal and reports one step_viewed under StrictMode', async () => {
    const onEvent = vi.fn();
    render(
      <StrictMode>
        <BasicThreeSteps onEvent={onEvent} />
      </StrictMode>,
    );
    await startTour('Your projects');
    await settleAnimations();
    expect(document.querySelectorAll('[data-guidepost-portal]')).toHaveLength(1);
    expect(document.querySelectorAll('[role="dialog"]')).toHaveLength(1);
    expect(named(onEvent, 'step_viewed')).toHaveLength(1);
  });
});

describe('Tour accessibility in Chromium', () => {
  it.each([
    ['the basic tour', BasicThreeSteps, ['Your projects', 'Create a project', 'Export your work']],
    ['a centred step', CentredStep, ['Welcome to Acme', 'Create a project']],
    ['a modal step', OverlayBlock, ['Save your work', 'Export']],
    ['a custom composition', CustomComposition, ['Your projects', 'Create a project']],
    ['Japanese labels', JapaneseLabels, ['プロジェクト', 'プロジェクトを作成']],
    ['a right-to-left page', RightToLeft, ['Your projects', 'Create a project']],
  ])('has no axe violations on any step of %s', async (_, Story, titles) => {
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    render(<Story />);
    await expectNoAxeViolations(document.body);
    await startTour(titles[0]);
    for (const [index, title] of titles.entries()) {
      if (index > 0) {
        await userEvent.click(screen.getByRole('button', { name: /^(Next|Done|次へ)$/ }));
      }
      await shownStep(title);
      await expectNoAxeViolations(document.body);
    }
  });
});
