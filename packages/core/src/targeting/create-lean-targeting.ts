import { compileRuleNodeWith } from './compile-rule-node';
import { INTERNALS } from './compiled-model';
import type { CompiledModel, WithInternals } from './compiled-model';
import { SNAPSHOT } from './read-path';
import type { Snapshot } from './read-path';
import { ruleKindRegistry } from './rule-kind';
import type { RuleKindRegistry, RuleKinds } from './rule-kind';
import { createCompiledRuleCache, createRuleNodeCache } from './rule-node-cache';
import type { RuleNode } from './rule-node';
import type {
  EventHistory,
  GuideStateReader,
  LeanTargeting,
  RuleContext,
  ScopeInput,
  TargetingOptions,
  TouchTier,
  UserAttributes,
} from './types';

/** Options of `createLeanTargeting`: those of `createTargeting`, and the rule kinds it knows. */
export interface LeanTargetingOptions extends TargetingOptions {
  /**
   * The rule kinds to compile (`attributeRules`, `segmentRules`, `tierRules`, `dateRules`,
   * `eventRules`, `guideStateRules`, `rolloutRules`, or `allRuleKinds`). Combinators
   * (`all`, `any`, `not`) and function rules are always known. A rule of a kind left out never
   * holds and is reported once to `onError`, naming the import that registers it.
   */
  readonly kinds: RuleKinds;
}

/** A scope's shape: every field always present, so all scopes share one hidden class. */
interface ScopedContext {
  readonly [SNAPSHOT]: CompiledModel;
  readonly user: UserAttributes;
  readonly now: number;
  readonly events: EventHistory | undefined;
  readonly guide: GuideStateReader | undefined;
  readonly segment: (name: string) => boolean;
  readonly tier: () => TouchTier;
}

function compileModel(registry: RuleKindRegistry, options: TargetingOptions): CompiledModel {
  const segments = new Map<string, RuleNode>();
  const definitions = options.segments ?? {};
  for (const name of Object.keys(definitions)) {
    const rule = definitions[name];
    if (rule !== undefined) {
      segments.set(name, compileRuleNodeWith(registry, rule, options.onError, `segments.${name}`));
    }
  }
  const tiers: (readonly [TouchTier, RuleNode])[] = [];
  for (const tier of ['high', 'low'] as const) {
    const rule = options.touchModel?.[tier];
    if (rule !== undefined) {
      const path = `touchModel.${tier}`;
      tiers.push([tier, compileRuleNodeWith(registry, rule, options.onError, path)]);
    }
  }
  return { segments, tiers };
}

/** The scope function of a model: a memoising snapshot of one moment of evaluation. */
function scopeOf(model: CompiledModel): (input: ScopeInput) => RuleContext {
  return (input) => {
    // A scope of this targeting is already a snapshot; anything else gets wrapped.
    if ((input as Snapshot)[SNAPSHOT] === model) return input as RuleContext;
    let segmentResults: Map<string, boolean> | undefined;
    let resolving: Set<string> | undefined;
    let tier: TouchTier | undefined;
    let resolvingTier = false;
    const context: ScopedContext = {
      [SNAPSHOT]: model,
      user: input.user,
      now: input.now,
      events: input.events,
      guide: input.guide,
      segment: (name) => {
        const known = segmentResults?.get(name);
        if (known !== undefined) return known;
        const node = model.segments.get(name);
        if (node === undefined) return false;
        resolving ??= new Set();
        if (resolving.has(name)) return false;
        resolving.add(name);
        const result = node.test(context as RuleContext);
        resolving.delete(name);
        (segmentResults ??= new Map()).set(name, result);
        return result;
      },
      tier: () => {
        if (tier !== undefined) return tier;
        if (resolvingTier) return 'tech';
        resolvingTier = true;
        let result: TouchTier = 'tech';
        for (const [name, node] of model.tiers) {
          if (node.test(context as RuleContext)) {
            result = name;
            break;
          }
        }
        resolvingTier = false;
        tier = result;
        return result;
      },
    };
    return context as RuleContext;
  };
}

/**
 * Binds rules to segments and a touch model like `createTargeting`, knowing only the rule kinds
 * it is given and carrying neither explanations nor time boundaries, so an app that targets on
 * attributes alone bundles only that. Those companions stay one import away: `explainRule`
 * and `nextRuleBoundary` take a lean targeting. Scopes, caching, cycles and errors behave as in
 * `createTargeting`.
 *
 * @example
 * import { attributeRules, createLeanTargeting } from '@guidepost/core/targeting';
 *
 * const targeting = createLeanTargeting({ kinds: [attributeRules] });
 * targeting.evaluate({ attr: 'plan', in: ['pro', 'enterprise'] }, { user, now: Date.now() });
 */
export function createLeanTargeting(options: LeanTargetingOptions): LeanTargeting {
  return createTargetingWith(ruleKindRegistry(options.kinds), options);
}

/** A lean targeting over the kinds of `registry`, with its internals for the companions. */
export function createTargetingWith(
  registry: RuleKindRegistry,
  options: TargetingOptions,
): LeanTargeting & WithInternals {
  const model = compileModel(registry, options);
  const nodeFor = createRuleNodeCache(registry, options.onError);
  const testFor = createCompiledRuleCache(nodeFor);
  const scope = scopeOf(model);
  return {
    [INTERNALS]: { model, nodeFor },
    scope,
    evaluate: (rule, context) => testFor(rule)(scope(context)),
    tier: (context) => scope(context).tier?.() ?? 'tech',
    segment: (name, context) => scope(context).segment?.(name) === true,
    segments: (context) => {
      const scoped = scope(context);
      return Object.fromEntries(
        [...model.segments.keys()].map((name) => [name, scoped.segment?.(name) === true]),
      );
    },
  };
}
