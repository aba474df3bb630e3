import { compilePath, readOwn } from './read-path';
import { readUserId } from './read-user-id';
import { bucketOf, saltHash } from './rollout-bucket';
import { invalidNode } from './rule-node';
import type { CompileState, RuleNode } from './rule-node';
import type { ContextReader } from './read-path';
import type { RuleContext } from './types';

const readId = /* @__PURE__ */ compilePath('id') as ContextReader;

/** What a `rollout` rule's node holds for its explanation. */
export interface RolloutRuleParts {
  readonly percent: number;
  /** The user's bucket in [0, 100), or undefined for a user without an id. */
  readonly bucketOf: (context: RuleContext) => number | undefined;
}

/**
 * Compiles `{ rollout: { percent, salt? } }`: holds when the user's bucket (see
 * `rolloutBucket`) is below `percent`. A user without an id is always in the holdout.
 */
export function compileRolloutRule(rule: object, state: CompileState): RuleNode {
  const options: unknown = (rule as Record<string, unknown>)['rollout'];
  if (typeof options !== 'object' || options === null) {
    return invalidNode(state, 'rollout must be { percent, salt? }');
  }
  const percent = readOwn(options, 'percent');
  if (typeof percent !== 'number' || Number.isNaN(percent)) {
    return invalidNode(state, 'rollout.percent must be a number');
  }
  const salt = readOwn(options, 'salt') ?? '';
  if (typeof salt !== 'string') return invalidNode(state, 'rollout.salt must be a string');
  // The salt is hashed once here; each evaluation hashes only the user id on top of it.
  const salted = saltHash(salt);
  const bucket = (context: RuleContext): number | undefined => {
    const id = readUserId(readId(context)).id;
    return id === undefined ? undefined : bucketOf(salted, id);
  };
  const parts: RolloutRuleParts = { percent, bucketOf: bucket };
  return {
    test: (context) => {
      const value = bucket(context);
      return value !== undefined && value < percent;
    },
    kind: 'rollout',
    parts,
  };
}
