import type { Explanation } from '../targeting/types';
import type { EligibilityReason } from './model/eligibility-reason';
import { evaluateFor, guideOf, scopeNow, type EngineCore } from './model/engine-core';
import { evaluateGuide, evaluateGuides, planFor } from './evaluate-guides';
import { modalChannelBusy } from './plugins/modal-channel';
import type { GuideExplanation } from './model/types';

/** Ids eligible now, in show order: every inline guide that may show, and the modal channel's holder. */
export function eligibleGuides(core: EngineCore): string[] {
  return [...planFor(core, evaluateGuides(core, scopeNow(core))).eligible];
}

/**
 * Why a guide is or is not eligible now: every reason (status, snooze, schedule, frequency,
 * cooldown, trigger, audience with its failing clause, the guide holding the modal channel),
 * plus, with the `explanations()` plugin, the audience rule explained clause by clause, and
 * where the guide's goal stands.
 */
export function explainGuide(core: EngineCore, id: string): GuideExplanation {
  const scope = scopeNow(core);
  const evaluation = evaluateGuide(core, scope, id, true);
  if (evaluation === undefined) {
    return {
      eligible: false,
      reasons: [{ code: 'disabled', message: `there is no guide '${id}' in the definition` }],
    };
  }
  const rule = guideOf(core, id)?.audience;
  let audience: Explanation | undefined;
  const explainAudience = core.plugins.explainAudience;
  if (rule !== undefined && explainAudience !== undefined && !core.session.disabled.has(id)) {
    evaluateFor(core, id, () => {
      audience = explainAudience(core, rule, scope);
      return audience.passed;
    });
  }
  const reasons: EligibilityReason[] = evaluation.reasons.map((reason) =>
    reason.code === 'audience' && audience !== undefined
      ? { code: 'audience', message: `audience: ${audience.summary}` }
      : reason,
  );
  if (reasons.length === 0 && evaluation.settings.channel === 'modal') {
    const { holder, group } = planFor(core, evaluateGuides(core, scope));
    if (holder !== undefined && !group.includes(id)) {
      reasons.push({
        code: 'channel',
        message: `waiting: '${holder}' holds the modal channel`,
        guideId: holder,
      });
    } else if (modalChannelBusy(core)) {
      reasons.push({
        code: 'channel',
        message: 'waiting: a modal guide of another engine on this page holds the modal channel',
      });
    }
  }
  const goal = core.plugins.goals?.explain(core, id);
  return {
    eligible: reasons.length === 0,
    reasons,
    ...(audience === undefined ? {} : { audience }),
    ...(goal === undefined ? {} : { goal }),
  };
}
