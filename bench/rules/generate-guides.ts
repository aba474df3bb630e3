import type { AttributeRule, Rule } from '@guidepost/core';
import { COUNTRIES, INDUSTRIES, PLANS, ROLES } from './bench-user';
import type { SeededRandom } from './seeded-random';

/** Distinct items of a list, in list order, at least `min` and at most `max` of them. */
function sample<T>(random: SeededRandom, items: readonly T[], min: number, max: number): T[] {
  const wanted = random.int(min, Math.min(max, items.length));
  const chosen = new Set<T>();
  while (chosen.size < wanted) chosen.add(random.pick(items));
  return items.filter((item) => chosen.has(item));
}

/** One way to write a clause on one attribute; each is as likely as the others. */
const CLAUSES: readonly ((random: SeededRandom) => AttributeRule)[] = [
  (random) => ({ attr: 'plan', eq: random.pick(PLANS) }),
  (random) => ({ attr: 'plan', in: sample(random, PLANS, 2, 3) }),
  (random) => ({ attr: 'plan', ne: random.pick(PLANS) }),
  (random) => ({ attr: 'role', eq: random.pick(ROLES) }),
  (random) => ({ attr: 'role', in: sample(random, ROLES, 2, 3) }),
  (random) => ({ attr: 'country', in: sample(random, COUNTRIES, 2, 4) }),
  (random) => ({ attr: 'country', eq: random.pick(COUNTRIES) }),
  (random) => ({ attr: 'company.industry', in: sample(random, INDUSTRIES, 2, 3) }),
  (random) => ({ attr: 'beta', eq: random.chance(0.5) }),
  (random) => ({ attr: 'ltv', gte: random.pick([500, 5_000, 20_000, 50_000]) }),
  (random) => ({ attr: 'ltv', lt: random.pick([1_000, 10_000, 50_000]) }),
  (random) => ({ attr: 'seats', gte: random.int(2, 100) }),
  (random) => ({ attr: 'seats', gte: random.int(2, 20), lte: random.int(50, 250) }),
  (random) => ({ attr: 'company.size', gte: random.pick([50, 200, 500, 1_000]) }),
  (random) => ({ attr: 'company.size', lt: random.pick([100, 500, 2_000]) }),
  (random) => ({ attr: 'projects', gte: random.int(1, 20) }),
];

/** A rule with `leaves` attribute clauses, nested in `all`, `any` and `not`. */
function generateRule(random: SeededRandom, leaves: number, depth: number): Rule {
  let rule: Rule;
  if (leaves === 1) {
    rule = random.pick(CLAUSES)(random);
  } else {
    const children = splitLeaves(random, leaves).map((part) =>
      generateRule(random, part, depth + 1),
    );
    rule = random.chance(depth === 0 ? 0.7 : 0.5) ? { all: children } : { any: children };
  }
  return depth > 0 && random.chance(0.15) ? { not: rule } : rule;
}

/** Splits a number of leaves into two to four non-empty parts. */
function splitLeaves(random: SeededRandom, leaves: number): number[] {
  const parts = random.int(2, Math.min(4, leaves));
  const sizes = Array.from({ length: parts }, () => 1);
  for (let left = leaves - parts; left > 0; left--) {
    const index = random.int(0, parts - 1);
    sizes[index] = (sizes[index] ?? 0) + 1;
  }
  return sizes;
}

/**
 * Guide audiences of four to six clauses each (five on average): attribute `eq`, `ne`, `in`,
 * `gte`, `lt` and `lte` on flat and dotted paths, combined with `all`, `any` and `not`.
 * @example
 * const audiences = generateAudiences(createSeededRandom(1), 200);
 */
export function generateAudiences(random: SeededRandom, count: number): Rule[] {
  return Array.from({ length: count }, () => generateRule(random, random.int(4, 6), 0));
}
