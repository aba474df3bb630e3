import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRule } from './compile-rule';
import { evaluate } from './evaluate';
import { explain } from './explain';
import { nextBoundary } from './next-boundary';
import type { EventHistory, Rule, RuleContext, TouchTier, UserAttributes } from './types';

const DAY = 86_400_000;

function snapshotPrototype(target: object): Map<PropertyKey, PropertyDescriptor | undefined> {
  return new Map(
    Reflect.ownKeys(target).map((key) => [key, Object.getOwnPropertyDescriptor(target, key)]),
  );
}

// Taken before any fuzzing, compared after all of it.
const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const BEFORE = PROTOTYPES.map(snapshotPrototype);

/** Paths through a prototype: they read nothing, whatever the user holds. */
const DANGEROUS_PATHS = [
  '__proto__',
  'constructor',
  'prototype',
  'constructor.prototype',
  '__proto__.polluted',
  'a.__proto__',
  'a.constructor.prototype',
];

/** Names every object inherits: they read only a user's own property of that name. */
const INHERITED_NAMES = ['toString', 'valueOf', 'hasOwnProperty'];

const KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  ...INHERITED_NAMES,
  'plan',
  'ltv',
  'id',
  'a',
];
const key = fc.oneof(
  fc.constantFrom(...KEYS, 'signedUpAt', 'company', 'tags', 'polluted', '0'),
  fc.string({ maxLength: 6 }),
);
const dateValue = fc.oneof(
  fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }),
  fc.date({ noInvalidDate: false }),
  fc
    .date({ min: new Date(Date.UTC(1990, 0, 1)), noInvalidDate: true })
    .map((date) => date.toISOString()),
);
const attributeValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), dateValue);
const flatObject = fc.dictionary(key, attributeValue, { maxKeys: 6 });
const noise = fc.dictionary(key, fc.oneof(attributeValue, flatObject), { maxKeys: 6 });

/** A user around `now`: the attributes rules ask about, mixed with arbitrary keys. */
function userObject(now: number): fc.Arbitrary<Record<string, unknown>> {
  const recent = fc
    .integer({ min: -5 * DAY, max: 60 * DAY })
    .chain((age) =>
      fc.constantFrom<unknown>(now - age, new Date(now - age).toISOString(), new Date(now - age)),
    );
  const known = fc.record(
    {
      id: fc.oneof(fc.uuid(), fc.nat(), fc.constant('')),
      plan: fc.constantFrom('free', 'pro', 'trial', null),
      ltv: fc.oneof(fc.integer({ min: -10, max: 100_000 }), fc.constant(null)),
      signedUpAt: fc.oneof(recent, dateValue),
      tags: fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }),
      a: flatObject,
    },
    { requiredKeys: [] },
  );
  return fc.tuple(noise, known).map(([extra, attributes]) => ({ ...extra, ...attributes }));
}

/** Users as JSON gives them (own `__proto__` keys included) and as code builds them. */
function userAt(now: number): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: userObject(now), weight: 4 },
    userObject(now).map((value) => JSON.parse(JSON.stringify(value)) as unknown),
    userObject(now).map((value) => Object.assign(Object.create(null) as object, value)),
    fc.constant(
      JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":1}}}'),
    ),
    fc.jsonValue(),
  );
}

const path = fc.oneof(
  fc.constantFrom(...DANGEROUS_PATHS, 'plan', 'ltv', 'id', 'signedUpAt', 'company.plan', 'tags.0'),
  fc
    .array(fc.constantFrom('a', '0', 'plan', '__proto__', 'constructor', 'polluted'), {
      minLength: 1,
      maxLength: 4,
    })
    .map((segments) => segments.join('.')),
);
const scalar = fc.oneof(
  fc.constantFrom('pro', 'free', 'trial', ''),
  fc.string({ maxLength: 6 }),
  fc.double({ noNaN: true }),
  fc.integer({ min: -3, max: 3 }),
  fc.boolean(),
  fc.constant(null),
);
const isoDate = fc
  .date({
    min: new Date(Date.UTC(1990, 0, 1)),
    max: new Date(Date.UTC(2040, 0, 1)),
    noInvalidDate: true,
  })
  .chain((date) => fc.constantFrom(date.toISOString(), date.toISOString().slice(0, 10)));
const order = fc.oneof(fc.double({ noNaN: true }), fc.integer({ min: -10, max: 100_000 }), isoDate);

