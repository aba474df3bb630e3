export { compileRule } from './compile-rule';
export { createTargeting } from './create-targeting';
export { evaluate } from './evaluate';
export { explain } from './explain';
export { nextBoundary } from './next-boundary';
export { parseDuration } from './parse-duration';
export { rolloutBucket } from './rollout-bucket';
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
