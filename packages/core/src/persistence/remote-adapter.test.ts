// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { remoteAdapter } from './remote-adapter';
import type { RemoteAdapterOptions } from './remote-adapter';
import { FakeStorage } from './testing/fake-storage';
import { dismissedAt, withGuides } from './testing/snapshot-fixtures';
import type { RemoteStore, Snapshot } from './types';

const OUTBOX = 'guidepost:outbox:u1';
const httpError = (status: number) => Object.assign(new Error(`HTTP ${status}`), { status });

/** A server that dedupes by idempotency key, with failures queued for the next calls. */
function createServer(initial?: unknown) {
  const failures: unknown[] = [];
  const tries: { key: string; snapshot: Snapshot; ok: boolean }[] = [];
  const records = new Map<string, Snapshot>();
  const remote: RemoteStore = {
    load: vi.fn(async () => initial),
    save: vi.fn(async (_userId: string, snapshot: Snapshot, key: string) => {
      const failure = failures.shift();
      tries.push({ key, snapshot, ok: failure === undefined });
      if (failure !== undefined) throw failure;
      records.set(key, snapshot);
    }),
  };
  return { remote, failures, tries, records, ok: () => tries.filter((t) => t.ok) };
}

function setup(server = createServer(), options: RemoteAdapterOptions = {}) {
  const storage = new FakeStorage();
  const onError = vi.fn();
  const adapter = remoteAdapter(server.remote, {
    getStorage: () => storage,
    random: () => 0.5,
    ...options,
  });
  const codes = () => onError.mock.calls.map(([error]) => error.code);
  return { adapter, server, storage, onError, context: { onError }, codes };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('remoteAdapter', () => {
  it('retries a failing write until one succeeds, with one idempotency key throughout', async () => {
    const { adapter, server, storage, context, onError } = setup();
    server.failures.push(httpError(503), new TypeError('Failed to fetch'), httpError(429));
    await adapter.save('u1', withGuides({ welcome: dismissedAt(5) }), context);
    expect(storage.getItem(OUTBOX)).not.toBeNull();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.tries).toHaveLength(4);
    expect(new Set(server.tries.map((t) => t.key)).size).toBe(1);
    expect(server.ok()).toHaveLength(1);
    expect(server.records.size).toBe(1);
    expect(storage.getItem(OUTBOX)).toBeNull();
    expect(onError).not.toHaveBeenCalled();
    adapter.dispose();
  });

  it('waits longer after each failure: 0.75 s, 1.5 s, 3 s with the jitter at its middle', async () => {
    const { adapter, server, context } = setup(createServer(), { debounceMs: 0 });
    server.failures.push(httpError(500), httpError(500), httpError(500));
    await adapter.save('u1', withGuides({ welcome: dismissedAt(5) }), context);
    const counts: number[] = [];
    for (const delay of [0, 749, 1, 1_499, 1, 2_999, 1]) {
      await vi.advanceTimersByTimeAsync(delay);
      counts.push(server.tries.length);
    }
    expect(counts).toStrictEqual([1, 1, 2, 2, 3, 3, 4]);
    adapter.dispose();
  });

  it.each([400, 401, 403, 404, 409, 422])(
    'does not retry a write the server refused with %i, and reports it once',
    async (status) => {
      const { adapter, server, storage, context, codes } = setup();
      server.failures.push(httpError(status));
      await adapter.save('u1', withGuides({ welcome: dismissedAt(5) }), context);
      await vi.advanceTimersByTimeAsync(600_000);
      await adapter.flush();
      expect(server.tries).toHaveLength(1);
      expect(codes()).toStrictEqual(['remote_save_failed']);
      expect(storage.getItem(OUTBOX)).not.toBeNull();
      await adapter.save('u1', withGuides({ tips: dismissedAt(6) }), context);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(server.ok()).toHaveLength(1);
      expect(server.ok()[0]?.snapshot.guides).toHaveProperty('welcome');
      adapter.dispose();
    },
  );

  it('sends a burst of saves as one request with the merged latest', async () => {
    const { adapter, server, context } = setup();
    for (let i = 0; i < 10; i += 1) {
      await adapter.save('u1', withGuides({ [`g${i}`]: dismissedAt(i) }), context);
    }
    await vi.advanceTimersByTimeAsync(1_000);
    expect(server.tries).toHaveLength(1);
    expect(Object.keys(server.tries[0]?.snapshot.guides ?? {})).toHaveLength(10);
    adapter.dispose();
  });

  it('sends a save made while a request is in flight right after it, under a new key', async () => {
    const server = createServer();
    let release = (): void => {};
    vi.mocked(server.remote.save).mockImplementationOnce(async (_u, snapshot, key) => {
      await new Promise<void>((resolve) => (release = resolve));
      server.tries.push({ key, snapshot, ok: true });
    });
    const { adapter, context } = setup(server);
    await adapter.save('u1', withGuides({ welcome: dismissedAt(5) }), context);
    await vi.advanceTimersByTimeAsync(250);
    await adapter.save('u1', withGuides({ tips: dismissedAt(6) }), context);
    release();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(server.tries.map((t) => Object.keys(t.snapshot.guides))).toStrictEqual([
      ['welcome'],
      ['tips', 'welcome'],
    ]);
    expect(server.tries[0]?.key).not.toBe(server.tries[1]?.key);
    adapter.dispose();
  });

  it('sends nothing for a save that changes nothing the server has', async () => {
    const loaded = withGuides({ welcome: dismissedAt(5) });
    const { adapter, server, context } = setup(createServer(loaded));
    const snapshot = await adapter.load('u1', context);
    await adapter.save('u1', snapshot ?? loaded, context);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(server.tries).toHaveLength(0);
    adapter.dispose();
  });

  it('keeps a dismissal made offline across a reload and sends it with its first key', async () => {
    const storage = new FakeStorage();
    const offline = createServer();
    offline.failures.push(...Array.from({ length: 10 }, () => new TypeError('Failed to fetch')));
    const first = remoteAdapter(offline.remote, {
      getStorage: () => storage,
      retry: { retries: 1 },
    });
    const context = { onError: vi.fn() };
    await first.save('u1', withGuides({ welcome: dismissedAt(5) }), context);
    await vi.advanceTimersByTimeAsync(10_000);
    first.dispose();
    expect(offline.ok()).toHaveLength(0);
    expect(context.onError).toHaveBeenCalledTimes(1);

    const online = createServer(withGuides({ tips: dismissedAt(1) }));
    const second = remoteAdapter(online.remote, { getStorage: () => storage });
    const loaded = await second.load('u1', { onError: vi.fn() });
    expect(loaded?.guides).toStrictEqual({ tips: dismissedAt(1), welcome: dismissedAt(5) });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(online.ok().map((t) => t.key)).toStrictEqual([offline.tries[0]?.key]);
    expect(storage.getItem(OUTBOX)).toBeNull();
    second.dispose();
  });

  it('gives up after the configured retries, reports once, and sends again when online', async () => {
    const { adapter, server, context, codes } = setup(createServer(), { retry: { retries: 2 } });
    server.failures.push(httpError(503), httpError(503), httpError(503));
    await adapter.save('u1', withGuides({ welcome: dismissedAt(5) }), context);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(server.tries).toHaveLength(3);
    expect(codes()).toStrictEqual(['remote_save_failed']);
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);
    expect(server.ok()).toHaveLength(1);
    expect(new Set(server.tries.map((t) => t.key)).size).toBe(1);
    adapter.dispose();
  });

  it.each([
    ['coming online', () => window.dispatchEvent(new Event('online'))],
    ['pagehide', () => window.dispatchEvent(new Event('pagehide'))],
    [
      'the page being hidden',
      () => {
        vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
        document.dispatchEvent(new Event('visibilitychange'));
      },
    ],
  ])('flushes at once on %s', async (_, trigger) => {
    const { adapter, server, context } = setup(createServer(), { debounceMs: 60_000 });
    await adapter.save('u1', withGuides({ welcome: dismissedAt(5) }), context);
    trigger();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.ok()).toHaveLength(1);
    adapter.dispose();
  });

  it('stops listening to the page once disposed', async () => {
    const { adapter, server, context } = setup(createServer(), { debounceMs: 60_000 });
    await adapter.save('u1', withGuides({ welcome: dismissedAt(5) }), context);
    adapter.dispose();
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(120_000);
    expect(server.tries).toHaveLength(0);
  });

  it.each([
    ['rejects', () => Promise.reject(new TypeError('Failed to fetch'))],
    ['answers garbage', () => Promise.resolve('<html>502 Bad Gateway</html>')],
  ])('resolves undefined and reports once when the server %s', async (_, load) => {
    const server = createServer();
    vi.mocked(server.remote.load).mockImplementation(load);
    const { adapter, context, codes } = setup(server);
    await expect(adapter.load('u1', context)).resolves.toBeUndefined();
    expect(codes()).toStrictEqual(['remote_load_failed']);
    adapter.dispose();
  });

  it('still hands back the outbox when the server cannot be reached', async () => {
    const { adapter, server, context, storage } = setup();
    server.failures.push(new TypeError('Failed to fetch'));
    await adapter.save('u1', withGuides({ welcome: dismissedAt(5) }), context);
    const reloaded = remoteAdapter(
      { load: () => Promise.reject(new TypeError('offline')), save: server.remote.save },
      { getStorage: () => storage },
    );
    const loaded = await reloaded.load('u1', { onError: vi.fn() });
    expect(loaded?.guides).toStrictEqual({ welcome: dismissedAt(5) });
    adapter.dispose();
    reloaded.dispose();
  });

  it('sends nothing over a newer schema on the server, and reports once', async () => {
    const { adapter, server, context, codes } = setup(createServer({ v: 9, userId: 'u1' }));
    await expect(adapter.load('u1', context)).resolves.toBeUndefined();
    await adapter.save('u1', withGuides({ welcome: dismissedAt(5) }), context);
    await adapter.flush();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.tries).toHaveLength(0);
    expect(codes()).toStrictEqual(['storage_newer_version']);
    adapter.dispose();
  });

  it('still sends when the outbox cannot be stored, reporting that once', async () => {
    const { adapter, server, storage, context, codes } = setup();
    storage.failWrites = true;
    await adapter.save('u1', withGuides({ welcome: dismissedAt(5) }), context);
    await adapter.save('u1', withGuides({ tips: dismissedAt(6) }), context);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(server.ok()).toHaveLength(1);
    expect(codes()).toStrictEqual(['storage_write_failed']);
    adapter.dispose();
  });
});
