import type { GuideChannel } from '../../guides/types';

/** One guide as the show planner sees it. */
export interface ShowCandidate {
  readonly id: string;
  /** One modal show at a time; inline guides together. */
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
  /**
   * It may share one modal show with the others that may (announcements page through one
   * modal). @default false
   */
  readonly groupable?: boolean;
  /** When it was published (epoch ms), for the order of a group: newest first. */
  readonly publishedAt?: number | undefined;
}

/** What should show now, and in which order. */
export interface ShowPlan {
  /** Ids that may show now, highest priority first, then definition order. */
  readonly eligible: readonly string[];
  /** Eligible ids not open yet and not being claimed: the ones to open now. */
  readonly toOpen: readonly string[];
  /** The guide that leads the modal show (the first page of a group), if any. */
  readonly holder: string | undefined;
  /** The guides of the modal show, in the order they page: newest first. Empty when free. */
  readonly group: readonly string[];
}

/** Sorts guides into show order: higher `priority` first, then definition order. */
export function byShowOrder(a: ShowCandidate, b: ShowCandidate): number {
  return b.priority - a.priority || a.order - b.order;
}

/**
 * Sorts the guides of one modal show into page order: newest `publishedAt` first, those
 * without one last, then definition order.
 */
export function byNewestFirst(
  a: Pick<ShowCandidate, 'order' | 'publishedAt'>,
  b: Pick<ShowCandidate, 'order' | 'publishedAt'>,
): number {
  const x = a.publishedAt ?? -Infinity;
  const y = b.publishedAt ?? -Infinity;
  if (x !== y) return x < y ? 1 : -1;
  return a.order - b.order;
}

/**
 * Sorts the guides of one modal show into page order: higher `priority` first, as between
 * shows, then newest `publishedAt` first, those without one last, then definition order.
 */
export function byPageOrder(
  a: Pick<ShowCandidate, 'order' | 'publishedAt' | 'priority'>,
  b: Pick<ShowCandidate, 'order' | 'publishedAt' | 'priority'>,
): number {
  return b.priority - a.priority || byNewestFirst(a, b);
}

/** The modal show: the guides already in it, else the first that may show and its group. */
function modalShow(modal: readonly ShowCandidate[]): ShowCandidate[] {
  const showing = modal.filter((c) => c.open || c.claiming);
  const lead = showing[0] ?? modal.find((c) => c.passed);
  if (lead === undefined) return [];
  if (lead.groupable !== true) return [lead];
  // Once a modal shows, nothing joins it: a later announcement waits for the next show.
  const pool = showing.length > 0 ? showing : modal.filter((c) => c.passed);
  return pool.filter((c) => c.groupable === true).sort(byPageOrder);
}

/**
 * Plans the shows: `inline` guides show together; `modal` guides one show at a time. A modal
 * show already open (or being claimed) keeps the channel even when a higher-priority guide
 * becomes eligible, so nothing is yanked away from the user; otherwise the first eligible modal
 * guide in show order takes it, and the others wait. When that guide is groupable (an
 * announcement), every other eligible groupable guide joins its show, and the group pages
 * by priority, then newest first; `eligible` lists the pages in that order.
 *
 * @example
 * planShows([{ id: 'a', channel: 'modal', priority: 1, order: 0, passed: true, open: false, claiming: false }]);
 */
export function planShows(candidates: readonly ShowCandidate[]): ShowPlan {
  const sorted = [...candidates].sort(byShowOrder);
  const group = modalShow(sorted.filter((c) => c.channel === 'modal'));
  const inGroup = new Set(group.map((c) => c.id));
  const eligible = sorted.filter((c) => c.passed && (c.channel === 'inline' || inGroup.has(c.id)));
  // The modal show's pages stand where the show stands in show order, in the order they page,
  // so `eligible()` lists what the user will see in the order they will see it.
  const pages = group.filter((c) => c.passed);
  let page = 0;
  const inShowOrder = eligible.map((c) => (inGroup.has(c.id) ? (pages[page++] ?? c) : c));
  return {
    eligible: inShowOrder.map((c) => c.id),
    toOpen: eligible.filter((c) => !c.open && !c.claiming).map((c) => c.id),
    holder: group[0]?.id,
    group: group.map((c) => c.id),
  };
}
