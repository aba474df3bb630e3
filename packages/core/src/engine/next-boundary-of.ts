import { evaluateFor, guideOf, progressOf, scopeNow, type EngineCore } from './engine-core';
import { earliestAfter, nextGuideBoundary } from './next-guide-boundary';
import { isTerminal } from './transition-input';

/**
 * The next moment any guide's eligibility could change through time alone: schedules,
 * snoozes, cooldowns, and audiences' own boundaries (`daysSince`, windowed event counts).
 * Finished and disabled guides are skipped: time cannot bring them back.
 */
export function nextBoundaryOf(core: EngineCore): number | undefined {
  const scope = scopeNow(core);
  const times: (number | undefined)[] = [];
  for (const id of core.ids) {
    const settings = core.settings.get(id);
    if (settings === undefined || core.session.disabled.has(id)) continue;
    const progress = progressOf(core, id);
    if (isTerminal(progress.status)) continue;
    times.push(nextGuideBoundary(settings, progress, scope.now));
    const rule = guideOf(core, id)?.audience;
    if (rule === undefined) continue;
    evaluateFor(core, id, () => {
      times.push(core.targeting.nextBoundary(rule, scope));
      return true;
    });
  }
  return earliestAfter(scope.now, times);
}
