import { compileComparison } from './number-comparison';
import type { CompiledComparison } from './number-comparison';
import { compileDatePath, compilePath } from './read-path';
import type { ContextReader } from './read-path';
import { invalidNode } from './rule-node';
import type { CompileState, RuleNode } from './rule-node';
import { MS_PER_DAY } from './to-epoch-ms';
import type { RuleContext } from './types';

/** What a `daysSince` rule's node holds for its explanation and time boundary. */
export interface DaysSinceRuleParts {
  readonly path: string;
  readonly read: ContextReader;
  /** The attribute as epoch ms, or undefined when it is not a date. */
  readonly readDate: ContextReader;
  readonly comparison: CompiledComparison;
}

/** Whole days (rounded down) from `since` to the context's now. */
export function daysSince(since: number, context: RuleContext): number {
  return Math.floor((context.now - since) / MS_PER_DAY);
}

/**
 * Compiles `{ daysSince: attr, gte?, lte?, … }`: whole days (rounded down) from the date in the
 * attribute to now. A missing or invalid date fails every comparison.
 */
export function compileDaysSinceRule(rule: object, state: CompileState): RuleNode {
  const source = rule as Record<string, unknown>;
  const path = source['daysSince'];
  if (typeof path !== 'string') return invalidNode(state, 'daysSince must be an attribute path');
  const read = compilePath(path);
  const readDate = compileDatePath(path);
  if (read === undefined || readDate === undefined) {
    return invalidNode(state, `daysSince '${path}' has an empty segment`);
  }
  const comparison = compileComparison(source);
  if (typeof comparison === 'string') return invalidNode(state, `daysSince: ${comparison}`);
  const compare = comparison.test;
  const parts: DaysSinceRuleParts = { path, read, readDate, comparison };
  return {
    test: (context) => {
      const since = readDate(context);
      return typeof since === 'number' && compare(daysSince(since, context));
    },
    kind: 'daysSince',
    parts,
  };
}
