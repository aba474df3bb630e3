import { GuidepostError } from '../errors/guidepost-error';
import { INTERNALS, type WithInternals } from '../targeting/compiled-model';
import type { LeanTargetingOptions } from '../targeting/create-lean-targeting';
import {
  RULE_KEYS,
  RULE_KIND_PROVIDERS,
  RULE_KINDS_ENTRY,
  unregisteredKindMessage,
} from '../targeting/rule-grammar';
import type { RuleKindKey } from '../targeting/rule-grammar';
import type { RuleNode } from '../targeting/rule-node';
import type { LeanTargeting, RuleContext } from '../targeting/types';

/** Deeper rules are not searched for a kind; the compiler refuses them anyway. */
const MAX_DEPTH = 100;

/** The first rule kind a rule uses, combinators searched in order; none for function rules. */
function firstKindOf(rule: unknown, depth = 0): RuleKindKey | undefined {
  if (typeof rule !== 'object' || rule === null || depth > MAX_DEPTH) return undefined;
  const key = RULE_KEYS.find((candidate) => Object.hasOwn(rule, candidate));
  if (key === undefined || RULE_KIND_PROVIDERS[key] !== undefined) return key;
  const nested: unknown = (rule as Record<string, unknown>)[key];
  for (const child of Array.isArray(nested) ? nested : [nested]) {
    const kind = firstKindOf(child, depth + 1);
    if (kind !== undefined) return kind;
  }
  return undefined;
}

/** Why a rule cannot be compiled without kinds, naming the import that brings what it needs. */
function messageFor(rule: unknown): string {
  const key = firstKindOf(rule);
  const provider = key === undefined ? undefined : RULE_KIND_PROVIDERS[key];
  const why =
    key === undefined || provider === undefined
      ? `the engine has no rule kinds to compile it; add one to ruleKinds from '${RULE_KINDS_ENTRY}' (allRuleKinds for every kind)`
      : unregisteredKindMessage(key, provider);
  return `The rule is invalid: ${why}.`;
}

/**
 * The targeting of an engine given no rule kind: no compiler, so an app whose guides have no
 * audience bundles none (it takes the options of `createLeanTargeting`, and reads `onError`
 * alone). Every rule it is asked about never holds and is reported once to `onError`, naming
 * the import of the first kind it uses (the engine then skips the guide it belongs to);
 * segments and the touch tier are left unset, so the tier reads as `tech`.
 */
export function targetingWithoutKinds({ onError }: LeanTargetingOptions): LeanTargeting {
  const nodes = new WeakMap<object, RuleNode>();
  const nodeFor = (rule: object): RuleNode => {
    let node = nodes.get(rule);
    if (node === undefined) {
      const message = messageFor(rule);
      node = { test: () => false, kind: 'invalid', parts: message };
      nodes.set(rule, node);
      onError?.(new GuidepostError('invalid_definition', message));
    }
    return node;
  };
  const targeting: LeanTargeting & WithInternals = {
    [INTERNALS]: { model: { segments: new Map(), tiers: [] }, nodeFor },
    scope: (context) => context as RuleContext,
    evaluate: (rule) => nodeFor(rule).test({} as RuleContext),
    tier: () => 'tech',
    segment: () => false,
    segments: () => ({}),
  };
  return targeting;
}