const OPERANDS: Readonly<Record<string, fc.Arbitrary<unknown>>> = {
  eq: scalar,
  ne: scalar,
  in: fc.array(scalar, { maxLength: 12 }),
  nin: fc.array(scalar, { maxLength: 12 }),
  gt: order,
  gte: order,
  lt: order,
  lte: order,
  exists: fc.boolean(),
  contains: scalar,
  startsWith: fc.string({ maxLength: 4 }),
};

/** One or two operators, as rules are written; more would rarely be satisfiable. */
const operators = fc
  .uniqueArray(fc.constantFrom(...Object.keys(OPERANDS)), { minLength: 1, maxLength: 2 })
  .chain((names) =>
    fc
      .tuple(...names.map((name) => OPERANDS[name] ?? scalar))
      .map((values) => Object.fromEntries(names.map((name, index) => [name, values[index]]))),
  );
const attributeRule = fc
  .tuple(path, operators)
  .map(([attr, operands]) => ({ attr, ...operands }) as Rule);

const bound = fc.oneof(
  fc.integer({ min: -3, max: 20 }),
  fc.double({ min: -3, max: 20, noNaN: true }),
);
const comparison = fc.dictionary(fc.constantFrom('eq', 'ne', 'gt', 'gte', 'lt', 'lte'), bound, {
  minKeys: 1,
  maxKeys: 2,
});

const leaf: fc.Arbitrary<Rule> = fc.oneof(
  attributeRule,
  fc.record(
    {
      event: fc.constantFrom('e', 'f'),
      count: comparison,
      within: fc.constantFrom('45s', '30m', '1d', '7d', '2w'),
    },
    { requiredKeys: ['event'] },
  ),
  fc
    .tuple(fc.oneof(fc.constant('signedUpAt'), path), comparison)
    .map(([attr, bounds]) => ({ daysSince: attr, ...bounds })),
  fc.constantFrom('trial', 'x', '__proto__').map((segment) => ({ segment })),
  fc
    .oneof(
      fc.constantFrom<TouchTier>('high', 'low', 'tech'),
      fc.subarray<TouchTier>(['high', 'low', 'tech']),
    )
    .map((tier) => ({ tier })),
  fc.record({
    guide: fc.constantFrom('welcome', 'tour'),
    is: fc.constantFrom('completed', 'dismissed', 'seen', 'active'),
  } as const),
  fc
    .record(
      {
        percent: fc.oneof(
          fc.integer({ min: -10, max: 110 }),
          fc.double({ min: -10, max: 110, noNaN: true }),
        ),
        salt: fc.string({ maxLength: 6 }),
      },
      { requiredKeys: ['percent'] },
    )
    .map((rollout) => ({ rollout })),
  fc.boolean().map((result) => () => result),
  fc.constant(() => {
    throw new Error('rule failed');
  }),
);

/** Rules nested from `leaves` with `all`, `any` and `not`. */
function nested(leaves: fc.Arbitrary<Rule>): fc.Arbitrary<Rule> {
  return fc.letrec<{ rule: Rule }>((tie) => ({
    rule: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaves,
      fc.array(tie('rule'), { maxLength: 4 }).map((all) => ({ all })),
      fc.array(tie('rule'), { maxLength: 4 }).map((any) => ({ any })),
      tie('rule').map((not) => ({ not })),
    ),
  })).rule;
}

const rule = nested(leaf);

/** Rules that lean on the clock, so their boundaries are exercised. */
const timedRule = nested(
  fc.oneof(
    {
      arbitrary: comparison.map((bounds) => ({ daysSince: 'signedUpAt', ...bounds })),
      weight: 3,
    },
    {
      arbitrary: fc.record({
        event: fc.constantFrom('e', 'f'),
        count: comparison,
        within: fc.constantFrom('1d', '7d', '2w'),
      }),
      weight: 3,
    },
    { arbitrary: leaf, weight: 1 },
  ),
);

/** A history of past timestamps, with the window `now - withinMs < t <= now`. */
function history(log: Record<string, readonly number[]>): EventHistory {
  const counted = (event: string, withinMs: number | undefined, now: number) =>
    (log[event] ?? []).filter((t) => t <= now && (withinMs === undefined || t > now - withinMs));
  return {
    count: (event, withinMs, now = 0) => counted(event, withinMs, now).length,
    oldestWithin: (event, withinMs, now) => {
      const times = counted(event, withinMs, now);
      return times.length === 0 ? undefined : Math.min(...times);
    },
  };
}

