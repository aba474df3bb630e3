import { readFileSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { FunnelRow, FunnelStage, LiftRow } from './report-types';

/** The shipped queries, by file name in the package's `sql/` folder. */
export type QueryName = 'funnel' | 'lift';

/**
 * The text of a shipped query, as a warehouse would run it: the same file the report runs on
 * DuckDB. From `dist/` and from `src/` alike the folder is one level up.
 *
 * @example
 * const sql = readQuery('lift'); // WITH exposed AS (…
 */
export function readQuery(name: QueryName): string {
  return readFileSync(new URL(`../sql/${name}.sql`, import.meta.url), 'utf8');
}

/** A number from DuckDB (BIGINT and HUGEINT come as bigint). */
const number = (value: unknown): number =>
  typeof value === 'bigint' ? Number(value) : Number(value);
const text = (value: unknown): string =>
  value === null || value === undefined ? '' : String(value);

async function rowsOf(connection: DuckDBConnection, name: QueryName) {
  const result = await connection.runAndReadAll(readQuery(name));
  return result.getRowObjectsJS();
}

/** Runs `sql/funnel.sql` over `guidepost_events`. */
export async function runFunnel(connection: DuckDBConnection): Promise<FunnelRow[]> {
  return (await rowsOf(connection, 'funnel')).map((row) => ({
    guideId: text(row.guide_id),
    version: number(row.guide_version),
    tier: text(row.tier),
    plan: text(row.plan),
    stage: text(row.stage) as FunnelStage,
    stepIndex: number(row.step_index),
    stepId: text(row.step_id),
    users: number(row.users),
  }));
}

/** Runs `sql/lift.sql` over `guidepost_events`. */
export async function runLift(connection: DuckDBConnection): Promise<LiftRow[]> {
  return (await rowsOf(connection, 'lift')).map((row) => ({
    guideId: text(row.guide_id),
    version: number(row.guide_version),
    treatmentUsers: number(row.treatment_users),
    treatmentReached: number(row.treatment_reached),
    holdoutUsers: number(row.holdout_users),
    holdoutReached: number(row.holdout_reached),
    treatmentRate: number(row.treatment_rate),
    holdoutRate: number(row.holdout_rate),
    lift: number(row.lift),
    liftLow: number(row.lift_low),
    liftHigh: number(row.lift_high),
    usersNeeded: row.users_needed === null ? null : number(row.users_needed),
  }));
}

/** How many events and identified users the export holds, and when it starts and ends. */
export async function runTotals(connection: DuckDBConnection) {
  const result = await connection.runAndReadAll(
    'SELECT COUNT(*) AS events, COUNT(DISTINCT user_id) AS users, MIN(ts) AS first, MAX(ts) AS last FROM guidepost_events',
  );
  const row = result.getRowObjectsJS()[0] ?? {};
  return {
    events: number(row.events),
    users: number(row.users),
    from: row.first === null || row.first === undefined ? null : number(row.first),
    until: row.last === null || row.last === undefined ? null : number(row.last),
  };
}
