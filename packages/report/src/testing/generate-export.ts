import { eventProperties, type GuidepostEvent, type TouchTier } from '@guidepost/core';

/** One row of a generated export: a Guidepost event flattened as analytics tools take it, plus the plan. */
export type ExportRow = Readonly<Record<string, string | number>>;

/** A guide in a generated export, with the figures planted in it. */
export interface PlantedGuide {
  readonly guideId: string;
  readonly version: number;
  /** Tour step ids; empty for other kinds. */
  readonly steps: readonly string[];
  /** Share of users held out by a rollout; 0 for a guide without one. */
  readonly holdoutShare: number;
  /** Share of shown users who reach each step after the first (the first is seen by all). */
  readonly stepShares: readonly number[];
  /** Share of shown users who complete it. */
  readonly completedShare: number;
  /** Exact share of treatment (or shown) users who reach the goal. */
  readonly treatmentGoal: number;
  /** Exact share of holdout users who reach the goal. */
  readonly holdoutGoal: number;
}

/** A seeded generator (mulberry32), so every run plants the same export. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/** The first `share` of `users` (rounded), after a shuffle: an exact quota in a random order. */
function quota<T>(users: readonly T[], share: number, random: () => number): Set<T> {
  return new Set(shuffled(users, random).slice(0, Math.round(users.length * share)));
}

const START = Date.UTC(2026, 10, 2);
const PLANS: Readonly<Record<TouchTier, readonly string[]>> = {
  high: ['enterprise'],
  low: ['pro', 'team'],
  tech: ['free', 'trial'],
};

/**
 * Generates an export of `userCount` users with exact, known figures: per guide, exactly
 * `round(n × share)` users at each stage and goal, chosen at random, and events shuffled into
 * a random order, with noise that must not count (an anonymous user, repeated shows, CTA clicks).
 */
export function generateExport(
  guides: readonly PlantedGuide[],
  userCount: number,
  seed = 17,
): ExportRow[] {
  const random = seededRandom(seed);
  const users = Array.from({ length: userCount }, (_, index) => {
    const roll = random();
    const tier: TouchTier = roll < 0.1 ? 'high' : roll < 0.4 ? 'low' : 'tech';
    const plans = PLANS[tier];
    return {
      id: `user-${index}`,
      tier,
      plan: plans[Math.floor(random() * plans.length)] ?? 'free',
    };
  });
  const rows: ExportRow[] = [];
  const emit = (event: GuidepostEvent, plan: string) => {
    rows.push({ name: event.name, ...eventProperties(event), plan });
  };
  for (const guide of guides) {
    const holdout = quota(users, guide.holdoutShare, random);
    const treatment = users.filter((user) => !holdout.has(user));
    const stepReach = guide.stepShares.map((share) => quota(treatment, share, random));
    const completed = quota(treatment, guide.completedShare, random);
    const goalTreatment = quota(treatment, guide.treatmentGoal, random);
    const goalHoldout = quota([...holdout], guide.holdoutGoal, random);
    for (const user of users) {
      let at = START + Math.floor(random() * 20 * 86_400_000);
      const base = {
        guideId: guide.guideId,
        version: guide.version,
        tier: user.tier,
        userId: user.id,
      };
      const next = () => (at += 1_000 + Math.floor(random() * 600_000));
      const inHoldout = holdout.has(user);
      if (guide.holdoutShare > 0) {
        emit(
          {
            name: 'exposure',
            ...base,
            timestamp: next(),
            variant: inHoldout ? 'holdout' : 'treatment',
          },
          user.plan,
        );
      }
      if (inHoldout) {
        if (goalHoldout.has(user)) {
          emit(
            {
              name: 'goal_reached',
              ...base,
              timestamp: next(),
              goal: 'project_created',
              variant: 'holdout',
              elapsedMs: 1,
            },
            user.plan,
          );
        }
        continue;
      }
      emit({ name: 'guide_shown', ...base, timestamp: next() }, user.plan);
      // A second show later counts the user once.
      if (random() < 0.1) emit({ name: 'guide_shown', ...base, timestamp: next() }, user.plan);
      guide.steps.forEach((stepId, stepIndex) => {
        const reached = stepIndex === 0 || stepReach[stepIndex - 1]?.has(user) === true;
        if (reached)
          emit({ name: 'step_viewed', ...base, timestamp: next(), stepId, stepIndex }, user.plan);
      });
      if (random() < 0.2)
        emit({ name: 'cta_clicked', ...base, timestamp: next(), href: '/docs' }, user.plan);
      if (completed.has(user))
        emit({ name: 'guide_completed', ...base, timestamp: next() }, user.plan);
      if (goalTreatment.has(user)) {
        const variant = guide.holdoutShare > 0 ? { variant: 'treatment' as const } : {};
        emit(
          {
            name: 'goal_reached',
            ...base,
            timestamp: next(),
            goal: 'project_created',
            ...variant,
            elapsedMs: 1,
          },
          user.plan,
        );
      }
    }
    // An anonymous user: no id, so no user to count.
    emit(
      {
        name: 'guide_shown',
        guideId: guide.guideId,
        version: guide.version,
        tier: 'tech',
        userId: undefined,
        timestamp: START,
      },
      'free',
    );
  }
  return shuffled(rows, random);
}

/** The export as NDJSON, one event a line. */
export function toNdjson(rows: readonly ExportRow[]): string {
  return rows.map((row) => JSON.stringify(row)).join('\n') + '\n';
}

/** The export as CSV with a header, every column any row has, quoted where needed. */
export function toCsv(rows: readonly ExportRow[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cell = (value: string | number | undefined) => {
    if (value === undefined) return '';
    const text = String(value);
    return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return (
    [
      columns.join(','),
      ...rows.map((row) => columns.map((column) => cell(row[column])).join(',')),
    ].join('\n') + '\n'
  );
}
