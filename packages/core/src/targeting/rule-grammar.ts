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

/** Every rule kind's key, in the order a rule object is recognised. */
export const RULE_KEYS = [
  'all',
  'any',
  'not',
  'attr',
  'segment',
  'tier',
  'event',
  'daysSince',
  'guide',
  'rollout',
] as const;

/** The key of a rule kind: `attr`, `segment`, `all`, … */
export type RuleKindKey = (typeof RULE_KEYS)[number];

/**
 * The fields a rule of each kind may hold besides its key, or which operators its other fields
 * are (attribute operators for `attr`, comparison operators for `daysSince`).
 */
export const RULE_FIELDS: Readonly<
  Record<RuleKindKey, readonly string[] | 'attribute-operators' | 'comparison-operators'>
> = {
  all: [],
  any: [],
  not: [],
  attr: 'attribute-operators',
  segment: [],
  tier: [],
  event: ['count', 'within'],
  daysSince: 'comparison-operators',
  guide: ['is'],
  rollout: [],
};

/** The entry whose exports register rule kinds with a lean compiler. */
export const RULE_KINDS_ENTRY = '@guidepost/core/targeting';

/**
 * The export of `RULE_KINDS_ENTRY` that registers each kind. Combinators and function rules are
 * part of every compiler, so they have none.
 */
export const RULE_KIND_PROVIDERS: Readonly<Partial<Record<RuleKindKey, string>>> = {
  attr: 'attributeRules',
  segment: 'segmentRules',
  tier: 'tierRules',
  event: 'eventRules',
  daysSince: 'dateRules',
  guide: 'guideStateRules',
  rollout: 'rolloutRules',
};

/**
 * The sentence that tells a developer how to register a kind a lean compiler lacks:
 * `event rules are not registered; add eventRules from '@guidepost/core/targeting'`.
 */
export function unregisteredKindMessage(key: RuleKindKey, provider: string): string {
  return `${key} rules are not registered; add ${provider} from '${RULE_KINDS_ENTRY}'`;
}
