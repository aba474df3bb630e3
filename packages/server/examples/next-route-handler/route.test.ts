// Smoke test of the Next.js example: the route module is imported and called the way Next.js
// calls a route handler, with a Request, without building a Next.js app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookie } from './lib/session';

/** A Next.js route handler's shape: a Request in, a Response out. */
type Handle = (request: Request) => Promise<Response>;

let route: { GET: Handle; POST: Handle; PUT: Handle };

beforeAll(async () => {
  process.env.SESSION_SECRET = 'test-secret';
  process.env.GUIDEPOST_DATA_DIR = ':memory:';
  route = await import('./app/api/guidepost/[...path]/route');
  // The first request opens the database; open it here, where starting PGlite may take a while.
  await (await import('./lib/guidepost')).guidepostHandler();
});
afterAll(() => {
  delete process.env.SESSION_SECRET;
  delete process.env.GUIDEPOST_DATA_DIR;
});

const url = (path: string) => `http://localhost:3000/api/guidepost${path}`;
const cookie = (userId: string, role: 'user' | 'publisher' = 'user') => ({
  cookie: `session=${sessionCookie({ userId, role })}`,
});

describe('Next.js route handler example', () => {
  it("saves and loads a signed-in user's progress", async () => {
    const snapshot = {
      v: 1,
      userId: 'ana',
      guides: { welcome: { status: 'dismissed', version: 1, resetAt: 0, shows: 1 } },
      events: {},
    };
    const put = await route.PUT(
      new Request(url('/progress/ana'), {
        method: 'PUT',
        headers: { ...cookie('ana'), 'content-type': 'application/json', 'idempotency-key': 'k1' },
        body: JSON.stringify(snapshot),
      }),
    );
    expect(put.status).toBe(200);
    const get = await route.GET(new Request(url('/progress/ana'), { headers: cookie('ana') }));
    expect(await get.json()).toMatchObject({ guides: { welcome: { status: 'dismissed' } } });
  });

  it('refuses another user, and a forged cookie', async () => {
    const other = await route.GET(new Request(url('/progress/ana'), { headers: cookie('ben') }));
    expect(other.status).toBe(403);
    const forged = await route.GET(
      new Request(url('/progress/ana'), { headers: { cookie: 'session=ana.publisher.forged' } }),
    );
    expect(forged.status).toBe(403);
  });

  it('publishes a definition that clients then fetch', async () => {
    const definition = { guides: { welcome: { kind: 'announcement', title: 'Welcome' } } };
    const draft = await route.POST(
      new Request(url('/definitions/versions'), {
        method: 'POST',
        headers: { ...cookie('pat', 'publisher'), 'content-type': 'application/json' },
        body: JSON.stringify({ definition }),
      }),
    );
    const { version } = (await draft.json()) as { version: number };
    await route.POST(
      new Request(url(`/definitions/versions/${version}/publish`), {
        method: 'POST',
        headers: cookie('pat', 'publisher'),
      }),
    );
    const latest = await route.GET(new Request(url('/definitions'), { headers: cookie('ana') }));
    expect(await latest.json()).toEqual({ version, definition });
  });
});
