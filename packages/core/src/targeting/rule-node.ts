import { GuidepostError } from '../errors/guidepost-error';
import type { CompiledRule, TargetingErrorHandler } from './types';

/**
 * A rule compiled once: its test, and what it was compiled from (`kind`, `parts`, `children`)
 * as plain data. The test is all evaluation needs; explanations and time boundaries are
 * companions (`explainNode`, `boundaryOfNode`) that read the data, so an app that only
 * evaluates never bundles them.
 */
export interface RuleNode {
  readonly test: CompiledRule;
  /** The rule kind (`attr`, `all`, …), `function`, or `invalid` for a rule that cannot hold. */
  readonly kind: string;
  /** What the kind compiled from the rule, in the shape that kind's compiler exports. */
  readonly parts?: unknown;
  /** The nested nodes of a combinator, in order. */
  readonly children?: readonly RuleNode[];
}

/** What a rule compiler needs besides the rule: where it is, how to report, how to recurse. */
export interface CompileState {
  /** Where the rule sits inside the compiled root, as `all[1].not`; empty at the root. */
  readonly path: string;
  /** Reports an error; a throwing handler is ignored so evaluation stays total. */
  readonly report: (error: GuidepostError) => void;
  /** Compiles a nested rule found under `key` (`all[0]`, `not`). */
  readonly compileChild: (rule: unknown, key: string) => RuleNode;
  /** Why parts of the root rule cannot be read; any one makes the whole rule fail. */
  readonly problems: string[];
}

/** Wraps a handler so that nothing it does can escape into evaluation. */
export function safeReporter(onError: TargetingErrorHandler | undefined): CompileState['report'] {
  return (error) => {
    if (onError === undefined) return;
    try {
      onError(error);
    } catch {
      // Reporting must never turn a false rule into an exception in the host app.
    }
  };
}

const alwaysFalse: CompiledRule = () => false;

/** A node that never holds, explained by `message` (its `parts`). */
export function failingNode(message: string): RuleNode {
  return { test: alwaysFalse, kind: 'invalid', parts: message };
}

/**
 * A node for a part of a rule that cannot be read: reported once, and recorded so the whole
 * rule fails (a `not` around it must not turn it into a pass).
 */
export function invalidNode(state: CompileState, reason: string): RuleNode {
  const where = state.path === '' ? 'the rule' : `the rule at ${state.path}`;
  const message = `${where} is invalid: ${reason}`;
  state.problems.push(message);
  state.report(
    new GuidepostError(
      'invalid_definition',
      `${message.charAt(0).toUpperCase()}${message.slice(1)}.`,
      state.path === '' ? {} : { path: state.path },
    ),
  );
  return failingNode(message);
}
