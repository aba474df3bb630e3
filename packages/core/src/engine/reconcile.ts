import { progressOf, scopeNow, type EngineCore } from './model/engine-core';
import type { RuleContext } from '../targeting/types';
import { evaluateGuide, evaluateGuides, planFor, type GuideEvaluation } from './evaluate-guides';
import { takeModalChannel } from './plugins/modal-channel';
import { recordExposures } from './record-exposures';
import { endHandOver, holdsForRoute, settleHandOvers } from './route-hand-over';
import { closeGuide, openGuide } from './actions/show-guide';

/** Asks another part of the engine to claim a show across tabs first; true when it will. */
export type ClaimHook = (id: string) => boolean;

/**
 * Closes here what stopped being active, and tours whose step waits for another route: among
 * every open guide, or only among `evaluations` on a pass that re-evaluated only those.
 */
function closeStale(
  core: EngineCore,
  evaluations: readonly GuideEvaluation[],
  onlyThese: boolean,
): void {
  const offRoute = new Set(
    evaluations
      .filter((evaluation) => evaluation.reasons.some((reason) => reason.code === 'route'))
      .map((evaluation) => evaluation.id),
  );
  const candidates = onlyThese
    ? evaluations.map((evaluation) => evaluation.id).filter((id) => core.session.open.has(id))
    : [...core.session.open];
  for (const id of candidates) {
    const stale = progressOf(core, id).status !== 'active' || core.session.disabled.has(id);
    if (!offRoute.has(id)) endHandOver(core, id);
    if (stale || (offRoute.has(id) && !holdsForRoute(core, id))) closeGuide(core, id);
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
 * another eligible through a sequencing rule) until nothing more opens. The first pass
 * evaluates every guide; each later pass only the guides just opened and those whose audience
 * reads their state, and plans them with the modal guides (which share one channel). A tour
 * that moved to a step on another route before the app got there keeps the modal channel until
 * the app reports its next route (see `holdsForRoute`).
 */
export function reconcile(core: EngineCore, claim: ClaimHook): void {
  try {
    reconcilePasses(core, claim);
  } finally {
    settleHandOvers(core);
  }
}

function reconcilePasses(core: EngineCore, claim: ClaimHook): void {
  const latestModal = new Map<string, GuideEvaluation>();
  let changed: readonly string[] | undefined;
  for (let pass = 0; pass <= core.ids.length; pass++) {
    const scope = scopeNow(core);
    core.tier = scope.tier?.() ?? 'tech';
    const again = changed === undefined ? undefined : toReevaluate(core, changed);
    const evaluations =
      again === undefined ? evaluateGuides(core, scope) : evaluateSome(core, scope, again);
    for (const evaluation of evaluations) {
      if (evaluation.settings.channel === 'modal') latestModal.set(evaluation.id, evaluation);
    }
    recordExposures(core, scope, evaluations);
    core.plugins.announcements?.expire(core, scope.now);
    closeStale(core, evaluations, again !== undefined);
    const planned = again === undefined ? evaluations : withModalGuides(evaluations, latestModal);
    const plan = planFor(core, planned);
    disarmStale(core, evaluations);
    const opened: string[] = [];
    for (const id of plan.toOpen) {
      const modal = core.settings.get(id)?.channel === 'modal';
      if (modal && !takeModalChannel(core)) continue;
      if (claim(id)) continue;
      openGuide(core, id);
      opened.push(id);
    }
    if (opened.length === 0) return;
    changed = opened;
  }
}

/**
 * The guides opened, and those whose audience reads them; `undefined` when that is unknown
 * (a function rule, or no rule kind that reads guide states: then every guide is evaluated).
 */
function toReevaluate(core: EngineCore, opened: readonly string[]): Set<string> | undefined {
  const readers = core.dependents?.readersOf(opened);
  if (readers === undefined) return undefined;
  return new Set([...opened, ...readers]);
}

function evaluateSome(
  core: EngineCore,
  scope: RuleContext,
  ids: ReadonlySet<string>,
): GuideEvaluation[] {
  const order = (id: string) => core.settings.get(id)?.order ?? 0;
  return [...ids]
    .sort((a, b) => order(a) - order(b))
    .map((id) => evaluateGuide(core, scope, id))
    .filter((evaluation) => evaluation !== undefined);
}

/** The fresh evaluations and the latest of every other modal guide, for the channel's plan. */
function withModalGuides(
  fresh: readonly GuideEvaluation[],
  latestModal: ReadonlyMap<string, GuideEvaluation>,
): GuideEvaluation[] {
  const ids = new Set(fresh.map((evaluation) => evaluation.id));
  return [...fresh, ...[...latestModal.values()].filter((evaluation) => !ids.has(evaluation.id))];
}
