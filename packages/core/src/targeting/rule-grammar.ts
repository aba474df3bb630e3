/**
 * The grammar of targeting rules, written once: which key tells each rule kind apart, which
 * fields and values it takes, and which import registers it. The validator of definitions and
 * the rule compiler both read it, so a kind, a field or an operator is added in one place.
 * Plain data with no imports, so any entry can carry it for a few hundred bytes.
 */

/** The touch tiers a `tier` rule may name. */
export const TOUCH_TIERS = ['high', 'low', 'tech'] as const;

/** The states a `guide` rule may ask about. */
export const GUIDE_CONDITIONS = ['completed', 'dismissed', 'seen', 'active'] as const;

/** The operators of an attribute rule, in the order error messages list them. */
export const ATTRIBUTE_OPERATORS = [
  'eq',
  'ne',
  'in',
  'nin',
  'gt',
  'gte',
  'lt',
  'lte',
  'exists',
  'contains',
  'startsWith',
] as const;

/** The operators of a numeric comparison (`event` counts, `daysSince`). */
export const COMPARISON_OPERATORS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte'] as const;

/** The fields of a `rollout` rule's options. */
export const ROLLOUT_FIELDS = ['percent', 'salt'] as const;

/** How one rule kind is written and where it comes from. */
export interface RuleKindGrammar {
  /**
   * The fields a rule of this kind may hold besides its key, or which operators its other
   * fields are (attribute operators for `attr`, comparison operators for `daysSince`).
   */
  readonly fields: readonly string[] | 'attribute-operators' | 'comparison-operators';
  /**
   * The export that registers the kind with a lean compiler, and the module it comes from.
   * Combinators and function rules are part of every compiler, so they have none.
   */
  readonly provider?: { readonly name: string; readonly from: string };
}

const TARGETING_ENTRY = '@guidepost/core/targeting';

/** Every rule kind by its key, in the order a rule object is recognised. */
export const RULE_GRAMMAR = {
  all: { fields: [] },
  any: { fields: [] },
  not: { fields: [] },
  attr: {
    fields: 'attribute-operators',
    provider: { name: 'attributeRules', from: TARGETING_ENTRY },
  },
  segment: { fields: [], provider: { name: 'segmentRules', from: TARGETING_ENTRY } },
  tier: { fields: [], provider: { name: 'tierRules', from: TARGETING_ENTRY } },
  event: {
    fields: ['count', 'within'],
    provider: { name: 'eventRules', from: TARGETING_ENTRY },
  },
  daysSince: {
    fields: 'comparison-operators',
    provider: { name: 'dateRules', from: TARGETING_ENTRY },
  },
  guide: { fields: ['is'], provider: { name: 'guideStateRules', from: TARGETING_ENTRY } },
  rollout: { fields: [], provider: { name: 'rolloutRules', from: TARGETING_ENTRY } },
} as const satisfies Readonly<Record<string, RuleKindGrammar>>;

/** The key of a rule kind: `attr`, `segment`, `all`, … */
export type RuleKindKey = keyof typeof RULE_GRAMMAR;

/** Every rule kind's key, in the order a rule object is recognised. */
export const RULE_KEYS = /* @__PURE__ */ Object.keys(RULE_GRAMMAR) as readonly RuleKindKey[];

/**
 * The sentence that tells a developer how to register a kind a lean compiler lacks:
 * `event rules are not registered; add eventRules from '@guidepost/core/targeting'`.
 */
export function unregisteredKindMessage(key: RuleKindKey): string {
  const grammar: RuleKindGrammar = RULE_GRAMMAR[key];
  const provider = grammar.provider;
  return provider === undefined
    ? `${key} rules are not registered`
    : `${key} rules are not registered; add ${provider.name} from '${provider.from}'`;
}
