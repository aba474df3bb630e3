import { useLayoutEffect } from 'react';

/**
 * Tells the root that a part is rendered, while it is, so the surface can point
 * `aria-labelledby` or `aria-describedby` at it only when it exists.
 *
 * @example
 * useReportPresence(title !== undefined, setHasTitle);
 */
export function useReportPresence(present: boolean, setPresent: (present: boolean) => void) {
  useLayoutEffect(() => {
    if (!present) return;
    setPresent(true);
    return () => setPresent(false);
  }, [present, setPresent]);
}
