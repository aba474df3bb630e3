import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { ReportError } from './report-error';

/** The export formats the report reads. */
export type EventsFormat = 'ndjson' | 'csv' | 'parquet';

/** How to read an export. */
export interface LoadOptions {
  /** The file's format. @default from its extension: .ndjson .jsonl .json, .csv, .parquet */
  readonly format?: EventsFormat;
  /** Put before every event name by an analytics adapter (`gp_` in `gp_guide_shown`), removed. */
  readonly prefix?: string;
}

const EXTENSIONS: Readonly<Record<string, EventsFormat>> = {
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.json': 'ndjson',
  '.csv': 'csv',
  '.parquet': 'parquet',
  '.pq': 'parquet',
};

/** The columns of `guidepost_events`, the names each may have in an export, and if it must be there. */
const COLUMNS = [
  { column: 'event_name', names: ['name', 'event', 'event_name'], required: true },
  { column: 'guide_id', names: ['guideId', 'guide_id'], required: true },
  { column: 'guide_version', names: ['version', 'guide_version'], required: false },
  { column: 'tier', names: ['tier', 'touch_tier'], required: false },
  { column: 'plan', names: ['plan'], required: false },
  { column: 'user_id', names: ['userId', 'user_id'], required: true },
  { column: 'ts', names: ['timestamp', 'ts', 'time'], required: false },
  { column: 'step_id', names: ['stepId', 'step_id'], required: false },
  { column: 'step_index', names: ['stepIndex', 'step_index'], required: false },
  { column: 'variant', names: ['variant'], required: false },
] as const;

const identifier = (name: string): string => `"${name.replaceAll('"', '""')}"`;
const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/** The format of `file`: the one given, else the one its extension names. */
export function formatOf(file: string, format: EventsFormat | undefined): EventsFormat {
  if (format !== undefined) return format;
  const known = EXTENSIONS[extname(file).toLowerCase()];
  if (known !== undefined) return known;
  throw new ReportError(
    `cannot tell the format of ${file} from its extension: name it .ndjson, .csv or .parquet, or pass --format`,
  );
}

function reader(file: string, format: EventsFormat): string {
  const path = literal(file);
  if (format === 'csv') return `read_csv(${path}, header = true)`;
  if (format === 'parquet') return `read_parquet(${path})`;
  // Every line is read for the schema, so a field that first appears late is not dropped.
  return `read_json(${path}, format = 'newline_delimited', sample_size = -1)`;
}

/** The expression that reads one column of `guidepost_events` from the export's columns. */
function expression(column: string, source: { name: string; type: string } | undefined): string {
  if (source === undefined) {
    return column === 'guide_version'
      ? '1'
      : column === 'ts' || column === 'step_index'
        ? 'CAST(NULL AS BIGINT)'
        : 'CAST(NULL AS VARCHAR)';
  }
  const read = identifier(source.name);
  switch (column) {
    case 'guide_version':
      return `COALESCE(TRY_CAST(${read} AS BIGINT), 1)`;
    case 'step_index':
      return `TRY_CAST(${read} AS BIGINT)`;
    case 'ts':
      return source.type.startsWith('TIMESTAMP')
        ? `epoch_ms(${read})`
        : `COALESCE(TRY_CAST(${read} AS BIGINT), epoch_ms(TRY_CAST(${read} AS TIMESTAMP)))`;
    default:
      return `NULLIF(CAST(${read} AS VARCHAR), '')`;
  }
}

/**
 * Reads an export into the table `guidepost_events` (the schema `sql/*.sql` read): one row per
 * event, columns found by their names in Guidepost's events (`guideId`) or in snake case
 * (`guide_id`), case-insensitively. `name`, `guideId` and `userId` must be there; `plan`, `tier`
 * and the rest are `NULL` when missing.
 *
 * @example
 * await loadEvents(connection, 'events.ndjson', { prefix: 'gp_' });
 */
export async function loadEvents(
  connection: DuckDBConnection,
  file: string,
  options: LoadOptions = {},
): Promise<void> {
  const format = formatOf(file, options.format);
  if (!existsSync(file)) throw new ReportError(`cannot read ${file}: there is no such file`);
  // DuckDB reads lazily: a malformed line may only be found when the table is filled.
  const reading = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new ReportError(`cannot read ${file} as ${format}: ${reason}`);
    }
  };
  await reading(() =>
    connection.run(
      `CREATE OR REPLACE TEMP VIEW guidepost_raw AS SELECT * FROM ${reader(file, format)}`,
    ),
  );
  const described = await reading(() => connection.runAndReadAll('DESCRIBE guidepost_raw'));
  const columns = described.getRowObjectsJS().map((row) => ({
    name: String(row.column_name),
    type: String(row.column_type),
  }));
  const selects = COLUMNS.map(({ column, names, required }) => {
    const source = columns.find((found) =>
      names.some((name) => name.toLowerCase() === found.name.toLowerCase()),
    );
    if (source === undefined && required) {
      throw new ReportError(
        `${file} has no column for ${column}: expected one of ${names.join(', ')} (found ${columns.map((found) => found.name).join(', ') || 'none'})`,
      );
    }
    return `${expression(column, source)} AS ${column}`;
  });
  const prefix = options.prefix ?? '';
  const name =
    prefix === ''
      ? 'event_name'
      : `CASE WHEN starts_with(event_name, ${literal(prefix)}) THEN substr(event_name, ${prefix.length + 1}) ELSE event_name END`;
  await reading(() =>
    connection.run(
      `CREATE OR REPLACE TEMP TABLE guidepost_events AS
       SELECT ${name} AS event_name, * EXCLUDE (event_name)
       FROM (SELECT ${selects.join(', ')} FROM guidepost_raw)`,
    ),
  );
}
