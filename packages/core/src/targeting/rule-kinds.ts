import { compileAttributeRule } from './compile-attribute-rule';
import { compileDaysSinceRule } from './compile-days-since-rule';
import { compileEventRule } from './compile-event-rule';
import { compileGuideRule, compileSegmentRule, compileTierRule } from './compile-reference-rule';
import { compileRolloutRule } from './compile-rollout-rule';
import { createRolloutProbe } from './rollout-probe';
import { guideDependents } from './guide-dependents';
import { definitionRetention } from './event-retention';
import type { RuleKind } from './rule-kind';
import { createLeanTargeting } from './create-lean-targeting';

/** `{ attr, eq | in | gte | exists | … }`: tests on the user's attributes. */
export const attributeRules: RuleKind = {
  key: 'attr',
  compile: compileAttributeRule,
  targeting: createLeanTargeting,
};

/** `{ segment }`: the named segment of the targeting's `segments`. */
export const segmentRules: RuleKind = {
  key: 'segment',
  compile: compileSegmentRule,
  targeting: createLeanTargeting,
};

/** `{ tier }`: the user's touch tier from the targeting's `touchModel`. */
export const tierRules: RuleKind = {
  key: 'tier',
  compile: compileTierRule,
  targeting: createLeanTargeting,
};

/** `{ daysSince, gte | lte | … }`: whole days since a date held in a user attribute. */
export const dateRules: RuleKind = {
  key: 'daysSince',
  compile: compileDaysSinceRule,
  targeting: createLeanTargeting,
};

/** `{ event, count?, within? }`: usage, as counted by the context's `events`. */
export const eventRules: RuleKind = {
  key: 'event',
  compile: compileEventRule,
  targeting: createLeanTargeting,
  retention: definitionRetention,
};

/** `{ guide, is }`: sequencing on other guides' states, read from the context's `guide`. */
export const guideStateRules: RuleKind = {
  key: 'guide',
  compile: compileGuideRule,
  targeting: createLeanTargeting,
  dependents: guideDependents,
};

/** `{ rollout: { percent, salt? } }`: a deterministic rollout bucket per user id. */
export const rolloutRules: RuleKind = {
  key: 'rollout',
  compile: compileRolloutRule,
  targeting: createLeanTargeting,
  probe: createRolloutProbe,
};

/** Every rule kind: the full preset that `createTargeting`, `compileRule` and the engine use. */
export const allRuleKinds: readonly RuleKind[] = [
  attributeRules,
  segmentRules,
  tierRules,
  eventRules,
  dateRules,
  guideStateRules,
  rolloutRules,
];
