import type { Rule } from './types';

/** Always holds. */
const ALWAYS: Rule = { all: [] };
/** Never holds. */
const NEVER: Rule = { any: [] };

/** Answers whether a rule depends on a rollout and what it would give with the bucket fixed. */
export interface RolloutProbe {
  /** True when a `rollout` clause is in the rule or in a segment it uses. */
  hasRollout(rule: Rule): boolean;
  /** The rule with every `rollout` clause (its segments' included) replaced by `value`. */
  fixRollout(rule: Rule, value: boolean): Rule;
}

type Node = Partial<Record<'all' | 'any' | 'not' | 'segment' | 'rollout', unknown>>;

/**
 * Builds a probe over a definition's segments. The engine uses it for `exposure` events: a
 * user is exposed when the rollout decides the audience, i.e. the rule gives one answer with
 * the bucket in and another with it out. Rewritten rules are cached by the original object,
 * so each compiles once.
 *
 * @example
 * const probe = createRolloutProbe(definition.segments);
 * probe.fixRollout({ all: [{ segment: 'trial' }, { rollout: { percent: 20 } }] }, true);
 */
export function createRolloutProbe(segments: Readonly<Record<string, Rule>>): RolloutProbe {
  const contains = new WeakMap<object, boolean>();
  const fixed = [new WeakMap<object, Rule>(), new WeakMap<object, Rule>()] as const;
  const segmentRule = (name: unknown): Rule | undefined =>
    typeof name === 'string' && Object.hasOwn(segments, name) ? segments[name] : undefined;

  const hasRollout = (rule: unknown, path: ReadonlySet<object> = new Set()): boolean => {
    if (typeof rule !== 'object' || rule === null || path.has(rule)) return false;
    const known = contains.get(rule);
    if (known !== undefined) return known;
    const inner = new Set(path).add(rule);
    const node = rule as Node;
    const children = [
      ...(Array.isArray(node.all) ? node.all : []),
      ...(Array.isArray(node.any) ? node.any : []),
      ...(node.not === undefined ? [] : [node.not]),
      ...(node.segment === undefined ? [] : [segmentRule(node.segment)]),
    ];
    const result = 'rollout' in node || children.some((child) => hasRollout(child, inner));
    contains.set(rule, result);
    return result;
  };

  const fixRollout = (rule: Rule, value: boolean, inlining: ReadonlySet<string>): Rule => {
    if (typeof rule !== 'object' || rule === null || !hasRollout(rule)) return rule;
    const cache = fixed[value ? 1 : 0];
    const known = cache.get(rule);
    if (known !== undefined) return known;
    const node = rule as Node;
    const fix = (child: unknown): Rule => fixRollout(child as Rule, value, inlining);
    let result: Rule = rule;
    if ('rollout' in node) result = value ? ALWAYS : NEVER;
    else if (Array.isArray(node.all)) result = { all: node.all.map(fix) };
    else if (Array.isArray(node.any)) result = { any: node.any.map(fix) };
    else if (node.not !== undefined) result = { not: fix(node.not) };
    else if (typeof node.segment === 'string' && !inlining.has(node.segment)) {
      const inlined = segmentRule(node.segment);
      const inner = new Set(inlining).add(node.segment);
      if (inlined !== undefined) result = fixRollout(inlined, value, inner);
    }
    // A segment that refers back to itself is left as a reference, so results may depend on
    // the path; cache only what was reached outside any segment.
    if (inlining.size === 0) cache.set(rule, result);
    return result;
  };

  return {
    hasRollout: (rule) => hasRollout(rule),
    fixRollout: (rule, value) => fixRollout(rule, value, new Set()),
  };
}
