import { progressOf, scopeNow, type EngineCore } from './engine-core';
import { evaluateGuides, planFor, type GuideEvaluation } from './evaluate-guides';
import { expireEndedShows } from './expire-shows';
import { takeModalChannel } from './page-channel';
import { recordExposures } from './record-exposures';
import { closeGuide, openGuide } from './show-guide';

/** Asks another part of the engine to claim a show across tabs first; true when it will. */
export type ClaimHook = (id: string) => boolean;

/** Closes here what stopped being active, and tours whose step waits for another route. */
function closeStale(core: EngineCore, evaluations: readonly GuideEvaluation[]): void {
  const offRoute = new Set(
    evaluations
      .filter((evaluation) => evaluation.reasons.some((reason) => reason.code === 'route'))
      .map((evaluation) => evaluation.id),
  );
  for (const id of [...core.session.open]) {
    const stale = progressOf(core, id).status !== 'active' || core.session.disabled.has(id);
    if (stale || offRoute.has(id)) closeGuide(core, id);
  }
}

/** A fired trigger waits for these, and is dropped for anything else. */
const WAITS_FOR: ReadonlySet<string> = new Set(['loading', 'route']);

function disarmStale(core: EngineCore, evaluations: readonly GuideEvaluation[]): void {
  for (const evaluation of evaluations) {
    if (!core.session.armed.has(evaluation.id)) continue;
    // A fired trigger waits for the snapshot, its step's route or the modal channel, no more.
    if (evaluation.reasons.some((reason) => !WAITS_FOR.has(reason.code))) {
      core.session.armed.delete(evaluation.id);
    }
  }
}

/**
 * Brings what shows in line with the facts: closes guides that stopped being active here,
 * emits exposures, then opens what the plan says, pass after pass (opening one guide can make
 * another eligible through a sequencing rule) until nothing more opens.
 */
export function reconcile(core: EngineCore, claim: ClaimHook): void {
  for (let pass = 0; pass <= core.ids.length; pass++) {
    const scope = scopeNow(core);
    core.tier = scope.tier?.() ?? 'tech';
    const evaluations = evaluateGuides(core, scope);
    recordExposures(core, scope, evaluations);
    expireEndedShows(core, scope.now);
    closeStale(core, evaluations);
    const plan = planFor(core, evaluations);
    disarmStale(core, evaluations);
    let opened = false;
    for (const id of plan.toOpen) {
      const modal = core.settings.get(id)?.channel === 'modal';
      if (modal && !takeModalChannel(core)) continue;
      if (claim(id)) continue;
      openGuide(core, id);
      opened = true;
    }
    if (!opened) return;
  }
}
