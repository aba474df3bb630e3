import type { GuidepostEvent } from '@guidepost/core';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, type Mock } from 'vitest';
import { commands, page } from 'vitest/browser';
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
