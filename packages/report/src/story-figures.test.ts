import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { afterAll, describe, expect, it } from 'vitest';
import { createReport } from './create-report';
import { generateExport, toNdjson, type PlantedGuide } from './testing/generate-export';

/** The demo product's guides, with what each is planted to do. */
const DEMO_GUIDES: readonly PlantedGuide[] = [
  {
    guideId: 'welcome',
    version: 1,
    steps: ['projects', 'new-project', 'invite'],
    holdoutShare: 0.1,
    stepShares: [0.82, 0.61],
    completedShare: 0.55,
    treatmentGoal: 0.34,
    holdoutGoal: 0.26,
  },
  {
    guideId: 'release-2026-12',
    version: 2,
    steps: [],
    holdoutShare: 0.2,
    stepShares: [],
    completedShare: 0.45,
    treatmentGoal: 0.18,
    holdoutGoal: 0.18,
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
];

const directory = mkdtempSync(join(tmpdir(), 'guidepost-story-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('the figures the report story renders', () => {
  // The story renders figures computed here: DuckDB does not run in Storybook's browser, so the
  // report of a generated export is kept beside the story and must match what the report says now.
  it('are the report of the generated demo export', async () => {
    const file = join(directory, 'demo-events.ndjson');
    writeFileSync(file, toNdjson(generateExport(DEMO_GUIDES, 2_500, 2026)));
    const report = { ...(await createReport(file)), source: 'demo-events.ndjson' };
    const snapshot = '../../../stories/report/report-figures.json';
    // Kept as the repository's formatter writes it, so the formatting check and this one agree.
    const filepath = join(import.meta.dirname, snapshot);
    const options = { ...(await resolveConfig(filepath)), filepath };
    const json = await format(JSON.stringify(report), options);
    await expect(json).toMatchFileSnapshot(snapshot);
  });
});
