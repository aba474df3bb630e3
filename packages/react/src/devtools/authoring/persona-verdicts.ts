import {
  createGuidepost,
  memoryAdapter,
  type GuideDefinition,
  type GuidepostDefinition,
  type UserAttributes,
} from '@guidepost/core';
import { personaProfile, type PersonaProfile } from './persona-profile';

/** Whether one persona would get a drafted guide, and why not. */
export interface PersonaVerdict extends PersonaProfile {
  readonly persona: string;
  readonly gets: boolean;
  /** The engine's reasons from `explain`; empty when the persona gets the guide. */
  readonly reasons: readonly string[];
}

/**
 * For each persona, whether the drafted guide `id` would show to them, from the engine's own
 * `explain`: an engine with the app's segments and touch model and the draft as its one guide,
 * for a user with the persona's attributes and no history yet. A manual trigger does not count
 * against a persona: the app starts such a tour, and the rest says who sees it then.
 *
 * @example
 * personaVerdicts(definition, 'invite', guide, { 'Trial user': { id: 't', plan: 'trial' } });
 */
export function personaVerdicts(
  definition: GuidepostDefinition,
  id: string,
  guide: unknown,
  personas: Readonly<Record<string, UserAttributes>>,
): PersonaVerdict[] {
  const alone: GuidepostDefinition = {
    ...definition,
    guides: { [id]: guide as GuideDefinition },
    guideIds: [id],
  };
  return Object.entries(personas).map(([persona, user]) => {
    const engine = createGuidepost(alone, {
      user,
      storage: memoryAdapter(),
      locks: null,
      // A draft that does not read yet is reported by the export's validation instead.
      onError: () => undefined,
    });
    try {
      const explanation = engine.explain(id);
      // A manual tour waits for the app's `start(id)`: who it is for is all the rest decides.
      const reasons = explanation.reasons
        .filter((reason) => reason.code !== 'trigger')
        .map((reason) => reason.message);
      return { persona, ...personaProfile(engine), gets: reasons.length === 0, reasons };
    } finally {
      engine.destroy();
    }
  });
}
