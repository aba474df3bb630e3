import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReport } from './create-report';
import type { GuideReport, Report } from './report-types';
import { generateExport, toCsv, toNdjson, type PlantedGuide } from './testing/generate-export';
import { independentFigures } from './testing/independent-figures';

const GUIDES: readonly PlantedGuide[] = [
  // A planted lift: 35% of treatment users reach the goal against 25% of the holdout.
  {
    guideId: 'welcome',
    version: 1,
    steps: ['projects', 'create', 'invite'],
    holdoutShare: 0.2,
    stepShares: [0.8, 0.55],
    completedShare: 0.5,
    treatmentGoal: 0.35,
    holdoutGoal: 0.25,
  },
  // No lift: 20% on both sides.
  {
    guideId: 'release-2026-12',
    version: 2,
    steps: [],
    holdoutShare: 0.3,
    stepShares: [],
    completedShare: 0.4,
    treatmentGoal: 0.2,
    holdoutGoal: 0.2,
  },
  // A small lift on a small holdout: not yet told from zero.
  {
    guideId: 'checklist',
    version: 1,
    steps: [],
    holdoutShare: 0.05,
    stepShares: [],
    completedShare: 0.3,
    treatmentGoal: 0.22,
    holdoutGoal: 0.2,
  },
  // No rollout: a funnel and no lift.
  {
    guideId: 'tips',
    version: 1,
    steps: [],
    holdoutShare: 0,
    stepShares: [],
    completedShare: 0.6,
    treatmentGoal: 0.1,
    holdoutGoal: 0,
  },
];
const USERS = 4_000;

const rows = generateExport(GUIDES, USERS);
const directory = mkdtempSync(join(tmpdir(), 'guidepost-report-'));
const files = {
  ndjson: join(directory, 'events.ndjson'),
  csv: join(directory, 'events.csv'),
  parquet: join(directory, 'events.parquet'),
};
let reports: Record<keyof typeof files, Report>;

beforeAll(async () => {
  writeFileSync(files.ndjson, toNdjson(rows));
  writeFileSync(files.csv, toCsv(rows));
  // Parquet as a warehouse writes it: DuckDB converts the NDJSON export.
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(
    `COPY (SELECT * FROM read_json('${files.ndjson}', format = 'newline_delimited', sample_size = -1)) TO '${files.parquet}' (FORMAT parquet)`,
  );
  connection.closeSync();
  instance.closeSync();
  reports = {
    ndjson: await createReport(files.ndjson),
    csv: await createReport(files.csv),
    parquet: await createReport(files.parquet),
  };
});

afterAll(() => rmSync(directory, { recursive: true, force: true }));

const guideOf = (report: Report, guideId: string): GuideReport => {
  const guide = report.guides.find((candidate) => candidate.guideId === guideId);
  if (guide === undefined) throw new Error(`no guide ${guideId} in the report`);
  return guide;
};

describe('createReport on a generated export with known answers', () => {
  it('finds the planted lift, with an interval clear of zero', () => {
    const lift = guideOf(reports.ndjson, 'welcome').lift;
    expect(lift).toMatchObject({
      treatmentUsers: 3_200,
      holdoutUsers: 800,
      treatmentReached: 1_120,
      holdoutReached: 200,
    });
    expect(lift?.lift).toBeCloseTo(0.1, 10);
    expect(lift?.liftLow).toBeGreaterThan(0);
    expect(lift?.usersNeeded).toBe(0);
  });

  it('gives an interval across zero where there is no lift, and no sample size', () => {
    const lift = guideOf(reports.ndjson, 'release-2026-12').lift;
    expect(lift?.lift).toBe(0);
    expect(lift?.liftLow).toBeLessThan(0);
    expect(lift?.liftHigh).toBeGreaterThan(0);
    expect(lift?.usersNeeded).toBeNull();
  });

  it('says how many more users a small lift on a small holdout needs', () => {
    const lift = guideOf(reports.ndjson, 'checklist').lift;
    expect(lift?.lift).toBeCloseTo(0.02, 10);
    expect(lift?.liftLow).toBeLessThan(0);
    expect(lift?.usersNeeded).toBeGreaterThan(USERS);
  });

  it('gives a guide without a rollout a funnel and no lift', () => {
    const tips = guideOf(reports.ndjson, 'tips');
    expect(tips.lift).toBeUndefined();
    expect(tips.segments[0]).toEqual({ by: 'all', value: 'all', users: [USERS, 2_400, 400] });
  });

  it('counts each stage of the planted funnel, steps in order, each user once', () => {
    const welcome = guideOf(reports.ndjson, 'welcome');
    expect(welcome.columns.map((column) => column.label)).toEqual([
      'shown',
      'projects',
      'create',
      'invite',
      'completed',
      'goal reached',
    ]);
    expect(welcome.segments[0]?.users).toEqual([3_200, 3_200, 2_560, 1_760, 1_600, 1_120]);
    expect(reports.ndjson.users).toBe(USERS);
  });

  it('matches an independent computation in TypeScript, segment by segment', () => {
    const expected = independentFigures(rows);
    for (const guide of reports.ndjson.guides) {
      const figures = expected.get(`${guide.guideId}@${guide.version}`);
      for (const segment of guide.segments) {
        const group = segment.by === 'all' ? 'all' : `${segment.by}:${segment.value}`;
        guide.columns.forEach((column, index) => {
          expect([guide.guideId, group, column.key, segment.users[index]]).toEqual([
            guide.guideId,
            group,
            column.key,
            figures?.funnel.get(`${column.key}|${group}`) ?? 0,
          ]);
        });
      }
      const lift = figures?.lift;
      if (lift === undefined) {
        expect(guide.lift).toBeUndefined();
        continue;
      }
      expect(guide.lift).toMatchObject({
        treatmentUsers: lift.treatmentUsers,
        treatmentReached: lift.treatmentReached,
        holdoutUsers: lift.holdoutUsers,
        holdoutReached: lift.holdoutReached,
        usersNeeded: lift.usersNeeded,
      });
      expect(guide.lift?.lift).toBeCloseTo(lift.lift, 12);
      expect(guide.lift?.liftLow).toBeCloseTo(lift.liftLow, 12);
      expect(guide.lift?.liftHigh).toBeCloseTo(lift.liftHigh, 12);
    }
  });

  it('splits the funnel by touch tier and plan, and the parts add up to all users', () => {
    const welcome = guideOf(reports.ndjson, 'welcome');
    const tiers = welcome.segments.filter((segment) => segment.by === 'tier');
    const plans = welcome.segments.filter((segment) => segment.by === 'plan');
    expect(tiers.map((segment) => segment.value)).toEqual(['high', 'low', 'tech']);
    expect(plans.map((segment) => segment.value)).toEqual([
      'enterprise',
      'free',
      'pro',
      'team',
      'trial',
    ]);
    const sum = (segments: typeof tiers) =>
      welcome.columns.map((_, index) =>
        segments.reduce((total, segment) => total + (segment.users[index] ?? 0), 0),
      );
    expect(sum(tiers)).toEqual(welcome.segments[0]?.users);
    expect(sum(plans)).toEqual(welcome.segments[0]?.users);
  });

  it('reads NDJSON, CSV and Parquet exports of the same events to the same figures', () => {
    const { source: _ndjson, ...fromNdjson } = reports.ndjson;
    const { source: _csv, ...fromCsv } = reports.csv;
    const { source: _parquet, ...fromParquet } = reports.parquet;
    expect(fromCsv).toEqual(fromNdjson);
    expect(fromParquet).toEqual(fromNdjson);
  });
});
