import type { RuleContext } from '../targeting/types';
import { evaluateFor, guideOf, queueEvent, type EngineCore } from './model/engine-core';
import type { GuideEvaluation } from './evaluate-guides';
import { recordUsage } from './record-usage';

/** Where an exposure is remembered: a tally in the snapshot, so it survives reloads and merges. */
export function exposureKey(id: string, version: number): string {
  return `guidepost:exposure:${id}:${version}`;
}

/**
 * Emits `exposure` for guides whose audience holds a rollout, once per user, guide and
 * version, at the first moment every other condition of the guide holds and the rollout
 * decides the audience (the rule answers differently with the bucket in and out). The
 * variant is `treatment` when the guide's audience matches, `holdout` when it does not.
 */
export function recordExposures(
  core: EngineCore,
  scope: RuleContext,
  evaluations: readonly GuideEvaluation[],
): void {
  for (const evaluation of evaluations) {
    const rule = guideOf(core, evaluation.id)?.audience;
    const probe = core.probe;
    if (rule === undefined || !evaluation.delivered || evaluation.audience === undefined) continue;
    if (probe === undefined || !probe.hasRollout(rule)) continue;
    const key = exposureKey(evaluation.id, evaluation.settings.version);
    if (Object.hasOwn(core.snapshot.events, key)) continue;
    const decides = evaluateFor(core, evaluation.id, () => {
      const inBucket = core.targeting.evaluate(probe.fixRollout(rule, true), scope);
      const outOfBucket = core.targeting.evaluate(probe.fixRollout(rule, false), scope);
      return inBucket !== outOfBucket;
    });
    if (!decides || core.session.disabled.has(evaluation.id)) continue;
    core.snapshot = recordUsage(core.snapshot, key, scope.now, { windowMs: 0, limit: 0 });
    const variant = evaluation.audience ? 'treatment' : 'holdout';
    queueEvent(core, 'exposure', evaluation.id, { variant });
    core.plugins.goals?.start(core, evaluation.id, variant);
  }
}
