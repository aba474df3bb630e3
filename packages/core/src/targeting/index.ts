export { compileRule } from './compile-rule';
export { createLeanTargeting } from './create-lean-targeting';
export type { LeanTargetingOptions } from './create-lean-targeting';
export { createTargeting } from './create-targeting';
export type { FullTargetingOptions } from './create-targeting';
export { evaluate } from './evaluate';
export { explain } from './explain';
export { explainRule, explainSegmentOf, explainTierOf } from './explain-rule';
export { nextBoundary } from './next-boundary';
export { nextRuleBoundary } from './next-rule-boundary';
export { parseDuration } from './parse-duration';
export { rolloutBucket } from './rollout-bucket';
export type { RuleKind, RuleKinds } from './rule-kind';
export {
  allRuleKinds,
  attributeRules,
  dateRules,
  eventRules,
  guideStateRules,
  rolloutRules,
  segmentRules,
  tierRules,
} from './rule-kinds';
export { toEpochMs } from './to-epoch-ms';
export type {
  AllRule,
  AnyRule,
  AttributeRule,
  ClauseExplanation,
  CompiledRule,
  CompileRuleOptions,
  DateInput,
  DaysSinceRule,
  DurationString,
  EventHistory,
  EventRule,
  Explanation,
  GuideCondition,
  GuideStateReader,
  GuideStateRule,
  LeanTargeting,
  NotRule,
  NumberComparison,
  RolloutRule,
  Rule,
  RuleContext,
  RuleFunction,
  RuleScalar,
  ScopeInput,
  SegmentRule,
  Targeting,
  TargetingErrorHandler,
  TargetingOptions,
  TierRule,
  TouchModelRules,
  TouchTier,
  UserAttributes,
} from './types';
