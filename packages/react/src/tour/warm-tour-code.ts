import { autoUpdate, computePosition } from '@floating-ui/react';
import type { TourStep } from '@guidepost/core';
import { inflateRect, spotlightClipPath } from '../dom/spotlight-clip-path';
import { anchoredMiddleware } from '../positioning/anchored-middleware';
import { autoUpdateOptions } from '../positioning/auto-update-options';
import { isTargetVisible } from '../dom/is-target-visible';
import { observeTarget } from '../dom/observe-target';
import { resolveTargetCandidates } from '../dom/resolve-target-candidates';
import { getScrollAncestors } from '../dom/scroll-ancestors';

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

let warmed = false;

/**
 * Runs, once per page, the code that showing a tour's first step runs (target lookup and
 * watching, scroll containers, positioning with the surfaces' middleware and `autoUpdate`,
 * the spotlight's cut-out) against detached elements, so the engine compiles it now rather
 * than on the click that starts the tour. Reads the page, writes nothing to it, and moves no
 * scroll position.
 *
 * @example
 * requestIdleCallback(() => warmTourCode(steps[0]));
 */
export function warmTourCode(step: TourStep | undefined): void {
  if (warmed || typeof document === 'undefined') return;
  warmed = true;
  const target =
    step?.target === undefined
      ? undefined
      : resolveTargetCandidates(step.target).find(isTargetVisible);
  const reference = target ?? document.body;
  observeTarget(reference, step?.target === undefined ? {} : { target: step.target })();
  getScrollAncestors(reference);
  const box = reference.getBoundingClientRect();
  spotlightClipPath(inflateRect(box, 6));

  const surface = document.createElement('div');
  const arrow = { current: document.createElementNS(SVG_NAMESPACE, 'svg') };
  autoUpdate(reference, surface, () => undefined, autoUpdateOptions())();
  void computePosition(reference, surface, {
    strategy: 'fixed',
    placement: step?.placement ?? 'bottom',
    middleware: anchoredMiddleware({ arrow }),
  }).catch(() => undefined);
}
