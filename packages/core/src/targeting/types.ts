import type { GuidepostError } from '../errors/guidepost-error';

/**
 * The touch tier of a user: `high` (largest LTV, personal help), `low` (templated programs)
 * or `tech` (the long tail, served by the product alone).
 */
export type TouchTier = 'high' | 'low' | 'tech';

/** A moment in time as a rule or a definition may write it: ISO string, epoch milliseconds or `Date`. */
export type DateInput = string | number | Date;

/** A duration written as a number and a unit: `'30m'`, `'24h'`, `'7d'`, `'2w'`. */
export type DurationString = `${number}${'s' | 'm' | 'h' | 'd' | 'w'}`;

/** A value an attribute rule compares against. */
export type RuleScalar = string | number | boolean | null;

/** The user a rule is evaluated for. `id` keys persistence and rollout buckets. */
export interface UserAttributes {
  readonly id?: string | number;
  readonly [attribute: string]: unknown;
}

/** Numeric comparison used by `event` counts and `daysSince`. All given bounds must hold. */
export interface NumberComparison {
  readonly eq?: number;
  readonly ne?: number;
  readonly gt?: number;
  readonly gte?: number;
  readonly lt?: number;
  readonly lte?: number;
}

/**
 * A test on one attribute of the user, by dotted path (`company.size`). Own properties only.
 * Every operator given must hold. `gt`/`gte`/`lt`/`lte` compare numbers, or dates when both
 * sides are dates (`{ attr: 'signedUpAt', gte: '2026-01-01' }`).
 */
export interface AttributeRule {
  readonly attr: string;
  readonly eq?: RuleScalar;
  readonly ne?: RuleScalar;
  readonly in?: readonly RuleScalar[];
  readonly nin?: readonly RuleScalar[];
  readonly gt?: number | string;
  readonly gte?: number | string;
  readonly lt?: number | string;
  readonly lte?: number | string;
  readonly exists?: boolean;
  readonly contains?: RuleScalar;
  readonly startsWith?: string;
}

/** True when the named segment of the definition matches. */
export interface SegmentRule<S extends string = string> {
  readonly segment: S;
}

/** True when the user's touch tier is the one named (or one of those named). */
export interface TierRule {
  readonly tier: TouchTier | readonly TouchTier[];
}

/**
 * Usage: how often an event was recorded with `track()`, optionally only within a recent
 * window. Without `count` the rule means "at least once".
 */
export interface EventRule<E extends string = string> {
  readonly event: E;
  readonly count?: NumberComparison;
  readonly within?: DurationString;
}

/** Whole days since the date held in a user attribute (`signedUpAt`). Missing date: false. */
export interface DaysSinceRule extends NumberComparison {
  readonly daysSince: string;
}

/** What a sequencing rule can ask of another guide. */
export type GuideCondition = 'completed' | 'dismissed' | 'seen' | 'active';

/** Sequencing: true when another guide is in the given state for this user. */
export interface GuideStateRule<G extends string = string> {
  readonly guide: G;
  readonly is: GuideCondition;
}

/** Rollout or holdout: a deterministic, uniform bucket per user id and salt. */
export interface RolloutRule {
  readonly rollout: { readonly percent: number; readonly salt?: string };
}

/** Every clause must hold. An empty list holds. */
export interface AllRule<
  S extends string = string,
  E extends string = string,
  G extends string = string,
> {
  readonly all: readonly Rule<S, E, G>[];
}

/** At least one clause must hold. An empty list does not hold. */
export interface AnyRule<
  S extends string = string,
  E extends string = string,
  G extends string = string,
> {
  readonly any: readonly Rule<S, E, G>[];
}

/** The clause must not hold. */
export interface NotRule<
  S extends string = string,
  E extends string = string,
  G extends string = string,
> {
  readonly not: Rule<S, E, G>;
}

/** A rule written as code, where serializability does not matter. A throw counts as false and is reported. */
export type RuleFunction = (context: RuleContext) => boolean;

/**
 * A targeting rule. Plain JSON except `RuleFunction`, so rules can come from a server.
 * `S`, `E` and `G` are the segment, event and guide names the compiler checks.
 */
export type Rule<S extends string = string, E extends string = string, G extends string = string> =
  | AllRule<S, E, G>
  | AnyRule<S, E, G>
  | NotRule<S, E, G>
  | AttributeRule
  | SegmentRule<S>
  | TierRule
  | EventRule<E>
  | DaysSinceRule
  | GuideStateRule<G>
  | RolloutRule
  | RuleFunction;

/**
 * Answers usage questions for `event` rules. A window of `withinMs` before `now` holds the
 * timestamps `t` with `now - withinMs < t <= now`, so a timestamp leaves it at `t + withinMs`.
 */
export interface EventHistory {
  /** How many times `event` was recorded; with `withinMs`, only in the last `withinMs` before `now`. */
  count(event: string, withinMs?: number, now?: number): number;
  /**
   * The timestamp of the oldest `event` counted in the last `withinMs` before `now`, or
   * `undefined` when none is; lets `nextBoundary` tell when a windowed count next drops.
   */
  oldestWithin?(event: string, withinMs: number, now: number): number | undefined;
}

