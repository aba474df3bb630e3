import type { GuidepostEvent } from '@guidepost/core';
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, type Mock } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import './browser-commands';

/**
 * Runs each test of the file on a 1024 × 768 page, and after each one unmounts what it rendered
 * and gives the user's motion preference back.
 */
export function onDesktopPage(): void {
  beforeEach(async () => {
    await page.viewport(1024, 768);
  });
  afterEach(async () => {
    cleanup();
    await commands.emulateMedia({ reducedMotion: null });
  });
}

/** Waits for every animation running in the document to finish (or be cancelled). */
export const settleAnimations = () =>
  Promise.all(
    document.getAnimations().map((animation) => animation.finished.catch(() => undefined)),
  );

/** The events named `name` an `onEvent` mock received, in order. */
export const eventsNamed = (events: Mock, name: string) =>
  events.mock.calls
    .map(([event]) => event as GuidepostEvent)
    .filter((event) => event.name === name);

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
