import { parseDuration } from '../../targeting';
import { guideOf, progressOf, queueEvent, type EngineCore } from '../model/engine-core';
import { recordUsage } from '../record-usage';

/** The rollout side a goal's clock started on; `shown` for a start by the guide's first show. */
export type GoalStart = 'treatment' | 'holdout' | 'shown';

const STARTS: readonly GoalStart[] = ['treatment', 'holdout', 'shown'];

/**
 * Where a goal's start is remembered: a tally in the snapshot (so it survives reloads and merges
 * from other tabs), one key per side so the side is known when the goal is reached later.
 */
export function goalStartKey(id: string, version: number, start: GoalStart): string {
  return `guidepost:goal:${id}:${version}:${start}`;
}

/** Where a reached goal is remembered, so `goal_reached` is recorded once per user and version. */
export function goalReachedKey(id: string, version: number): string {
  return `guidepost:goal-reached:${id}:${version}`;
}

/**
 * Keeps one timestamp, whatever its age. Each goal tally is written once (the state guards it),
 * so the one kept is when the goal started or was reached; a merge with another tab's keeps the
 * earlier too, as `goalStateOf` reads the first.
 */
const KEEP_ONE = { windowMs: Number.POSITIVE_INFINITY, limit: 1 } as const;

/** Where the goal of guide `id` stands now: when and on which side it started, and when it ended. */
export type GoalState =
  | { readonly state: 'not_started' }
  | {
      readonly state: 'running' | 'expired';
      readonly start: GoalStart;
      readonly startedAt: number;
      readonly deadline: number;
    }
  | {
      readonly state: 'reached';
      readonly start: GoalStart;
      readonly startedAt: number;
      readonly deadline: number;
      readonly reachedAt: number;
    };

/**
 * The earliest timestamp of a tally from `since` on, or `undefined` when there is none. Stamps
 * from before the guide's last reset belong to a clock the reset stopped; a merge with another
 * tab may bring them back, so they are passed over rather than deleted.
 */
function firstStamp(core: EngineCore, key: string, since: number): number | undefined {
  if (!Object.hasOwn(core.snapshot.events, key)) return undefined;
  return core.snapshot.events[key]?.recent.find((at) => at >= since);
}

/** The goal of guide `id` with its window in ms, or `undefined` when it has none (or no readable one). */
function goalOf(
  core: EngineCore,
  id: string,
): { readonly event: string; readonly withinMs: number } | undefined {
  const goal = guideOf(core, id)?.goal;
  if (goal === undefined) return undefined;
  const withinMs = parseDuration(goal.within);
  return withinMs === undefined ? undefined : { event: goal.event, withinMs };
}

/** Where the goal of guide `id` stands now, in the guide's current version. */
export function goalStateOf(core: EngineCore, id: string): GoalState | undefined {
  const goal = goalOf(core, id);
  const version = core.settings.get(id)?.version;
  if (goal === undefined || version === undefined) return undefined;
  const since = progressOf(core, id).resetAt;
  let started: { start: GoalStart; at: number } | undefined;
  for (const start of STARTS) {
    const at = firstStamp(core, goalStartKey(id, version, start), since);
    if (at !== undefined && (started === undefined || at < started.at)) started = { start, at };
  }
  if (started === undefined) return { state: 'not_started' };
  const window = {
    start: started.start,
    startedAt: started.at,
    deadline: started.at + goal.withinMs,
  };
  const reachedAt = firstStamp(core, goalReachedKey(id, version), since);
  if (reachedAt !== undefined) return { state: 'reached', ...window, reachedAt };
  return { state: core.clock() < window.deadline ? 'running' : 'expired', ...window };
}

/**
 * Starts the clock of guide `id`'s goal, once per version: at its exposure (with the rollout
 * side) or, for a guide the user reached without one, at its first show. Later starts are
 * ignored, so a treatment user's show does not restart the clock its exposure started.
 */
