import { medianRatio } from './measure-throughput';
import type { Throughput } from './measure-throughput';

const RATE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** How one row of the table is labelled and whether it races the baseline. */
export interface TableRow {
  readonly name: string;
  readonly label: string;
  /** Rows timed for information only get no ratio. */
  readonly informational?: boolean;
}

/**
 * A Markdown table of medians, the spread of the runs and each engine's ratio to the baseline
 * (the median of the run-by-run ratios).
 * @example
 * formatTable(results, rows, 'json-logic-js');
 */
export function formatTable(
  results: readonly Throughput[],
  rows: readonly TableRow[],
  baseline: string,
): string {
  const base = results.find(({ name }) => name === baseline);
  const lines = [
    `| engine | rule evaluations/s (median of ${results[0]?.runs.length ?? 0} runs) | slowest–fastest run | vs ${baseline} (median of run ratios) |`,
    '| --- | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    const result = results.find(({ name }) => name === row.name);
    if (result === undefined) continue;
    const spread = `${RATE.format(Math.min(...result.runs))}–${RATE.format(Math.max(...result.runs))}`;
    const ratio =
      row.informational || base === undefined
        ? '(for information)'
        : `${medianRatio(result, base).toFixed(1)}×`;
    lines.push(`| ${row.label} | ${RATE.format(result.median)} | ${spread} | ${ratio} |`);
  }
  return lines.join('\n');
}
