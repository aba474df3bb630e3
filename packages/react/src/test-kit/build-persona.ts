import { createTargeting, type GuidepostDefinition, type TouchTier } from '@guidepost/core';
import type { Persona, PersonaSpec } from './persona';
import { personaScope, type PersonaDraft } from './persona-scope';
import { PersonaRuleError, satisfyRule, type SolveContext } from './satisfy-rule';

function nameOf(spec: PersonaSpec): string {
  const parts = [
    ...(spec.tier === undefined ? [] : [`${spec.tier} touch`]),
    ...(spec.segments ?? []),
    ...(spec.notSegments ?? []).map((segment) => `not ${segment}`),
  ];
  return parts.length === 0 ? 'anyone' : parts.join(', ');
}

/**
 * Builds a user who is in the segments and touch tier asked for, from the definition's own
 * segment and touch-model rules: `{ segments: ['trial'] }` gives `plan: 'trial'`, a `daysSince`
 * rule a sign-up date, an `event` rule usage counts, a `rollout` rule a user id inside it. What
 * `attributes` and `events` give is kept when it already answers. The result is checked with
 * the same targeting the engine runs, and an error names each segment or tier that does not
 * hold (two that contradict each other, a function rule, a missing segment).
 *
 * @example
 * const newTrialUser = buildPersona(definition, {
 *   name: 'new trial user',
 *   tier: 'tech',
 *   segments: ['trial', 'newUser'],
 *   notSegments: ['activated'],
 * });
 * // { name, user: { id: 'new-trial-user', plan: 'trial', signedUpAt: '…', ltv: 4999 }, events: {}, … }
 */
export function buildPersona<D extends GuidepostDefinition>(
  definition: D,
  spec: PersonaSpec<D> = {},
): Persona<D> {
  const now = spec.now ?? Date.now();
  const name = spec.name ?? nameOf(spec as PersonaSpec);
  const id = spec.id ?? (name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'persona');
  const draft: PersonaDraft = {
    user: { id, ...spec.attributes },
    events: { ...(spec.events as Record<string, number> | undefined) },
    guides: { ...(spec.guides as PersonaDraft['guides'] | undefined) },
  };
  const targeting = createTargeting({
    segments: definition.segments,
    touchModel: definition.touchModel,
  });
  const context: SolveContext = { definition, targeting, now, seen: new Set() };
  const problems: string[] = [];
  const attempt = (what: string, solve: () => void) => {
    try {
      solve();
    } catch (error) {
      if (!(error instanceof PersonaRuleError)) throw error;
      problems.push(`${what}: ${error.message}`);
    }
  };
  const wanted: readonly [string, boolean][] = [
    ...(spec.segments ?? []).map((segment) => [segment, true] as [string, boolean]),
    ...(spec.notSegments ?? []).map((segment) => [segment, false] as [string, boolean]),
  ];
  if (spec.tier !== undefined) {
    const tier = spec.tier;
    attempt(`tier '${tier}'`, () => satisfyRule({ tier }, true, draft, context));
  }
  for (const [segment, want] of wanted) {
    attempt(`segment '${segment}'`, () => satisfyRule({ segment }, want, draft, context));
  }

  const scope = personaScope(draft, now);
  const tier: TouchTier = targeting.tier(scope);
  if (spec.tier !== undefined && tier !== spec.tier) {
    problems.push(`tier '${spec.tier}': the user is ${tier} touch`);
  }
  for (const [segment, want] of wanted) {
    if (targeting.segment(segment, scope) !== want) {
      problems.push(
        `segment '${segment}': ${want ? 'not in it' : 'in it'} (${targeting.explainSegment(segment, scope).summary})`,
      );
    }
  }
  if (problems.length > 0) {
    throw new Error(
      `Cannot build the persona '${name}':\n${[...new Set(problems)].map((line) => `  - ${line}`).join('\n')}`,
    );
  }
  return {
    name,
    user: draft.user as Persona<D>['user'],
    events: draft.events as Persona<D>['events'],
    guides: draft.guides as Persona<D>['guides'],
    now,
  };
}
