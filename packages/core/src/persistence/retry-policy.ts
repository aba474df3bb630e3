/** How a failed server write is retried. */
export interface RetryOptions {
  /** Retries after the first failure before giving up until the next flush. @default 6 */
  readonly retries?: number;
  /** The delay before the first retry, in ms; it doubles with each failure. @default 1000 */
  readonly baseDelayMs?: number;
  /** The longest delay between two tries, in ms. @default 60000 */
  readonly maxDelayMs?: number;
}

/** HTTP statuses in the 4xx range that still say "try again later". */
const RETRYABLE_CLIENT_STATUSES = new Set([408, 429]);

/**
 * Whether a failed write is worth sending again: network failures, 5xx, 408 and 429 are; any
 * other 4xx (read from the error's numeric `status`) means the server refused this request and
 * sending it again would only repeat the refusal.
 */
export function isRetryableError(error: unknown): boolean {
  const status =
    typeof error === 'object' && error !== null && 'status' in error ? error.status : undefined;
  if (typeof status !== 'number') return true;
  return status < 400 || status >= 500 || RETRYABLE_CLIENT_STATUSES.has(status);
}

/**
 * The wait before retry number `attempt` (1 for the first): exponential, capped, with "equal
 * jitter" (half fixed, half random) so tabs and devices that failed together do not retry in
 * step, while the wait never collapses to zero.
 */
export function backoffDelay(attempt: number, options: RetryOptions, random: () => number): number {
  const base = options.baseDelayMs ?? 1000;
  const max = options.maxDelayMs ?? 60_000;
  const ceiling = Math.min(max, base * 2 ** Math.max(0, attempt - 1));
  return ceiling / 2 + (random() * ceiling) / 2;
}
