import { GuidepostError } from '../errors/guidepost-error';
import { clause, timeless } from './rule-node';
import type { CompileState, RuleNode } from './rule-node';
import type { RuleContext, RuleFunction } from './types';

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  try {
    return String(error);
  } catch {
    return 'an unprintable value';
  }
}

/**
 * Compiles a function rule. Only `true` holds; a throw counts as false and is reported
 * through `onError` as a `rule_threw` error, once per throw.
 */
export function compileFunctionRule(rule: RuleFunction, state: CompileState): RuleNode {
  const label = rule.name === '' ? 'the function rule' : `the function rule ${rule.name}`;
  const where = state.path === '' ? '' : ` at ${state.path}`;
  const details = (cause: unknown) => (state.path === '' ? { cause } : { cause, path: state.path });
  const report = (error: unknown): void => {
    state.report(
      new GuidepostError(
        'rule_threw',
        `${label}${where} threw: ${messageOf(error)}`,
        details(error),
      ),
    );
  };

  const call = (context: RuleContext): boolean => {
    try {
      return rule(context) === true;
    } catch (error) {
      report(error);
      return false;
    }
  };

  return {
    test: call,
    explain: (context) => {
      let result: unknown;
      try {
        result = rule(context);
      } catch (error) {
        report(error);
        return clause('function', false, `${label} threw: ${messageOf(error)}`, error);
      }
      const passed = result === true;
      return clause('function', passed, `${label} returned ${String(passed)}`, result);
    },
    boundary: timeless,
  };
}
