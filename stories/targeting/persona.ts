import type { EventHistory, ScopeInput } from '@guidepost/core';
import type { Persona, Plan } from '../persona/persona';

/** Who the explorer evaluates: what a customer-success team knows about one user. */
export interface ExplorerPersona {
  readonly plan: Plan;
  /** Lifetime value, in dollars. */
  readonly ltv: number;
  readonly daysSinceSignUp: number;
  /** Employees at the user's company. */
  readonly companySize: number;
  /** `project_created` events in the last week. */
  readonly projectsCreated: number;
  /** `export_run` events in the last week. */
  readonly exportsRun: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * An event history where the persona's events happened one hour apart, the latest at `now`,
 * so every count the form allows falls inside a `7d` window.
 */
function createPersonaEvents(counts: Readonly<Record<string, number>>, now: number): EventHistory {
  const timestamps = (event: string): number[] =>
    Array.from({ length: counts[event] ?? 0 }, (_, index) => now - index * HOUR);
  return {
    count: (event, withinMs, at = now) =>
      timestamps(event).filter((t) => t <= at && (withinMs === undefined || t > at - withinMs))
        .length,
    oldestWithin: (event, withinMs, at) => {
      const inWindow = timestamps(event).filter((t) => t <= at && t > at - withinMs);
      return inWindow.length === 0 ? undefined : Math.min(...inWindow);
    },
  };
}

/**
 * What targeting sees of a persona at `now`: the user's attributes, with `signedUpAt` as an
 * ISO date, and the events they did.
 * @example
 * const context = targeting.scope(toScopeInput(persona, Date.UTC(2026, 11, 1)));
 */
export function toScopeInput(persona: ExplorerPersona, now: number): ScopeInput {
  return {
    user: {
      id: 'persona',
      plan: persona.plan,
      ltv: persona.ltv,
      signedUpAt: new Date(now - persona.daysSinceSignUp * DAY).toISOString(),
      company: { size: persona.companySize },
    },
    now,
    events: createPersonaEvents(
      { project_created: persona.projectsCreated, export_run: persona.exportsRun },
      now,
    ),
  };
}

/**
 * The explorer's starting persona for the toolbar's one: its plan, value, sign-up and the
 * projects and exports its usage seeded, at a company of `companySize`.
 * @example
 * const start = explorerPersonaOf(usePersona().persona, 12);
 */
export function explorerPersonaOf(persona: Persona, companySize: number): ExplorerPersona {
  return {
    plan: persona.plan,
    ltv: persona.ltv,
    daysSinceSignUp: persona.daysSinceSignUp,
    companySize,
    projectsCreated: persona.events.project_created ?? 0,
    exportsRun: persona.events.export_run ?? 0,
  };
}
