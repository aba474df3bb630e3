import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createReport } from './create-report';
import type { EventsFormat } from './load-events';
import { renderReportHtml } from './render-html';
import { renderText } from './render-text';
import { ReportError } from './report-error';

/** Where the command writes: the process's streams, or a test's. */
export interface CliOutput {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** The command's help, as `guidepost --help` prints it. */
export const USAGE = `Usage: guidepost report <events file> [options]

Reads an export of Guidepost's events (NDJSON, CSV or Parquet) and prints, per guide version,
the funnel (shown, each step, completed, goal reached) by touch tier and plan, and for guides
with a holdout the lift in goal rate with its 95% interval and the users still needed.

Options:
  --html <file>     also write an HTML report with charts (no scripts, no remote resources)
  --json <file>     also write the figures as JSON ('-' for standard output, instead of text)
  --format <name>   ndjson, csv or parquet (default: from the file's extension)
  --prefix <text>   remove this prefix from event names (an adapter's 'gp_')
  -h, --help        show this help
`;

const FORMATS: readonly string[] = ['ndjson', 'csv', 'parquet'];

/**
 * Runs `guidepost <args>` and resolves to the exit code: 0 when the report was written, 1 when
 * the export could not be read (the message names the file), 2 for a wrong command line.
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2));
 */
export async function runCli(
  args: readonly string[],
  output: CliOutput = {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  },
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        html: { type: 'string' },
        json: { type: 'string' },
        format: { type: 'string' },
        prefix: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    output.err(`guidepost: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    output.out(USAGE);
    return 0;
  }
  const [command, file, ...rest] = positionals;
  if (command !== 'report' || file === undefined || rest.length > 0) {
    output.err(`guidepost: expected 'report <events file>'\n\n${USAGE}`);
    return 2;
  }
  if (values.format !== undefined && !FORMATS.includes(values.format)) {
    output.err(
      `guidepost: --format must be one of ${FORMATS.join(', ')}, not '${values.format}'\n`,
    );
    return 2;
  }
  try {
    const report = await createReport(file, {
      ...(values.format === undefined ? {} : { format: values.format as EventsFormat }),
      ...(values.prefix === undefined ? {} : { prefix: values.prefix }),
    });
    const json = `${JSON.stringify(report, null, 2)}\n`;
    if (values.json === '-') output.out(json);
    else {
      output.out(renderText(report));
      if (values.json !== undefined) writeFileSync(values.json, json);
    }
    if (values.html !== undefined) {
      writeFileSync(values.html, renderReportHtml(report));
      if (values.json !== '-') output.out(`HTML report written to ${values.html}\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof ReportError) {
      output.err(`guidepost: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
