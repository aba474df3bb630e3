import { compareEpochs } from './compare-epochs';
import { setOwn, unionKeys, getOwn } from './own-record';
import type { GuideProgress, GuideStatus, SavedAnswer } from './types';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Key = readonly (number | string | undefined)[];

/** `completed` and `dismissed` outrank everything; between them the dismissal wins. */
const TERMINAL_RANK: Partial<Record<GuideStatus, number>> = { completed: 0, dismissed: 1 };

/** Orders keys element by element; `undefined` sorts below any value. */
function compareKeys(a: Key, b: Key): number {
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** Between non-terminal statuses set at the same moment: snoozed, then active, then closed. */
const LIVE_RANK: Partial<Record<GuideStatus, number>> = { idle: 0, active: 1, snoozed: 2 };

/**
 * A total order on (`status`, `statusAt`), so the larger pair is a join. Terminal statuses
 * beat the rest by rank. A fresh `idle` (never set, so no `statusAt`) ranks lowest; `active`,
 * `snoozed` and an `idle` set by closing a show go to the later `statusAt`, so a show closed
 * in one tab is not reopened by an older `active` from another, and a later show is not undone
 * by an older close. On a tie (or when neither has a time) `snoozed` is ahead, then `active`.
 */
function statusKey(p: GuideProgress): Key {
  const terminal = TERMINAL_RANK[p.status];
  if (terminal !== undefined) return [2, terminal, p.statusAt];
  if (p.status === 'idle' && p.statusAt === undefined) return [0, undefined, 0];
  return [1, p.statusAt, LIVE_RANK[p.status]];
}

/** The step position is one register: the later `stepAt` wins, then the higher index, then id. */
function stepKey(p: GuideProgress): Key {
  return [p.stepAt, p.stepIndex, p.stepId];
}

function maxDefined(x: number | undefined, y: number | undefined): number | undefined {
  if (x === undefined) return y;
  if (y === undefined) return x;
  return Math.max(x, y);
}

function minDefined(x: number | undefined, y: number | undefined): number | undefined {
  if (x === undefined) return y;
  if (y === undefined) return x;
  return Math.min(x, y);
}

function mergeItems(
  a: Readonly<Record<string, number>> | undefined,
  b: Readonly<Record<string, number>> | undefined,
): Readonly<Record<string, number>> | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const items: Record<string, number> = {};
  for (const id of unionKeys(a, b)) {
    const x = getOwn(a, id);
    const y = getOwn(b, id);
    const earliest = x === undefined ? y : y === undefined ? x : Math.min(x, y);
    if (earliest !== undefined) setOwn(items, id, earliest);
  }
  return items;
}

function sameItems(
  a: Readonly<Record<string, number>> | undefined,
  b: Readonly<Record<string, number>> | undefined,
): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length && keys.every((id) => getOwn(b, id) === getOwn(a, id))
  );
}

const SCALAR_FIELDS = [
  'status',
  'statusAt',
  'version',
  'resetAt',
  'stepId',
  'stepIndex',
  'stepAt',
  'shows',
  'lastShownAt',
  'completedAt',
  'dismissedAt',
  'closedAt',
  'snoozedUntil',
  'readAt',
] as const satisfies readonly (keyof GuideProgress)[];

/** A total order on answers: the later wins, then ties are broken by name, type and value. */
function answerKey(answer: SavedAnswer): Key {
  return [answer.at, answer.attribute, typeof answer.value, String(answer.value)];
}

/** The later of two saved answers (a register: every merge order picks the same one). */
function mergeAnswers(
  a: SavedAnswer | undefined,
  b: SavedAnswer | undefined,
): SavedAnswer | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return compareKeys(answerKey(a), answerKey(b)) >= 0 ? a : b;
}

function sameAnswer(a: SavedAnswer | undefined, b: SavedAnswer | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  return a.at === b.at && a.attribute === b.attribute && a.value === b.value;
}

/** Whether two progress entries hold the same facts. */
function isSameProgress(a: GuideProgress, b: GuideProgress): boolean {
  return (
    SCALAR_FIELDS.every((field) => Object.is(a[field], b[field])) &&
    sameItems(a.items, b.items) &&
    sameAnswer(a.answer, b.answer)
  );
}

function assign<K extends keyof GuideProgress>(
  target: Partial<Mutable<GuideProgress>>,
  field: K,
  value: GuideProgress[K] | undefined,
): void {
  if (value !== undefined) target[field] = value;
}

/**
 * Joins two entries of one guide: commutative, associative and idempotent, so local state,
 * other tabs and the server can be merged in any order, any number of times.
 *
 * The later epoch (`version`, then `resetAt`) wins wholesale. Within one epoch facts only grow:
 * `dismissed` > `completed` > (`snoozed` | `active` | closed) > fresh `idle`, so a terminal
 * status never falls back; a show closed for now (`idle` with a `statusAt`) and `active` or `snoozed` go to the
 * later `statusAt`; `completedAt` and `dismissedAt` both survive, so a guide dismissed in one tab and
 * completed in another still answers "was it completed". `active` against `snoozed` goes to the
 * later `statusAt`. `shows` and every timestamp take the maximum (`readAt` the minimum: the first
 * reading); the step position goes to the
 * later `stepAt` (ties: higher `stepIndex`, then `stepId`); checklist items are united, each with
 * its earliest time; of two saved survey answers the later is kept. Returns `a` itself when `b` adds nothing, so callers can skip an update.
 *
 * @example
 * const merged = mergeProgress(local.guides.welcome, incoming.guides.welcome);
 */
export function mergeProgress(a: GuideProgress, b: GuideProgress): GuideProgress {
  const epoch = compareEpochs(a, b);
  if (epoch > 0) return a;
  if (epoch < 0) return b;

  const status = compareKeys(statusKey(a), statusKey(b)) >= 0 ? a : b;
  const step = compareKeys(stepKey(a), stepKey(b)) >= 0 ? a : b;
  const merged: Partial<Mutable<GuideProgress>> = {
    status: status.status,
    version: a.version,
    resetAt: a.resetAt,
    shows: Math.max(a.shows, b.shows),
  };
  assign(merged, 'statusAt', status.statusAt);
  assign(merged, 'stepId', step.stepId);
  assign(merged, 'stepIndex', step.stepIndex);
  assign(merged, 'stepAt', step.stepAt);
  assign(merged, 'lastShownAt', maxDefined(a.lastShownAt, b.lastShownAt));
  assign(merged, 'completedAt', maxDefined(a.completedAt, b.completedAt));
  assign(merged, 'dismissedAt', maxDefined(a.dismissedAt, b.dismissedAt));
  assign(merged, 'closedAt', maxDefined(a.closedAt, b.closedAt));
  assign(merged, 'snoozedUntil', maxDefined(a.snoozedUntil, b.snoozedUntil));
  // Read stays read: the earliest reading is the fact, as for checklist items.
  assign(merged, 'readAt', minDefined(a.readAt, b.readAt));
  assign(merged, 'items', mergeItems(a.items, b.items));
  assign(merged, 'answer', mergeAnswers(a.answer, b.answer));
  const result = merged as GuideProgress;
  if (isSameProgress(result, a)) return a;
  return isSameProgress(result, b) ? b : result;
}
