import { compileAttributeRule } from './compile-attribute-rule';
import { compileDaysSinceRule } from './compile-days-since-rule';
import { compileEventRule } from './compile-event-rule';
import { compileGuideRule, compileSegmentRule, compileTierRule } from './compile-reference-rule';
import { compileRolloutRule } from './compile-rollout-rule';
import type { RuleKind } from './rule-kind';

/**
 * Every kind's key and compiler alone, without the hooks the engine reads (the rule compiler,
 * the rollout probe, the sequencing graph, event retention): what `compileRule` and `createTargeting` compile
 * with, so targeting without the engine never bundles them.
 */
export const allRuleCompilers: readonly RuleKind[] = [
  { key: 'attr', compile: compileAttributeRule },
  { key: 'segment', compile: compileSegmentRule },
  { key: 'tier', compile: compileTierRule },
  { key: 'event', compile: compileEventRule },
  { key: 'daysSince', compile: compileDaysSinceRule },
  { key: 'guide', compile: compileGuideRule },
  { key: 'rollout', compile: compileRolloutRule },
];
