import { getOwn, isRecord, setOwn } from './own-record';
import { asCount, asFinite, asString, readField } from './parse-fields';
import { parseSavedAnswer } from './parse-saved-answer';
import type { GuideProgress, GuideStatus } from './types';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const STATUSES: readonly GuideStatus[] = ['idle', 'active', 'completed', 'dismissed', 'snoozed'];

function asStatus(value: unknown): GuideStatus | undefined {
  return STATUSES.find((status) => status === value);
}

function parseItems(
  value: Readonly<Record<string, unknown>>,
  path: string,
  issues: string[],
): Record<string, number> {
  const items: Record<string, number> = {};
  for (const [id, at] of Object.entries(value)) {
    const time = asFinite(at);
    if (time === undefined) issues.push(`${path}.${id}`);
    else setOwn(items, id, time);
  }
  return items;
}

/**
 * Reads one stored guide entry, repairing what can be repaired: an unusable optional field is
 * dropped, an unusable `version`, `resetAt` or `shows` takes its default, and an unknown status
 * is rebuilt from `dismissedAt` or `completedAt` when one is there. Only an entry with nothing
 * left to recover (not an object, or no status and no terminal fact) is dropped. Every repair
 * adds its path to `issues`.
 */
export function parseGuideProgress(
  value: unknown,
  path: string,
  issues: string[],
): GuideProgress | undefined {
  if (!isRecord(value)) {
    issues.push(path);
    return undefined;
  }
  const field = <T>(name: string, accept: (raw: unknown) => T | undefined): T | undefined =>
    readField(value, name, path, issues, accept);

  const dismissedAt = field('dismissedAt', asFinite);
  const completedAt = field('completedAt', asFinite);
  let status = asStatus(getOwn(value, 'status'));
  if (status === undefined) {
    status =
      dismissedAt !== undefined ? 'dismissed' : completedAt !== undefined ? 'completed' : undefined;
    issues.push(status === undefined ? path : `${path}.status`);
    if (status === undefined) return undefined;
  }

  const progress: Partial<Mutable<GuideProgress>> = {
    status,
    version: field('version', asFinite) ?? 1,
    resetAt: field('resetAt', asFinite) ?? 0,
    shows: field('shows', asCount) ?? 0,
  };
  const optional = {
    statusAt: field('statusAt', asFinite),
    stepId: field('stepId', asString),
    stepIndex: field('stepIndex', asCount),
    stepAt: field('stepAt', asFinite),
    lastShownAt: field('lastShownAt', asFinite),
    completedAt,
    dismissedAt,
    closedAt: field('closedAt', asFinite),
    snoozedUntil: field('snoozedUntil', asFinite),
    readAt: field('readAt', asFinite),
  };
  for (const [name, parsed] of Object.entries(optional)) {
    if (parsed !== undefined) Object.assign(progress, { [name]: parsed });
  }
  const items = field('items', (raw) => (isRecord(raw) ? raw : undefined));
  if (items !== undefined) progress.items = parseItems(items, `${path}.items`, issues);
  const answer = field('answer', parseSavedAnswer);
  if (answer !== undefined) progress.answer = answer;
  return progress as GuideProgress;
}
