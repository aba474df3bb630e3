import type { AttributeRuleParts } from './compile-attribute-rule';
import type { DaysSinceRuleParts } from './compile-days-since-rule';
import { daysSince } from './compile-days-since-rule';
import type { EventRuleParts } from './compile-event-rule';
import type { FunctionRuleParts } from './compile-function-rule';
import { messageOf } from './compile-function-rule';
import type { GuideRuleParts, TierRuleParts } from './compile-reference-rule';
import { tierOf } from './compile-reference-rule';
import type { RolloutRuleParts } from './compile-rollout-rule';
import { formatList, formatValue, plural } from './format-value';
import type { Bound, CompiledComparison } from './number-comparison';
import type { RuleNode } from './rule-node';
import type { ClauseExplanation, GuideCondition, RuleContext } from './types';

/**
 * How a caller with segments and a touch model lets clauses reach into them. Without
 * resolvers, segment and tier clauses explain only themselves.
 */
export interface ExplainResolvers {
  /** The explanation of the named segment's rule, or a leaf saying why there is none. */
  readonly explainSegment?: (name: string, context: RuleContext) => ClauseExplanation | undefined;
  /** The touch rules tried to pick the tier, in order. */
  readonly explainTier?: (context: RuleContext) => readonly ClauseExplanation[];
}

/** Builds a clause, leaving out `children` when there are none. */
export function clause(
  kind: string,
  passed: boolean,
  message: string,
  seen: unknown,
  children?: readonly ClauseExplanation[],
): ClauseExplanation {
  return children === undefined
    ? { kind, passed, message, seen }
    : { kind, passed, message, seen, children };
}

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

const ORDER_WORDS: Readonly<Record<Bound, string>> = {
  eq: 'exactly',
  ne: 'other than',
  gt: 'more than',
  gte: 'at least',
  lt: 'less than',
  lte: 'at most',
};
const DATE_WORDS: Readonly<Record<string, string>> = {
  gt: 'after',
  gte: 'on or after',
  lt: 'before',
  lte: 'on or before',
};

/** What a comparison wants, in words: `at least 3 and at most 5`. */
function comparisonWants(comparison: CompiledComparison): string {
  return comparison.bounds
    .map(([bound, limit]) => `${ORDER_WORDS[bound]} ${formatValue(limit)}`)
    .join(' and ');
}

/** What one attribute operator wants, in words: `one of 'pro', 'enterprise'`. */
function operatorWants(name: string, operand: unknown): string {
  switch (name) {
    case 'exists':
      return operand === true ? 'it present' : 'it missing';
    case 'eq':
      return formatValue(operand);
    case 'ne':
      return `anything but ${formatValue(operand)}`;
    case 'in':
      return `one of ${formatList(operand as readonly unknown[])}`;
    case 'nin':
      return `none of ${formatList(operand as readonly unknown[])}`;
    case 'contains':
      return `it to contain ${formatValue(operand)}`;
    case 'startsWith':
      return `it to start with ${formatValue(operand)}`;
    default:
      // gt, gte, lt, lte: a number, or an ISO date string compared as a date.
      return typeof operand === 'string'
        ? `${DATE_WORDS[name] ?? name} ${operand}`
        : `${ORDER_WORDS[name as Bound]} ${String(operand)}`;
  }
}

function explainAttribute(parts: AttributeRuleParts, context: RuleContext): ClauseExplanation {
  const seen = parts.read(context);
  const failing = parts.operators.find((operator) => !operator.test(context));
  const wants = (failing === undefined ? parts.operators : [failing])
    .map((operator) => operatorWants(operator.name, operator.operand))
    .join(' and ');
  const is = seen === undefined ? 'is missing' : `is ${formatValue(seen)}`;
  return clause(
    'attr',
    failing === undefined,
    `${parts.path} ${is}; the rule wants ${wants}`,
    seen,
  );
}

function explainList(kind: string, children: readonly ClauseExplanation[]): ClauseExplanation {
  const total = children.length;
  if (kind === 'all') {
    const failed = children.filter((child) => !child.passed).length;
    const message =
      failed > 0
        ? `${failed} of ${plural(total, 'clause')} failed; the rule wants all to hold`
        : total === 0
          ? 'an empty all holds'
          : `all ${plural(total, 'clause')} hold`;
    return clause('all', failed === 0, message, undefined, children);
  }
  const passed = children.filter((child) => child.passed).length;
  const message =
    passed > 0
      ? `${passed} of ${plural(total, 'clause')} held`
      : total === 0
        ? 'an empty any does not hold'
        : `none of ${plural(total, 'clause')} held; the rule wants at least one`;
  return clause('any', passed > 0, message, undefined, children);
}

function explainNot(inner: ClauseExplanation): ClauseExplanation {
  const message = inner.passed
    ? `the rule wants this not to hold: ${inner.message}`
    : `as the rule wants, this does not hold: ${inner.message}`;
  return clause('not', !inner.passed, message, undefined, [inner]);
}

