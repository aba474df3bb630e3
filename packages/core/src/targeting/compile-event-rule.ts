import { compileComparison, flipsBelow } from './number-comparison';
import type { CompiledComparison } from './number-comparison';
import { plural } from './format-value';
import { parseDuration } from './parse-duration';
import { readOwn } from './read-path';
import { clause, invalidNode } from './rule-node';
import type { CompileState, RuleNode } from './rule-node';
import type { RuleContext } from './types';

const AT_LEAST_ONCE = /* @__PURE__ */ compileComparison({ gte: 1 }) as CompiledComparison;

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
  let comparison = AT_LEAST_ONCE;
  let wants = 'at least once';
  if (Object.hasOwn(source, 'count')) {
    const count = source['count'];
    const compiled =
      typeof count === 'object' && count !== null ? compileComparison(count) : 'count is missing';
    if (typeof compiled === 'string') return invalidNode(state, `count: ${compiled}`);
    comparison = compiled;
    wants = compiled.wants;
  }
  const compare = comparison.test;
  const window = typeof within === 'string' ? ` in the last ${within}` : '';

  const countOf = (context: RuleContext): number => {
    const events = context.events;
    return events === undefined ? 0 : events.count(name, withinMs, context.now);
  };

  return {
    test: (context) => {
      const events = context.events;
      return compare(events === undefined ? 0 : events.count(name, withinMs, context.now));
    },
    explain: (context) => {
      const count = countOf(context);
      const message = `${name} happened ${plural(count, 'time')}${window}; the rule wants ${wants}`;
      return clause('event', compare(count), message, count);
    },
    boundary: (context) => {
      const events = context.events;
      if (withinMs === undefined || events?.oldestWithin === undefined) return undefined;
      // Time alone only lowers a windowed count, one timestamp at a time.
      if (!flipsBelow(comparison, countOf(context))) return undefined;
      const oldest = events.oldestWithin(name, withinMs, context.now);
      if (typeof oldest !== 'number' || !Number.isFinite(oldest)) return undefined;
      return Math.max(oldest + withinMs, context.now + 1);
    },
  };
}
