import {
  ATTRIBUTE_OPERATORS,
  COMPARISON_OPERATORS,
  GUIDE_CONDITIONS,
  ROLLOUT_FIELDS,
  RULE_FIELDS,
  RULE_KEYS,
  TOUCH_TIERS,
} from '../../targeting/rule-grammar';
import type { RuleKindKey } from '../../targeting/rule-grammar';
import { DEFINITION_LIMITS } from '../definition-limits';
import type { JsonSchema } from './json-schema';
import { ref } from './json-schema';
import { closed } from './leaf-schemas';

type AttributeOperator = (typeof ATTRIBUTE_OPERATORS)[number];

const SCALAR: JsonSchema = {
  anyOf: [ref('string'), { type: 'number' }, { type: 'boolean' }, { type: 'null' }],
};

/** What each attribute operator takes; the operators themselves come from the grammar. */
const OPERANDS: Readonly<Record<AttributeOperator, JsonSchema>> = {
  eq: SCALAR,
  ne: SCALAR,
  in: { type: 'array', items: SCALAR, maxItems: DEFINITION_LIMITS.listLength },
  nin: { type: 'array', items: SCALAR, maxItems: DEFINITION_LIMITS.listLength },
  gt: ref('bound'),
  gte: ref('bound'),
  lt: ref('bound'),
  lte: ref('bound'),
  exists: { type: 'boolean' },
  contains: SCALAR,
  startsWith: ref('string'),
};

/** What the key of each rule kind holds; a kind added to the grammar must say it here. */
const KEY_VALUES: Readonly<Record<RuleKindKey, JsonSchema>> = {
  all: ref('ruleList'),
  any: ref('ruleList'),
  not: ref('rule'),
  attr: ref('attributePath'),
  segment: ref('id'),
  tier: {
    anyOf: [
      { enum: [...TOUCH_TIERS] },
      { type: 'array', items: { enum: [...TOUCH_TIERS] }, minItems: 1 },
    ],
  },
  event: ref('text'),
  daysSince: ref('attributePath'),
  guide: ref('id'),
  rollout: closed(
    Object.fromEntries(
      ROLLOUT_FIELDS.map((name) => [
        name,
        name === 'percent' ? { type: 'number', minimum: 0, maximum: 100 } : ref('string'),
      ]),
    ),
    ['percent'],
  ),
};

/** What the other fields of a rule hold, by name, for the kinds whose grammar lists fields. */
const FIELD_VALUES: Readonly<Record<string, JsonSchema>> = {
  count: ref('comparison'),
  within: ref('duration'),
  is: { enum: [...GUIDE_CONDITIONS] },
};

/** Fields a rule of a kind cannot do without, besides its key. */
const REQUIRED_FIELDS: Readonly<Partial<Record<RuleKindKey, readonly string[]>>> = {
  guide: ['is'],
};

function comparisonProperties(): Record<string, JsonSchema> {
  return Object.fromEntries(COMPARISON_OPERATORS.map((name) => [name, { type: 'number' }]));
}

/** The schema of a rule of one kind: its key, and the fields or operators the grammar gives it. */
function ruleKindSchema(key: RuleKindKey): JsonSchema {
  const fields = RULE_FIELDS[key];
  if (fields === 'attribute-operators') {
    const operators = Object.fromEntries(ATTRIBUTE_OPERATORS.map((name) => [name, OPERANDS[name]]));
    // At least one operator besides `attr`.
    return { ...closed({ attr: KEY_VALUES.attr, ...operators }, ['attr']), minProperties: 2 };
  }
  if (fields === 'comparison-operators') {
    return {
      ...closed({ [key]: KEY_VALUES[key], ...comparisonProperties() }, [key]),
      minProperties: 2,
    };
  }
  const properties: Record<string, JsonSchema> = { [key]: KEY_VALUES[key] };
  for (const name of fields) {
    const value = FIELD_VALUES[name];
    if (value === undefined) {
      throw new Error(`the field ${name} of ${key} rules has no schema in rule-schemas.ts`);
    }
    properties[name] = value;
  }
  return closed(properties, [key, ...(REQUIRED_FIELDS[key] ?? [])]);
}

/**
 * The named schemas of targeting rules, from the grammar the validator and the compiler read:
 * one alternative per rule kind, in the grammar's order. A rule from JSON is never a function.
 * Nesting deeper than `DEFINITION_LIMITS.ruleDepth` is refused by the validator only.
 */
export function ruleDefinitions(): Record<string, JsonSchema> {
  return {
    rule: {
      anyOf: RULE_KEYS.map((key) => ref(`${key}Rule`)),
    },
    ...Object.fromEntries(RULE_KEYS.map((key) => [`${key}Rule`, ruleKindSchema(key)])),
    ruleList: { type: 'array', items: ref('rule'), maxItems: DEFINITION_LIMITS.listLength },
    comparison: { ...closed(comparisonProperties()), minProperties: 1 },
    bound: { anyOf: [{ type: 'number' }, ref('date')] },
    attributePath: {
      type: 'string',
      pattern: '^(?!(?:[^.]*\\.)*(?:__proto__|constructor|prototype)(?:\\.|$))[^.]+(?:\\.[^.]+)*$',
      maxLength: DEFINITION_LIMITS.stringLength,
    },
  };
}
