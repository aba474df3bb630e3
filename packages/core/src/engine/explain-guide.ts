import { explainRule } from '../targeting/explain-rule';
import type { Explanation } from '../targeting/types';
import type { EligibilityReason } from './model/eligibility-reason';
import { evaluateFor, guideOf, scopeNow, type EngineCore } from './model/engine-core';
import { evaluateGuide, evaluateGuides, planFor, type GuideEvaluation } from './evaluate-guides';
import type { DeliveryReason } from './pacing/delivery-reasons';
import { modalChannelBusy } from './plugins/modal-channel';
import type { GuideExplanation } from './model/types';

const iso = (ms: number): string => new Date(ms).toISOString();

/** A guide's trigger as what it waits for. */
function triggerMessage({ trigger }: GuideEvaluation['settings']): string {
  if (trigger === 'auto' || trigger === 'manual') return 'starts only through start()';
  return 'event' in trigger
    ? `waits for the event '${trigger.event}'`
    : `waits for the route '${trigger.route}'`;
}

/** One reason in words, from the code the engine decided with and the guide's facts. */
function describeReason(
  core: EngineCore,
  { id, settings, progress }: GuideEvaluation,
  reason: DeliveryReason,
): string {
  const until = reason.until ?? 0;
  switch (reason.code) {
    case 'disabled':
      return `disabled after an error: ${core.session.disabled.get(id)?.message ?? 'unknown'}`;
    case 'loading':
      return core.session.ready
        ? "the user's progress could not be loaded; a once-only pop-up waits for it"
        : "the user's progress is still loading";
    case 'schedule':
      return reason.until === undefined
        ? `schedule ended at ${iso(settings.untilMs ?? 0)}`
        : `scheduled from ${iso(until)}`;
    case 'route':
      return "waiting for the route of the tour's step";
    case 'elsewhere':
      return 'open in another tab';
    case 'status':
      return `${progress.status} in version ${progress.version}`;
    case 'snoozed':
      return `snoozed until ${iso(until)}`;
    case 'frequency':
      return reason.max === true
        ? `shown ${progress.shows} times; maxShows is ${settings.maxShows ?? 0}`
        : 'shows once and was shown already';
    case 'cooldown':
      return `cooling down until ${iso(until)}`;
    case 'trigger':
      return triggerMessage(settings);
    case 'closed':
      return 'closed for now in this tab; waits for a new trigger';
    case 'claim':
      return 'another tab claimed this show';
    case 'audience':
      return 'the audience rule does not match this user';
    default:
      return reason.message ?? reason.code;
  }
}

/**
 * Why a guide is or is not eligible now, for the `explanations()` plugin: every reason in words
 * (status, snooze, schedule, frequency, cooldown, trigger, audience with its failing clause,
 * the guide holding the modal channel), the audience rule explained clause by clause, and where
 * the guide's goal stands.
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
  if (rule !== undefined && !core.session.disabled.has(id)) {
    evaluateFor(core, id, () => {
      audience = explainRule(core.targeting, rule, scope);
      return audience.passed;
    });
  }
  const reasons: EligibilityReason[] = evaluation.reasons.map((reason) => {
    const message =
      reason.code === 'audience' && audience !== undefined
        ? `audience: ${audience.summary}`
        : describeReason(core, evaluation, reason);
    return {
      code: reason.code,
      message,
      ...(reason.until === undefined ? {} : { until: reason.until }),
      ...(reason.guideId === undefined ? {} : { guideId: reason.guideId }),
    };
  });
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
