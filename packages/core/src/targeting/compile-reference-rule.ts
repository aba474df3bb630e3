import { readOwn } from './read-path';
import { GUIDE_CONDITIONS, TOUCH_TIERS } from './rule-grammar';
import { invalidNode } from './rule-node';
import type { CompileState, RuleNode } from './rule-node';
import type { GuideCondition, RuleContext, TouchTier } from './types';

const TIERS: ReadonlySet<unknown> = /* @__PURE__ */ new Set<TouchTier>(TOUCH_TIERS);
const CONDITIONS: ReadonlySet<unknown> = /* @__PURE__ */ new Set<GuideCondition>(GUIDE_CONDITIONS);

/** What a `tier` rule's node holds for its explanation: the tiers it wants, and whether one. */
export interface TierRuleParts {
  readonly tiers: readonly unknown[];
  readonly single: boolean;
}

/** What a `guide` rule's node holds for its explanation. */
export interface GuideRuleParts {
  readonly id: string;
  readonly is: GuideCondition;
}

/** The context's tier; `tech` when it has no touch model. */
export function tierOf(context: RuleContext): TouchTier {
  return context.tier === undefined ? 'tech' : context.tier();
}

/** Compiles `{ segment: name }`: `context.segment(name)`, false when the context has none. */
export function compileSegmentRule(rule: object, state: CompileState): RuleNode {
  const name: unknown = (rule as Record<string, unknown>)['segment'];
  if (typeof name !== 'string') return invalidNode(state, 'segment must be a segment name');
  return {
    test: (context) => {
      const segment = context.segment;
      return segment !== undefined && segment(name) === true;
    },
    kind: 'segment',
    parts: name,
  };
}

/** Compiles `{ tier }`: one tier or a list; a context without `tier()` is `tech`. */
export function compileTierRule(rule: object, state: CompileState): RuleNode {
  const wanted: unknown = (rule as Record<string, unknown>)['tier'];
  const single = !Array.isArray(wanted);
  const tiers: readonly unknown[] = single ? [wanted] : wanted;
  if (!tiers.every((tier) => TIERS.has(tier))) {
    return invalidNode(state, `tier must be 'high', 'low', 'tech' or a list of them`);
  }
  const parts: TierRuleParts = { tiers, single };
  return {
    test: single
      ? (context) => tierOf(context) === wanted
      : (context) => tiers.includes(tierOf(context)),
    kind: 'tier',
    parts,
  };
}

/** Compiles `{ guide, is }`: `context.guide(id, is)`, false when the context has none. */
export function compileGuideRule(rule: object, state: CompileState): RuleNode {
  const source = rule as Record<string, unknown>;
  const id = source['guide'];
  const condition = readOwn(source, 'is');
  if (typeof id !== 'string') return invalidNode(state, 'guide must be a guide id');
  if (!CONDITIONS.has(condition)) {
    return invalidNode(state, `is must be 'completed', 'dismissed', 'seen' or 'active'`);
  }
  const is = condition as GuideCondition;
  const parts: GuideRuleParts = { id, is };
  return {
    test: (context) => {
      const guide = context.guide;
      return guide !== undefined && guide(id, is) === true;
    },
    kind: 'guide',
    parts,
  };
}
