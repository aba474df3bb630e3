import { useCallback, useSyncExternalStore } from 'react';

const onServer = () => false;

function widthQuery(maxWidth: number): MediaQueryList | null {
  if (maxWidth <= 0 || typeof window === 'undefined' || typeof window.matchMedia !== 'function') {
    return null;
  }
  return window.matchMedia(`(max-width: ${maxWidth}px)`);
}

/**
 * Whether the viewport is at most `maxWidth` CSS px wide (a phone, or a desktop window zoomed to
 * 400 %), kept up to date as it resizes or rotates. Never for a `maxWidth` of 0, on the server,
 * during hydration, or without `matchMedia`.
 *
 * @example
 * const sheet = useNarrowViewport(480);
 */
export function useNarrowViewport(maxWidth: number): boolean {
  const subscribe = useCallback(
    (listener: () => void) => {
      const query = widthQuery(maxWidth);
      if (query === null) return () => undefined;
      query.addEventListener('change', listener);
      return () => query.removeEventListener('change', listener);
    },
    [maxWidth],
  );
  const getSnapshot = useCallback(() => widthQuery(maxWidth)?.matches ?? false, [maxWidth]);
  return useSyncExternalStore(subscribe, getSnapshot, onServer);
}
