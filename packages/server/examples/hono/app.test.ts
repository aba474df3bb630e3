// Smoke test of the Hono example: requests through `app.fetch`, as any Hono runtime sends them.
import { pgliteDatabase } from '@guidepost/server';
import type { SqlDatabase } from '@guidepost/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';

let database: SqlDatabase;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  database = await pgliteDatabase();
  const tokens = new Map([['token-ana', 'ana']]);
  app = createApp(database, async (request) =>
    tokens.get(request.headers.get('authorization')?.replace(/^Bearer /, '') ?? ''),
  );
});
afterAll(() => database.close());

describe('Hono example', () => {
  it('stores a batch of events and progress for the signed-in user', async () => {
    const headers = { authorization: 'Bearer token-ana', 'content-type': 'application/json' };
    const events = await app.request('/api/guidepost/events/ana', {
      method: 'POST',
      headers,
      body: JSON.stringify({
        events: [
          {
            id: 'e1',
            name: 'guide_shown',
            guideId: 'welcome',
            version: 1,
            tier: 'tech',
            timestamp: 1,
          },
        ],
      }),
    });
    expect(await events.json()).toEqual({ stored: 1, repeated: 0 });
    const put = await app.request('/api/guidepost/progress/ana', {
      method: 'PUT',
      headers,
      body: JSON.stringify({ v: 1, userId: 'ana', guides: {}, events: {} }),
    });
    expect(put.status).toBe(200);
  });

  it('keeps definitions and explain from users, and refuses strangers', async () => {
    const headers = { authorization: 'Bearer token-ana', 'content-type': 'application/json' };
    const draft = await app.request('/api/guidepost/definitions/versions', {
      method: 'POST',
      headers,
      body: JSON.stringify({ definition: { guides: {} } }),
    });
    expect(draft.status).toBe(403);
    const stranger = await app.request('/api/guidepost/progress/ana');
    expect(stranger.status).toBe(403);
    expect(await (await app.request('/health')).text()).toBe('ok');
  });
});
