import { composeStories } from '@storybook/react';
import { cleanup, render, screen } from '@testing-library/react';
import { StrictMode, type ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import * as stories from '../../../../stories/announcement/announcement.stories';
import * as overlays from '../../../../stories/tour/tour-overlay.stories';
import { settleAnimations, startTour } from '../tour/tour-browser.test-helpers';

const { TwoCtas } = composeStories(stories);
const { OverlayBlock } = composeStories(overlays);

/** Every attribute of `<body>`, as the page's own markup and scripts would read them. */
const bodyAttributes = () =>
  Object.fromEntries([...document.body.attributes].map(({ name, value }) => [name, value]));

const closings = [
  {
    how: 'the close button',
    close: () => userEvent.click(screen.getByRole('button', { name: 'Close' })),
  },
  { how: 'Escape', close: () => userEvent.keyboard('{Escape}') },
];

/** Closes the open dialog and waits until its exit animation has finished. */
async function closeAndSettle(close: () => Promise<void>): Promise<void> {
  await close();
  await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  await settleAnimations();
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

beforeEach(async () => {
  await page.viewport(1024, 768);
});
afterEach(() => {
  cleanup();
  // Read first: Chromium only writes a `style` changed through the CSSOM when it is read.
  if (document.body.hasAttribute('style')) document.body.removeAttribute('style');
});

// Nothing here reads the body's `style` attribute while the dialog is open: reading it makes
// Chromium write it out, which would hide an attribute left behind by a later removal.
describe('The page after an announcement closes, in Chromium', () => {
  it.each([false, true].flatMap((strict) => closings.map((closing) => ({ ...closing, strict }))))(
    'has no style attribute on <body> when it had none (closed with $how, StrictMode $strict)',
    async ({ close, strict }) => {
      const before = bodyAttributes();
      expect(before).not.toHaveProperty('style');
      const ui: ReactElement = strict ? (
        <StrictMode>
          <TwoCtas />
        </StrictMode>
      ) : (
        <TwoCtas />
      );
      render(ui);
      await screen.findByRole('dialog');
      expect(getComputedStyle(document.body).overflow).toBe('hidden');

      await closeAndSettle(close);
      expect(document.body.hasAttribute('style')).toBe(false);
      expect(bodyAttributes()).toEqual(before);
    },
  );

  it.each(closings)(
    "keeps the body's own style exactly, overflow-x included (closed with $how)",
    async ({ close }) => {
      const own = 'color: rebeccapurple; overflow-x: hidden;';
      document.body.setAttribute('style', own);
      render(<TwoCtas />);
      await screen.findByRole('dialog');
      expect(getComputedStyle(document.body).overflowY).toBe('hidden');

      await closeAndSettle(close);
      expect(document.body.getAttribute('style')).toBe(own);
      expect(getComputedStyle(document.body).overflowX).toBe('hidden');
    },
  );
});

describe("The page after a tour step with overlay 'block' closes, in Chromium", () => {
  it.each(closings)(
    'has the same <body> attributes as before (closed with $how)',
    async ({ close }) => {
      const before = bodyAttributes();
      render(<OverlayBlock />);
      const step = await startTour();
      expect(step.getAttribute('aria-modal')).toBe('true');

      await closeAndSettle(close);
      expect(document.body.hasAttribute('style')).toBe(false);
      expect(bodyAttributes()).toEqual(before);
    },
  );

  it("keeps the body's own style exactly", async () => {
    const own = 'color: rebeccapurple; overflow-x: hidden;';
    document.body.setAttribute('style', own);
    render(<OverlayBlock />);
    await startTour();

    await closeAndSettle(() => userEvent.keyboard('{Escape}'));
    expect(document.body.getAttribute('style')).toBe(own);
  });
});
