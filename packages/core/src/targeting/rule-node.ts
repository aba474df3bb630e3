import { GuidepostError } from '../errors/guidepost-error';
import type { ClauseExplanation, CompiledRule, RuleContext, TargetingErrorHandler } from './types';

/**
 * How a caller with segments and a touch model lets clauses reach into them. Without
 * resolvers, segment and tier clauses explain only themselves and have no time boundary.
 */
export interface RuleResolvers {
  /** The explanation of the named segment's rule, or a leaf saying why there is none. */
  readonly explainSegment?: (name: string, context: RuleContext) => ClauseExplanation | undefined;
  /** The touch rules tried to pick the tier, in order. */
  readonly explainTier?: (context: RuleContext) => readonly ClauseExplanation[];
  /** When the named segment's result could next change through time alone. */
  readonly segmentBoundary?: (name: string, context: RuleContext) => number | undefined;
  /** When the tier could next change through time alone. */
  readonly tierBoundary?: (context: RuleContext) => number | undefined;
}

/** A rule compiled once: its test, its explanation and its time boundary share one reading. */
export interface RuleNode {
  readonly test: CompiledRule;
  readonly explain: (context: RuleContext, resolvers: RuleResolvers) => ClauseExplanation;
  readonly boundary: (context: RuleContext, resolvers: RuleResolvers) => number | undefined;
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
const noBoundary = (): undefined => undefined;

/** A node that never holds, explained by `message`. */
export function failingNode(message: string): RuleNode {
  return {
    test: alwaysFalse,
    explain: () => clause('invalid', false, message, undefined),
    boundary: noBoundary,
  };
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

/** A boundary function for clauses that time alone never changes. */
export function timeless(): undefined {
  return undefined;
}