const context: fc.Arbitrary<RuleContext> = fc
  .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) })
  .chain((now) =>
    fc.record({
      user: userAt(now),
      now: fc.constant(now),
      ages: fc.option(
        fc.record({
          e: fc.array(fc.integer({ min: 0, max: 30 * DAY }), { maxLength: 6 }),
          f: fc.array(fc.integer({ min: 0, max: 30 * DAY }), { maxLength: 6 }),
        }),
      ),
      guide: fc.option(fc.func(fc.boolean())),
      segment: fc.option(fc.func(fc.boolean())),
      tier: fc.option(fc.constantFrom<TouchTier>('high', 'low', 'tech')),
    }),
  )
  .map(({ user: value, now, ages, guide, segment, tier }) => {
    const built: {
      user: UserAttributes;
      now: number;
      events?: EventHistory;
      guide?: (id: string, is: string) => boolean;
      segment?: (name: string) => boolean;
      tier?: () => TouchTier;
    } = { user: value as UserAttributes, now };
    if (ages !== null) {
      built.events = history({
        e: ages.e.map((age) => now - age),
        f: ages.f.map((age) => now - age),
      });
    }
    if (guide !== null) built.guide = guide;
    if (segment !== null) built.segment = segment;
    if (tier !== null) built.tier = () => tier;
    return built;
  });

/** Generous: thousands of generated rules and contexts take seconds on a busy machine. */
const PROPERTY_TIMEOUT = 60_000;

describe('rule engine properties', () => {
  it(
    'evaluation is total, deterministic, and explain agrees with it',
    () => {
      fc.assert(
        fc.property(rule, context, (generated, ctx) => {
          const errors: string[] = [];
          const compiled = compileRule(generated, { onError: (error) => errors.push(error.code) });
          const result = compiled(ctx);
          expect(typeof result).toBe('boolean');
          expect(compiled(ctx)).toBe(result);
          expect(compileRule(generated)(ctx)).toBe(result);
          expect(evaluate(generated, ctx)).toBe(result);
          const explanation = explain(generated, ctx);
          expect(explanation.passed).toBe(result);
          expect(typeof explanation.summary).toBe('string');
          expect(errors.every((code) => code === 'rule_threw')).toBe(true);
        }),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'nextBoundary is in the future, and nothing changes before it',
    () => {
      fc.assert(
        fc.property(
          timedRule,
          context,
          fc.integer({ min: 0, max: 400 * DAY }),
          (generated, ctx, delta) => {
            const boundary = nextBoundary(generated, ctx);
            if (boundary !== undefined) {
              expect(Number.isFinite(boundary)).toBe(true);
              expect(boundary).toBeGreaterThan(ctx.now);
            }
            const later = ctx.now + delta;
            if (boundary === undefined || later < boundary) {
              expect(evaluate(generated, { ...ctx, now: later })).toBe(evaluate(generated, ctx));
            }
            if (boundary !== undefined) {
              expect(evaluate(generated, { ...ctx, now: boundary - 1 })).toBe(
                evaluate(generated, ctx),
              );
            }
          },
        ),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it.each(DANGEROUS_PATHS)(
    'path %s reads nothing',
    (dangerous) => {
      const absent = compileRule({ attr: dangerous, exists: false });
      const present = compileRule({ attr: dangerous, exists: true });
      fc.assert(
        fc.property(context, (ctx) => {
          expect(absent(ctx)).toBe(true);
          expect(present(ctx)).toBe(false);
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it.each(INHERITED_NAMES)(
    'path %s reads only an own property',
    (name) => {
      const present = compileRule({ attr: name, exists: true });
      fc.assert(
        fc.property(context, (ctx) => {
          const own =
            typeof ctx.user === 'object' &&
            ctx.user !== null &&
            Object.hasOwn(ctx.user, name) &&
            ctx.user[name] !== undefined;
          expect(present(ctx)).toBe(own);
          expect(present({ ...ctx, user: {} })).toBe(false);
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it.each([5, 20, 50, 90])(
    'a %i% rollout takes that share of random ids, within 2 points',
    (percent) => {
      fc.assert(
        fc.property(fc.string({ maxLength: 10 }), fc.integer(), (salt, seed) => {
          const inRollout = compileRule({ rollout: { percent, salt } });
          const ids = fc.sample(
            fc.oneof(fc.uuid(), fc.string({ minLength: 8 }), fc.nat().map(String)),
            {
              numRuns: 10_000,
              seed,
            },
          );
          const share = ids.filter((id) => inRollout({ user: { id }, now: 0 })).length / ids.length;
          expect(Math.abs(share * 100 - percent)).toBeLessThanOrEqual(2);
        }),
        { numRuns: 3, seed: 20_261_201 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('leaves Object.prototype and other prototypes untouched after all the fuzzing', () => {
    PROTOTYPES.forEach((prototype, index) => {
      expect(snapshotPrototype(prototype)).toEqual(BEFORE[index]);
    });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
