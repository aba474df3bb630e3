import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createGuidepost,
  defineGuidepost,
  eventProperties,
  memoryAdapter,
  type GuidepostEvent,
} from '@guidepost/core';
import { afterAll, describe, expect, it } from 'vitest';
import { createReport } from './create-report';
import { toNdjson, type ExportRow } from './testing/generate-export';
import { independentFigures } from './testing/independent-figures';

const directory = mkdtempSync(join(tmpdir(), 'guidepost-engine-export-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const definition = defineGuidepost({
  guides: {
    welcome: {
      kind: 'tour',
      audience: { rollout: { percent: 50, salt: 'welcome-report' } },
      goal: { event: 'project_created', within: '7d' },
      steps: [
        { id: 'projects', title: 'Projects' },
        { id: 'create', title: 'Create' },
      ],
    },
  },
});

describe('a report of the events the engine emits', () => {
  it('counts the funnel and the goal of treatment and holdout as the engine recorded them', async () => {
    const rows: ExportRow[] = [];
    const sides = { treatment: { users: 0, reached: 0 }, holdout: { users: 0, reached: 0 } };
    let now = Date.UTC(2026, 11, 1);
    for (let user = 0; user < 120; user++) {
      const events: GuidepostEvent[] = [];
      const engine = createGuidepost(definition, {
        user: { id: `user-${user}` },
        storage: memoryAdapter(),
        locks: null,
        now: () => now,
        onEvent: (event) => events.push(event),
      });
      const treatment = engine.getState().guides.welcome.open;
      if (treatment && user % 2 === 0) engine.next('welcome');
      if (treatment && user % 4 === 0) engine.next('welcome');
      const reaches = user % 3 === 0;
      now += 60_000;
      if (reaches) engine.track('project_created');
      engine.destroy();
      const side = sides[treatment ? 'treatment' : 'holdout'];
      side.users += 1;
      if (reaches) side.reached += 1;
      for (const event of events)
        rows.push({ name: event.name, ...eventProperties(event), plan: 'pro' });
    }
    expect(Math.min(sides.treatment.users, sides.holdout.users)).toBeGreaterThan(30);
    const file = join(directory, 'engine.ndjson');
    writeFileSync(file, toNdjson(rows));
    const [welcome] = (await createReport(file)).guides;
    expect(welcome?.lift).toMatchObject({
      treatmentUsers: sides.treatment.users,
      treatmentReached: sides.treatment.reached,
      holdoutUsers: sides.holdout.users,
      holdoutReached: sides.holdout.reached,
    });
    const shown = sides.treatment.users;
    expect(welcome?.columns.map((column) => column.label)).toEqual([
      'shown',
      'projects',
      'create',
      'completed',
      'goal reached',
    ]);
    expect(welcome?.segments[0]?.users[0]).toBe(shown);
    expect(welcome?.segments[0]?.users[1]).toBe(shown);
    expect(welcome?.segments[0]?.users[4]).toBe(sides.treatment.reached);
    const expected = independentFigures(rows).get('welcome@1');
    welcome?.columns.forEach((column, index) => {
      expect([column.key, welcome.segments[0]?.users[index]]).toEqual([
        column.key,
        expected?.funnel.get(`${column.key}|all`) ?? 0,
      ]);
    });
    expect(welcome?.lift?.usersNeeded).toBe(expected?.lift?.usersNeeded);
    expect(welcome?.lift?.liftLow).toBeCloseTo(expected?.lift?.liftLow ?? Number.NaN, 12);
  });

  it('counts the users who answered a survey, between shown and completed', async () => {
    const nps = defineGuidepost({
      guides: {
        nps: { kind: 'survey', question: { type: 'nps', text: 'Recommend us?' }, saveAs: 'nps' },
      },
    });
    const rows: ExportRow[] = [];
    let answered = 0;
    for (let user = 0; user < 40; user++) {
      const events: GuidepostEvent[] = [];
      const engine = createGuidepost(nps, {
        user: { id: `user-${user}` },
        storage: memoryAdapter(),
        locks: null,
        now: () => Date.UTC(2026, 11, 1),
        onEvent: (event) => events.push(event),
      });
      if (user % 3 === 0) engine.close('nps', 'close');
      else if (engine.answer('nps', user % 11)) answered += 1;
      engine.destroy();
      for (const event of events)
        rows.push({ name: event.name, ...eventProperties(event), plan: 'pro' });
    }
    const file = join(directory, 'survey.ndjson');
    writeFileSync(file, toNdjson(rows));
    const [survey] = (await createReport(file)).guides;
    expect(survey?.columns.map((column) => column.label)).toEqual([
      'shown',
      'answered',
      'completed',
    ]);
    expect(survey?.segments[0]?.users).toEqual([40, answered, answered]);
    const expected = independentFigures(rows).get('nps@1');
    expect(survey?.columns.map((column) => expected?.funnel.get(`${column.key}|all`))).toEqual([
      40,
      answered,
      answered,
    ]);
  });
});
