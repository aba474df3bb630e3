import { COUNTRIES, INDUSTRIES, PLANS, ROLES } from './bench-user';
import type { BenchUser } from './bench-user';
import type { SeededRandom } from './seeded-random';

/**
 * Users with a realistic spread: most are small, a few have a large LTV or company, and one in
 * ten has no country, so missing attributes are part of the comparison.
 * @example
 * const users = generateUsers(createSeededRandom(7), 10_000);
 */
export function generateUsers(random: SeededRandom, count: number): BenchUser[] {
  const users: BenchUser[] = [];
  for (let index = 0; index < count; index++) {
    const base = {
      id: `u_${index}`,
      plan: random.pick(PLANS),
      role: random.pick(ROLES),
      ltv: Math.round(100_000 * random.next() ** 3),
      seats: 1 + Math.round(299 * random.next() ** 2),
      projects: random.int(0, 30),
      beta: random.chance(0.3),
      company: {
        size: 1 + Math.round(4_999 * random.next() ** 2),
        industry: random.pick(INDUSTRIES),
      },
    };
    users.push(random.chance(0.1) ? base : { ...base, country: random.pick(COUNTRIES) });
  }
  return users;
}
