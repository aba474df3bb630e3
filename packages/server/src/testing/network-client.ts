import { decodeSnapshot } from '@guidepost/core';
import type { RemoteStore, Snapshot } from '@guidepost/core';
import type { ServerUnderTest } from './server-under-test';

/** A `localStorage` stand-in, kept across page loads of one device. */
export class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/**
 * The app's `RemoteStore`, written as docs/your-own-server.md shows, over a network that can
 * be cut: while `online` is false every request fails as `fetch` does offline, and `cut()`
 * fails every request in flight, as a server that goes down resets its connections (whatever
 * the server then does with them, the client never hears).
 */
export class NetworkClient implements RemoteStore {
  online = true;
  /** Each snapshot the server answered 2xx for, in order: what the client was told is saved. */
  readonly confirmed: Snapshot[] = [];
  private readonly inFlight = new Set<(error: Error) => void>();

  constructor(private readonly server: ServerUnderTest) {}

  /** Resets every connection in flight. */
  cut(): void {
    for (const fail of this.inFlight) fail(new TypeError('Failed to fetch: connection reset'));
    this.inFlight.clear();
  }

  async load(userId: string): Promise<unknown> {
    const response = await this.request('GET', userId, undefined, undefined);
    if (response.status === 404) return null;
    return response.json();
  }

  async save(userId: string, snapshot: Snapshot, idempotencyKey: string): Promise<void> {
    await this.request('PUT', userId, snapshot, idempotencyKey);
    this.confirmed.push(snapshot);
  }

  private async request(
    method: string,
    userId: string,
    body: Snapshot | undefined,
    key: string | undefined,
  ): Promise<Response> {
    if (!this.online) throw new TypeError('Failed to fetch');
    let fail: (error: Error) => void = () => undefined;
    const reset = new Promise<never>((_, reject) => {
      fail = reject;
    });
    this.inFlight.add(fail);
    const sent = this.server.send(method, `/progress/${userId}`, {
      user: userId,
      ...(body === undefined ? {} : { body }),
      ...(key === undefined ? {} : { headers: { 'idempotency-key': key } }),
    });
    sent.catch(() => undefined);
    let response: Response;
    try {
      response = await Promise.race([sent, reset]);
    } finally {
      this.inFlight.delete(fail);
    }
    if (!response.ok && response.status !== 404) {
      throw Object.assign(new Error(response.statusText), { status: response.status });
    }
    return response;
  }
}

/** The user's stored snapshot, read straight from the database. */
export async function storedSnapshot(server: ServerUnderTest, userId: string): Promise<Snapshot> {
  const { rows } = await server.database.query<{ snapshot: unknown }>(
    'SELECT snapshot FROM guidepost_progress WHERE user_id = $1',
    [userId],
  );
  const result = decodeSnapshot(rows[0]?.snapshot, { userId });
  if (result.status !== 'ok') throw new Error(`stored progress is ${result.status}`);
  return result.snapshot;
}
