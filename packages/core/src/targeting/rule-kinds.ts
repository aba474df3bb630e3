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

/** A kind with the rule compiler it brings the engine (see `RuleKind.targeting`). */
function withCompiler(kind: RuleKind): RuleKind {
  return { ...kind, targeting: createLeanTargeting };
}

/** `{ attr, eq | in | gte | exists | … }`: tests on the user's attributes. */
export const attributeRules: RuleKind = /* @__PURE__ */ withCompiler({
  key: 'attr',
  compile: compileAttributeRule,
});

/** `{ segment }`: the named segment of the targeting's `segments`. */
export const segmentRules: RuleKind = /* @__PURE__ */ withCompiler({
  key: 'segment',
  compile: compileSegmentRule,
});

/** `{ tier }`: the user's touch tier from the targeting's `touchModel`. */
export const tierRules: RuleKind = /* @__PURE__ */ withCompiler({
  key: 'tier',
  compile: compileTierRule,
});

/** `{ daysSince, gte | lte | … }`: whole days since a date held in a user attribute. */
export const dateRules: RuleKind = /* @__PURE__ */ withCompiler({
  key: 'daysSince',
  compile: compileDaysSinceRule,
});

/** `{ event, count?, within? }`: usage, as counted by the context's `events`. */
export const eventRules: RuleKind = /* @__PURE__ */ withCompiler({
  key: 'event',
  compile: compileEventRule,
  retention: definitionRetention,
});

/** `{ guide, is }`: sequencing on other guides' states, read from the context's `guide`. */
export const guideStateRules: RuleKind = /* @__PURE__ */ withCompiler({
  key: 'guide',
  compile: compileGuideRule,
  dependents: guideDependents,
});

/** `{ rollout: { percent, salt? } }`: a deterministic rollout bucket per user id. */
export const rolloutRules: RuleKind = /* @__PURE__ */ withCompiler({
  key: 'rollout',
  compile: compileRolloutRule,
  probe: createRolloutProbe,
});

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
