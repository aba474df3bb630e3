import type { Rule } from '@guidepost/core';
import type { RulesLogic } from 'json-logic-js';

type Logic = RulesLogic;

const COMPARISONS = {
  eq: '===',
  ne: '!==',
  gt: '>',
  gte: '>=',
  lt: '<',
  lte: '<=',
} as const;

function attributeLogic(rule: Record<string, unknown>): Logic {
  const path = rule['attr'];
  if (typeof path !== 'string') throw new Error(`not an attribute rule: ${JSON.stringify(rule)}`);
  const value: Logic = { var: path };
  const tests: Logic[] = [];
  for (const [key, operand] of Object.entries(rule)) {
    if (key === 'attr') continue;
    if (key === 'in' || key === 'nin') {
      const test = { in: [value, operand] } as Logic;
      tests.push(key === 'in' ? test : { '!': test });
    } else if (Object.hasOwn(COMPARISONS, key)) {
      const operator = COMPARISONS[key as keyof typeof COMPARISONS];
      tests.push({ [operator]: [value, operand] } as Logic);
    } else {
      throw new Error(`no json-logic translation for operator '${key}'`);
    }
  }
  const [only] = tests;
  return tests.length === 1 && only !== undefined ? only : { and: tests };
}

/**
 * The json-logic-js rule that means the same as a Guidepost rule made of `all`, `any`, `not`
 * and attribute clauses (`eq`, `ne`, `in`, `nin`, `gt`, `gte`, `lt`, `lte`). Any other clause
 * throws, so the comparison never runs on a rule it cannot express.
 */
export function toJsonLogic(rule: Rule): Logic {
  if (typeof rule === 'function') throw new Error('function rules have no json-logic form');
  if ('all' in rule) return { and: rule.all.map(toJsonLogic) };
  if ('any' in rule) return { or: rule.any.map(toJsonLogic) };
  if ('not' in rule) return { '!': toJsonLogic(rule.not) };
  if ('attr' in rule) return attributeLogic(rule as unknown as Record<string, unknown>);
  throw new Error(`no json-logic translation for ${JSON.stringify(rule)}`);
}
