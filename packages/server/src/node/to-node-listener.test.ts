import { createServer } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGuidepostHandler } from '../create-guidepost-handler';
import { openServerUnderTest, sessionAuthorize } from '../testing/server-under-test';
import type { ServerUnderTest } from '../testing/server-under-test';
import { dismissed, snapshotOf } from '../testing/snapshots';
import { toNodeListener } from './to-node-listener';

let stored: ServerUnderTest;
let http: Server;
let base: string;

beforeAll(async () => {
  stored = await openServerUnderTest();
  const handler = createGuidepostHandler({
    database: stored.database,
    authorize: sessionAuthorize,
    basePath: '/api/guidepost',
    limits: { bodyBytes: 2_048 },
  });
  const listener = toNodeListener(handler);
  // Mounted the way Express mounts a router: `url` loses the mount path, `originalUrl` keeps it.
  http = createServer((request: IncomingMessage & { originalUrl?: string }, response) => {
    request.originalUrl = request.url ?? '/';
    request.url = (request.url ?? '/').replace(/^\/api\/guidepost/, '') || '/';
    listener(request, response);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const address = http.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/guidepost`;
});
afterAll(async () => {
  await new Promise((resolve) => http.close(resolve));
  await stored.close();
});

describe('toNodeListener (Node http, Express)', () => {
  it('streams the body in and the answer out under an Express-style mount path', async () => {
    const put = await fetch(`${base}/progress/u1`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'x-user': 'u1' },
      body: JSON.stringify(snapshotOf('u1', { welcome: dismissed(4) })),
    });
    expect(put.status).toBe(200);
    expect(put.headers.get('cache-control')).toBe('no-store');
    const get = await fetch(`${base}/progress/u1`, { headers: { 'x-user': 'u1' } });
    expect(await get.json()).toMatchObject({ guides: { welcome: { status: 'dismissed' } } });
  });

  it('refuses a body past the limit, sent in chunks without a length, and stores nothing', async () => {
    const before = await stored.counts();
    const chunk = new TextEncoder().encode(' '.repeat(1_024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 8) controller.close();
        else {
          sent += 1;
          controller.enqueue(chunk);
        }
      },
    });
    const response = await fetch(`${base}/progress/u2`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'x-user': 'u2' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await stored.counts()).toEqual(before);
  });
});