export function startGoal(core: EngineCore, id: string, start: GoalStart): void {
  const version = core.settings.get(id)?.version;
  if (version === undefined || goalOf(core, id) === undefined) return;
  if (goalStateOf(core, id)?.state !== 'not_started') return;
  const key = goalStartKey(id, version, start);
  // Never before the reset that began this epoch, even when the clock went back past it.
  const at = Math.max(core.clock(), progressOf(core, id).resetAt);
  core.snapshot = recordUsage(core.snapshot, key, at, KEEP_ONE);
}

/**
 * What a reset of guide `id` does to its goal, called once its progress is reset: the old clock
 * stops (stamps before the reset no longer count) and a clock started by the user's exposure
 * starts again now, on the same rollout side, since the exposure is recorded once per version
 * and would not start it again. A clock started by a show starts again at the next show.
 */
export function restartGoal(core: EngineCore, id: string, before: GoalState | undefined): void {
  if (before === undefined || before.state === 'not_started' || before.start === 'shown') return;
  startGoal(core, id, before.start);
}

/**
 * Records `goal_reached` for every guide whose goal is `event` and whose window is open: once
 * per user and version, with the side of the rollout the clock started on.
 */
export function reachGoals(core: EngineCore, event: string, at: number): void {
  for (const id of core.ids) {
    if (goalOf(core, id)?.event !== event) continue;
    const goal = goalStateOf(core, id);
    if (goal?.state !== 'running' || at < goal.startedAt) continue;
    const version = core.settings.get(id)?.version ?? 1;
    core.snapshot = recordUsage(core.snapshot, goalReachedKey(id, version), at, KEEP_ONE);
    queueEvent(core, 'goal_reached', id, {
      goal: event,
      ...(goal.start === 'shown' ? {} : { variant: goal.start }),
      elapsedMs: at - goal.startedAt,
    });
  }
}

/** A guide's goal as `explain` shows it: what it waits for, and where it stands. */
export interface GoalExplanation {
  /** The tracked event that reaches the goal. */
  readonly event: string;
  /** The window after the start, as defined (`'7d'`). */
  readonly within: string;
  /**
   * `not_started`: no exposure and no show yet in this version. `running`: the window is open.
   * `reached`: the event came in time (recorded as `goal_reached`). `expired`: the window closed
   * without it.
   */
  readonly state: GoalState['state'];
  /** What started the clock: the rollout side of the exposure, or `shown` (the first show). */
  readonly start?: GoalStart;
  /** Epoch ms. */
  readonly startedAt?: number;
  /** Epoch ms: the event counts before this moment. */
  readonly deadline?: number;
  /** Epoch ms. */
  readonly reachedAt?: number;
  /** The same for people: "goal 'project_created' within 7d: reached after 2h (holdout)". */
  readonly message: string;
}

const iso = (at: number): string => new Date(at).toISOString();

/** Explains the goal of guide `id`, or `undefined` when it declares none. */
export function explainGoal(core: EngineCore, id: string): GoalExplanation | undefined {
  const goal = guideOf(core, id)?.goal;
  const state = goalStateOf(core, id);
  if (goal === undefined || state === undefined) return undefined;
  const head = `goal '${goal.event}' within ${goal.within}`;
  if (state.state === 'not_started') {
    const message = `${head}: not started (it starts at the user's exposure, else the first show)`;
    return { event: goal.event, within: goal.within, state: 'not_started', message };
  }
  const { start, startedAt, deadline } = state;
  const base = { event: goal.event, within: goal.within, start, startedAt, deadline };
  if (state.state === 'reached') {
    const hours = ((state.reachedAt - startedAt) / 3_600_000).toFixed(1);
    const message = `${head}: reached ${hours} h after its start (${start})`;
    return { ...base, state: 'reached', reachedAt: state.reachedAt, message };
  }
  const message =
    state.state === 'running'
      ? `${head}: waiting since ${iso(startedAt)} (${start}), until ${iso(deadline)}`
      : `${head}: expired at ${iso(deadline)} without '${goal.event}' (${start})`;
  return { ...base, state: state.state, message };
}
