import { composeStories } from '@storybook/react';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import * as basics from '../../../../stories/tour/tour-basics.stories';
import * as layout from '../../../../stories/tour/tour-layout.stories';
import {
  expectAnchored,
  settleAnimations,
  shownStep,
  spotlightHole,
  startTour,
} from './tour-browser.test-helpers';

const { BasicThreeSteps } = composeStories(basics);
const { NestedScrollUnderStickyHeader, TransformedAncestor, TargetInDialog } =
  composeStories(layout);

const anchor = (name: string) =>
  document.querySelector(`[data-guidepost="${name}"]`) as HTMLElement;

beforeEach(async () => {
  await page.viewport(1024, 768);
});
afterEach(cleanup);

describe('Tour layout in Chromium', () => {
  it('scrolls a target in nested scroll containers into view below a sticky header', async () => {
    render(<NestedScrollUnderStickyHeader />);
    const target = anchor('deep-button');
    const header = screen.getByTestId('sticky-header').getBoundingClientRect();
    const outer = screen.getByTestId('outer-scroller').getBoundingClientRect();
    expect(target.getBoundingClientRect().top).toBeGreaterThan(outer.bottom);

    const step = await startTour('Found it');
    await vi.waitFor(() => {
      const box = target.getBoundingClientRect();
      const inner = screen.getByTestId('inner-scroller').getBoundingClientRect();
      expect(box.top).toBeGreaterThanOrEqual(header.bottom);
      expect(box.bottom).toBeLessThanOrEqual(outer.bottom);
      expect(box.top).toBeGreaterThanOrEqual(inner.top);
      expect(box.bottom).toBeLessThanOrEqual(inner.bottom);
    });
    await expectAnchored(step, target, 'bottom');
  });

  it('fits the spotlight to a target inside a transformed ancestor', async () => {
    render(<TransformedAncestor />);
    await startTour('Scaled and rotated');
    await settleAnimations();
    const overlay = document.querySelector('.gp-tour-overlay') as HTMLElement;
    const box = anchor('transformed-button').getBoundingClientRect();
    const hole = spotlightHole(overlay);
    const padding = 6;
    expect(Math.abs(hole.x + padding - box.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(hole.y + padding - box.y)).toBeLessThanOrEqual(1);
    expect(Math.abs(hole.width - 2 * padding - box.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(hole.height - 2 * padding - box.height)).toBeLessThanOrEqual(1);
  });

  it('follows the target when the viewport changes size', async () => {
    render(<BasicThreeSteps />);
    await startTour('Your projects');
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    const step = await shownStep('Create a project');
    const target = anchor('new-project');
    await expectAnchored(step, target, 'bottom');
    const before = step.getBoundingClientRect();

    await page.viewport(480, 640);
    await vi.waitFor(() => expect(step.getBoundingClientRect().left).not.toBe(before.left));
    await expectAnchored(step, target, 'bottom');
    const box = step.getBoundingClientRect();
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(window.innerWidth);

    await page.viewport(900, 600);
    await vi.waitFor(() => expectAnchored(step, target, 'bottom'));
  });

  it('renders the step inside the open native dialog that holds the target', async () => {
    render(<TargetInDialog />);
    await userEvent.click(screen.getByRole('button', { name: 'Open settings' }));
    const dialog = document.querySelector('dialog') as HTMLDialogElement;
    const step = await startTour('Turn on alerts');
    expect(step.closest('dialog')).toBe(dialog);
    await settleAnimations();
    const box = step.getBoundingClientRect();
    const topmost = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    expect(step.contains(topmost)).toBe(true);
    await vi.waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Done' })),
    );
    dialog.close();
  });
});
