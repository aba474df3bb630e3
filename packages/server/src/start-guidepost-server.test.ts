import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGuidepostServer } from './node/start-guidepost-server';
import type { GuidepostServer } from './node/start-guidepost-server';
import { dismissed, snapshotOf } from './testing/snapshots';
import { testDatabaseKind } from './testing/test-database';
import { inject } from 'vitest';

let server: GuidepostServer;
beforeAll(async () => {
  server = await startGuidepostServer({
    port: 0,
    ...(testDatabaseKind() === 'postgres'
      ? { databaseUrl: inject('postgresUrl') }
      : { dataDir: ':memory:' }),
  });
});
afterAll(() => server.close());

describe('startGuidepostServer (npx guidepost-server)', () => {
  it('stores and returns progress over HTTP with its bearer token', async () => {
    const headers = { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' };
    const userId = `cli-${Date.now()}`;
    const put = await fetch(`${server.url}/progress/${userId}`, {
      method: 'PUT',
      headers: { ...headers, 'idempotency-key': 'k-1' },
      body: JSON.stringify(snapshotOf(userId, { welcome: dismissed(3) })),
    });
    expect(put.status).toBe(200);
    const get = await fetch(`${server.url}/progress/${userId}`, { headers });
    expect(await get.json()).toMatchObject({ guides: { welcome: { status: 'dismissed' } } });
  });

  it('refuses a request without the token', async () => {
    const response = await fetch(`${server.url}/definitions`);
    expect(response.status).toBe(403);
  });
});
