import { composeStories } from '@storybook/react';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import * as basics from '../../../../stories/tour/tour-basics.stories';
import * as overlays from '../../../../stories/tour/tour-overlay.stories';
import { shownStep, startTour, tourStatus } from './tour-browser.test-helpers';

const { BasicThreeSteps } = composeStories(basics);
const { OverlayBlock, OverlayTarget, OverlayNone } = composeStories(overlays);

beforeEach(async () => {
  await page.viewport(1024, 768);
});
afterEach(cleanup);

const button = (name: string) => screen.getByRole('button', { name });

const focused = () => document.activeElement;

async function openWithKeyboard(): Promise<HTMLElement> {
  act(() => button('Start tour').focus());
  await userEvent.keyboard('{Enter}');
  return shownStep();
}

describe('Tour keyboard and focus in Chromium', () => {
  it('moves focus into the step on open and back to the invoker on close', async () => {
    render(<BasicThreeSteps />);
    const step = await openWithKeyboard();
    await vi.waitFor(() => expect(focused()).toBe(button('Next')));
    expect(step.contains(focused())).toBe(true);

    await userEvent.keyboard('{Tab}');
    expect(step.contains(focused())).toBe(true);
    await userEvent.click(button('Close'));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(focused()).toBe(button('Start tour'));
    expect(tourStatus()).toBe('dismissed');
  });

  it('never moves focus when the step is only repositioned', async () => {
    render(<BasicThreeSteps />);
    await openWithKeyboard();
    await vi.waitFor(() => expect(focused()).toBe(button('Next')));
    await userEvent.keyboard('{Tab}');
    const close = button('Close');
    expect(focused()).toBe(close);
    await page.viewport(700, 500);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await page.viewport(1024, 768);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(focused()).toBe(close);
  });

  it('completes the whole tour with the keyboard alone', async () => {
    render(<BasicThreeSteps />);
    await openWithKeyboard();
    await vi.waitFor(() => expect(focused()).toBe(button('Next')));
    await userEvent.keyboard('{Enter}');
    await shownStep('Create a project');
    await userEvent.keyboard('{ArrowRight}');
    await shownStep('Export your work');
    await userEvent.keyboard('{ArrowLeft}');
    await shownStep('Create a project');
    await vi.waitFor(() => expect(focused()).toBe(button('Next')));
    await userEvent.keyboard('{ArrowRight}');
    await shownStep('Export your work');
    await vi.waitFor(() => expect(focused()).toBe(button('Done')));
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(tourStatus()).toBe('completed'));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(focused()).toBe(button('Start tour'));
  });

  it('conveys each step once: focus moving in reads the first, the live region the next', async () => {
    render(<BasicThreeSteps />);
    const region = document.querySelector('[data-live-announcer]') as HTMLElement;
    const step = await openWithKeyboard();
    await vi.waitFor(() => expect(focused()).toBe(button('Next')));
    expect(
      screen.getByRole('dialog', {
        description: 'Every project you create is listed here. Step 1 of 3',
      }),
    ).toBe(step);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(region.textContent).toBe('');

    await userEvent.keyboard('{Enter}');
    await shownStep('Create a project');
    expect(focused()).toBe(button('Next'));
    await vi.waitFor(() => expect(region.textContent).toBe('Step 2 of 3: Create a project'));
  });

  it('dismisses with Escape', async () => {
    render(<BasicThreeSteps />);
    await openWithKeyboard();
    await vi.waitFor(() => expect(focused()).toBe(button('Next')));
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(tourStatus()).toBe('dismissed'));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it("overlay 'block': Tab never leaves the step and a click on the page does nothing", async () => {
    render(<OverlayBlock />);
    const step = await startTour('Save your work');
    expect(step.getAttribute('aria-modal')).toBe('true');
    await vi.waitFor(() => expect(focused()).toBe(button('Next')));
    for (let press = 0; press < 8; press += 1) {
      await userEvent.keyboard(press % 2 === 0 ? '{Tab}' : '{Shift>}{Tab}{/Shift}');
      await userEvent.keyboard('{Tab}');
      expect(step.contains(focused())).toBe(true);
    }
    await userEvent.click(button('Page button'), { force: true });
    await userEvent.click(button('Save'), { force: true });
    expect(screen.getByText('Page button clicked 0 times')).toBeInstanceOf(HTMLElement);
    expect(screen.getByText('Saved 0 times')).toBeInstanceOf(HTMLElement);
    expect(step.contains(focused())).toBe(true);
  });

  it("overlay 'target': the target stays clickable, the rest of the page does not, and the step does not trap", async () => {
    render(<OverlayTarget />);
    const step = await startTour('Save your work');
    expect(step.hasAttribute('aria-modal')).toBe(false);
    await userEvent.click(button('Save'));
    expect(screen.getByText('Saved 1 times')).toBeInstanceOf(HTMLElement);
    await userEvent.click(button('Page button'), { force: true });
    expect(screen.getByText('Page button clicked 0 times')).toBeInstanceOf(HTMLElement);

    act(() => button('Save').focus());
    await userEvent.keyboard('{Tab}');
    expect(focused()).toBe(button('Next'));
    let left = false;
    for (let press = 0; press < 4 && !left; press += 1) {
      await userEvent.keyboard('{Tab}');
      left = !step.contains(focused());
    }
    expect(focused()).toBe(button('Save'));
    expect(screen.getByRole('dialog', { name: 'Save your work' })).toBe(step);
  });

  it("overlay 'target': Tab and Shift+Tab go round the target and the step, nowhere else", async () => {
    render(<OverlayTarget />);
    await openWithKeyboard();
    await vi.waitFor(() => expect(focused()).toBe(button('Next')));
    const stops = async (keys: string) => {
      const names: string[] = [];
      for (let press = 0; press < 6; press += 1) {
        await userEvent.keyboard(keys);
        names.push(focused()?.getAttribute('aria-label') ?? focused()?.textContent ?? '');
      }
      return names;
    };
    expect(await stops('{Tab}')).toEqual(['Close', 'Save', 'Next', 'Close', 'Save', 'Next']);
    expect(await stops('{Shift>}{Tab}{/Shift}')).toEqual([
      'Save',
      'Close',
      'Next',
      'Save',
      'Close',
      'Next',
    ]);
  });

  it("overlay 'target': a page control cannot be clicked, and Enter on the target works", async () => {
    render(<OverlayTarget />);
    await openWithKeyboard();
    await vi.waitFor(() => expect(focused()).toBe(button('Next')));
    const pageButton = button('Page button');
    await userEvent.click(pageButton, { force: true });
    expect(screen.getByText('Page button clicked 0 times')).toBeInstanceOf(HTMLElement);

    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(focused()).toBe(button('Save'));
    await userEvent.keyboard('{Enter}');
    expect(screen.getByText('Saved 1 times')).toBeInstanceOf(HTMLElement);
  });

  it("overlay 'target': the next step's target takes over the Tab round, and nothing is left inert", async () => {
    render(<OverlayTarget />);
    await openWithKeyboard();
    await vi.waitFor(() => expect(focused()).toBe(button('Next')));
    expect(document.querySelector('[inert]')).toBeNull();

    await userEvent.keyboard('{Enter}');
    await shownStep('Export');
    await vi.waitFor(() => expect(focused()).toBe(button('Done')));
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}{Shift>}{Tab}{/Shift}');
    expect(focused()).toBe(button('Export'));
    await userEvent.keyboard('{Tab}');
    expect(focused()).toBe(button('Back'));

    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.querySelector('[inert]')).toBeNull();
    expect(focused()).toBe(button('Start tour'));
  });

  it("overlay 'none': the whole page stays usable", async () => {
    render(<OverlayNone />);
    await startTour('Save your work');
    expect(document.querySelector('.gp-tour-overlay')).toBeNull();
    expect(document.querySelector('[inert]')).toBeNull();
    await userEvent.click(button('Page button'));
    expect(screen.getByText('Page button clicked 1 times')).toBeInstanceOf(HTMLElement);
  });
});
