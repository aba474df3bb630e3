/** How long to wait for an idle moment before running anyway, in ms. */
const IDLE_TIMEOUT_MS = 2000;
/** Where the browser has no `requestIdleCallback` (Safari): a delay that leaves loading alone. */
const FALLBACK_DELAY_MS = 300;

/**
 * Runs `task` once the browser is idle (or after {@link IDLE_TIMEOUT_MS} at the latest);
 * returns a function that cancels it if it has not run yet.
 *
 * @example
 * useEffect(() => whenIdle(() => warmTourCode(step)), [step]);
 */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, FALLBACK_DELAY_MS);
  return () => clearTimeout(timer);
}
