import {
  createGuidepost,
  memoryAdapter,
  type GuidepostDefinition,
  type TouchTier,
  type UserAttributes,
} from '@guidepost/core';
import { personaProfile } from './persona-profile';

type Attributes = Record<string, unknown>;

const DAY = 86_400_000;
const MAX_DEPTH = 16;

const isDict = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `{ company: { size: 3 } }` for `company.size`; `undefined` when two clauses disagree. */
function merge(into: Attributes, path: string, value: unknown): Attributes | undefined {
  const [head, ...rest] = path.split('.');
  if (head === undefined || head === '' || head === '__proto__') return undefined;
  if (rest.length === 0) {
    if (Object.hasOwn(into, head) && into[head] !== value) return undefined;
    return { ...into, [head]: value };
  }
  const inner = Object.hasOwn(into, head) ? into[head] : {};
  if (!isDict(inner)) return undefined;
  const merged = merge({ ...inner }, rest.join('.'), value);
  return merged === undefined ? undefined : { ...into, [head]: merged };
}

/** A value an attribute clause accepts, or `undefined` when none is obvious. */
function valueFor(rule: Readonly<Record<string, unknown>>): unknown {
  if (rule.eq !== undefined) return rule.eq;
  if (Array.isArray(rule.in)) return rule.in[0];
  if (typeof rule.gte === 'number' || typeof rule.gte === 'string') return rule.gte;
  if (typeof rule.lte === 'number' || typeof rule.lte === 'string') return rule.lte;
  if (typeof rule.gt === 'number') return rule.gt + 1;
  if (typeof rule.lt === 'number') return rule.lt - 1;
  if (typeof rule.startsWith === 'string') return rule.startsWith;
  if (rule.contains !== undefined) return [rule.contains];
  if (rule.exists === true) return true;
  return undefined;
}

/**
 * Attributes that satisfy `rule` when its clauses are simple (attributes, days since a date,
 * segments, `all` and `any`), else `undefined`. A guess: the caller checks it with the engine.
 */
function attributesFor(
  rule: unknown,
  segments: GuidepostDefinition['segments'],
  now: number,
  into: Attributes,
  depth: number,
): Attributes | undefined {
  if (!isDict(rule) || depth > MAX_DEPTH) return undefined;
  if (Array.isArray(rule.all)) {
    let attributes: Attributes | undefined = into;
    for (const clause of rule.all) {
      attributes = attributesFor(clause, segments, now, attributes, depth + 1);
      if (attributes === undefined) return undefined;
    }
    return attributes;
  }
  if (Array.isArray(rule.any)) {
    for (const clause of rule.any) {
      const attributes = attributesFor(clause, segments, now, into, depth + 1);
      if (attributes !== undefined) return attributes;
    }
    return undefined;
  }
  if (typeof rule.segment === 'string' && Object.hasOwn(segments, rule.segment)) {
    return attributesFor(segments[rule.segment], segments, now, into, depth + 1);
  }
  if (typeof rule.attr === 'string') {
    const value = valueFor(rule);
    return value === undefined ? undefined : merge(into, rule.attr, value);
  }
  if (typeof rule.daysSince === 'string') {
    const days =
      typeof rule.gte === 'number' ? rule.gte : typeof rule.gt === 'number' ? rule.gt + 1 : 0;
    return merge(into, rule.daysSince, new Date(now - days * DAY).toISOString());
  }
  return undefined;
}

/** The tier and segments `user` has under `definition`, from an engine of its own. */
function profileOf(definition: GuidepostDefinition, user: UserAttributes) {
  const bare: GuidepostDefinition = { ...definition, guides: {}, guideIds: [] };
  const engine = createGuidepost(bare, {
    user,
    storage: memoryAdapter(),
    locks: null,
    onError: () => undefined,
  });
  try {
    return personaProfile(engine);
  } finally {
    engine.destroy();
  }
}

/**
 * A persona for each touch tier and each segment of the definition whose rule is simple enough
 * to satisfy with attributes alone (no usage events, no functions, no `not`), each checked with
 * the engine: a made-up user that does not land in its tier or segment is left out. Tech touch
 * is a user no tier rule matches.
 *
 * @example
 * personasFromDefinition(definition, Date.now());
 * // { 'high touch tier': { id: 'persona-high', ltv: 50000 }, 'segment trial': { id: 'persona-trial', plan: 'trial' } }
 */
export function personasFromDefinition(
  definition: GuidepostDefinition,
  now: number,
): Record<string, UserAttributes> {
  const personas: Record<string, UserAttributes> = {};
  const add = (name: string, rule: unknown, wants: (user: UserAttributes) => boolean) => {
    const attributes =
      rule === undefined ? {} : attributesFor(rule, definition.segments, now, {}, 0);
    if (attributes === undefined) return;
    const user = { ...attributes, id: `persona-${name.replace(/\W+/g, '-')}` } as UserAttributes;
    if (wants(user)) personas[name] = user;
  };
  const tiers: readonly [TouchTier, unknown][] = [
    ['high', definition.touchModel.high],
    ['low', definition.touchModel.low],
    ['tech', undefined],
  ];
  for (const [tier, rule] of tiers) {
    if (tier !== 'tech' && rule === undefined) continue;
    add(`${tier} touch tier`, rule, (user) => profileOf(definition, user).tier === tier);
  }
  for (const [segment, rule] of Object.entries(definition.segments)) {
    add(`segment ${segment}`, rule, (user) =>
      profileOf(definition, user).segments.includes(segment),
    );
  }
  return personas;
}
