import { boundaryOfNode } from './boundary-of-node';
import type { BoundaryResolvers } from './boundary-of-node';
import type { CompiledModel } from './compiled-model';

function earliest(left: number | undefined, right: number | undefined): number | undefined {
  if (left === undefined) return right;
  return right === undefined || left <= right ? left : right;
}

/**
 * Resolvers that let a boundary search reach into a model's segments and touch rules. Each
 * keeps its own record of what it is inside, so a segment cycle ends instead of recursing.
 */
export function createBoundaryResolvers(model: CompiledModel): BoundaryResolvers {
  const bounding = new Set<string>();
  let boundingTier = false;
  const resolvers: BoundaryResolvers = {
    segmentBoundary: (name, context) => {
      const node = model.segments.get(name);
      if (node === undefined || bounding.has(name)) return undefined;
      bounding.add(name);
      const boundary = boundaryOfNode(node, context, resolvers);
      bounding.delete(name);
      return boundary;
    },
    tierBoundary: (context) => {
      if (boundingTier) return undefined;
      boundingTier = true;
      // The tier can change when any rule tried before and including the deciding one does.
      let boundary: number | undefined;
      for (const [, node] of model.tiers) {
        boundary = earliest(boundary, boundaryOfNode(node, context, resolvers));
        if (node.test(context)) break;
      }
      boundingTier = false;
      return boundary;
    },
  };
  return resolvers;
}