function explainTier(
  parts: TierRuleParts,
  context: RuleContext,
  resolvers: ExplainResolvers,
): ClauseExplanation {
  const tier = tierOf(context);
  const wants = parts.single ? formatValue(parts.tiers[0]) : `one of ${formatList(parts.tiers)}`;
  const message = `tier is ${formatValue(tier)}; the rule wants ${wants}`;
  return clause(
    'tier',
    parts.tiers.includes(tier),
    message,
    tier,
    resolvers.explainTier?.(context),
  );
}

const GUIDE_WORDS: Readonly<Record<GuideCondition, readonly [string, string]>> = {
  completed: ['is completed', 'is not completed'],
  dismissed: ['is dismissed', 'is not dismissed'],
  seen: ['has been seen', 'has not been seen'],
  active: ['is active', 'is not active'],
};

function explainGuide({ id, is }: GuideRuleParts, context: RuleContext): ClauseExplanation {
  const passed = context.guide?.(id, is) === true;
  const [yes, no] = GUIDE_WORDS[is];
  return clause(
    'guide',
    passed,
    `guide '${id}' ${passed ? yes : no}; the rule wants it ${is}`,
    passed,
  );
}

function describeDays(path: string, value: unknown, days: number | undefined): string {
  if (value === undefined) return `${path} is missing`;
  if (days === undefined || Number.isNaN(days)) {
    return `${path} is ${formatValue(value)}, not a date`;
  }
  return days >= 0
    ? `${path} was ${plural(days, 'day')} ago`
    : `${path} is ${plural(-days, 'day')} from now`;
}

function explainDaysSince(parts: DaysSinceRuleParts, context: RuleContext): ClauseExplanation {
  const since = parts.readDate(context);
  const days = typeof since === 'number' ? daysSince(since, context) : undefined;
  const passed = days !== undefined && parts.comparison.test(days);
  const described = describeDays(parts.path, parts.read(context), days);
  const message = `${described}; the rule wants ${comparisonWants(parts.comparison)}`;
  return clause('daysSince', passed, message, days);
}

function explainEvent(parts: EventRuleParts, context: RuleContext): ClauseExplanation {
  const count = parts.countOf(context);
  const passed = parts.count === undefined ? count >= 1 : parts.count.test(count);
  const wants = parts.count === undefined ? 'at least once' : comparisonWants(parts.count);
  const window = parts.within === undefined ? '' : ` in the last ${parts.within}`;
  const message = `${parts.name} happened ${plural(count, 'time')}${window}; the rule wants ${wants}`;
  return clause('event', passed, message, count);
}

function explainRollout(parts: RolloutRuleParts, context: RuleContext): ClauseExplanation {
  const bucket = parts.bucketOf(context);
  const percent = parts.percent;
  if (bucket === undefined) {
    const message = `user has no id, so is in the holdout (rollout ${percent}%)`;
    return clause('rollout', false, message, undefined);
  }
  const passed = bucket < percent;
  const group = passed ? 'rollout' : 'holdout';
  const message = `user is in the ${group} (bucket ${bucket.toFixed(2)}, rollout ${percent}%)`;
  return clause('rollout', passed, message, bucket);
}

function explainFunction(parts: FunctionRuleParts, context: RuleContext): ClauseExplanation {
  let result: unknown;
  try {
    result = parts.rule(context);
  } catch (error) {
    parts.report(error);
    return clause('function', false, `${parts.label} threw: ${messageOf(error)}`, error);
  }
  const passed = result === true;
  return clause('function', passed, `${parts.label} returned ${String(passed)}`, result);
}

/**
 * Why a compiled rule holds or not for a context, clause by clause: the explanation companion
 * of every rule kind. Segment and tier clauses reach into their rules through `resolvers`.
 */
export function explainNode(
  node: RuleNode,
  context: RuleContext,
  resolvers: ExplainResolvers,
): ClauseExplanation {
  const parts = node.parts;
  switch (node.kind) {
    case 'all':
    case 'any':
    case 'not': {
      const children = (node.children ?? []).map((child) => explainNode(child, context, resolvers));
      return node.kind === 'not'
        ? explainNot(children[0] as ClauseExplanation)
        : explainList(node.kind, children);
    }
    case 'attr':
      return explainAttribute(parts as AttributeRuleParts, context);
    case 'segment': {
      const name = parts as string;
      const passed = context.segment?.(name) === true;
      return segmentClause(name, passed, resolvers.explainSegment?.(name, context));
    }
    case 'tier':
      return explainTier(parts as TierRuleParts, context, resolvers);
    case 'guide':
      return explainGuide(parts as GuideRuleParts, context);
    case 'daysSince':
      return explainDaysSince(parts as DaysSinceRuleParts, context);
    case 'event':
      return explainEvent(parts as EventRuleParts, context);
    case 'rollout':
      return explainRollout(parts as RolloutRuleParts, context);
    case 'function':
      return explainFunction(parts as FunctionRuleParts, context);
    default:
      return clause('invalid', false, String(parts), undefined);
  }
}
