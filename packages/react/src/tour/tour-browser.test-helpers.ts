import { computePosition, type Placement } from '@floating-ui/react';
import { screen } from '@testing-library/react';
import { expect, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { anchoredMiddleware } from '../positioning/anchored-middleware';

/** Waits until every running animation has finished (or been cancelled). */
export async function settleAnimations(): Promise<void> {
  await Promise.all(
    document.getAnimations().map((animation) => animation.finished.catch(() => undefined)),
  );
}

/** Presses the story's Start tour button and waits for the step dialog to show. */
export async function startTour(name?: string): Promise<HTMLElement> {
  await userEvent.click(screen.getByRole('button', { name: 'Start tour' }));
  return shownStep(name);
}

/** Waits for the step dialog (by name when given) to be shown, and returns it. */
export function shownStep(name?: string): Promise<HTMLElement> {
  return vi.waitFor(() => {
    const step =
      name === undefined ? screen.getByRole('dialog') : screen.getByRole('dialog', { name });
    expect(step.dataset.state).toBe('open');
    return step;
  }, 4000);
}

/** The tour status the story shows ("active", "dismissed"…). */
export function tourStatus(): string {
  return screen.getByText(/Tour status/).querySelector('output')?.textContent ?? '';
}

/**
 * Asserts that the step is within 1 px of where floating-ui puts it against `target` with the
 * Tour's own middleware.
 */
export async function expectAnchored(
  step: HTMLElement,
  target: Element,
  placement: Placement,
): Promise<void> {
  await settleAnimations();
  const arrow = step.querySelector('svg');
  // A smooth scroll can still be moving the target by a few px; the step follows it a frame
  // later, so the two are compared until the scroll has come to rest.
  await vi.waitFor(async () => {
    const expected = await computePosition(target, step, {
      strategy: 'fixed',
      placement,
      middleware: anchoredMiddleware({ arrow: { current: arrow } }),
    });
    const box = step.getBoundingClientRect();
    expect(Math.abs(box.left - expected.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(box.top - expected.y)).toBeLessThanOrEqual(1);
  });
}

/** Parses the cut-out of the overlay's `clip-path`, in viewport px. */
export function spotlightHole(overlay: Element): {
  x: number;
  y: number;
  width: number;
  height: number;
} {
  const clip = getComputedStyle(overlay).clipPath;
  const points = [...clip.matchAll(/(-?[\d.]+)px (-?[\d.]+)px/g)].map((match) => [
    Number(match[1]),
    Number(match[2]),
  ]);
  // The outer frame's corners come first; the hole's are the last five points.
  const hole = points.slice(-5, -1);
  const xs = hole.map(([x]) => x ?? 0);
  const ys = hole.map(([, y]) => y ?? 0);
  return {
    x: Math.min(...xs),
    y: Math.min(...ys),
    width: Math.max(...xs) - Math.min(...xs),
    height: Math.max(...ys) - Math.min(...ys),
  };
}
