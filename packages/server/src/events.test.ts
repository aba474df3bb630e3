import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { StoredEvent } from './store/event-store';
import { openServerUnderTest } from './testing/server-under-test';
import type { ServerUnderTest } from './testing/server-under-test';

let server: ServerUnderTest;
const forwarded: StoredEvent[][] = [];
beforeAll(async () => {
  server = await openServerUnderTest({
    onEvents: (events) => {
      forwarded.push([...events]);
    },
  });
});
afterAll(() => server.close());
beforeEach(async () => {
  forwarded.length = 0;
  await server.reset();
});

const shown = (id: string, guideId = 'welcome') => ({
  id,
  name: 'guide_shown',
  guideId,
  version: 1,
  tier: 'tech',
  userId: 'u1',
  timestamp: Date.UTC(2026, 11, 7),
});

describe('events', () => {
  it('stores a batch and forwards it', async () => {
    const response = await server.send('POST', '/events/u1', {
      user: 'u1',
      body: { events: [shown('e1'), { ...shown('e2'), name: 'guide_dismissed', reason: 'close' }] },
    });
    expect(await response.json()).toEqual({ stored: 2, repeated: 0 });
    expect(forwarded.flat().map((e) => [e.id, e.name])).toEqual([
      ['e1', 'guide_shown'],
      ['e2', 'guide_dismissed'],
    ]);
    const { rows } = await server.database.query<{ event: Record<string, unknown> }>(
      `SELECT event FROM guidepost_events WHERE id = 'e2'`,
    );
    expect(rows[0]?.event).toMatchObject({ reason: 'close', userId: 'u1', guideId: 'welcome' });
  });

  it('stores an event sent twice once, and forwards it once', async () => {
    await server.send('POST', '/events/u1', { user: 'u1', body: { events: [shown('e1')] } });
    const again = await server.send('POST', '/events/u1', {
      user: 'u1',
      body: { events: [shown('e1'), shown('e3')] },
    });
    expect(await again.json()).toEqual({ stored: 1, repeated: 1 });
    expect(forwarded.flat().map((e) => e.id)).toEqual(['e1', 'e3']);
    expect(await server.counts()).toMatchObject({ guidepost_events: 2 });
  });

  it('refuses the whole batch when one event is not a Guidepost event, naming it', async () => {
    const response = await server.send('POST', '/events/u1', {
      user: 'u1',
      body: { events: [shown('e1'), { ...shown('e2'), name: 'page_view' }] },
    });
    expect(response.status).toBe(422);
    const { error } = (await response.json()) as { error: { message: string } };
    expect(error.message).toMatch(/^events\[1\]\.name: expected one of guide_shown/);
    expect(await server.counts()).toMatchObject({ guidepost_events: 0 });
    expect(forwarded).toEqual([]);
  });

  it('stores every event the engine emits: skipped steps, reached goals, survey answers', async () => {
    const response = await server.send('POST', '/events/u1', {
      user: 'u1',
      body: {
        events: [
          {
            ...shown('e1'),
            name: 'step_skipped',
            stepId: 'a',
            stepIndex: 0,
            reason: 'target_missing',
          },
          { ...shown('e2'), name: 'goal_reached', goal: 'project_created', elapsedMs: 60_000 },
          {
            ...shown('e3', 'nps'),
            name: 'survey_answered',
            question: 'nps',
            answer: 4,
            attribute: 'npsScore',
          },
        ],
      },
    });
    expect(await response.json()).toEqual({ stored: 3, repeated: 0 });
    const { rows } = await server.database.query<{ event: Record<string, unknown> }>(
      `SELECT event FROM guidepost_events WHERE id = 'e3'`,
    );
    expect(rows[0]?.event).toMatchObject({ question: 'nps', answer: 4, attribute: 'npsScore' });
  });

  it('refuses an event of another user in the batch', async () => {
    const response = await server.send('POST', '/events/u1', {
      user: 'u1',
      body: { events: [{ ...shown('e1'), userId: 'u2' }] },
    });
    expect(response.status).toBe(422);
    expect(await server.counts()).toMatchObject({ guidepost_events: 0 });
  });

  it('keeps the events stored when forwarding fails, and reports the failure', async () => {
    const errors: unknown[] = [];
    const failing = await openServerUnderTest({
      onEvents: () => Promise.reject(new Error('pipeline down')),
      onError: (error) => errors.push(error),
    });
    try {
      const response = await failing.send('POST', '/events/u1', {
        user: 'u1',
        body: { events: [shown('e1')] },
      });
      expect(response.status).toBe(200);
      expect(await failing.counts()).toMatchObject({ guidepost_events: 1 });
      expect(errors).toEqual([new Error('pipeline down')]);
    } finally {
      await failing.close();
    }
  });
});
