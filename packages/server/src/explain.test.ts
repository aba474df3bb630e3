import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExplainResponse } from './handlers/explain-handler';
import { openServerUnderTest } from './testing/server-under-test';
import type { ServerUnderTest } from './testing/server-under-test';
import { dismissed, snapshotOf } from './testing/snapshots';

let server: ServerUnderTest;
const NOW = Date.UTC(2026, 11, 7, 12);
const DAY = 86_400_000;
beforeAll(async () => {
  server = await openServerUnderTest({ now: () => NOW });
  const definition = {
    guides: {
      renewal: {
        kind: 'announcement',
        title: 'Renew your plan',
        audience: { attr: 'plan', eq: 'pro' },
      },
      welcome: { kind: 'announcement', title: 'Welcome' },
    },
  };
  await server.send('POST', '/definitions/versions', {
    user: 'ed',
    role: 'publisher',
    body: { definition },
  });
  await server.send('POST', '/definitions/versions/1/publish', { user: 'ed', role: 'publisher' });
  await server.send('PUT', '/progress/customer-x', {
    user: 'customer-x',
    body: snapshotOf('customer-x', { welcome: dismissed(NOW - DAY) }),
  });
  await server.send('PUT', '/progress/customer-y', {
    user: 'customer-y',
    body: snapshotOf('customer-y', { welcome: dismissed(NOW - 1_000) }),
  });
});
afterAll(() => server.close());

async function explain(
  attributes: Record<string, unknown>,
  userId = 'customer-x',
): Promise<ExplainResponse> {
  const response = await server.send('POST', `/explain/${userId}`, {
    user: 'agent',
    role: 'support',
    body: { attributes },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as ExplainResponse;
}

describe('explain', () => {
  it('says why customer X does not see the renewal notice, and that welcome was dismissed', async () => {
    const answer = await explain({ plan: 'free' });
    expect(answer).toMatchObject({
      userId: 'customer-x',
      version: 1,
      at: NOW,
      progressFound: true,
    });
    expect(answer.guides.renewal).toMatchObject({
      eligible: false,
      reasons: [{ code: 'audience' }],
      audience: { passed: false },
    });
    expect(answer.guides.welcome).toMatchObject({ eligible: false, reasons: [{ code: 'status' }] });
  });

  it('finds the renewal notice eligible for a pro customer', async () => {
    const answer = await explain({ plan: 'pro' });
    expect(answer.guides.renewal).toMatchObject({ eligible: true, reasons: [] });
  });

  it('says the renewal notice waits when another pop-up was closed a moment ago', async () => {
    const answer = await explain({ plan: 'pro' }, 'customer-y');
    expect(answer.guides.renewal).toMatchObject({
      eligible: false,
      reasons: [{ code: 'pacing', until: NOW - 1_000 + 3 * 60_000 }],
    });
  });

  it('stores nothing and is for staff only', async () => {
    const before = await server.counts();
    await explain({ plan: 'pro' });
    const asCustomer = await server.send('POST', '/explain/customer-x', {
      user: 'customer-x',
      body: { attributes: {} },
    });
    expect(asCustomer.status).toBe(403);
    expect(await server.counts()).toEqual(before);
  });
});
