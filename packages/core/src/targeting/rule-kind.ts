import type { CompileState, RuleNode } from './rule-node';
import type { RuleKindKey } from './rule-grammar';
import type { GuidepostDefinition } from '../guides/types';
import type { DefinitionRetention } from './event-retention';
import type { GuideDependents } from './guide-dependents';
import type { RolloutProbe } from './rollout-probe';
import type { LeanTargeting, Rule } from './types';
import type { LeanTargetingOptions } from './create-lean-targeting';

/**
 * One kind of targeting rule as a module the compiler is given: the key that tells it apart
 * and how a rule of that kind compiles. A lean compiler knows only the kinds it is given, so an
 * app pays only for the kinds it registers (see `createLeanTargeting`).
 */
export interface RuleKind {
  /** The key that tells this kind apart (`attr`, `segment`, `daysSince`, …). */
  readonly key: RuleKindKey;
  /** Compiles one rule of this kind; nested rules go through `state.compileChild`. */
  readonly compile: (rule: object, state: CompileState) => RuleNode;
  /**
   * For a kind that buckets users (`rolloutRules`): builds the probe the engine asks whether
   * a rollout decides an audience, for `exposure` events. The engine builds it only when such
   * a kind is registered, so apps without rollouts never load it.
   */
  readonly probe?: (segments: Readonly<Record<string, Rule>>) => RolloutProbe;
  /**
   * For a kind that reads other guides' states (`guideStateRules`): which guides' audiences
   * read which guides, so the engine re-evaluates only those when a guide opens. Without such
   * a kind the engine re-evaluates every guide, as it does for function rules.
   */
  readonly dependents?: (definition: GuidepostDefinition) => GuideDependents;
  /**
   * For a kind that counts tracked events (`eventRules`): how much event history the rules of a
   * definition can ask for. Without such a kind the engine keeps one occurrence per event and
   * no timestamps, what a definition without event rules needs.
   */
  readonly retention?: (definition: GuidepostDefinition) => DefinitionRetention;
  /**
   * For the engine: the rule compiler (`createLeanTargeting`), carried by the kinds so that an
   * engine given no kind, whose guides have no audience, bundles no compiler.
   */
  readonly targeting?: (options: LeanTargetingOptions) => LeanTargeting;
}

/** Rule kinds as an app registers them: one kind or a list of kinds per entry. */
export type RuleKinds = readonly (RuleKind | readonly RuleKind[])[];

/** Registered kinds by key, as the compiler looks them up. */
export type RuleKindRegistry = ReadonlyMap<string, RuleKind['compile']>;

/** The registry of `kinds`, a later kind of the same key replacing an earlier one. */
export function ruleKindRegistry(kinds: RuleKinds): RuleKindRegistry {
  const registry = new Map<string, RuleKind['compile']>();
  for (const entry of kinds) {
    for (const kind of Array.isArray(entry)
      ? (entry as readonly RuleKind[])
      : [entry as RuleKind]) {
      registry.set(kind.key, kind.compile);
    }
  }
  return registry;
}

/** The probe of the first registered kind that buckets users; `undefined` when none does. */
export function rolloutProbeOf(
  kinds: RuleKinds,
  segments: Readonly<Record<string, Rule>>,
): RolloutProbe | undefined {
  const kind = (kinds.flat() as readonly RuleKind[]).find((each) => each.probe !== undefined);
  return kind?.probe?.(segments);
}

/** The sequencing graph of the first registered kind that reads guide states, if any. */
export function guideDependentsOf(
  kinds: RuleKinds,
  definition: GuidepostDefinition,
): GuideDependents | undefined {
  const kind = (kinds.flat() as readonly RuleKind[]).find((each) => each.dependents !== undefined);
  return kind?.dependents?.(definition);
}

/** Event history kept when no registered kind counts events: one occurrence, no timestamps. */
const NO_EVENT_RULES: DefinitionRetention = { windowMs: 0, limit: 1 };

/** The event retention the first registered kind that counts events derives, if any. */
export function eventRetentionOf(
  kinds: RuleKinds,
  definition: GuidepostDefinition,
): DefinitionRetention {
  const kind = (kinds.flat() as readonly RuleKind[]).find((each) => each.retention !== undefined);
  return kind?.retention?.(definition) ?? NO_EVENT_RULES;
}

/** The rule compiler the registered kinds carry; `undefined` when no kind is registered. */
export function ruleCompilerOf(
  kinds: RuleKinds,
): ((options: LeanTargetingOptions) => LeanTargeting) | undefined {
  return (kinds.flat() as readonly RuleKind[]).find((each) => each.targeting !== undefined)
    ?.targeting;
}
