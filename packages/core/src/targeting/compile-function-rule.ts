import { GuidepostError } from '../errors/guidepost-error';
import type { CompileState, RuleNode } from './rule-node';
import type { RuleContext, RuleFunction } from './types';

/** What a function rule's node holds for its explanation. */
export interface FunctionRuleParts {
  readonly rule: RuleFunction;
  /** `the function rule isPaid`, as messages name it. */
  readonly label: string;
  /** Reports a throw as a `rule_threw` error. */
  readonly report: (error: unknown) => void;
}

/** The message of a thrown value, whatever was thrown. */
export function messageOf(error: unknown): string {
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
  const report = (error: unknown): void => {
    state.report(
      new GuidepostError(
        'rule_threw',
        `${label}${where} threw: ${messageOf(error)}`,
        state.path === '' ? { cause: error } : { cause: error, path: state.path },
      ),
    );
  };
  const parts: FunctionRuleParts = { rule, label, report };
  return {
    test: (context: RuleContext): boolean => {
      try {
        return rule(context) === true;
      } catch (error) {
        report(error);
        return false;
      }
    },
    kind: 'function',
    parts,
  };
}
