import type { GuideTarget } from '@guidepost/core';
import { subscribeRefusals } from './guarded-query';
import { refusedTargetReason } from './resolve-target-candidates';

/**
 * Calls `onRefused` once if `target`'s selector is refused on this page (the browser rejects
 * it, or a query took too long), at once when it already is, else when it comes to be.
 * Returns a function that stops watching.
 */
export function watchRefusedTarget(
  target: GuideTarget,
  onRefused: (reason: string) => void,
): () => void {
  const already = refusedTargetReason(target);
  if (already !== undefined) {
    onRefused(already);
    return () => undefined;
  }
  const stop = subscribeRefusals(() => {
    const reason = refusedTargetReason(target);
    if (reason === undefined) return;
    stop();
    onRefused(reason);
  });
  return stop;
}
