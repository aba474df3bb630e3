import { segmentClause } from './compile-reference-rule';
import { clause } from './rule-node';
import type { RuleNode, RuleResolvers } from './rule-node';
import type { ClauseExplanation, RuleContext, TouchTier } from './types';

/** The compiled segments and touch rules of one `createTargeting`. */
export interface CompiledModel {
  readonly segments: ReadonlyMap<string, RuleNode>;
  /** Touch rules in the order they are tried. */
  readonly tiers: readonly (readonly [TouchTier, RuleNode])[];
}

function earliest(left: number | undefined, right: number | undefined): number | undefined {
  if (left === undefined) return right;
  return right === undefined || left <= right ? left : right;
}

/**
 * Resolvers for one explanation or boundary search over a model. Each keeps its own record of
 * what it is inside, so a segment cycle ends with a leaf instead of recursing forever.
 */
export function createResolvers(model: CompiledModel): RuleResolvers {
  const explaining = new Set<string>();
  const bounding = new Set<string>();
  let explainingTier = false;
  let boundingTier = false;

  const resolvers: RuleResolvers = {
    explainSegment: (name, context) => {
      const node = model.segments.get(name);
      if (node === undefined) {
        return clause('segment', false, `segment '${name}' is not defined`, undefined);
      }
      if (explaining.has(name)) {
        return clause('segment', false, `segment '${name}' refers back to itself`, undefined);
      }
      explaining.add(name);
      const explained = node.explain(context, resolvers);
      explaining.delete(name);
      return explained;
    },
    explainTier: (context) => {
      if (explainingTier) return [];
      explainingTier = true;
      const clauses: ClauseExplanation[] = [];
      for (const [tier, node] of model.tiers) {
        const explained = node.explain(context, resolvers);
        const verdict = explained.passed ? 'matches' : 'does not match';
        const message = `the '${tier}' touch rule ${verdict}`;
        clauses.push(clause('tier', explained.passed, message, tier, [explained]));
        if (explained.passed) break;
      }
      explainingTier = false;
      return clauses;
    },
    segmentBoundary: (name, context) => {
      const node = model.segments.get(name);
      if (node === undefined || bounding.has(name)) return undefined;
      bounding.add(name);
      const boundary = node.boundary(context, resolvers);
      bounding.delete(name);
      return boundary;
    },
    tierBoundary: (context) => {
      if (boundingTier) return undefined;
      boundingTier = true;
      // The tier can change when any rule tried before and including the deciding one does.
      let boundary: number | undefined;
      for (const [, node] of model.tiers) {
        boundary = earliest(boundary, node.boundary(context, resolvers));
        if (node.test(context)) break;
      }
      boundingTier = false;
      return boundary;
    },
  };
  return resolvers;
}

/** The explanation clause of a named segment, as `Targeting.explainSegment` gives it. */
export function explainSegmentClause(
  model: CompiledModel,
  name: string,
  context: RuleContext,
): ClauseExplanation {
  const passed = context.segment?.(name) === true;
  return segmentClause(name, passed, createResolvers(model).explainSegment?.(name, context));
}

/** The explanation clause of the tier, as `Targeting.explainTier` gives it. */
export function explainTierClause(model: CompiledModel, context: RuleContext): ClauseExplanation {
  const tier = context.tier === undefined ? 'tech' : context.tier();
  const tried = createResolvers(model).explainTier?.(context) ?? [];
  const decided = tried.find((explained) => explained.passed);
  const reason =
    decided !== undefined
      ? `because the '${tier}' touch rule matches`
      : model.tiers.length === 0
        ? 'because there is no touch model'
        : 'because no touch rule matches';
  return clause('tier', true, `tier is '${tier}' ${reason}`, tier, tried);
}
