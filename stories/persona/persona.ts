import type { UserAttributes } from '@guidepost/core';

/** The plans the toolbar offers. */
export const PLANS = ['trial', 'free', 'pro', 'enterprise'] as const;

/** A plan a persona can be on. */
export type Plan = (typeof PLANS)[number];

/** Lifetime values the toolbar offers, in dollars: two tech-touch, one low, one high. */
export const LIFETIME_VALUES = [0, 1_200, 12_000, 80_000] as const;

/** Days since sign-up the toolbar offers: brand new, this week, two weeks in, long settled. */
export const DAYS_SINCE_SIGN_UP = [0, 3, 10, 45] as const;

/** How much of the product a persona has used. */
export const EVENT_LEVELS = ['none', 'some', 'most'] as const;

/** How much of the product a persona has used. */
export type EventLevel = (typeof EVENT_LEVELS)[number];

/** How many times each usage event happened before the story opened, per level. */
export const EVENT_SEEDS: Readonly<Record<EventLevel, Readonly<Record<string, number>>>> = {
  none: {},
  some: { project_created: 1, billing_viewed: 1, export_run: 1 },
  most: {
    project_created: 4,
    invite_sent: 2,
    billing_viewed: 1,
    report_exported: 3,
    export_run: 6,
  },
};

/** Whether motion is reduced: as the system says, or forced either way. */
export type MotionPreference = 'system' | 'reduce' | 'no-preference';

/** Who a story runs as, and how the page around it is set up. */
export interface Persona {
  readonly plan: Plan;
  /** Lifetime value, in dollars. */
  readonly ltv: number;
  readonly daysSinceSignUp: number;
  readonly eventLevel: EventLevel;
  /** Usage event counts seeded into the persona's progress. */
  readonly events: Readonly<Record<string, number>>;
  readonly locale: 'en' | 'ja';
  readonly dir: 'ltr' | 'rtl';
  readonly theme: 'light' | 'dark';
  readonly motion: MotionPreference;
  /** The attributes given to the engine: id, plan, ltv and `signedUpAt` as an ISO date. */
  readonly user: UserAttributes & { readonly id: string };
  /** The moment the persona was made, in epoch ms; sign-up and event times count back from it. */
  readonly now: number;
}

const DAY = 86_400_000;

function pick<T extends string | number>(options: readonly T[], value: unknown, fallback: T): T {
  return options.find((option) => String(option) === String(value)) ?? fallback;
}

/**
 * The persona the toolbar's globals describe; missing or unknown values take the defaults (a
 * three-day-old trial user with no usage, English, left to right, light, motion as the system).
 * @example
 * const persona = personaFromGlobals({ plan: 'pro', ltv: '12000' }, Date.now());
 */
export function personaFromGlobals(
  globals: Readonly<Record<string, unknown>>,
  now: number,
): Persona {
  const plan = pick(PLANS, globals.plan, 'trial');
  const ltv = pick(LIFETIME_VALUES, globals.ltv, 0);
  const daysSinceSignUp = pick(DAYS_SINCE_SIGN_UP, globals.days, 3);
  const eventLevel = pick(EVENT_LEVELS, globals.events, 'none');
  return {
    plan,
    ltv,
    daysSinceSignUp,
    eventLevel,
    events: EVENT_SEEDS[eventLevel],
    locale: pick(['en', 'ja'] as const, globals.locale, 'en'),
    dir: pick(['ltr', 'rtl'] as const, globals.dir, 'ltr'),
    theme: pick(['light', 'dark'] as const, globals.theme, 'light'),
    motion: pick(['system', 'reduce', 'no-preference'] as const, globals.motion, 'system'),
    user: {
      // The id follows the plan and sign-up day, so rollouts and holdouts differ across personas.
      id: `user-${plan}-${daysSinceSignUp}d`,
      plan,
      ltv,
      signedUpAt: new Date(now - daysSinceSignUp * DAY).toISOString(),
    },
    now,
  };
}

/** The touch tier a lifetime value gives under the model every story uses (50,000 and 5,000). */
export function tierOfLifetimeValue(ltv: number): 'high' | 'low' | 'tech' {
  if (ltv >= 50_000) return 'high';
  if (ltv >= 5_000) return 'low';
  return 'tech';
}

/** A lifetime value as the toolbar and the persona bar write it: `$12,000`. */
export function formatLifetimeValue(ltv: number): string {
  return `$${ltv.toLocaleString('en-US')}`;
}

/**
 * The label language the toolbar picks, for a story's `render` to pass to components.
 * @example
 * render: (args, { globals }) => <Tour id="welcome" locale={localeOf(globals)} />
 */
export function localeOf(globals: Readonly<Record<string, unknown>>): 'en' | 'ja' {
  return globals.locale === 'ja' ? 'ja' : 'en';
}
