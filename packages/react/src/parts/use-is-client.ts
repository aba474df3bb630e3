import { useSyncExternalStore } from 'react';

const subscribeNothing = () => () => undefined;
const onClient = () => true;
const onServer = () => false;

/**
 * Whether the component renders in the browser after hydration: `false` on the server and
 * while hydrating, so server markup and the first client render always match.
 *
 * @example
 * const isClient = useIsClient();
 * if (!isClient) return null;
 */
export function useIsClient(): boolean {
  return useSyncExternalStore(subscribeNothing, onClient, onServer);
}
