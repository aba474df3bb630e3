import type { EventHistory, GuideCondition, ScopeInput, UserAttributes } from '@guidepost/core';
import type { PersonaGuideState } from './persona';

/** A persona being built or checked: attributes, usage counts and guide states. */
export interface PersonaDraft {
  user: Record<string, unknown>;
  events: Record<string, number>;
  guides: Record<string, PersonaGuideState>;
}

/** How long before the persona's `now` its usage events happened: just before the test. */
export const EVENT_AGE_MS = 1000;

/** What each stored guide state answers to a `{ guide, is }` rule. */
const CONDITIONS: Readonly<Record<PersonaGuideState, readonly GuideCondition[]>> = {
  completed: ['completed', 'seen'],
  dismissed: ['dismissed', 'seen'],
  active: ['active', 'seen'],
  seen: ['seen'],
};

/**
 * The input rules are judged against for a persona: its attributes, its usage (every event
 * tracked {@link EVENT_AGE_MS} before `now`, so every `within` window counts it) and its guide
 * states.
 */
export function personaScope(draft: PersonaDraft, now: number): ScopeInput {
  const events: EventHistory = {
    count: (event, withinMs) =>
      withinMs !== undefined && withinMs < EVENT_AGE_MS ? 0 : (draft.events[event] ?? 0),
  };
  return {
    user: draft.user as UserAttributes,
    now,
    events,
    guide: (guideId, condition) => {
      const state = draft.guides[guideId];
      return state !== undefined && CONDITIONS[state].includes(condition);
    },
  };
}
