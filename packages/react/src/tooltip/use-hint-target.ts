import type { GuideTarget } from '@guidepost/core';
import { useLayoutEffect, useRef, useState } from 'react';
import { isTargetVisible } from '../dom/is-target-visible';
import { observeTarget } from '../dom/observe-target';
import { describeTarget, resolveTargetCandidates } from '../dom/resolve-target-candidates';
import { waitForTarget } from '../dom/wait-for-target';
import { watchRefusedTarget } from '../dom/watch-refused-target';

/**
 * The element a hint points at, while `active`: found at once when it is on the page and
 * visible, else awaited for as long as the hint is active (a hint may belong to a view the user
 * has not opened yet; the wait ends when the hint does). `null` while it is missing, removed or
 * hidden (display none, or 0×0); a new element matching the same target is picked up. A selector
 * the page refuses (invalid, or too slow to query) is passed to `onRefused`.
 */
export function useHintTarget(
  target: GuideTarget | undefined,
  active: boolean,
  onRefused?: (selector: string, reason: string) => void,
): Element | null {
  const [element, setElement] = useState<Element | null>(null);
  const latestOnRefused = useRef(onRefused);
  useLayoutEffect(() => {
    latestOnRefused.current = onRefused;
  });

  useLayoutEffect(() => {
    if (!active || target === undefined) {
      setElement(null);
      return;
    }
    const controller = new AbortController();
    let stopWatching: (() => void) | undefined;
    const found = (first: Element) => {
      setElement(first);
      stopWatching = observeTarget(first, {
        target,
        onRemoved: () => setElement(null),
        onHidden: () => setElement(null),
        onShown: setElement,
      });
    };
    const present = resolveTargetCandidates(target).find(isTargetVisible);
    if (present !== undefined) {
      found(present);
    } else {
      setElement(null);
      waitForTarget(target, { timeout: Infinity, signal: controller.signal }).then(
        (next) => {
          if (next !== null && !controller.signal.aborted) found(next);
        },
        // Aborted: the hint closed or its target changed before one appeared.
        () => undefined,
      );
    }
    // A selector the page refused (invalid, or too slow to query) is reported once per show.
    const stopRefusals = watchRefusedTarget(target, (reason) =>
      latestOnRefused.current?.(describeTarget(target), reason),
    );
    return () => {
      controller.abort();
      stopRefusals();
      stopWatching?.();
    };
  }, [active, target]);

  return active ? element : null;
}
