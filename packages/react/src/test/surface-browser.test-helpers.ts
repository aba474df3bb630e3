import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import './browser-commands';

/**
 * Every test of the file on a 1024 × 768 page, with the reduced-motion setting put back and
 * the rendered tree removed after each.
 */
export function testOnDesktop() {
  beforeEach(async () => {
    await page.viewport(1024, 768);
  });
  afterEach(async () => {
    cleanup();
    await commands.emulateMedia({ reducedMotion: null });
  });
}

/** Waits for every running animation (an entrance, an exit) to finish or be cancelled. */
export function settle(): Promise<unknown> {
  return Promise.all(
    document.getAnimations().map((animation) => animation.finished.catch(() => undefined)),
  );
}

/**
 * Focuses the launcher, presses Enter as a keyboard user does, and finds the dialog it opens.
 *
 * @example
 * const panel = await openWithKeyboard(launcher(), 'Help');
 */
export async function openWithKeyboard(
  launcher: Promise<HTMLElement>,
  dialogName: string,
): Promise<HTMLElement> {
  const button = await launcher;
  act(() => button.focus());
  await userEvent.keyboard('{Enter}');
  return screen.findByRole('dialog', { name: dialogName });
}
