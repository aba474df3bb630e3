import { nextRuleBoundary } from '../../targeting/next-rule-boundary';
import type { Rule } from '../../targeting/types';
import { evaluateFor, guideOf, progressOf, scopeNow, type EngineCore } from '../model/engine-core';
import { earliestAfter, nextGuideBoundary } from './guide-time-boundary';
import { handOverDeadline } from '../route-hand-over';
import { isTerminal } from '../progress/progress-table';

/** The guide's audience, and for a checklist each item's, since an item can appear by time. */
function rulesOf(core: EngineCore, id: string): Rule[] {
  const guide = guideOf(core, id);
  const rules: Rule[] = guide?.audience === undefined ? [] : [guide.audience];
  if (guide?.kind === 'checklist') {
    for (const item of guide.items) if (item.audience !== undefined) rules.push(item.audience);
  }
  return rules;
}

/**
 * The next moment any guide's eligibility could change through time alone: schedules,
 * snoozes, cooldowns, the interruption budget's gap and day, and audiences' own boundaries
 * (`daysSince`, windowed event counts), checklist items' audiences included, so the items a user
 * sees change on time too, and the end of a tour's hand-over between routes.
 * Finished and disabled guides are skipped: time cannot bring them back.
 */
export function nextEngineBoundary(core: EngineCore): number | undefined {
  const scope = scopeNow(core);
  const times: (number | undefined)[] = [];
  for (const id of core.ids) {
    const settings = core.settings.get(id);
    if (settings === undefined || core.session.disabled.has(id)) continue;
    const progress = progressOf(core, id);
    if (isTerminal(progress.status)) continue;
    times.push(nextGuideBoundary(settings, progress, scope.now));
    for (const rule of rulesOf(core, id)) {
      evaluateFor(core, id, () => {
        times.push(nextRuleBoundary(core.targeting, rule, scope));
        return true;
      });
    }
  }
  times.push(handOverDeadline(core));
  times.push(core.plugins.pacing?.boundary(core, scope.now));
  return earliestAfter(scope.now, times);
}
