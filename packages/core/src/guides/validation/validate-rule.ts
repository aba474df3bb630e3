import {
  GUIDE_CONDITIONS,
  ROLLOUT_FIELDS,
  RULE_FIELDS,
  RULE_KEYS,
  TOUCH_TIERS,
} from '../../targeting/rule-grammar';
import type { RuleKindKey } from '../../targeting/rule-grammar';
import type { Rule } from '../../targeting/types';
import { DEFINITION_LIMITS } from '../definition-limits';
import { indexPath, keyPath } from './path';
import { quote } from './quote';
import { isDict } from './read';
import type { Dict } from './read';
import { readDuration, readFiniteNumber, readId, readString, readText } from './read-scalars';
import type { Reader } from './read-scalars';
import type { Output } from './read-field';
import { readField } from './read-field';
import { readAttributePath, readAttributeRule } from './validate-attribute-rule';
import { readComparison } from './validate-comparison';
import { reportUnknownFields } from './unknown-fields';
import { report } from './validation-context';
import type { ValidationContext } from './validation-context';

type RuleKey = RuleKindKey;

const TIERS = TOUCH_TIERS;

/** The keys each shape allows besides its own, from the grammar the compiler reads too. */
function allowedKeys(shape: RuleKey): readonly string[] {
  const fields = RULE_FIELDS[shape];
  return typeof fields === 'string' ? [shape] : [shape, ...fields];
}

/**
 * Reads a targeting rule, checking its shape (not its meaning: that is the targeting module's
 * job) and recording the segments, guides, events and tiers it refers to. Nesting deeper than
 * `DEFINITION_LIMITS.ruleDepth` is refused. Functions are rules only in code.
 */
export function readRule(
  context: ValidationContext,
  path: string,
  value: unknown,
  depth = 1,
): Rule | undefined {
  if (typeof value === 'function') {
    if (context.code) return value as Rule;
    return void report(context, path, 'a rule from JSON cannot be a function');
  }
  if (depth > DEFINITION_LIMITS.ruleDepth) {
    return void report(
      context,
      path,
      `rules nested deeper than ${DEFINITION_LIMITS.ruleDepth} levels`,
    );
  }
  const shape = isDict(value)
    ? RULE_KEYS.find((key) => Object.hasOwn(value, key) && value[key] !== undefined)
    : undefined;
  if (shape === undefined || !isDict(value)) {
    const shapes = `${RULE_KEYS.join(', ')}${context.code ? ', or a function' : ''}`;
    return void report(
      context,
      path,
      `unknown rule shape; expected an object with one of ${shapes}`,
    );
  }
  const output: Output = {};
  const fields = RULE_FIELDS[shape];
  if (fields === 'attribute-operators') {
    readAttributeRule(context, value, path, output);
  } else if (fields === 'comparison-operators') {
    readField(context, value, path, output, shape, readAttributePath);
    readComparison(context, value, path, output, [shape]);
  } else if (shape !== 'attr' && shape !== 'daysSince') {
    rejectUnexpectedKeys(context, value, path, shape);
    SHAPE_READERS[shape](context, value, path, output, depth);
  }
  return output as unknown as Rule;
}

type ShapeReader = (
  context: ValidationContext,
  rule: Dict,
  path: string,
  output: Output,
  depth: number,
) => void;

