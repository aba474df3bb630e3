import type { Guidepost, GuideFrequency } from '@guidepost/core';

/** How a hint the user saw was closed: on purpose (Escape, its close button), or by moving on. */
export type HintCloseKind = 'dismiss' | 'complete';

/** What {@link settleHint} asked the engine to do. */
export type HintSettlement = 'dismissed' | 'completed' | 'snoozed' | 'kept';

/** What {@link settleHint} needs to know about the hint. */
export interface SettleHintOptions {
  /** The guide's `frequency`; left out means once. */
  readonly frequency: GuideFrequency | undefined;
  /** How often the engine has shown it in its current version. */
  readonly shows: number;
  readonly kind: HintCloseKind;
}

/**
 * Records with the engine that the user saw hint `id` and closed it, as its `frequency` says.
 * Shown once (the default), or shown `maxShows` times already: it is dismissed (closed on
 * purpose) or completed (the user moved on), so it does not come back. With a `cooldown` it is
 * put off until the cooldown ends, and the engine counts the next show. Otherwise it shows
 * every time and nothing is recorded.
 *
 * @example
 * settleHint(guidepost, 'export-hint', { frequency: undefined, shows: 1, kind: 'dismiss' });
 * // 'dismissed'
 */
export function settleHint(
  engine: Pick<Guidepost, 'complete' | 'dismiss' | 'snooze'>,
  id: string,
  { frequency, shows, kind }: SettleHintOptions,
): HintSettlement {
  const once = frequency === undefined || frequency.once === true;
  const used = frequency?.maxShows !== undefined && shows >= frequency.maxShows;
  if (once || used) {
    if (kind === 'dismiss') {
      engine.dismiss(id);
      return 'dismissed';
    }
    engine.complete(id);
    return 'completed';
  }
  if (frequency?.cooldown !== undefined) {
    engine.snooze(id, frequency.cooldown);
    return 'snoozed';
  }
  return 'kept';
}
