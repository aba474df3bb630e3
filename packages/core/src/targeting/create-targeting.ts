import { fullRuleKindRegistry } from './compile-rule';
import { createTargetingWith } from './create-lean-targeting';
import { explainRule, explainSegmentOf, explainTierOf } from './explain-rule';
import { nextRuleBoundary } from './next-rule-boundary';
import { ruleKindRegistry } from './rule-kind';
import type { RuleKinds } from './rule-kind';
import type { Targeting, TargetingOptions } from './types';

/** Options of `createTargeting`. */
export interface FullTargetingOptions extends TargetingOptions {
  /**
   * The rule kinds to compile; every kind when absent. A rule of a kind left out never holds
   * and is reported to `onError`, naming the import that registers it.
   */
  readonly kinds?: RuleKinds;
}

/**
 * Binds rules to a definition's segments and touch model.
 *
 * `scope(context)` gives a snapshot: its `segment(name)`, `tier()` and each attribute the rules
 * read are computed at most once, so one user's touch model runs once however many rules ask
 * for the tier. Make a new scope when the user, events or time change. Segments may refer
 * to other segments; a segment reached again while it is being computed counts as false, so a
 * cycle ends instead of recursing. The tier is `high` when that rule holds, else `low` when
 * that one does, else `tech`. Rules are compiled once and cached by object identity, and errors
 * (a throwing function rule, a rule that cannot be read) go to `onError`. It knows every rule
 * kind and carries explanations and time boundaries; `createLeanTargeting` carries only the
 * kinds an app registers.
 *
 * @example
 * const targeting = createTargeting({
 *   segments: { trial: { attr: 'plan', eq: 'trial' } },
 *   touchModel: { high: { attr: 'ltv', gte: 50_000 }, low: { attr: 'ltv', gte: 5_000 } },
 * });
 * const context = targeting.scope({ user, now: Date.now(), events });
 * targeting.evaluate({ all: [{ segment: 'trial' }, { tier: 'tech' }] }, context);
 */
export function createTargeting(options: FullTargetingOptions = {}): Targeting {
  const registry =
    options.kinds === undefined ? fullRuleKindRegistry() : ruleKindRegistry(options.kinds);
  const lean = createTargetingWith(registry, options);
  return {
    ...lean,
    explain: (rule, context) => explainRule(lean, rule, context),
    nextBoundary: (rule, context) => nextRuleBoundary(lean, rule, context),
    explainSegment: (name, context) => explainSegmentOf(lean, name, context),
    explainTier: (context) => explainTierOf(lean, context),
  };
}
