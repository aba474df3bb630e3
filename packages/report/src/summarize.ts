import type { FunnelColumn, FunnelRow, GuideReport, LiftRow, SegmentFunnel } from './report-types';

const keyOf = (row: FunnelRow): string => (row.stage === 'step' ? `step:${row.stepId}` : row.stage);

/**
 * The columns of a guide's funnel: shown, its steps in index order, answered (a survey whose
 * users answered), completed, and goal reached
 * for a guide with a goal (one whose users reached it, or one measured against a holdout).
 */
function columnsOf(rows: readonly FunnelRow[], measured: boolean): FunnelColumn[] {
  const steps = new Map<string, number>();
  for (const row of rows) {
    if (row.stage !== 'step') continue;
    const index = steps.get(row.stepId);
    if (index === undefined || row.stepIndex < index) steps.set(row.stepId, row.stepIndex);
  }
  const ordered = [...steps].sort(([a, x], [b, y]) => x - y || a.localeCompare(b));
  const columns: FunnelColumn[] = [{ key: 'shown', label: 'shown' }];
  for (const [stepId] of ordered)
    columns.push({ key: `step:${stepId}`, label: stepId || '(step)' });
  if (rows.some((row) => row.stage === 'answered')) {
    columns.push({ key: 'answered', label: 'answered' });
  }
  columns.push({ key: 'completed', label: 'completed' });
  if (measured || rows.some((row) => row.stage === 'goal')) {
    columns.push({ key: 'goal', label: 'goal reached' });
  }
  return columns;
}

/** Sums the rows of one group of users into a funnel. Users are in one segment each, so sums are exact. */
function funnelOf(
  by: SegmentFunnel['by'],
  value: string,
  rows: readonly FunnelRow[],
  columns: readonly FunnelColumn[],
): SegmentFunnel {
  const users = columns.map((column) =>
    rows.filter((row) => keyOf(row) === column.key).reduce((sum, row) => sum + row.users, 0),
  );
  return { by, value, users };
}

/**
 * Groups the rows of the shipped queries per guide version: one funnel for everyone, one per
 * touch tier (high, low, tech, then others) and one per plan, with the lift where there is one.
 */
export function summarize(funnel: readonly FunnelRow[], lifts: readonly LiftRow[]): GuideReport[] {
  const keys = new Map<string, { guideId: string; version: number }>();
  for (const row of [...funnel, ...lifts]) {
    keys.set(`${row.guideId}\u0000${row.version}`, { guideId: row.guideId, version: row.version });
  }
  const tierOrder = ['high', 'low', 'tech'];
  const rank = (tier: string) =>
    tierOrder.includes(tier) ? tierOrder.indexOf(tier) : tierOrder.length;
  return [...keys.values()]
    .sort((a, b) => a.guideId.localeCompare(b.guideId) || a.version - b.version)
    .map(({ guideId, version }) => {
      const rows = funnel.filter((row) => row.guideId === guideId && row.version === version);
      const lift = lifts.find((row) => row.guideId === guideId && row.version === version);
      const columns = columnsOf(rows, lift !== undefined);
      const tiers = [...new Set(rows.map((row) => row.tier))].sort(
        (a, b) => rank(a) - rank(b) || a.localeCompare(b),
      );
      const plans = [...new Set(rows.map((row) => row.plan))].sort((a, b) => a.localeCompare(b));
      const segments = [
        funnelOf('all', 'all', rows, columns),
        ...tiers.map((tier) =>
          funnelOf(
            'tier',
            tier,
            rows.filter((row) => row.tier === tier),
            columns,
          ),
        ),
        ...plans.map((plan) =>
          funnelOf(
            'plan',
            plan,
            rows.filter((row) => row.plan === plan),
            columns,
          ),
        ),
      ];
      return { guideId, version, columns, segments, ...(lift === undefined ? {} : { lift }) };
    });
}
