import type { GuideTarget } from '@guidepost/core';
import { isTargetVisible } from './is-target-visible';
import { resolveTargetCandidates } from './resolve-target-candidates';
import { watchDom } from './watch-dom';

/** How long a step waits for a late target before giving up, in ms. */
export const DEFAULT_TARGET_TIMEOUT = 3000;

/** Options of {@link waitForTarget}. */
export interface WaitForTargetOptions {
  /** How long to wait, in ms; `Infinity` waits until found or aborted. @default 3000 */
  readonly timeout?: number;
  /** Cancels the wait: the promise rejects with `signal.reason` and everything is released. */
  readonly signal?: AbortSignal;
  /** Where anchor names and selectors are looked up and watched. @default document */
  readonly root?: ParentNode;
  /**
   * Whether a matching element counts as present. Replace it only where there is no layout
   * (jsdom), since the default needs a non-zero box. @default isTargetVisible
   */
  readonly isVisible?: (element: Element) => boolean;
}

/**
 * Waits for a target to be present and visible. Resolves at once when it already is;
 * otherwise watches the DOM (MutationObserver, plus a ResizeObserver on matches that are
 * still hidden or 0×0) and resolves with the element as soon as one is visible, or `null`
 * when `timeout` passes. Aborting rejects with the signal's reason, the way `fetch` does, so
 * a cancelled wait is never mistaken for a missing target. Every observer, listener, frame
 * and timer is released when the promise settles.
 *
 * @example
 * const controller = new AbortController();
 * const element = await waitForTarget(step.target, { timeout: 2000, signal: controller.signal });
 * if (element === null) reportMissing(step);
 */
export function waitForTarget(
  target: GuideTarget,
  options: WaitForTargetOptions = {},
): Promise<Element | null> {
  const { timeout = DEFAULT_TARGET_TIMEOUT, signal, isVisible = isTargetVisible } = options;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const root = options.root ?? (typeof document === 'undefined' ? null : document);
  if (root === null) return Promise.resolve(null);

  const candidates = () => resolveTargetCandidates(target, root);
  const firstVisible = () => candidates().find(isVisible) ?? null;

  const found = firstVisible();
  if (found !== null) return Promise.resolve(found);

  return new Promise<Element | null>((resolve, reject) => {
    const sized = new Set<Element>();
    let timer: ReturnType<typeof setTimeout> | undefined;

    const release = () => {
      watcher.stop();
      sized.clear();
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const settle = (element: Element | null) => {
      release();
      resolve(element);
    };
    function onAbort() {
      release();
      reject(signal?.reason);
    }
    // A hidden or 0×0 match may become visible without any mutation (a CSS transition, a
    // media query), so its size is watched too.
    const watchHiddenMatches = () => {
      for (const element of candidates()) {
        if (sized.has(element)) continue;
        sized.add(element);
        watcher.observeSize(element);
      }
    };
    const check = () => {
      const element = firstVisible();
      if (element !== null) settle(element);
      else watchHiddenMatches();
    };

    const watcher = watchDom(root, check);
    signal?.addEventListener('abort', onAbort, { once: true });
    if (Number.isFinite(timeout)) {
      // A last look at the deadline: animation frames do not run in a background tab.
      timer = setTimeout(() => settle(firstVisible()), Math.max(0, timeout));
    }
    watchHiddenMatches();
  });
}