/** Answers sequencing questions for `guide` rules. */
export type GuideStateReader = (guideId: string, condition: GuideCondition) => boolean;

/** Everything a rule may look at. */
export interface RuleContext {
  readonly user: UserAttributes;
  /** Epoch milliseconds; injectable so schedules and windows are testable. */
  readonly now: number;
  readonly events?: EventHistory;
  readonly guide?: GuideStateReader;
  /** Resolves `segment` rules; given by `createTargeting`, absent means every segment is false. */
  readonly segment?: (name: string) => boolean;
  /** Resolves `tier` rules; given by `createTargeting`, absent means `tech`. */
  readonly tier?: () => TouchTier;
}

/** One clause of an explanation, with the value it saw. */
export interface ClauseExplanation {
  /**
   * The rule kind: `all`, `any`, `not`, `attr`, `segment`, `tier`, `event`, `daysSince`,
   * `guide`, `rollout`, `function`, or `invalid` for a rule whose shape cannot be read.
   */
  readonly kind: string;
  readonly passed: boolean;
  /** A human sentence about this clause: `plan is 'free'; the rule wants one of 'pro', 'enterprise'`. */
  readonly message: string;
  /** The value the clause looked at (attribute value, event count, days, bucket). */
  readonly seen?: unknown;
  readonly children?: readonly ClauseExplanation[];
}

/** Why a rule passed or failed, clause by clause. */
export interface Explanation {
  readonly passed: boolean;
  /** One line: the first failing clause when it failed, a summary when it passed. */
  readonly summary: string;
  readonly clause: ClauseExplanation;
}

/** A rule compiled once into a closure. Call it once per context; it never throws. */
export type CompiledRule = (context: RuleContext) => boolean;

/** Receives what went wrong while compiling or evaluating rules. */
export type TargetingErrorHandler = (error: GuidepostError) => void;

/** Options of `compileRule`. */
export interface CompileRuleOptions {
  /**
   * Told when a function rule throws (code `rule_threw`, once per throw) and when a rule has a
   * shape that cannot be read (code `invalid_definition`, once per compilation).
   */
  readonly onError?: TargetingErrorHandler;
}

/** What a caller knows about a moment of evaluation; `Targeting.scope` adds segments and tier. */
export type ScopeInput = Pick<RuleContext, 'user' | 'now' | 'events' | 'guide'>;

/** Ordered tier rules for `createTargeting`: `high` first, then `low`; everyone else is `tech`. */
export interface TouchModelRules {
  readonly high?: Rule;
  readonly low?: Rule;
}

/** Options of `createTargeting`. */
export interface TargetingOptions {
  /** Named rules that `segment` rules refer to; a segment may refer to other segments. */
  readonly segments?: Readonly<Record<string, Rule>>;
  /** The rules that pick a touch tier; without it every user is `tech`. */
  readonly touchModel?: TouchModelRules;
  /** Told when a function rule throws or a rule cannot be read. */
  readonly onError?: TargetingErrorHandler;
}

/**
 * Rules evaluated against segments and a touch model, without explanations or time
 * boundaries: what `createLeanTargeting` returns. Every method accepts a plain `ScopeInput` or
 * a context returned by `scope`; pass a scope to share its memoised segments and tier across
 * many rules.
 */
export interface LeanTargeting {
  /**
   * Wraps a context into a snapshot whose segments, tier and attribute reads are computed at
   * most once, however many rules ask. Make a new scope when the user, events or time change.
   */
  scope(input: ScopeInput): RuleContext;
  /** Whether the rule holds. */
  evaluate(rule: Rule, context: ScopeInput): boolean;
  /** The user's touch tier: the first of `high`, `low` whose rule holds, else `tech`. */
  tier(context: ScopeInput): TouchTier;
  /** Whether the named segment holds; an unknown name is false. */
  segment(name: string, context: ScopeInput): boolean;
  /** Every defined segment and whether it holds. */
  segments(context: ScopeInput): Record<string, boolean>;
}

/**
 * Rules evaluated against one definition's segments and touch model, with explanations and
 * time boundaries. Every method accepts a plain `ScopeInput` or a context returned by `scope`;
 * pass a scope to share its memoised segments and tier across many rules.
 */
export interface Targeting extends LeanTargeting {
  /** Why the rule holds or not, with segment and tier clauses explained down to their rules. */
  explain(rule: Rule, context: ScopeInput): Explanation;
  /** The earliest future epoch ms at which the rule's result could change through time alone. */
  nextBoundary(rule: Rule, context: ScopeInput): number | undefined;
  /** Why the named segment holds or not. */
  explainSegment(name: string, context: ScopeInput): Explanation;
  /** Which touch rules were tried and which one decided the tier. */
  explainTier(context: ScopeInput): Explanation;
}
