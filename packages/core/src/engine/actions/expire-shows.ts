import { closeShow } from '../progress/progress-table';
import { progressOf, writeProgress, type EngineCore } from '../model/engine-core';
import { closeGuide } from './show-guide';

/**
 * Ends, quietly, the show of every announcement open in this tab whose schedule has ended
 * (`until` passed while it was open in a long-lived tab): it closes for now, lets go of the
 * modal channel, and does not come back, as its schedule is over. Tours in progress are left
 * to finish: nothing is taken away from a user mid-way.
 */
export function expireEndedShows(core: EngineCore, now: number): void {
  for (const id of [...core.session.open]) {
    const settings = core.settings.get(id);
    if (settings?.kind !== 'announcement') continue;
    if (settings.untilMs === undefined || now < settings.untilMs) continue;
    const before = progressOf(core, id);
    const after = closeShow(before, now);
    if (after !== before) writeProgress(core, id, after);
    closeGuide(core, id);
  }
}
