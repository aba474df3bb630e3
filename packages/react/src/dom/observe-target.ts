import type { GuideTarget } from '@guidepost/core';
import { isTargetVisible } from './is-target-visible';
import { resolveTargetCandidates } from './resolve-target-candidates';
import { watchDom } from './watch-dom';

/** Where a watched target stands: shown, still in the page but hidden or 0×0, or gone. */
export type TargetPresence = 'visible' | 'hidden' | 'removed';

/** Options of {@link observeTarget}. */
export interface ObserveTargetOptions {
  /**
   * The target the element was found by. With it, a new element matching the same target is
   * picked up when the first one is removed or hidden (re-anchoring); without it, only the
   * given element is watched.
   */
  readonly target?: GuideTarget;
  /** Where anchor names and selectors are looked up and watched. @default document */
  readonly root?: ParentNode;
  /** Whether an element counts as shown. @default isTargetVisible */
  readonly isVisible?: (element: Element) => boolean;
  /** The target left the page and nothing matching took its place. */
  readonly onRemoved?: (element: Element) => void;
  /** The target is still in the page but hidden or 0×0. */
  readonly onHidden?: (element: Element) => void;
  /** The target is visible again, or another element matching it is (the new one is passed). */
  readonly onShown?: (element: Element) => void;
}

/**
 * Watches a step's target while the step is open: reports when it is removed or hidden, and
 * when it, or a new element matching the same target, is shown again. Returns a function that
 * stops watching and releases every observer.
 *
 * @example
 * const stop = observeTarget(element, {
 *   target: step.target,
 *   onHidden: () => setState('waiting'),
 *   onShown: (next) => setAnchor(next),
 * });
 */
export function observeTarget(element: Element, options: ObserveTargetOptions = {}): () => void {
  const { target, isVisible = isTargetVisible, onRemoved, onHidden, onShown } = options;
  const root = options.root ?? element.ownerDocument;
  let current = element;
  let presence = presenceOf(current);

  function presenceOf(candidate: Element): TargetPresence {
    if (!candidate.isConnected) return 'removed';
    return isVisible(candidate) ? 'visible' : 'hidden';
  }

  const replacement = (): Element | null => {
    if (target === undefined) return null;
    return resolveTargetCandidates(target, root).find(isVisible) ?? null;
  };

  const check = () => {
    const previous = current;
    let next = presenceOf(current);
    if (next !== 'visible') {
      const found = replacement();
      if (found !== null) {
        current = found;
        next = 'visible';
      }
    }
    if (current !== previous) {
      watcher.unobserveSize(previous);
      watcher.observeSize(current);
    }
    if (next === presence && current === previous) return;
    presence = next;
    if (next === 'visible') onShown?.(current);
    else if (next === 'hidden') onHidden?.(current);
    else onRemoved?.(current);
  };

  const watcher = watchDom(root, check);
  watcher.observeSize(current);
  return () => watcher.stop();
}
