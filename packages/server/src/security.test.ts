import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGuidepostHandler } from './create-guidepost-handler';
import type { GuidepostHandlerOptions } from './handler-context';
import { openServerUnderTest } from './testing/server-under-test';
import type { ServerUnderTest, TestRequest } from './testing/server-under-test';
import { dismissed, snapshotOf } from './testing/snapshots';

let server: ServerUnderTest;
beforeAll(async () => {
  server = await openServerUnderTest({ limits: { bodyBytes: 4_096 } });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const definition = {
  guides: { welcome: { kind: 'announcement', title: 'Welcome' } },
};
const event = {
  id: 'e1',
  name: 'guide_shown',
  guideId: 'welcome',
  version: 1,
  tier: 'tech',
  timestamp: 1,
};

/** One request for each route, with a body that would be stored if it were let through. */
const WRITES: readonly (readonly [string, string, TestRequest])[] = [
  ['PUT', '/progress/u1', { body: snapshotOf('u1', { welcome: dismissed(5) }) }],
  ['POST', '/events/u1', { body: { events: [event] } }],
  ['POST', '/definitions/versions', { body: { definition } }],
  ['PUT', '/definitions/versions/1', { body: { definition } }],
  ['POST', '/definitions/versions/1/publish', {}],
  ['POST', '/definitions/rollback', { body: {} }],
];
const READS: readonly (readonly [string, string, TestRequest])[] = [
  ['GET', '/progress/u1', {}],
  ['GET', '/definitions', {}],
  ['GET', '/definitions/versions', {}],
  ['GET', '/definitions/versions/1', {}],
  ['POST', '/explain/u1', { body: { attributes: {} } }],
];

async function expectNothingStored(run: () => Promise<Response>, status: number): Promise<void> {
  const before = await server.counts();
  const response = await run();
  expect(response.status).toBe(status);
  expect(await server.counts()).toEqual(before);
}

describe('authorize', () => {
  it('is required: a handler without it cannot be created', () => {
    const options = { database: server.database } as unknown as GuidepostHandlerOptions;
    expect(() => createGuidepostHandler(options)).toThrow(/authorize/);
  });

  it.each([...WRITES, ...READS])(
    'refuses %s %s when authorize says no',
    async (method, path, request) => {
      const closed = createGuidepostHandler({ database: server.database, authorize: () => false });
      const body = request.body === undefined ? undefined : JSON.stringify(request.body);
      await expectNothingStored(
        () =>
          closed(
            new Request(`http://guidepost.test${path}`, {
              method,
              headers: {
                'content-type': 'application/json',
                'x-user': 'u1',
                'x-role': 'publisher',
              },
              ...(body === undefined ? {} : { body }),
            }),
          ),
        403,
      );
    },
  );

  it('refuses when authorize throws, as when it says no', async () => {
    const errors: unknown[] = [];
    const failing = createGuidepostHandler({
      database: server.database,
      authorize: () => Promise.reject(new Error('session store down')),
      onError: (error) => errors.push(error),
    });
    const response = await failing(new Request('http://guidepost.test/definitions'));
    expect(response.status).toBe(403);
    expect(errors).toHaveLength(1);
  });

  it.each(WRITES)(
    'stores nothing for %s %s without the session header',
    async (method, path, request) => {
      await expectNothingStored(() => server.send(method, path, request), 403);
    },
  );

  it("stores nothing for another user's id in the URL", async () => {
    await expectNothingStored(
      () =>
        server.send('PUT', '/progress/u2', {
          user: 'u1',
          body: snapshotOf('u2', { welcome: dismissed(5) }),
        }),
      403,
    );
    await expectNothingStored(
      () => server.send('POST', '/events/u2', { user: 'u1', body: { events: [event] } }),
      403,
    );
    expect((await server.send('GET', '/progress/u2', { user: 'u1' })).status).toBe(403);
  });

  it('lets an editor draft but only a publisher publish', async () => {
    const draft = await server.send('POST', '/definitions/versions', {
      user: 'ed',
      role: 'editor',
      body: { definition },
    });
    expect(draft.status).toBe(201);
    await expectNothingStored(
      () => server.send('POST', '/definitions/versions/1/publish', { user: 'ed', role: 'editor' }),
      403,
    );
  });
});

describe('hostile bodies and ids', () => {
  it('stores nothing from a snapshot for another user', async () => {
    await expectNothingStored(
      () =>
        server.send('PUT', '/progress/u1', {
          user: 'u1',
          body: snapshotOf('u2', { welcome: dismissed(5) }),
        }),
      422,
    );
  });

  it('stores nothing from an oversized body, whatever Content-Length claims', async () => {
    const guides: Record<string, ReturnType<typeof dismissed>> = {};
    for (let i = 0; i < 200; i += 1) guides[`guide-${i}`] = dismissed(i + 1);
    const big = snapshotOf('u1', guides);
    await expectNothingStored(
      () => server.send('PUT', '/progress/u1', { user: 'u1', body: big }),
      413,
    );
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(JSON.stringify(big)));
        controller.close();
      },
    });
    await expectNothingStored(
      () =>
        server.handler(
          new Request('http://guidepost.test/progress/u1', {
            method: 'PUT',
            headers: { 'content-type': 'application/json', 'x-user': 'u1', 'content-length': '10' },
            body: chunks,
            duplex: 'half',
          } as RequestInit),
        ),
      413,
    );
  });

  it.each([
    "u1'; DROP TABLE guidepost_progress; --",
    "u1' OR '1'='1",
    'u1"); DELETE FROM guidepost_events; --',
    'u1 UNION SELECT * FROM pg_user',
  ])('refuses the SQL-looking user id %j and stores nothing', async (userId) => {
    const path = `/progress/${encodeURIComponent(userId)}`;
    await expectNothingStored(
      () =>
        server.send('PUT', path, {
          user: userId,
          body: snapshotOf(userId, { welcome: dismissed(1) }),
        }),
      400,
    );
    const counts = await server.counts();
    expect(Object.keys(counts)).toHaveLength(5);
  });

  it('refuses a SQL-looking definition version and stores nothing', async () => {
    const path = `/definitions/versions/${encodeURIComponent('1; DELETE FROM guidepost_releases')}`;
    await expectNothingStored(
      () => server.send('PUT', path, { user: 'ed', role: 'editor', body: { definition } }),
      400,
    );
  });

  it('refuses a SQL-looking idempotency key or event id and stores nothing', async () => {
    await expectNothingStored(
      () =>
        server.send('PUT', '/progress/u1', {
          user: 'u1',
          body: snapshotOf('u1', { welcome: dismissed(1) }),
          headers: { 'idempotency-key': "k'; DROP TABLE guidepost_idempotency_keys; --" },
        }),
      400,
    );
    await expectNothingStored(
      () =>
        server.send('POST', '/events/u1', {
          user: 'u1',
          body: { events: [{ ...event, id: "1' OR 1=1 --" }] },
        }),
      422,
    );
  });

  it.each([
    [
      '__proto__ in the guides',
      '{"v":1,"userId":"u1","guides":{"__proto__":{"status":"dismissed","version":1,"resetAt":0,"shows":1}},"events":{}}',
    ],
    [
      'constructor.prototype',
      '{"v":1,"userId":"u1","guides":{},"events":{},"constructor":{"prototype":{"polluted":true}}}',
    ],
    [
      '__proto__ at the top',
      '{"__proto__":{"polluted":true},"v":1,"userId":"u1","guides":{},"events":{}}',
    ],
  ])('refuses prototype-pollution keys (%s) and stores nothing', async (_name, rawBody) => {
    await expectNothingStored(
      () => server.send('PUT', '/progress/u1', { user: 'u1', rawBody }),
      400,
    );
    await expectNothingStored(
      () => server.send('POST', '/events/u1', { user: 'u1', rawBody: `{"events":[${rawBody}]}` }),
      400,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a NUL character or an impossible time with a 4xx, and stores nothing', async () => {
    const nul = snapshotOf('u1', { 'wel\u0000come': dismissed(1) });
    await expectNothingStored(
      () => server.send('PUT', '/progress/u1', { user: 'u1', body: nul }),
      400,
    );
    const lone = { ...event, stepId: 'step-\ud800' };
    await expectNothingStored(
      () => server.send('POST', '/events/u1', { user: 'u1', body: { events: [lone] } }),
      400,
    );
    const late = { ...event, timestamp: 1e300 };
    await expectNothingStored(
      () => server.send('POST', '/events/u1', { user: 'u1', body: { events: [late] } }),
      422,
    );
  });

  it('refuses a body that is not JSON, or not sent as JSON, with a clear message', async () => {
    const notJson = await server.send('PUT', '/progress/u1', { user: 'u1', rawBody: '{"v":1,' });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({
      error: { code: 'invalid_json', message: 'The request body is not valid JSON.' },
    });
    const asText = await server.send('PUT', '/progress/u1', {
      user: 'u1',
      rawBody: '{}',
      headers: { 'content-type': 'text/plain' },
    });
    expect(asText.status).toBe(415);
    expect(await server.counts()).toMatchObject({ guidepost_progress: 0 });
  });
});
