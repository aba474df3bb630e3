import type { GuideChannel } from '../guides/types';

/** One guide as the show planner sees it. */
export interface ShowCandidate {
  readonly id: string;
  /** One modal guide at a time; inline guides together. */
  readonly channel: GuideChannel;
  /** Higher shows first. */
  readonly priority: number;
  /** Position in the definition: the tie-break after priority. */
  readonly order: number;
  /** Every condition of its own holds (audience, schedule, frequency, status, trigger…). */
  readonly passed: boolean;
  /** Open in this tab now. */
  readonly open: boolean;
  /** Waiting for a cross-tab claim to be granted. */
  readonly claiming: boolean;
}

/** What should show now, and in which order. */
export interface ShowPlan {
  /** Ids that may show now, highest priority first, then definition order. */
  readonly eligible: readonly string[];
  /** Eligible ids not open yet and not being claimed: the ones to open now. */
  readonly toOpen: readonly string[];
  /** The guide that holds the modal channel, if any. */
  readonly holder: string | undefined;
}

/** Sorts guides into show order: higher `priority` first, then definition order. */
export function byShowOrder(a: ShowCandidate, b: ShowCandidate): number {
  return b.priority - a.priority || a.order - b.order;
}

/**
 * Plans the shows: `inline` guides show together; `modal` guides one at a time. A modal guide
 * already open (or being claimed) keeps the channel even when a higher-priority one becomes
 * eligible, so nothing is yanked away from the user; otherwise the first eligible modal guide
 * in show order takes it, and the others wait.
 *
 * @example
 * planShows([{ id: 'a', channel: 'modal', priority: 1, order: 0, passed: true, open: false, claiming: false }]);
 */
export function planShows(candidates: readonly ShowCandidate[]): ShowPlan {
  const sorted = [...candidates].sort(byShowOrder);
  const modal = sorted.filter((c) => c.channel === 'modal');
  const holder = (
    modal.find((c) => c.open) ??
    modal.find((c) => c.claiming) ??
    modal.find((c) => c.passed)
  )?.id;
  const eligible = sorted.filter((c) => c.passed && (c.channel === 'inline' || c.id === holder));
  return {
    eligible: eligible.map((c) => c.id),
    toOpen: eligible.filter((c) => !c.open && !c.claiming).map((c) => c.id),
    holder,
  };
}
