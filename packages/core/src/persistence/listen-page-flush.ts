/**
 * Calls `flush` when the page comes back online or is being hidden or left (`pagehide`,
 * `visibilitychange` to hidden: the last moments a page reliably gets). Does nothing outside a
 * browser. Returns the function that removes the listeners.
 */
export function listenPageFlush(flush: () => void): () => void {
  if (typeof window === 'undefined' || typeof document === 'undefined') return () => {};
  try {
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('online', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('online', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  } catch {
    // Without page events the outbox is still sent on the next save or the next load.
    return () => {};
  }
}
