import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from './report-types';
import { runCli } from './run-cli';
import { generateExport, toCsv, toNdjson } from './testing/generate-export';

const directory = mkdtempSync(join(tmpdir(), 'guidepost-cli-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const rows = generateExport(
  [
    {
      guideId: 'welcome',
      version: 1,
      steps: ['projects', 'create'],
      holdoutShare: 0.5,
      stepShares: [0.5],
      completedShare: 0.4,
      treatmentGoal: 0.6,
      holdoutGoal: 0.2,
    },
  ],
  400,
);

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}

function write(name: string, text: string): string {
  const file = join(directory, name);
  writeFileSync(file, text);
  return file;
}

describe('guidepost report', () => {
  it('prints the funnel and the lift, and writes an HTML report without scripts or remote resources', async () => {
    const events = write('events.ndjson', toNdjson(rows));
    const html = join(directory, 'report.html');
    const { code, out, err } = await cli('report', events, '--html', html);
    expect([code, err]).toEqual([0, '']);
    expect(out).toContain('welcome (version 1)');
    expect(out).toMatch(/all users\s+200\s+200\s+100\s+80\s+120/);
    expect(out).toContain('lift: +40.0 pts (95% interval');
    expect(out).toContain('the guide raised the goal rate');
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<svg role="img" aria-label="Funnel of welcome, version 1: shown 200');
    expect(page).toContain('aria-label="Lift in goal rate, treatment against holdout');
    expect(page).not.toMatch(/<script|https?:\/\//);
  });

  it('reads event names with an adapter prefix and snake_case columns from CSV', async () => {
    const renamed = rows.map(({ name, guideId, userId, ...rest }) => ({
      ...rest,
      event: `gp_${String(name)}`,
      guide_id: guideId ?? '',
      ...(userId === undefined ? {} : { user_id: userId }),
    }));
    const events = write('renamed.csv', toCsv(renamed));
    const { code, out } = await cli('report', events, '--prefix', 'gp_', '--json', '-');
    const report = JSON.parse(out) as Report;
    expect(code).toBe(0);
    expect(report.guides[0]?.lift).toMatchObject({ treatmentReached: 120, holdoutReached: 40 });
  });

  it('names the file and the missing column when an export cannot be read', async () => {
    const events = write('no-user.csv', 'name,guideId\nguide_shown,welcome\n');
    expect(await cli('report', events)).toMatchObject({
      code: 1,
      err: expect.stringContaining(
        `${events} has no column for user_id: expected one of userId, user_id (found name, guideId)`,
      ),
    });
    expect(await cli('report', join(directory, 'missing.ndjson'))).toMatchObject({
      code: 1,
      err: expect.stringContaining('missing.ndjson: there is no such file'),
    });
    const broken = write(
      'broken.ndjson',
      `${toNdjson(rows.slice(0, 50))}{"name": "guide_shown", \n`,
    );
    expect(await cli('report', broken)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^guidepost: cannot read .*broken\.ndjson as ndjson: /),
    });
    // A value past the rows DuckDB samples for the column types fails only when the table fills.
    const lines = Array.from(
      { length: 30_000 },
      (_, index) => `step_viewed,welcome,u${index},${index % 3}`,
    );
    const late = write(
      'late.csv',
      ['name,guideId,userId,stepIndex', ...lines, 'step_viewed,welcome,u0,three'].join('\n'),
    );
    expect(await cli('report', late)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^guidepost: cannot read .*late\.csv as csv: /),
    });
    expect(await cli('report', write('events.txt', ''))).toMatchObject({
      code: 1,
      err: expect.stringContaining('cannot tell the format of'),
    });
  });

  it('answers a wrong command line with the usage and exit code 2', async () => {
    expect(await cli('reprot', 'x.csv')).toMatchObject({
      code: 2,
      err: expect.stringContaining('Usage: guidepost report'),
    });
    expect(await cli('report', 'x.csv', '--format', 'xlsx')).toMatchObject({
      code: 2,
      err: expect.stringContaining('--format must be one of ndjson, csv, parquet'),
    });
    expect(await cli('--help')).toMatchObject({
      code: 0,
      out: expect.stringContaining('--html <file>'),
    });
  });
});
