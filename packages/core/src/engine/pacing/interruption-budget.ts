import { GuidepostError } from '../../errors/guidepost-error';
import type { GuideProgress } from '../../persistence/types';
import { parseDuration } from '../../targeting/parse-duration';
import type { EligibilityReason } from '../model/eligibility-reason';
import { progressOf, type EngineCore } from '../model/engine-core';

/**
 * How often modal guides (tours, announcements) may interrupt the user on their own: one
 * budget shared by every modal kind. Shows the user asks for (`start(id)`, a button that
 * starts a tour) are never held back.
 */
export interface InterruptionBudget {
  /**
   * The least time between the user closing a modal guide (any way: done, Escape, snooze) and
   * the next one opening on its own: a duration (`'30s'`, `'3m'`, `'1h'`) or ms; `0` for none.
   * @default '3m'
   */
  readonly gap?: string | number;
  /** At most this many modal shows open on their own in one session (page load). @default 3 */
  readonly perSession?: number;
  /**
   * At most this many modal shows in any 24 hours, counted from the user's stored progress (in
   * every tab), asked for or not. @default 5
   */
  readonly perDay?: number;
}

/** The budget with its defaults applied, in ms and counts. */
export interface ResolvedInterruptionBudget {
  readonly gapMs: number;
  readonly perSession: number;
  readonly perDay: number;
}

/** Where the budget stands now, for `explain` and the devtools. */
export interface InterruptionBudgetState extends ResolvedInterruptionBudget {
  /** Modal shows that opened on their own in this session. */
  readonly sessionShows: number;
  /** Modal shows in the last 24 hours. */
  readonly dayShows: number;
  /** When the gap after the last modal closed ends (epoch ms), while it runs. */
  readonly gapUntil: number | undefined;
}

/** The defaults: a few minutes between pop-ups, a handful a session and a day. */
export const DEFAULT_INTERRUPTION_BUDGET: ResolvedInterruptionBudget = Object.freeze({
  gapMs: 3 * 60_000,
  perSession: 3,
  perDay: 5,
});

const DAY = 24 * 60 * 60_000;

interface BudgetBook {
  readonly budget: ResolvedInterruptionBudget;
  /** Guides the app or the user asked for through `start`, until they open. */
  readonly requested: Set<string>;
  sessionShows: number;
  /** The last state worked out, reused while the snapshot, the clock and the count hold. */
  cached?: { snapshot: unknown; now: number; sessionShows: number; state: InterruptionBudgetState };
}

// Kept beside the core rather than in it: the budget is one concern, read by few places.
const books = new WeakMap<EngineCore, BudgetBook>();

function countOrDefault(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    throw new TypeError(`interruptions.${name}: expected a count, 0 or more; got ${String(value)}`);
  }
  return value;
}

/**
 * Resolves the budget's fields, defaults applied. Throws a `TypeError` naming the field for a
 * value that cannot be read, as the engine's other options do.
 */
export function resolveInterruptionBudget(
  budget: InterruptionBudget = {},
): ResolvedInterruptionBudget {
  const gap = budget.gap;
  let gapMs = DEFAULT_INTERRUPTION_BUDGET.gapMs;
  if (typeof gap === 'number') gapMs = gap;
  else if (typeof gap === 'string') gapMs = gap === '0' ? 0 : (parseDuration(gap) ?? Number.NaN);
  if (Number.isNaN(gapMs) || gapMs < 0) {
    throw new TypeError(
      `interruptions.gap: expected a duration ('30s', '3m', '1h'), ms or 0; got ${String(gap)}`,
    );
  }
  return {
    gapMs,
    perSession: countOrDefault(
      budget.perSession,
      DEFAULT_INTERRUPTION_BUDGET.perSession,
      'perSession',
    ),
    perDay: countOrDefault(budget.perDay, DEFAULT_INTERRUPTION_BUDGET.perDay, 'perDay'),
  };
}

/**
 * Gives an engine its budget. A budget that cannot be read is reported (`invalid_option`,
 * naming the field) and the defaults apply: a typo never stops the app, nor lets pop-ups nag.
 */
export function installInterruptionBudget(core: EngineCore, budget?: InterruptionBudget): void {
  let resolved = DEFAULT_INTERRUPTION_BUDGET;
  try {
    resolved = resolveInterruptionBudget(budget);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const path = /^interruptions\.\w+/.exec(message)?.[0] ?? 'interruptions';
    core.outbox.errors.push(
      new GuidepostError('invalid_option', `${message}; the defaults apply`, { path }),
    );
  }
  books.set(core, { budget: resolved, requested: new Set(), sessionShows: 0 });
}

function bookOf(core: EngineCore): BudgetBook {
  const found = books.get(core);
  if (found !== undefined) return found;
  const book = {
    budget: DEFAULT_INTERRUPTION_BUDGET,
    requested: new Set<string>(),
    sessionShows: 0,
  };
  books.set(core, book);
  return book;
}

