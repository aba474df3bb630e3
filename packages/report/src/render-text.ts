import { describeLift, describeUsersNeeded, formatCount, formatPercent } from './format-figures';
import type { GuideReport, Report } from './report-types';

const day = (at: number | null): string =>
  at === null ? '–' : new Date(at).toISOString().slice(0, 10);

function table(rows: readonly (readonly string[])[]): string[] {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd(),
  );
}

function guideLines(guide: GuideReport): string[] {
  const header = ['', ...guide.columns.map((column) => column.label)];
  const rows = guide.segments.map((segment) => [
    segment.by === 'all' ? 'all users' : `${segment.by} ${segment.value}`,
    ...segment.users.map(formatCount),
  ]);
  const all = guide.segments[0]?.users ?? [];
  const shown = all[0] ?? 0;
  const share = [
    '% of shown',
    ...all.map((users) => (shown === 0 ? '–' : formatPercent(users / shown))),
  ];
  const lines = [
    `${guide.guideId} (version ${guide.version})`,
    ...table([header, ...rows, share]).map((line) => `  ${line}`),
  ];
  const lift = guide.lift;
  if (lift !== undefined) {
    lines.push(
      `  goal rate: treatment ${formatPercent(lift.treatmentRate)} of ${formatCount(lift.treatmentUsers)}, holdout ${formatPercent(lift.holdoutRate)} of ${formatCount(lift.holdoutUsers)}`,
      `  lift: ${describeLift(lift)}`,
      `  ${describeUsersNeeded(lift)}`,
    );
  }
  return lines;
}

/**
 * The report as plain text for a terminal: per guide version, the funnel for everyone, per tier
 * and per plan, then the lift in goal rate where the guide has a holdout.
 *
 * @example
 * process.stdout.write(renderText(await createReport('events.csv')));
 */
export function renderText(report: Report): string {
  const head = `Guidepost report of ${report.source}: ${formatCount(report.events)} events, ${formatCount(report.users)} users, ${day(report.from)} to ${day(report.until)}`;
  if (report.guides.length === 0) return `${head}\nNo guide events in this export.\n`;
  return `${[head, ...report.guides.flatMap((guide) => ['', ...guideLines(guide)])].join('\n')}\n`;
}
