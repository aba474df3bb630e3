import type { GuidepostDefinition } from '../guides/types';
import { parseDuration } from './parse-duration';
import type { NumberComparison, Rule } from './types';

/** How much event history the engine keeps: what `recordEvent` is told. */
export interface DefinitionRetention {
  /** The largest `within` window any rule uses, in ms; 0 keeps no timestamps. */
  readonly windowMs: number;
  /** One more than the largest count any event rule compares against. */
  readonly limit: number;
}

const COMPARISONS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte'] as const;

function threshold(count: NumberComparison | undefined): number {
  if (typeof count !== 'object' || count === null) return 1;
  let largest = 1;
  for (const key of COMPARISONS) {
    const value = count[key];
    if (typeof value === 'number' && Number.isFinite(value) && value > largest) largest = value;
  }
  return Math.ceil(largest);
}

/**
 * Derives event retention from every rule in a definition (segments, touch model, audiences,
 * checklist items), so memory and storage stay bounded by what the rules can ask. Function
 * rules are opaque: a window they read must also appear in a JSON rule to be kept.
 *
 * @example
 * const retention = definitionRetention(definition); // { windowMs: 604800000, limit: 4 }
 */
export function definitionRetention(definition: GuidepostDefinition): DefinitionRetention {
  let windowMs = 0;
  let limit = 1;
  const seen = new Set<object>();
  const visit = (rule: unknown, depth: number): void => {
    if (typeof rule !== 'object' || rule === null || depth > 100 || seen.has(rule)) return;
    seen.add(rule);
    const node = rule as Partial<Record<'all' | 'any' | 'not' | 'event', unknown>>;
    if (Array.isArray(node.all)) for (const child of node.all) visit(child, depth + 1);
    if (Array.isArray(node.any)) for (const child of node.any) visit(child, depth + 1);
    if (node.not !== undefined) visit(node.not, depth + 1);
    if (typeof node.event === 'string') {
      const eventRule = rule as { readonly count?: NumberComparison; readonly within?: string };
      limit = Math.max(limit, threshold(eventRule.count) + 1);
      const within = typeof eventRule.within === 'string' ? parseDuration(eventRule.within) : 0;
      if (within !== undefined && within > windowMs) windowMs = within;
    }
  };
  const rules: (Rule | undefined)[] = [
    ...Object.values(definition.segments),
    definition.touchModel.high,
    definition.touchModel.low,
  ];
  for (const guide of Object.values(definition.guides)) {
    rules.push(guide.audience);
    if (guide.kind === 'checklist') for (const item of guide.items) rules.push(item.audience);
  }
  for (const rule of rules) visit(rule, 0);
  return { windowMs, limit };
}
