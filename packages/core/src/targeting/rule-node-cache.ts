import { fullRuleKindRegistry } from './compile-rule';
import { compileRuleNodeWith } from './compile-rule-node';
import type { RuleKindRegistry } from './rule-kind';
import type { RuleNode } from './rule-node';
import type { CompiledRule, Rule, TargetingErrorHandler } from './types';

/** Looks up the compiled node of a rule, compiling it on first sight. */
export type RuleNodeCache = (rule: Rule) => RuleNode;

/**
 * A cache of rules compiled with the kinds of `registry`, keyed by the rule object (or
 * function) itself, so a rule compiles once however often it is evaluated, and is forgotten
 * with the rule.
 */
export function createRuleNodeCache(
  registry: RuleKindRegistry,
  onError?: TargetingErrorHandler,
): RuleNodeCache {
  const nodes = new WeakMap<object, RuleNode>();
  return (rule) => {
    if ((typeof rule !== 'object' || rule === null) && typeof rule !== 'function') {
      return compileRuleNodeWith(registry, rule, onError);
    }
    let node = nodes.get(rule);
    if (node === undefined) {
      node = compileRuleNodeWith(registry, rule, onError);
      nodes.set(rule, node);
    }
    return node;
  };
}

/** Looks up the compiled test of a rule, compiling it on first sight. */
export type CompiledRuleCache = (rule: Rule) => CompiledRule;

/**
 * A cache of compiled tests alone, for the hot path: one `WeakMap` lookup, then the closure.
 * Tests come from `nodes`, so a rule that is both evaluated and explained compiles once.
 */
export function createCompiledRuleCache(nodes: RuleNodeCache): CompiledRuleCache {
  const tests = new WeakMap<object, CompiledRule>();
  return (rule) => {
    let test = tests.get(rule);
    if (test === undefined) {
      test = nodes(rule).test;
      if ((typeof rule === 'object' && rule !== null) || typeof rule === 'function') {
        tests.set(rule, test);
      }
    }
    return test;
  };
}

/** The node cache behind the standalone `explain` and `nextBoundary`. */
export const sharedRuleNodes: RuleNodeCache = /* @__PURE__ */ createRuleNodeCache(
  /* @__PURE__ */ fullRuleKindRegistry(),
);

/** The test cache behind the standalone `evaluate`. */
export const sharedCompiledRules: CompiledRuleCache =
  /* @__PURE__ */ createCompiledRuleCache(sharedRuleNodes);
