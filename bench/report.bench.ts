import { statSync, writeFileSync, mkdtempSync, rmSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { createReport } from '@guidepost/report';
import { generateExport, type ExportRow } from '../packages/report/src/testing/generate-export';
import { markdownTable } from './shared/markdown-table';

/** Users in the generated export; each meets three guides, about 12 events per user and guide. */
const USERS = Number(process.argv[2] ?? 30_000);

const directory = mkdtempSync(join(tmpdir(), 'guidepost-report-bench-'));
const ndjson = join(directory, 'events.ndjson');
const parquet = join(directory, 'events.parquet');
const csv = join(directory, 'events.csv');

async function writeNdjson(rows: readonly ExportRow[]): Promise<void> {
  const stream = createWriteStream(ndjson);
  for (const row of rows) {
    if (!stream.write(`${JSON.stringify(row)}\n`)) await once(stream, 'drain');
  }
  stream.end();
  await once(stream, 'finish');
}

try {
  const rows = generateExport(
    [
      {
        guideId: 'welcome',
        version: 1,
        steps: ['projects', 'new-project', 'invite'],
        holdoutShare: 0.1,
        stepShares: [0.8, 0.6],
        completedShare: 0.5,
        treatmentGoal: 0.34,
        holdoutGoal: 0.26,
      },
      {
        guideId: 'release',
        version: 2,
        steps: [],
        holdoutShare: 0.2,
        stepShares: [],
        completedShare: 0.4,
        treatmentGoal: 0.2,
        holdoutGoal: 0.2,
      },
      {
        guideId: 'onboarding',
        version: 1,
        steps: [],
        holdoutShare: 0,
        stepShares: [],
        completedShare: 0.4,
        treatmentGoal: 0.3,
        holdoutGoal: 0,
      },
    ],
    USERS,
  );
  await writeNdjson(rows);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const source = `read_json('${ndjson}', format = 'newline_delimited', sample_size = -1)`;
  await connection.run(`COPY (SELECT * FROM ${source}) TO '${parquet}' (FORMAT parquet)`);
  await connection.run(`COPY (SELECT * FROM ${source}) TO '${csv}' (HEADER)`);
  connection.closeSync();
  instance.closeSync();

  const table: string[][] = [];
  for (const [format, file] of [
    ['NDJSON', ndjson],
    ['CSV', csv],
    ['Parquet', parquet],
  ] as const) {
    const started = performance.now();
    const report = await createReport(file);
    const seconds = (performance.now() - started) / 1000;
    table.push([
      format,
      report.events.toLocaleString('en-US'),
      `${(statSync(file).size / 1e6).toFixed(0)} MB`,
      `${seconds.toFixed(2)} s`,
      `${(report.events / seconds / 1e6).toFixed(2)} M/s`,
    ]);
  }
  writeFileSync(1, `\n### guidepost report on ${USERS.toLocaleString('en-US')} users\n\n`);
  writeFileSync(
    1,
    `${markdownTable(
      [
        { header: 'export' },
        { header: 'events', align: 'right' },
        { header: 'file', align: 'right' },
        { header: 'report', align: 'right' },
        { header: 'events per second', align: 'right' },
      ],
      table,
    )}\n\nPeak resident memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`,
  );
} finally {
  rmSync(directory, { recursive: true, force: true });
}
