import { compilePath, readOwn } from './read-path';
import { readUserId } from './read-user-id';
import { bucketOf, saltHash } from './rollout-bucket';
import { clause, invalidNode, timeless } from './rule-node';
import type { CompileState, RuleNode } from './rule-node';
import type { ContextReader } from './read-path';
import type { RuleContext } from './types';

const readId = /* @__PURE__ */ compilePath('id') as ContextReader;

/** The user id as rollout hashes it, or undefined when there is none to hash. */
function userIdOf(context: RuleContext): string | undefined {
  return readUserId(readId(context)).id;
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

  return {
    test: (context) => {
      const id = userIdOf(context);
      return id !== undefined && bucketOf(salted, id) < percent;
    },
    explain: (context) => {
      const id = userIdOf(context);
      if (id === undefined) {
        return clause(
          'rollout',
          false,
          `user has no id, so is in the holdout (rollout ${percent}%)`,
          undefined,
        );
      }
      const bucket = bucketOf(salted, id);
      const passed = bucket < percent;
      const group = passed ? 'rollout' : 'holdout';
      const message = `user is in the ${group} (bucket ${bucket.toFixed(2)}, rollout ${percent}%)`;
      return clause('rollout', passed, message, bucket);
    },
    boundary: timeless,
  };
}
