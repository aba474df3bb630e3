import type { GuideCloseReason, Guidepost, GuideFrequency } from '@guidepost/core';

/** How a hint the user saw was closed: on purpose (Escape, its close button), or by moving on. */
export type HintCloseKind = 'dismiss' | 'complete';

/** What {@link settleHint} asked the engine to do. */
export type HintSettlement = 'completed' | 'closed';

/** What {@link settleHint} needs to know about the hint. */
export interface SettleHintOptions {
  /** The guide's `frequency`; left out means once. */
  readonly frequency: GuideFrequency | undefined;
  /** How often the engine has shown it in its current version. */
  readonly shows: number;
  readonly kind: HintCloseKind;
  /** For `dismiss`: which control closed it, as analytics reports it. @default 'close' */
  readonly reason?: GuideCloseReason;
}

/**
 * Records with the engine that the user saw hint `id` and closed it. The show ends (`close`),
 * counted once, and the engine shows the hint again as its `frequency` allows: never after
 * `once` or `maxShows`, after the `cooldown` from this close, or at once when it shows every
 * time. Closed on purpose, it is reported as `guide_dismissed` with the reason. Left by moving
 * on after its last allowed show, it is completed instead, so checklist items and sequencing
 * rules that wait for it see it done.
 *
 * @example
 * settleHint(guidepost, 'export-hint', { frequency: undefined, shows: 1, kind: 'complete' });
 * // 'completed'
 */
export function settleHint(
  engine: Pick<Guidepost, 'complete' | 'close'>,
  id: string,
  { frequency, shows, kind, reason = 'close' }: SettleHintOptions,
): HintSettlement {
  const once = frequency === undefined || frequency.once === true;
  const used = frequency?.maxShows !== undefined && shows >= frequency.maxShows;
  if (kind === 'complete' && (once || used)) {
    engine.complete(id);
    return 'completed';
  }
  engine.close(id, kind === 'dismiss' ? reason : undefined);
  return 'closed';
}
