import { expect } from 'vitest';
import { spotlightHole } from './tour-browser.test-helpers';

/** A box in the test page's viewport px. */
export interface ViewportBox {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The Tour's default gap between the target and the step, arrow included, in px. */
const STEP_OFFSET = 12;
/** The Tour's default space around the target inside the spotlight's cut-out, in px. */
const SPOTLIGHT_PADDING = 6;
/** Rounding to whole device pixels and sub-pixel layout. */
const TOLERANCE = 2;

/** Resolves after `count` animation frames, the time `autoUpdate` needs to follow a change. */
export async function nextFrames(count = 2): Promise<void> {
  for (let frame = 0; frame < count; frame += 1) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Adds a host page, built from `html`, to the document; remove it with the returned function. */
export function mountHostPage(html: string): () => void {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return () => host.remove();
}

/** The element's box in the viewport, as a user sees it. */
export function boxOf(element: Element): ViewportBox {
  const { left, top, right, bottom } = element.getBoundingClientRect();
  return { left, top, right, bottom };
}

/**
 * Asserts that the step is drawn next to `target` on the side its `data-side` names: the
 * default gap away from the target's edge, and overlapping the target along that edge.
 */
export function expectBeside(step: HTMLElement, target: ViewportBox): void {
  const box = step.getBoundingClientRect();
  const side = step.dataset.side;
  const gap = {
    top: target.top - box.bottom,
    bottom: box.top - target.bottom,
    left: target.left - box.right,
    right: box.left - target.right,
  }[side ?? ''];
  expect(gap, `gap on side ${side}`).toBeDefined();
  expect(Math.abs((gap ?? 0) - STEP_OFFSET)).toBeLessThanOrEqual(TOLERANCE);
  if (side === 'top' || side === 'bottom') {
    expect(box.left).toBeLessThan(target.right);
    expect(box.right).toBeGreaterThan(target.left);
  } else {
    expect(box.top).toBeLessThan(target.bottom);
    expect(box.bottom).toBeGreaterThan(target.top);
  }
  expect(getComputedStyle(step).visibility).toBe('visible');
}

/**
 * Asserts that the spotlight's cut-out, where it is drawn on screen (its `clip-path` taken from
 * the overlay's own box), is the target's box with the default padding.
 */
export function expectSpotlightOver(target: ViewportBox): void {
  const overlay = document.querySelector('.gp-tour-overlay');
  expect(overlay).not.toBeNull();
  const origin = (overlay as Element).getBoundingClientRect();
  const hole = spotlightHole(overlay as Element);
  const left = origin.left + hole.x + SPOTLIGHT_PADDING;
  const top = origin.top + hole.y + SPOTLIGHT_PADDING;
  const right = origin.left + hole.x + hole.width - SPOTLIGHT_PADDING;
  const bottom = origin.top + hole.y + hole.height - SPOTLIGHT_PADDING;
  expect(Math.abs(left - target.left)).toBeLessThanOrEqual(TOLERANCE);
  expect(Math.abs(top - target.top)).toBeLessThanOrEqual(TOLERANCE);
  expect(Math.abs(right - target.right)).toBeLessThanOrEqual(TOLERANCE);
  expect(Math.abs(bottom - target.bottom)).toBeLessThanOrEqual(TOLERANCE);
}
