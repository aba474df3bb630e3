import { decodeSnapshot } from '@guidepost/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openServerUnderTest } from './testing/server-under-test';
import type { ServerUnderTest } from './testing/server-under-test';
import { dismissed, snapshotOf, snoozed } from './testing/snapshots';

let server: ServerUnderTest;
beforeAll(async () => {
  server = await openServerUnderTest();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

async function storedGuides(userId: string): Promise<Record<string, unknown>> {
  const response = await server.send('GET', `/progress/${userId}`, { user: userId });
  expect(response.status).toBe(200);
  const result = decodeSnapshot(await response.json(), { userId });
  if (result.status !== 'ok') throw new Error(`stored snapshot is ${result.status}`);
  return result.snapshot.guides;
}

describe('progress', () => {
  it('answers 404 for a user with nothing stored', async () => {
    const response = await server.send('GET', '/progress/u1', { user: 'u1' });
    expect(response.status).toBe(404);
  });

  it('merges what two devices save, so neither overwrites the other', async () => {
    const laptop = snapshotOf('u1', { welcome: dismissed(100) });
    const phone = snapshotOf('u1', {
      promo: snoozed(200, 5_000),
      welcome: { status: 'active', statusAt: 50 },
    });
    expect((await server.send('PUT', '/progress/u1', { user: 'u1', body: laptop })).status).toBe(
      200,
    );
    expect((await server.send('PUT', '/progress/u1', { user: 'u1', body: phone })).status).toBe(
      200,
    );
    const guides = await storedGuides('u1');
    expect(guides).toMatchObject({
      welcome: { status: 'dismissed' },
      promo: { status: 'snoozed', snoozedUntil: 5_000 },
    });
  });

  it('treats a repeated Idempotency-Key as a no-op', async () => {
    const first = snapshotOf('u1', { welcome: snoozed(10, 500) });
    const headers = { 'idempotency-key': 'k1-abc' };
    await server.send('PUT', '/progress/u1', { user: 'u1', body: first, headers });
    const replay = snapshotOf('u1', { tip: dismissed(20) });
    const response = await server.send('PUT', '/progress/u1', {
      user: 'u1',
      body: replay,
      headers,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('idempotent-replayed')).toBe('true');
    expect(Object.keys(await storedGuides('u1'))).toEqual(['welcome']);
  });

  it('refuses a snapshot of a newer schema and leaves what is stored alone', async () => {
    await server.send('PUT', '/progress/u1', {
      user: 'u1',
      body: snapshotOf('u1', { welcome: dismissed(1) }),
    });
    const before = await server.counts();
    const newer = { ...snapshotOf('u1', { tip: dismissed(2) }), v: 2 };
    const response = await server.send('PUT', '/progress/u1', {
      user: 'u1',
      body: newer,
      headers: { 'idempotency-key': 'k-new' },
    });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: { code: 'snapshot_newer' } });
    expect(Object.keys(await storedGuides('u1'))).toEqual(['welcome']);
    expect(await server.counts()).toEqual(before);
  });

  it('never writes over progress a newer build stored, and passes it on unchanged', async () => {
    const newer = { v: 7, userId: 'u1', somethingNew: true };
    await server.database.query(
      `INSERT INTO guidepost_progress (user_id, schema_version, snapshot) VALUES ('u1', 7, $1::jsonb)`,
      [JSON.stringify(newer)],
    );
    const response = await server.send('PUT', '/progress/u1', {
      user: 'u1',
      body: snapshotOf('u1', { tip: dismissed(2) }),
    });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: { code: 'stored_newer' } });
    const read = await server.send('GET', '/progress/u1', { user: 'u1' });
    expect(await read.json()).toEqual(newer);
  });

  it('answers a save with the merged snapshot', async () => {
    await server.send('PUT', '/progress/u1', {
      user: 'u1',
      body: snapshotOf('u1', { a: dismissed(1) }),
    });
    const response = await server.send('PUT', '/progress/u1', {
      user: 'u1',
      body: snapshotOf('u1', { b: dismissed(2) }),
    });
    const body = (await response.json()) as { guides: Record<string, unknown> };
    expect(Object.keys(body.guides)).toEqual(['a', 'b']);
  });
});
