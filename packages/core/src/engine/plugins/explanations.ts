import { explainRule } from '../../targeting/explain-rule';
import type { GuidepostPlugin } from './guidepost-plugin';

/**
 * Lets `explain(id)` explain a guide's audience clause by clause (`audience: plan is 'free';
 * the rule wants 'pro'`), as the devtools show it. Without it, `explain(id)` still gives every
 * reason a guide does not show, the audience as one line.
 *
 * @example
 * createGuidepostEngine(definition, { plugins: [explanations()] }).explain('welcome');
 */
export function explanations(): GuidepostPlugin {
  return {
    name: 'explanations',
    parts: { explainAudience: (core, rule, scope) => explainRule(core.targeting, rule, scope) },
  };
}
