import type { ExportRow } from './generate-export';

/** What the report should say of one guide version, computed in TypeScript from the rows alone. */
export interface ExpectedGuide {
  /** Users by column key (`shown`, `step:<id>`, `completed`, `goal`) and segment (`all`, `tier:high`, `plan:pro`). */
  readonly funnel: ReadonlyMap<string, number>;
  readonly lift?: {
    readonly treatmentUsers: number;
    readonly treatmentReached: number;
    readonly holdoutUsers: number;
    readonly holdoutReached: number;
    readonly lift: number;
    readonly liftLow: number;
    readonly liftHigh: number;
    readonly usersNeeded: number | null;
  };
}

const Z_95 = 1.959964;
const Z_80_POWER = 0.841621;

/**
 * The funnel and the lift of each guide version, computed row by row without SQL: the check
 * the report's figures are held to.
 */
export function independentFigures(rows: readonly ExportRow[]): Map<string, ExpectedGuide> {
  const byGuide = new Map<string, ExportRow[]>();
  for (const row of rows) {
    if (row.userId === undefined) continue;
    const key = `${row.guideId}@${row.version}`;
    const list = byGuide.get(key) ?? [];
    list.push(row);
    byGuide.set(key, list);
  }
  const result = new Map<string, ExpectedGuide>();
  for (const [key, events] of byGuide) {
    const sorted = [...events].sort((a, b) => Number(a.timestamp) - Number(b.timestamp));
    const segmentOf = new Map<string, { tier: string; plan: string }>();
    for (const event of sorted) {
      if (event.name === 'guide_shown' && !segmentOf.has(String(event.userId))) {
        segmentOf.set(String(event.userId), { tier: String(event.tier), plan: String(event.plan) });
      }
    }
    const reached = new Map<string, Set<string>>();
    const add = (column: string, user: string) => {
      const segment = segmentOf.get(user);
      if (segment === undefined) return;
      for (const group of ['all', `tier:${segment.tier}`, `plan:${segment.plan}`]) {
        const cell = `${column}|${group}`;
        reached.set(cell, (reached.get(cell) ?? new Set()).add(user));
      }
    };
    for (const event of sorted) {
      const user = String(event.userId);
      if (event.name === 'guide_shown') add('shown', user);
      if (event.name === 'step_viewed') add(`step:${event.stepId}`, user);
      if (event.name === 'survey_answered') add('answered', user);
      if (event.name === 'guide_completed') add('completed', user);
      if (event.name === 'goal_reached') add('goal', user);
    }
    const funnel = new Map([...reached].map(([cell, users]) => [cell, users.size]));

    const variantOf = new Map<string, string>();
    for (const event of sorted) {
      if (event.name === 'exposure' && !variantOf.has(String(event.userId))) {
        variantOf.set(String(event.userId), String(event.variant));
      }
    }
    const goal = new Set(
      sorted.filter((event) => event.name === 'goal_reached').map((event) => String(event.userId)),
    );
    const side = (variant: string) => {
      const users = [...variantOf].filter(([, value]) => value === variant).map(([user]) => user);
      return { users: users.length, reached: users.filter((user) => goal.has(user)).length };
    };
    const treatment = side('treatment');
    const holdout = side('holdout');
    let lift: ExpectedGuide['lift'];
    if (treatment.users > 0 && holdout.users > 0) {
      const p1 = treatment.reached / treatment.users;
      const p2 = holdout.reached / holdout.users;
      const difference = p1 - p2;
      const se = Math.sqrt((p1 * (1 - p1)) / treatment.users + (p2 * (1 - p2)) / holdout.users);
      const ratio = treatment.users / holdout.users;
      const perHoldout =
        ((Z_95 + Z_80_POWER) ** 2 * ((p1 * (1 - p1)) / ratio + p2 * (1 - p2))) / difference ** 2;
      lift = {
        treatmentUsers: treatment.users,
        treatmentReached: treatment.reached,
        holdoutUsers: holdout.users,
        holdoutReached: holdout.reached,
        lift: difference,
        liftLow: difference - Z_95 * se,
        liftHigh: difference + Z_95 * se,
        usersNeeded:
          difference === 0
            ? null
            : Math.max(0, Math.ceil(perHoldout * (1 + ratio) - (treatment.users + holdout.users))),
      };
    }
    result.set(key, { funnel, ...(lift === undefined ? {} : { lift }) });
  }
  return result;
}