/** `start(id)` asked for this guide: it is not an interruption, and the budget lets it through. */
export function noteRequested(core: EngineCore, id: string): void {
  bookOf(core).requested.add(id);
}

/**
 * Counts a modal show that opened on its own against the session's budget. Resumed shows,
 * shows that were asked for, and guides joining a show already open (announcements paging
 * through one dialog) do not count.
 */
export function noteOpened(core: EngineCore, id: string, resumed: boolean): void {
  const book = bookOf(core);
  const asked = book.requested.delete(id);
  if (resumed || asked || core.settings.get(id)?.channel !== 'modal') return;
  const joining = [...core.session.open].some(
    (other) => other !== id && core.settings.get(other)?.channel === 'modal',
  );
  if (!joining) book.sessionShows += 1;
}

/** When a modal guide's last show ended, if it did. */
function endedAt(progress: GuideProgress): number {
  const ends = [progress.closedAt, progress.completedAt, progress.dismissedAt];
  if (progress.status === 'snoozed') ends.push(progress.statusAt);
  return Math.max(...ends.map((at) => at ?? -Infinity));
}

/** Where the budget stands at `now`. */
export function interruptionBudgetState(core: EngineCore, now: number): InterruptionBudgetState {
  const book = bookOf(core);
  const { budget, sessionShows, cached } = book;
  // Every guide's evaluation asks; the answer changes only with the snapshot, time or a show.
  if (
    cached?.snapshot === core.snapshot &&
    cached.now === now &&
    cached.sessionShows === sessionShows
  ) {
    return cached.state;
  }
  let lastEnd = -Infinity;
  // Shows opened in the same second are one show: announcements that page through one dialog.
  const dayShows = new Set<number>();
  for (const id of core.ids) {
    if (core.settings.get(id)?.channel !== 'modal') continue;
    const progress = progressOf(core, id);
    if (progress.status !== 'active') lastEnd = Math.max(lastEnd, endedAt(progress));
    const shown = progress.lastShownAt;
    if (shown !== undefined && shown > now - DAY && shown <= now) {
      dayShows.add(Math.floor(shown / 1000));
    }
  }
  const gapEnd = lastEnd + budget.gapMs;
  const state = {
    ...budget,
    sessionShows,
    dayShows: dayShows.size,
    gapUntil: budget.gapMs > 0 && Number.isFinite(gapEnd) && now < gapEnd ? gapEnd : undefined,
  };
  book.cached = { snapshot: core.snapshot, now, sessionShows, state };
  return state;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * Why a modal guide may not open on its own now: the gap after the last modal closed, or the
 * session's or the day's cap spent (`pacing`). Nothing for inline guides, for a show in
 * progress, or for a guide the user asked for.
 */
export function interruptionReasons(
  core: EngineCore,
  id: string,
  progress: GuideProgress,
  now: number,
): EligibilityReason[] {
  if (core.settings.get(id)?.channel !== 'modal') return [];
  if (progress.status === 'active' || core.session.open.has(id)) return [];
  if (bookOf(core).requested.has(id) && core.session.armed.has(id)) return [];
  const state = interruptionBudgetState(core, now);
  const reasons: EligibilityReason[] = [];
  if (state.gapUntil !== undefined) {
    reasons.push({
      code: 'pacing',
      message: `another pop-up closed recently; waits until ${iso(state.gapUntil)}`,
      until: state.gapUntil,
    });
  }
  if (state.sessionShows >= state.perSession) {
    reasons.push({
      code: 'pacing',
      message: `${state.sessionShows} pop-ups shown this session; perSession is ${state.perSession}`,
    });
  }
  if (state.dayShows >= state.perDay) {
    reasons.push({
      code: 'pacing',
      message: `${state.dayShows} pop-ups shown in the last 24 hours; perDay is ${state.perDay}`,
      until: nextDaySlot(core, now),
    });
  }
  return reasons;
}

/** When the oldest modal show of the last 24 hours leaves the window. */
function nextDaySlot(core: EngineCore, now: number): number {
  let oldest = Infinity;
  for (const id of core.ids) {
    if (core.settings.get(id)?.channel !== 'modal') continue;
    const shown = progressOf(core, id).lastShownAt;
    if (shown !== undefined && shown > now - DAY && shown <= now) oldest = Math.min(oldest, shown);
  }
  return oldest + DAY;
}

/** The next moment the budget frees up by time alone, for the engine's boundary timer. */
export function nextBudgetBoundary(core: EngineCore, now: number): number | undefined {
  const state = interruptionBudgetState(core, now);
  const times = [state.gapUntil];
  if (state.dayShows >= state.perDay) times.push(nextDaySlot(core, now));
  const future = times.filter((at): at is number => at !== undefined && at > now);
  return future.length === 0 ? undefined : Math.min(...future);
}
