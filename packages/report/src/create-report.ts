import { DuckDBInstance } from '@duckdb/node-api';
import { loadEvents, type LoadOptions } from './load-events';
import { runFunnel, runLift, runTotals } from './queries';
import type { Report } from './report-types';
import { summarize } from './summarize';

/**
 * Reads an export of Guidepost's events (NDJSON, CSV or Parquet) into an in-memory DuckDB and
 * runs the shipped queries (`sql/funnel.sql`, `sql/lift.sql`) on it: per guide version, the
 * funnel by touch tier and plan, and for guides with a holdout the lift in goal rate with its
 * 95% interval and the users still needed. Throws a `ReportError` naming the file when it
 * cannot be read.
 *
 * @example
 * const report = await createReport('events.parquet');
 * report.guides[0]?.lift?.lift; // 0.08: the guide raised the goal rate by 8 points
 */
export async function createReport(file: string, options: LoadOptions = {}): Promise<Report> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await loadEvents(connection, file, options);
    const [totals, funnel, lifts] = [
      await runTotals(connection),
      await runFunnel(connection),
      await runLift(connection),
    ];
    return { source: file, ...totals, guides: summarize(funnel, lifts) };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
