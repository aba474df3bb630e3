import { useSyncExternalStore } from 'react';
import { prefersReducedMotion, subscribeToReducedMotion } from '../dom/prefers-reduced-motion';

const onServer = () => false;

/**
 * Whether the user prefers reduced motion, kept up to date when the setting changes while
 * the page is open. `false` on the server and during hydration, so markup always matches.
 *
 * @example
 * const reduceMotion = usePrefersReducedMotion();
 * return <Beacon pulsing={!reduceMotion} />;
 */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribeToReducedMotion, prefersReducedMotion, onServer);
}
