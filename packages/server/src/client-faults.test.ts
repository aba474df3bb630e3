import { encodeSnapshot, mergeSnapshots, remoteAdapter } from '@guidepost/core';
import type {
  AdapterContext,
  GuidepostError,
  RemoteAdapterOptions,
  Snapshot,
} from '@guidepost/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage, NetworkClient, storedSnapshot } from './testing/network-client';
import { openServerUnderTest } from './testing/server-under-test';
import type { ServerUnderTest } from './testing/server-under-test';
import { dismissed, snapshotOf, snoozed } from './testing/snapshots';

const USER = 'u-7';
const DAY = 24 * 60 * 60 * 1000;

let server: ServerUnderTest | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function context(errors: GuidepostError[] = []): AdapterContext {
  return { onError: (error) => errors.push(error) };
}

/** Whether `stored` already holds every fact of `snapshot`. */
function holds(stored: Snapshot, snapshot: Snapshot): boolean {
  return encodeSnapshot(mergeSnapshots(stored, snapshot)) === encodeSnapshot(stored);
}

function adapterOptions(
  storage: MemoryStorage,
  extra: Partial<RemoteAdapterOptions> = {},
): RemoteAdapterOptions {
  return {
    getStorage: () => storage,
    flushOnPageEvents: false,
    debounceMs: 0,
    retry: { retries: 50, baseDelayMs: 2, maxDelayMs: 20 },
    ...extra,
  };
}

describe('a server restart in the middle of a burst of saves', () => {
  it('loses nothing the client was told was saved, and gets the rest once back', async () => {
    // Requests the old server was serving fail as it closes (500s the client never receives).
    server = await openServerUnderTest({ persistent: true, onError: () => undefined });
    const network = new NetworkClient(server);
    const storage = new MemoryStorage();
    const adapter = remoteAdapter(network, adapterOptions(storage));
    let device = snapshotOf(USER);
    const saves: Promise<void>[] = [];
    for (let i = 0; i < 60; i += 1) {
      const change = i % 3 === 0 ? dismissed(i + 1) : snoozed(i + 1, i + 10_000);
      device = mergeSnapshots(device, snapshotOf(USER, { [`guide-${i}`]: change }));
      saves.push(adapter.save(USER, device, context()));
      if (i === 30) {
        // The server goes down: whatever it was answering is never answered, and nothing
        // reaches it until it is back.
        network.online = false;
        network.cut();
        await server.restart();
        network.online = true;
      }
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await Promise.all(saves);
    await adapter.flush();
    // A try that met the restart is retried on the adapter's own backoff.
    await vi.waitFor(() => expect(storage.items.size).toBe(0), { timeout: 10_000, interval: 20 });
    adapter.dispose();

    const stored = await storedSnapshot(server, USER);
    expect(network.confirmed.length).toBeGreaterThan(0);
    const lost = network.confirmed.filter((confirmed) => !holds(stored, confirmed));
    expect(lost).toEqual([]);
    expect(holds(stored, device)).toBe(true);
  }, 30_000);
});

describe('a client offline for a day', () => {
  it('keeps its saves in the outbox and sends them when it loads again the next day', async () => {
    server = await openServerUnderTest();
    let now = Date.UTC(2026, 11, 7, 9);
    const network = new NetworkClient(server);
    const storage = new MemoryStorage();
    const options = adapterOptions(storage, {
      now: () => now,
      retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 2 },
    });
    await server.send('PUT', `/progress/${USER}`, {
      user: USER,
      body: snapshotOf(USER, { tips: dismissed(5) }),
    });

    network.online = false;
    const errors: GuidepostError[] = [];
    const offline = remoteAdapter(network, options);
    const onTrain = snapshotOf(USER, { welcome: dismissed(now), renewal: snoozed(now, now + DAY) });
    await offline.save(USER, onTrain, context(errors));
    await offline.flush();
    await vi.waitFor(() => expect(errors.map((e) => e.code)).toEqual(['remote_save_failed']));
    offline.dispose();
    expect(storage.items.size).toBe(1);
    expect(await storedSnapshot(server, USER)).toMatchObject({
      guides: { tips: { status: 'dismissed' } },
    });

    now += DAY;
    network.online = true;
    const nextDay = remoteAdapter(network, options);
    const loaded = await nextDay.load(USER, context());
    expect(loaded?.guides).toMatchObject({
      tips: { status: 'dismissed' },
      welcome: { status: 'dismissed' },
    });
    await nextDay.flush();
    nextDay.dispose();

    const stored = await storedSnapshot(server, USER);
    expect(stored.guides).toMatchObject({
      tips: { status: 'dismissed' },
      welcome: { status: 'dismissed' },
      renewal: { status: 'snoozed' },
    });
    expect(storage.items.size).toBe(0);
  }, 30_000);
});
