/**
 * `@guidepost/core/targeting`: targeting without the engine. A lean targeting registers only
 * the rule kinds an app uses; explanations and time boundaries are companions imported apart.
 */
export {
  allRuleKinds,
  attributeRules,
  dateRules,
  eventRules,
  guideStateRules,
  rolloutRules,
  segmentRules,
  tierRules,
} from '../targeting/rule-kinds';
export { createLeanTargeting } from '../targeting/create-lean-targeting';
export type { LeanTargetingOptions } from '../targeting/create-lean-targeting';
export { explainRule, explainSegmentOf, explainTierOf } from '../targeting/explain-rule';
export { nextRuleBoundary } from '../targeting/next-rule-boundary';
export type { RuleKind, RuleKinds } from '../targeting/rule-kind';
export type {
  AllRule,
  AnyRule,
  AttributeRule,
  DaysSinceRule,
  EventHistory,
  EventRule,
  Explanation,
  GuideStateReader,
  GuideStateRule,
  LeanTargeting,
  NotRule,
  Rule,
  RuleContext,
  RuleFunction,
  ScopeInput,
  SegmentRule,
  TargetingErrorHandler,
  TargetingOptions,
  TierRule,
  TouchModelRules,
  TouchTier,
  UserAttributes,
} from '../targeting/types';
