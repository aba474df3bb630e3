import { compileRuleNode } from './compile-rule';
import { SNAPSHOT } from './read-path';
import type { Snapshot } from './read-path';
import { createCompiledRuleCache, createRuleNodeCache } from './rule-node-cache';
import type { RuleNode } from './rule-node';
import { createResolvers, explainSegmentClause, explainTierClause } from './targeting-resolvers';
import type { CompiledModel } from './targeting-resolvers';
import { toExplanation } from './to-explanation';
import type {
  EventHistory,
  GuideStateReader,
  RuleContext,
  ScopeInput,
  Targeting,
  TargetingOptions,
  TouchTier,
  UserAttributes,
} from './types';

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

function compileModel(options: TargetingOptions): CompiledModel {
  const segments = new Map<string, RuleNode>();
  const definitions = options.segments ?? {};
  for (const name of Object.keys(definitions)) {
    const rule = definitions[name];
    if (rule !== undefined) {
      segments.set(name, compileRuleNode(rule, options.onError, `segments.${name}`));
    }
  }
  const tiers: (readonly [TouchTier, RuleNode])[] = [];
  for (const tier of ['high', 'low'] as const) {
    const rule = options.touchModel?.[tier];
    if (rule !== undefined) {
      tiers.push([tier, compileRuleNode(rule, options.onError, `touchModel.${tier}`)]);
    }
  }
  return { segments, tiers };
}

/**
 * Binds rules to a definition's segments and touch model.
 *
 * `scope(context)` gives a snapshot: its `segment(name)`, `tier()` and each attribute the rules
 * read are computed at most once, so one user's touch model runs once however many rules ask
 * for the tier. Make a new scope when the user, events or time change. Segments may refer
 * to other segments; a segment reached again while it is being computed counts as false, so a
 * cycle ends instead of recursing. The tier is `high` when that rule holds, else `low` when
 * that one does, else `tech`. Rules are compiled once and cached by object identity, and errors
 * (a throwing function rule, a rule that cannot be read) go to `onError`.
 *
 * @example
 * const targeting = createTargeting({
 *   segments: { trial: { attr: 'plan', eq: 'trial' } },
 *   touchModel: { high: { attr: 'ltv', gte: 50_000 }, low: { attr: 'ltv', gte: 5_000 } },
 * });
 * const context = targeting.scope({ user, now: Date.now(), events });
 * targeting.evaluate({ all: [{ segment: 'trial' }, { tier: 'tech' }] }, context);
 */
export function createTargeting(options: TargetingOptions = {}): Targeting {
  const model = compileModel(options);
  const nodeFor = createRuleNodeCache(options.onError);
  const testFor = createCompiledRuleCache(nodeFor);

  const scope = (input: ScopeInput): RuleContext => {
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

  return {
    scope,
    evaluate: (rule, context) => testFor(rule)(scope(context)),
    explain: (rule, context) => {
      const scoped = scope(context);
      return toExplanation(nodeFor(rule).explain(scoped, createResolvers(model)));
    },
    nextBoundary: (rule, context) => {
      const scoped = scope(context);
      return nodeFor(rule).boundary(scoped, createResolvers(model));
    },
    tier: (context) => scope(context).tier?.() ?? 'tech',
    segment: (name, context) => scope(context).segment?.(name) === true,
    segments: (context) => {
      const scoped = scope(context);
      return Object.fromEntries(
        [...model.segments.keys()].map((name) => [name, scoped.segment?.(name) === true]),
      );
    },
    explainSegment: (name, context) =>
      toExplanation(explainSegmentClause(model, name, scope(context))),
    explainTier: (context) => toExplanation(explainTierClause(model, scope(context))),
  };
}