const SHAPE_READERS: Record<Exclude<RuleKey, 'attr' | 'daysSince'>, ShapeReader> = {
  all: (context, rule, path, output, depth) => {
    output.all = readClauses(context, keyPath(path, 'all'), rule.all, depth);
  },
  any: (context, rule, path, output, depth) => {
    output.any = readClauses(context, keyPath(path, 'any'), rule.any, depth);
  },
  not: (context, rule, path, output, depth) => {
    output.not = readRule(context, keyPath(path, 'not'), rule.not, depth + 1);
  },
  segment: (context, rule, path, output) => {
    const name = readField(context, rule, path, output, 'segment', readId);
    if (name !== undefined) {
      context.references.segments.push({ name, path: keyPath(path, 'segment') });
    }
  },
  tier: (context, rule, path, output) => {
    if (readField(context, rule, path, output, 'tier', readTier) !== undefined) {
      context.references.tiers.push(path);
    }
  },
  event: (context, rule, path, output) => {
    const name = readField(context, rule, path, output, 'event', readText);
    if (name !== undefined) context.references.events.push(name);
    const count = rule.count;
    if (count !== undefined && Object.hasOwn(rule, 'count')) {
      const countPath = keyPath(path, 'count');
      if (isDict(count)) {
        const comparison: Output = {};
        readComparison(context, count, countPath, comparison, []);
        output.count = comparison;
      } else {
        report(context, countPath, 'expected a comparison such as { gte: 3 }');
      }
    }
    readField(context, rule, path, output, 'within', readDuration);
  },
  guide: (context, rule, path, output) => {
    const name = readField(context, rule, path, output, 'guide', readId);
    if (name !== undefined) context.references.guides.push({ name, path: keyPath(path, 'guide') });
    readField(
      context,
      rule,
      path,
      output,
      'is',
      readGuideCondition,
      `a guide rule needs is: one of ${GUIDE_CONDITIONS.join(', ')}`,
    );
  },
  rollout: (context, rule, path, output) => {
    const rolloutPath = keyPath(path, 'rollout');
    const rollout = rule.rollout;
    if (!isDict(rollout)) {
      report(context, rolloutPath, 'expected { percent, salt? }');
      return;
    }
    reportUnknownFields(context, rollout, rolloutPath, ROLLOUT_FIELDS);
    const copy: Output = {};
    readField(
      context,
      rollout,
      rolloutPath,
      copy,
      'percent',
      readPercent,
      'expected a number from 0 to 100',
    );
    readField(context, rollout, rolloutPath, copy, 'salt', readString);
    output.rollout = copy;
  },
};

function readClauses(
  context: ValidationContext,
  path: string,
  value: unknown,
  depth: number,
): Rule[] | undefined {
  if (!Array.isArray(value)) return void report(context, path, 'expected a list of rules');
  if (value.length > DEFINITION_LIMITS.listLength) {
    return void report(context, path, `more than ${DEFINITION_LIMITS.listLength} rules`);
  }
  const clauses: Rule[] = [];
  value.forEach((clause: unknown, index) => {
    const rule = readRule(context, indexPath(path, index), clause, depth + 1);
    if (rule !== undefined) clauses.push(rule);
  });
  return clauses;
}

function rejectUnexpectedKeys(
  context: ValidationContext,
  rule: Dict,
  path: string,
  shape: RuleKey,
): void {
  const allowed = allowedKeys(shape);
  for (const key of Object.keys(rule)) {
    if (rule[key] !== undefined && !allowed.includes(key)) {
      report(context, path, `unexpected field ${quote(key)} in a ${shape} rule`);
    }
  }
}

const readTier: Reader<string | string[]> = (context, path, value) => {
  if (typeof value === 'string' && (TIERS as readonly string[]).includes(value)) return value;
  if (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      (tier: unknown) => typeof tier === 'string' && (TIERS as readonly string[]).includes(tier),
    )
  ) {
    return value as string[];
  }
  return void report(context, path, "expected 'high', 'low' or 'tech', or a list of them");
};

const readGuideCondition: Reader<string> = (context, path, value) => {
  if (typeof value === 'string' && (GUIDE_CONDITIONS as readonly string[]).includes(value)) {
    return value;
  }
  const shown = typeof value === 'string' ? `unknown state ${quote(value)}; expected` : 'expected';
  return void report(context, path, `${shown} one of ${GUIDE_CONDITIONS.join(', ')}`);
};

const readPercent: Reader<number> = (context, path, value) => {
  const percent = readFiniteNumber(context, path, value);
  if (percent === undefined) return undefined;
  if (percent < 0 || percent > 100) {
    return void report(context, path, 'expected a number from 0 to 100');
  }
  return percent;
};
