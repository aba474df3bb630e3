import { compileComparison, nextFlipUp } from './number-comparison';
import { formatValue, plural } from './format-value';
import { compileDatePath, compilePath } from './read-path';
import { clause, invalidNode } from './rule-node';
import type { CompileState, RuleNode } from './rule-node';
import { MS_PER_DAY } from './to-epoch-ms';

function describeDays(path: string, value: unknown, days: number | undefined): string {
  if (value === undefined) return `${path} is missing`;
  if (days === undefined || Number.isNaN(days))
    return `${path} is ${formatValue(value)}, not a date`;
  return days >= 0
    ? `${path} was ${plural(days, 'day')} ago`
    : `${path} is ${plural(-days, 'day')} from now`;
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

  return {
    test: (context) => {
      const since = readDate(context);
      return typeof since === 'number' && compare(Math.floor((context.now - since) / MS_PER_DAY));
    },
    explain: (context) => {
      const value = read(context);
      const since = readDate(context);
      const days =
        typeof since !== 'number' ? undefined : Math.floor((context.now - since) / MS_PER_DAY);
      const passed = days !== undefined && compare(days);
      const message = `${describeDays(path, value, days)}; the rule wants ${comparison.wants}`;
      return clause('daysSince', passed, message, days);
    },
    boundary: (context) => {
      const since = readDate(context);
      if (typeof since !== 'number') return undefined;
      const days = Math.floor((context.now - since) / MS_PER_DAY);
      if (!Number.isFinite(days)) return undefined;
      const flip = nextFlipUp(comparison, days);
      const boundary = flip === undefined ? undefined : since + flip * MS_PER_DAY;
      return boundary !== undefined && Number.isFinite(boundary) ? boundary : undefined;
    },
  };
}
