import { evaluateGuide, eligibleGuides } from './evaluate-guides';
import { scopeNow, type EngineCore } from './model/engine-core';
import type { GuideExplanation } from './model/types';

/** What `explain(id)` says of the reasons without the plugin that puts them in words. */
const ADD_EXPLANATIONS =
  "add explanations() from '@guidepost/core/engine' to the plugins for the reasons";

/**
 * `explain(id)` without the `explanations()` plugin: whether the guide is eligible now and, if
 * not, one reason coded as the first that holds it back, whose message names the plugin to
 * add; where its goal stands with `goals()`.
 */
export function unexplainedGuide(core: EngineCore, id: string): GuideExplanation {
  const eligible = eligibleGuides(core).includes(id);
  const reason = eligible ? undefined : evaluateGuide(core, scopeNow(core), id, true)?.reasons[0];
  const code = reason?.code ?? (core.settings.has(id) ? 'channel' : 'disabled');
  const goal = core.plugins.goals?.explain(core, id);
  return {
    eligible,
    reasons: eligible ? [] : [{ code, message: `${code}: ${ADD_EXPLANATIONS}` }],
    ...(goal === undefined ? {} : { goal }),
  };
}
