import { tierOf } from './compile-reference-rule';
import type { CompiledModel } from './compiled-model';
import { clause, explainNode, segmentClause } from './explain-node';
import type { ExplainResolvers } from './explain-node';
import type { ClauseExplanation, RuleContext } from './types';

/**
 * Resolvers for one explanation over a model. Each keeps its own record of
 * what it is inside, so a segment cycle ends with a leaf instead of recursing forever.
 */
export function createResolvers(model: CompiledModel): ExplainResolvers {
  const explaining = new Set<string>();
  let explainingTier = false;

  const resolvers: ExplainResolvers = {
    explainSegment: (name, context) => {
      const node = model.segments.get(name);
      if (node === undefined) {
        return clause('segment', false, `segment '${name}' is not defined`, undefined);
      }
      if (explaining.has(name)) {
        return clause('segment', false, `segment '${name}' refers back to itself`, undefined);
      }
      explaining.add(name);
      const explained = explainNode(node, context, resolvers);
      explaining.delete(name);
      return explained;
    },
    explainTier: (context) => {
      if (explainingTier) return [];
      explainingTier = true;
      const clauses: ClauseExplanation[] = [];
      for (const [tier, node] of model.tiers) {
        const explained = explainNode(node, context, resolvers);
        const verdict = explained.passed ? 'matches' : 'does not match';
        const message = `the '${tier}' touch rule ${verdict}`;
        clauses.push(clause('tier', explained.passed, message, tier, [explained]));
        if (explained.passed) break;
      }
      explainingTier = false;
      return clauses;
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
  const tier = tierOf(context);
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
