import {
  rolloutBucket,
  toEpochMs,
  type GuidepostDefinition,
  type NumberComparison,
  type Rule,
  type Targeting,
  type TouchTier,
} from '@guidepost/core';
import type { PersonaGuideState } from './persona';
import { personaScope, type PersonaDraft } from './persona-scope';

const DAY = 86_400_000;
const COMPARISONS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte'] as const;

/** What the solver needs besides the draft it fills in. */
export interface SolveContext {
  readonly definition: GuidepostDefinition;
  readonly targeting: Targeting;
  readonly now: number;
  /** Segments being solved, so a segment that refers to itself ends. */
  readonly seen: Set<string>;
}

/** Thrown when no persona can be built for a rule; names the rule. */
export class PersonaRuleError extends Error {
  override readonly name = 'PersonaRuleError';
}

const own = (rule: object, key: string): unknown =>
  Object.hasOwn(rule, key) ? (rule as Record<string, unknown>)[key] : undefined;

/** A number meeting (or, with `want` false, failing) a comparison, near `current` when it does. */
function numberFor(comparison: NumberComparison, want: boolean, current: unknown): number {
  const meets = (value: number) =>
    (comparison.eq === undefined || value === comparison.eq) &&
    (comparison.ne === undefined || value !== comparison.ne) &&
    (comparison.gt === undefined || value > comparison.gt) &&
    (comparison.gte === undefined || value >= comparison.gte) &&
    (comparison.lt === undefined || value < comparison.lt) &&
    (comparison.lte === undefined || value <= comparison.lte);
  if (typeof current === 'number' && meets(current) === want) return current;
  const { eq, ne, gt, gte, lt, lte } = comparison;
  const candidates = [eq, ne, gt, gte, lt, lte]
    .filter((value): value is number => typeof value === 'number')
    .flatMap((value) => [value, value + 1, value - 1]);
  candidates.push(0, 1);
  const found = candidates.find((value) => meets(value) === want);
  if (found === undefined)
    throw new PersonaRuleError(`no number meets ${JSON.stringify(comparison)}`);
  return found;
}

function comparisonOf(rule: object): NumberComparison {
  const comparison: Record<string, number> = {};
  for (const key of COMPARISONS) {
    const value = own(rule, key);
    if (typeof value === 'number') comparison[key] = value;
  }
  return comparison;
}

/** A value for `{ attr, … }`, keeping the current one when it already answers as wanted. */
function attributeValue(rule: object, want: boolean, current: unknown, holds: boolean): unknown {
  if (holds === want) return current;
  const eq = own(rule, 'eq');
  const inList = own(rule, 'in') as readonly unknown[] | undefined;
  const exists = own(rule, 'exists');
  const startsWith = own(rule, 'startsWith');
  const contains = own(rule, 'contains');
  if (exists !== undefined) return exists === want ? 'set' : undefined;
  if (want) {
    if (eq !== undefined) return eq;
    if (inList !== undefined && inList.length > 0) return inList[0];
    if (typeof startsWith === 'string') return startsWith;
    if (contains !== undefined) return typeof contains === 'string' ? contains : [contains];
  } else if (eq !== undefined || inList !== undefined || startsWith !== undefined) {
    return typeof eq === 'number' ? eq + 1 : 'none of these';
  }
  const ne = own(rule, 'ne');
  const nin = own(rule, 'nin') as readonly unknown[] | undefined;
  if (ne !== undefined) return want ? (typeof ne === 'number' ? ne + 1 : `not ${String(ne)}`) : ne;
  if (nin !== undefined) return want ? 'none of these' : nin[0];
  const bounds = COMPARISONS.map((key) => own(rule, key)).find((value) => value !== undefined);
  if (typeof bounds === 'string') {
    // A date compared as a date: move a day past the bound on the side wanted.
    const at = toEpochMs(bounds);
    if (at === undefined) return undefined;
    const comparison: NumberComparison = Object.fromEntries(
      COMPARISONS.flatMap((key) => {
        const value = own(rule, key);
        return typeof value === 'string' ? [[key, (toEpochMs(value) ?? at) / DAY]] : [];
      }),
    );
    return new Date(numberFor(comparison, want, undefined) * DAY).toISOString();
  }
  return numberFor(comparisonOf(rule), want, current);
}

function satisfyTier(tier: TouchTier, draft: PersonaDraft, context: SolveContext): void {
  const { high, low } = context.definition.touchModel;
  if (tier !== 'high' && high === undefined && low === undefined) return;
  if (tier === 'high') {
    if (high === undefined) throw new PersonaRuleError('the touch model has no `high` rule');
    satisfyRule(high, true, draft, context);
    return;
  }
  if (high !== undefined) satisfyRule(high, false, draft, context);
  if (tier === 'low') {
    if (low === undefined) throw new PersonaRuleError('the touch model has no `low` rule');
    satisfyRule(low, true, draft, context);
  } else if (low !== undefined) {
    satisfyRule(low, false, draft, context);
  }
}

