const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';

function reducedMotionQuery(): MediaQueryList | null {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return null;
  return window.matchMedia(REDUCED_MOTION_QUERY);
}

/**
 * Whether the user asks for reduced motion right now. `false` where there is no
 * `matchMedia` (server, jsdom).
 */
export function prefersReducedMotion(): boolean {
  return reducedMotionQuery()?.matches ?? false;
}

/**
 * Calls `listener` whenever the reduced-motion preference changes; returns the unsubscribe.
 */
export function subscribeToReducedMotion(listener: () => void): () => void {
  const query = reducedMotionQuery();
  if (query === null) return () => undefined;
  if (typeof query.addEventListener === 'function') {
    query.addEventListener('change', listener);
    return () => query.removeEventListener('change', listener);
  }
  // Safari before 14 only has the deprecated listener API.
  query.addListener(listener);
  return () => query.removeListener(listener);
}
