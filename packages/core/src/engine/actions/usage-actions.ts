import { guideOf, progressOf, type EngineCore } from '../model/engine-core';
import { recordUsage } from '../record-usage';
import { resolveStep } from '../progress/resolve-step';
import { routeMatches } from '../route-matches';
import { nextStep } from './step-actions';
import type { StepAdvance } from '../../guides/types';

/** The `advanceOn` of the step an open tour stands on. */
function currentAdvance(core: EngineCore, id: string): StepAdvance | undefined {
  const guide = guideOf(core, id);
  const settings = core.settings.get(id);
  if (guide?.kind !== 'tour' || settings === undefined) return undefined;
  const progress = progressOf(core, id);
  if (progress.status !== 'active') return undefined;
  return guide.steps[resolveStep(progress, settings.stepIds).stepIndex]?.advanceOn;
}

/**
 * Records a usage event (bounded by the definition's retention), advances open tours whose
 * step waits for it, records the guide goals it reaches, ticks the checklist items it
 * completes, and fires event triggers.
 */
export function trackAction(core: EngineCore, event: string, at: number): void {
  core.snapshot = recordUsage(core.snapshot, event, at, core.retention);
  core.plugins.goals?.reach(core, event, at);
  for (const id of [...core.session.open]) {
    if (currentAdvance(core, id)?.event === event) nextStep(core, id);
  }
  core.plugins.checklist?.tracked(core, event);
  for (const id of core.ids) {
    const trigger = core.settings.get(id)?.trigger;
    if (typeof trigger === 'object' && 'event' in trigger && trigger.event === event) {
      core.session.armed.add(id);
    }
  }
}

/**
 * Takes the app's new route: advances open tours whose step waits for it, arms the guides
 * triggered by it, and disarms route-triggered guides that had not shown before the app left
 * their route.
 */
export function routeAction(core: EngineCore, route: string): void {
  core.session.route = route;
  for (const id of [...core.session.open]) {
    const pattern = currentAdvance(core, id)?.route;
    if (pattern !== undefined && routeMatches(pattern, route)) nextStep(core, id);
  }
  for (const id of core.ids) {
    const trigger = core.settings.get(id)?.trigger;
    if (typeof trigger !== 'object' || !('route' in trigger)) continue;
    if (routeMatches(trigger.route, route)) core.session.armed.add(id);
    else if (!core.session.open.has(id)) core.session.armed.delete(id);
  }
}