function copyDraft(draft: PersonaDraft): PersonaDraft {
  return { user: { ...draft.user }, events: { ...draft.events }, guides: { ...draft.guides } };
}

/** Tries each rule in turn, keeping the first that, once satisfied, answers as wanted. */
function satisfyOne(
  rules: readonly Rule[],
  want: boolean,
  draft: PersonaDraft,
  context: SolveContext,
): void {
  for (const rule of rules) {
    const trial = copyDraft(draft);
    try {
      satisfyRule(rule, want, trial, context);
    } catch {
      continue;
    }
    if (context.targeting.evaluate(rule, personaScope(trial, context.now)) === want) {
      Object.assign(draft, trial);
      return;
    }
  }
  throw new PersonaRuleError(`none of ${rules.length} rules can be made ${String(want)}`);
}

/**
 * Changes the draft so that `rule` answers `want`: sets attributes, usage counts and guide
 * states, keeping what already answers. Greedy: the caller checks the result with the engine's
 * own targeting, which catches constraints that contradict each other.
 */
export function satisfyRule(
  rule: Rule,
  want: boolean,
  draft: PersonaDraft,
  context: SolveContext,
): void {
  if (typeof rule === 'function') {
    throw new PersonaRuleError(
      'a function rule cannot be solved: give the attributes it reads in `attributes`',
    );
  }
  const holds = () => context.targeting.evaluate(rule, personaScope(draft, context.now));
  const all = own(rule, 'all') as readonly Rule[] | undefined;
  const any = own(rule, 'any') as readonly Rule[] | undefined;
  const not = own(rule, 'not') as Rule | undefined;
  const segment = own(rule, 'segment');
  if (all !== undefined) {
    if (want) for (const clause of all) satisfyRule(clause, true, draft, context);
    else if (holds()) satisfyOne(all, false, draft, context);
  } else if (any !== undefined) {
    if (!want) for (const clause of any) satisfyRule(clause, false, draft, context);
    else if (!holds()) satisfyOne(any, true, draft, context);
  } else if (not !== undefined) {
    satisfyRule(not, !want, draft, context);
  } else if (typeof segment === 'string') {
    const segmentRule = context.definition.segments[segment];
    if (segmentRule === undefined) throw new PersonaRuleError(`no segment '${segment}'`);
    if (context.seen.has(segment)) return;
    context.seen.add(segment);
    satisfyRule(segmentRule, want, draft, context);
    context.seen.delete(segment);
  } else if (own(rule, 'tier') !== undefined) {
    const tiers = [own(rule, 'tier')].flat() as TouchTier[];
    const tier = want
      ? tiers[0]
      : (['tech', 'low', 'high'] as const).find((candidate) => !tiers.includes(candidate));
    if (tier !== undefined) satisfyTier(tier, draft, context);
  } else if (typeof own(rule, 'attr') === 'string') {
    const path = own(rule, 'attr') as string;
    const value = attributeValue(rule, want, readPath(draft.user, path), holds());
    writePath(draft.user, path, value);
  } else if (typeof own(rule, 'daysSince') === 'string') {
    const days = numberFor(comparisonOf(rule), want, undefined);
    // Half a day past the whole days, so rounding down gives `days`.
    const signedUp = context.now - days * DAY - DAY / 2;
    writePath(draft.user, own(rule, 'daysSince') as string, new Date(signedUp).toISOString());
  } else if (typeof own(rule, 'event') === 'string') {
    const count = (own(rule, 'count') as NumberComparison | undefined) ?? { gte: 1 };
    const event = own(rule, 'event') as string;
    draft.events[event] = Math.max(0, numberFor(count, want, draft.events[event] ?? 0));
  } else if (typeof own(rule, 'guide') === 'string') {
    const guide = own(rule, 'guide') as string;
    const is = own(rule, 'is') as PersonaGuideState;
    if (want) draft.guides[guide] = is;
    else delete draft.guides[guide];
  } else if (own(rule, 'rollout') !== undefined) {
    if (holds() === want) return;
    const { percent, salt = '' } = own(rule, 'rollout') as { percent: number; salt?: string };
    const base = String(draft.user['id'] ?? 'user');
    for (let attempt = 1; attempt <= 1000; attempt += 1) {
      const id = `${base}-${attempt}`;
      if (rolloutBucket(id, salt) < percent === want) {
        draft.user['id'] = id;
        return;
      }
    }
    throw new PersonaRuleError(`no user id lands ${want ? 'in' : 'outside'} rollout '${salt}'`);
  } else {
    throw new PersonaRuleError(`cannot solve the rule ${JSON.stringify(rule)}`);
  }
}

function readPath(user: Record<string, unknown>, path: string): unknown {
  let value: unknown = user;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function writePath(user: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let target = user;
  for (const key of keys.slice(0, -1)) {
    const next = Object.hasOwn(target, key) ? target[key] : undefined;
    const child =
      typeof next === 'object' && next !== null ? { ...(next as Record<string, unknown>) } : {};
    target[key] = child;
    target = child;
  }
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete target[last];
  else target[last] = value;
}
