import { MAX_RECENT_EVENTS } from './event-tally';
import { getOwn, isRecord } from './own-record';
import { asCount, asFinite } from './parse-fields';
import type { EventTally } from './types';

/**
 * Reads one stored event tally. Unusable timestamps are dropped, the rest sorted, de-duplicated
 * and bounded; an unusable count is rebuilt from the timestamps, and a count is never below
 * their number. A tally with neither a count nor a timestamp is dropped. Every repair adds its
 * path to `issues`.
 */
export function parseEventTally(
  value: unknown,
  path: string,
  issues: string[],
): EventTally | undefined {
  if (!isRecord(value)) {
    issues.push(path);
    return undefined;
  }
  const rawRecent = getOwn(value, 'recent');
  const list = rawRecent === undefined ? [] : Array.isArray(rawRecent) ? rawRecent : undefined;
  const times = (list ?? []).map(asFinite).filter((t) => t !== undefined);
  const recent = [...new Set(times)].sort((x, y) => x - y).slice(-MAX_RECENT_EVENTS);
  if (list === undefined || times.length !== list.length) issues.push(`${path}.recent`);

  const rawCount = getOwn(value, 'count');
  const count = asCount(rawCount);
  if (count === undefined && recent.length === 0) {
    issues.push(path);
    return undefined;
  }
  if (count === undefined || count < recent.length) issues.push(`${path}.count`);
  return { count: Math.max(count ?? 0, recent.length), recent };
}
