import {
  createGuidepost,
  memoryAdapter,
  type EligibilityReasonCode,
  type GuidepostDefinition,
} from '@guidepost/core';
import type { Persona } from '../test-kit/persona';
import { personaSnapshot } from '../test-kit/persona-snapshot';
import type { ContractPersona } from './contract-types';

/**
 * Reasons that make a guide not this persona's: who it is for, when, and what they did with it.
 * The rest (a trigger not fired yet, the modal channel busy, pacing) only delay it.
 */
const NOT_THEIRS: ReadonlySet<EligibilityReasonCode> = new Set([
  'audience',
  'schedule',
  'disabled',
  'status',
  'frequency',
  'snoozed',
]);

/**
 * The guides that are a persona's, judged by the engine in Node: its audience holds, its
 * schedule is open, and the persona has not completed or dismissed it.
 */
export function guidesForPersona(
  definition: GuidepostDefinition,
  persona: ContractPersona,
): string[] {
  const now = persona.now ?? Date.now();
  const full = {
    name: persona.name,
    user: { ...persona.user, id: String(persona.user.id ?? persona.name) },
    events: persona.events ?? {},
    guides: persona.guides ?? {},
    now,
  } as Persona;
  const engine = createGuidepost(definition, {
    user: full.user,
    storage: memoryAdapter([personaSnapshot(definition, full)]),
    now: () => now,
    scheduler: { setTimeout: () => undefined, clearTimeout: () => undefined },
    locks: null,
    onError: () => undefined,
  });
  try {
    return definition.guideIds.filter((id) =>
      engine.explain(id).reasons.every((reason) => !NOT_THEIRS.has(reason.code)),
    );
  } finally {
    engine.destroy();
  }
}
