import { formatList, formatValue } from './format-value';
import { readOwn } from './read-path';
import { GUIDE_CONDITIONS, TOUCH_TIERS } from './rule-grammar';
import { clause, invalidNode, timeless } from './rule-node';
import type { CompileState, RuleNode } from './rule-node';
import type { ClauseExplanation, GuideCondition, TouchTier } from './types';

const TIERS: ReadonlySet<unknown> = /* @__PURE__ */ new Set<TouchTier>(TOUCH_TIERS);
const CONDITIONS: ReadonlySet<unknown> = /* @__PURE__ */ new Set<GuideCondition>(GUIDE_CONDITIONS);

/** The clause for a segment, shared by rule explanations and `Targeting.explainSegment`. */
export function segmentClause(
  name: string,
  passed: boolean,
  explained: ClauseExplanation | undefined,
): ClauseExplanation {
  const message = passed ? `segment '${name}' matches` : `segment '${name}' does not match`;
  return clause(
    'segment',
    passed,
    message,
    passed,
    explained === undefined ? undefined : [explained],
  );
}

/** Compiles `{ segment: name }`: `context.segment(name)`, false when the context has none. */
export function compileSegmentRule(rule: object, state: CompileState): RuleNode {
  const name: unknown = (rule as Record<string, unknown>)['segment'];
  if (typeof name !== 'string') return invalidNode(state, 'segment must be a segment name');
  return {
    test: (context) => {
      const segment = context.segment;
      return segment !== undefined && segment(name) === true;
    },
    explain: (context, resolvers) => {
      const passed = context.segment?.(name) === true;
      return segmentClause(name, passed, resolvers.explainSegment?.(name, context));
    },
    boundary: (context, resolvers) => resolvers.segmentBoundary?.(name, context),
  };
}

/** Compiles `{ tier }`: one tier or a list; a context without `tier()` is `tech`. */
export function compileTierRule(rule: object, state: CompileState): RuleNode {
  const wanted: unknown = (rule as Record<string, unknown>)['tier'];
  const tiers: readonly unknown[] = Array.isArray(wanted) ? wanted : [wanted];
  if (!tiers.every((tier) => TIERS.has(tier))) {
    return invalidNode(state, `tier must be 'high', 'low', 'tech' or a list of them`);
  }
  const single = Array.isArray(wanted) ? undefined : wanted;
  const wants = single === undefined ? `one of ${formatList(tiers)}` : formatValue(single);
  return {
    test:
      single === undefined
        ? (context) => tiers.includes(context.tier === undefined ? 'tech' : context.tier())
        : (context) => (context.tier === undefined ? 'tech' : context.tier()) === single,
    explain: (context, resolvers) => {
      const tier = context.tier === undefined ? 'tech' : context.tier();
      const passed = tiers.includes(tier);
      const message = `tier is ${formatValue(tier)}; the rule wants ${wants}`;
      return clause('tier', passed, message, tier, resolvers.explainTier?.(context));
    },
    boundary: (context, resolvers) => resolvers.tierBoundary?.(context),
  };
}

const GUIDE_WORDS: Readonly<Record<GuideCondition, readonly [string, string]>> = {
  completed: ['is completed', 'is not completed'],
  dismissed: ['is dismissed', 'is not dismissed'],
  seen: ['has been seen', 'has not been seen'],
  active: ['is active', 'is not active'],
};

/** Compiles `{ guide, is }`: `context.guide(id, is)`, false when the context has none. */
export function compileGuideRule(rule: object, state: CompileState): RuleNode {
  const source = rule as Record<string, unknown>;
  const id = source['guide'];
  const condition = readOwn(source, 'is');
  if (typeof id !== 'string') return invalidNode(state, 'guide must be a guide id');
  if (!CONDITIONS.has(condition)) {
    return invalidNode(state, `is must be 'completed', 'dismissed', 'seen' or 'active'`);
  }
  const is = condition as GuideCondition;
  const [yes, no] = GUIDE_WORDS[is];
  return {
    test: (context) => {
      const guide = context.guide;
      return guide !== undefined && guide(id, is) === true;
    },
    explain: (context) => {
      const passed = context.guide?.(id, is) === true;
      const message = `guide '${id}' ${passed ? yes : no}; the rule wants it ${is}`;
      return clause('guide', passed, message, passed);
    },
    boundary: timeless,
  };
}
