import { flipsBelow, nextFlipUp } from './comparison-flips';
import type { DaysSinceRuleParts } from './compile-days-since-rule';
import { daysSince } from './compile-days-since-rule';
import type { EventRuleParts } from './compile-event-rule';
import type { RuleNode } from './rule-node';
import { MS_PER_DAY } from './to-epoch-ms';
import type { RuleContext } from './types';

/**
 * How a caller with segments and a touch model lets a boundary search reach into them.
 * Without resolvers, segment and tier clauses have no time boundary.
 */
export interface BoundaryResolvers {
  /** When the named segment's result could next change through time alone. */
  readonly segmentBoundary?: (name: string, context: RuleContext) => number | undefined;
  /** When the tier could next change through time alone. */
  readonly tierBoundary?: (context: RuleContext) => number | undefined;
}

function earliest(values: readonly (number | undefined)[]): number | undefined {
  let best: number | undefined;
  for (const value of values) {
    if (value !== undefined && (best === undefined || value < best)) best = value;
  }
  return best;
}

/**
 * When a list clause could next change. It flips on the first change of any child that
 * agrees with it (for `all` that holds: any child; for `any` that fails: any child). Otherwise
 * every child that disagrees must flip first, so it cannot change before the latest of theirs,
 * and never when one of them never changes.
 */
function listBoundary(
  children: readonly RuleNode[],
  context: RuleContext,
  resolvers: BoundaryResolvers,
  holdsWhenAll: boolean,
): number | undefined {
  const results = children.map((child) => child.test(context));
  const passed = holdsWhenAll ? results.every(Boolean) : results.some(Boolean);
  if (passed === holdsWhenAll) {
    return earliest(children.map((child) => boundaryOfNode(child, context, resolvers)));
  }
  let latest: number | undefined;
  for (let index = 0; index < children.length; index++) {
    if (results[index] === holdsWhenAll) continue;
    const boundary = boundaryOfNode(children[index] as RuleNode, context, resolvers);
    if (boundary === undefined) return undefined;
    if (latest === undefined || boundary > latest) latest = boundary;
  }
  return latest;
}

function daysSinceBoundary(parts: DaysSinceRuleParts, context: RuleContext): number | undefined {
  const since = parts.readDate(context);
  if (typeof since !== 'number') return undefined;
  const days = daysSince(since, context);
  if (!Number.isFinite(days)) return undefined;
  const flip = nextFlipUp(parts.comparison, days);
  const boundary = flip === undefined ? undefined : since + flip * MS_PER_DAY;
  return boundary !== undefined && Number.isFinite(boundary) ? boundary : undefined;
}

function eventBoundary(parts: EventRuleParts, context: RuleContext): number | undefined {
  const { withinMs, name } = parts;
  const events = context.events;
  if (withinMs === undefined || events?.oldestWithin === undefined) return undefined;
  // Time alone only lowers a windowed count, one timestamp at a time.
  const count = parts.countOf(context);
  const lowers = parts.count === undefined ? count >= 1 : flipsBelow(parts.count, count);
  if (!lowers) return undefined;
  const oldest = events.oldestWithin(name, withinMs, context.now);
  if (typeof oldest !== 'number' || !Number.isFinite(oldest)) return undefined;
  return Math.max(oldest + withinMs, context.now + 1);
}

/**
 * The earliest future epoch ms at which a compiled rule's result could change through time
 * alone, or `undefined` when time alone never changes it: the time-boundary companion of every
 * rule kind. Segment and tier clauses reach into their rules through `resolvers`.
 */
export function boundaryOfNode(
  node: RuleNode,
  context: RuleContext,
  resolvers: BoundaryResolvers,
): number | undefined {
  switch (node.kind) {
    case 'all':
    case 'any':
      return listBoundary(node.children ?? [], context, resolvers, node.kind === 'all');
    case 'not':
      return boundaryOfNode((node.children ?? [])[0] as RuleNode, context, resolvers);
    case 'segment':
      return resolvers.segmentBoundary?.(node.parts as string, context);
    case 'tier':
      return resolvers.tierBoundary?.(context);
    case 'daysSince':
      return daysSinceBoundary(node.parts as DaysSinceRuleParts, context);
    case 'event':
      return eventBoundary(node.parts as EventRuleParts, context);
    default:
      return undefined;
  }
}
