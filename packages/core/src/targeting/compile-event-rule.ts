import { compileComparison } from './number-comparison';
import type { CompiledComparison } from './number-comparison';
import { parseDuration } from './parse-duration';
import { readOwn } from './read-path';
import { invalidNode } from './rule-node';
import type { CompileState, RuleNode } from './rule-node';
import type { RuleContext } from './types';

/** What an `event` rule's node holds for its explanation and time boundary. */
export interface EventRuleParts {
  readonly name: string;
  /** The `within` duration as written (`'7d'`), when given. */
  readonly within: string | undefined;
  readonly withinMs: number | undefined;
  /** The `count` comparison; undefined when the rule means at least once. */
  readonly count: CompiledComparison | undefined;
  /** The count of the event in the rule's window, 0 without `events`. */
  readonly countOf: (context: RuleContext) => number;
}

const atLeastOnce = (count: number): boolean => count >= 1;

/**
 * Compiles `{ event, count?, within? }`: how often `event` was tracked, in the last `within`
 * when given. Without `count` it means at least once; without `events` the count is 0.
 */
export function compileEventRule(rule: object, state: CompileState): RuleNode {
  const source = rule as Record<string, unknown>;
  const name = source['event'];
  if (typeof name !== 'string' || name === '') {
    return invalidNode(state, 'event must be a non-empty string');
  }
  const within = readOwn(source, 'within');
  let withinMs: number | undefined;
  if (within !== undefined) {
    withinMs = typeof within === 'string' ? parseDuration(within) : undefined;
    if (withinMs === undefined) return invalidNode(state, `within must be a duration like '7d'`);
  }
  let count: CompiledComparison | undefined;
  if (Object.hasOwn(source, 'count')) {
    const bounds = source['count'];
    const compiled =
      typeof bounds === 'object' && bounds !== null
        ? compileComparison(bounds)
        : 'count is missing';
    if (typeof compiled === 'string') return invalidNode(state, `count: ${compiled}`);
    count = compiled;
  }
  const compare = count === undefined ? atLeastOnce : count.test;
  const countOf = (context: RuleContext): number => {
    const events = context.events;
    return events === undefined ? 0 : events.count(name, withinMs, context.now);
  };
  const parts: EventRuleParts = {
    name,
    within: within as string | undefined,
    withinMs,
    count,
    countOf,
  };
  return { test: (context) => compare(countOf(context)), kind: 'event', parts };
}
