import { explainGuide } from '../explain-guide';
import type { GuidepostPlugin } from './guidepost-plugin';

/**
 * Lets `explain(id)` give every reason a guide does not show in words (status, snooze,
 * schedule, frequency, cooldown, trigger, the modal channel) and its audience clause by clause
 * (`audience: plan is 'free'; the rule wants 'pro'`), as the devtools show them. Without it,
 * `explain(id)` says whether the guide is eligible and, if not, one line naming this plugin.
 *
 * @example
 * createGuidepostEngine(definition, { plugins: [explanations()] }).explain('welcome');
 */
export function explanations(): GuidepostPlugin {
  return { name: 'explanations', parts: { explain: explainGuide } };
}
