import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openServerUnderTest } from './testing/server-under-test';
import type { ServerUnderTest } from './testing/server-under-test';

let server: ServerUnderTest;
beforeAll(async () => {
  server = await openServerUnderTest();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const editor = { user: 'ed', role: 'editor' };
const publisher = { user: 'pat', role: 'publisher' };
const client = { user: 'u1' };

const renewal = (title: string) => ({
  guides: { renewal: { kind: 'announcement', title, audience: { attr: 'plan', eq: 'pro' } } },
});

async function draft(title: string): Promise<number> {
  const response = await server.send('POST', '/definitions/versions', {
    ...editor,
    body: { definition: renewal(title), note: `copy: ${title}` },
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { version: number }).version;
}

async function latestTitle(): Promise<string> {
  const response = await server.send('GET', '/definitions', client);
  const body = (await response.json()) as { definition: ReturnType<typeof renewal> };
  return body.definition.guides.renewal.title;
}

describe('definitions: draft, review, publish, roll back', () => {
  it('serves nothing until a draft is published', async () => {
    await draft('Renew now');
    expect((await server.send('GET', '/definitions', client)).status).toBe(404);
    const list = await server.send('GET', '/definitions/versions', editor);
    expect(await list.json()).toMatchObject({
      versions: [
        { version: 1, status: 'draft', note: 'copy: Renew now', createdBy: 'ed', current: false },
      ],
    });
  });

  it('publishes a reviewed draft, and clients get it with an ETag', async () => {
    const version = await draft('Renew now');
    const edited = await server.send('PUT', `/definitions/versions/${version}`, {
      ...editor,
      body: { definition: renewal('Renew today') },
    });
    expect(edited.status).toBe(200);
    const review = await server.send('GET', `/definitions/versions/${version}`, publisher);
    expect(await review.json()).toMatchObject({
      status: 'draft',
      definition: renewal('Renew today'),
    });

    const published = await server.send(
      'POST',
      `/definitions/versions/${version}/publish`,
      publisher,
    );
    expect(published.status).toBe(200);
    const response = await server.send('GET', '/definitions', client);
    expect(response.headers.get('etag')).toBe('"v1"');
    expect(await response.json()).toEqual({ version: 1, definition: renewal('Renew today') });

    const cached = await server.send('GET', '/definitions', {
      ...client,
      headers: { 'if-none-match': '"v1"' },
    });
    expect(cached.status).toBe(304);
    expect(await cached.text()).toBe('');
  });

  it('never changes a published version, by the API or by SQL', async () => {
    const version = await draft('Renew now');
    await server.send('POST', `/definitions/versions/${version}/publish`, publisher);
    const edit = await server.send('PUT', `/definitions/versions/${version}`, {
      ...editor,
      body: { definition: renewal('Changed') },
    });
    expect(edit.status).toBe(409);
    expect(await edit.json()).toMatchObject({ error: { code: 'version_published' } });
    await expect(
      server.database.query(
        `UPDATE guidepost_definitions SET definition = '{}'::jsonb WHERE version = 1`,
      ),
    ).rejects.toThrow(/published and cannot change/);
    await expect(server.database.query('DELETE FROM guidepost_definitions')).rejects.toThrow(
      /published and cannot change/,
    );
    expect(await latestTitle()).toBe('Renew now');
  });

  it('rolls back to the version before, then to a named one; the ETag follows', async () => {
    for (const title of ['One', 'Two', 'Three']) {
      const version = await draft(title);
      await server.send('POST', `/definitions/versions/${version}/publish`, publisher);
    }
    expect(await latestTitle()).toBe('Three');
    const back = await server.send('POST', '/definitions/rollback', { ...publisher, body: {} });
    expect(await back.json()).toMatchObject({ version: 2, current: true });
    expect(await latestTitle()).toBe('Two');
    const further = await server.send('POST', '/definitions/rollback', { ...publisher, body: {} });
    expect(await further.json()).toMatchObject({ version: 1 });
    const stale = await server.send('GET', '/definitions', {
      ...client,
      headers: { 'if-none-match': '"v3"' },
    });
    expect(stale.status).toBe(200);
    expect(stale.headers.get('etag')).toBe('"v1"');
    await server.send('POST', '/definitions/rollback', { ...publisher, body: { version: 3 } });
    expect(await latestTitle()).toBe('Three');
    const list = (await (await server.send('GET', '/definitions/versions', editor)).json()) as {
      versions: { version: number; current: boolean }[];
    };
    expect(list.versions.map((v) => [v.version, v.current])).toEqual([
      [3, true],
      [2, false],
      [1, false],
    ]);
  });

  it('will not roll back to a draft or past the first version', async () => {
    const first = await draft('One');
    await server.send('POST', `/definitions/versions/${first}/publish`, publisher);
    const none = await server.send('POST', '/definitions/rollback', { ...publisher, body: {} });
    expect(none.status).toBe(404);
    const pending = await draft('Two');
    const toDraft = await server.send('POST', '/definitions/rollback', {
      ...publisher,
      body: { version: pending },
    });
    expect(toDraft.status).toBe(409);
    expect(await latestTitle()).toBe('One');
  });

  it('refuses a definition parseGuidepost finds fault with, naming the guide and field', async () => {
    const response = await server.send('POST', '/definitions/versions', {
      ...editor,
      body: {
        definition: {
          guides: {
            promo: {
              kind: 'announcement',
              title: 'Sale',
              cta: { label: 'Go', href: 'javascript:alert(1)' },
            },
          },
        },
      },
    });
    expect(response.status).toBe(422);
    const { error } = (await response.json()) as {
      error: { message: string; details: { issues: unknown[] } };
    };
    expect(error.message).toContain("guides.promo.cta.href: unsafe link 'javascript:alert(1)'");
    expect(error.details.issues).toHaveLength(1);
    expect(await server.counts()).toMatchObject({ guidepost_definitions: 0 });
  });
});
