import { guideOf, progressOf, type EngineCore } from '../model/engine-core';
import { finishGuide } from './checklist-actions';
import { closeAction } from './status-actions';
import type { GuideCloseReason } from '../model/types';

/** How a hint the user saw was closed: on purpose (Escape, its close button), or by moving on. */
export type HintCloseKind = 'dismiss' | 'complete';

/** What the engine made of a hint the user saw and closed. */
export type HintSettlement = 'completed' | 'closed';

/**
 * The user saw hint `id` and it closed. The show ends (`close`), counted once, and the hint
 * shows again as its `frequency` allows: never after `once` (the default) or `maxShows`, after
 * the `cooldown` from this close, or at once when it shows every time. Closed on purpose
 * (`'dismiss'`), it is reported as `guide_dismissed` with the reason. Left by moving on
 * (`'complete'`) after its last allowed show, it is completed instead, so checklist items and
 * sequencing rules that wait for it see it done.
 */
export function settleHintAction(
  core: EngineCore,
  id: string,
  kind: HintCloseKind,
  reason: GuideCloseReason = 'close',
): HintSettlement {
  const guide = guideOf(core, id);
  const frequency = guide?.frequency;
  const once = frequency === undefined || frequency.once === true;
  const used =
    frequency?.maxShows !== undefined && progressOf(core, id).shows >= frequency.maxShows;
  if (kind === 'complete' && (once || used)) {
    finishGuide(core, id);
    return 'completed';
  }
  closeAction(core, id, kind === 'dismiss' ? reason : undefined);
  return 'closed';
}
