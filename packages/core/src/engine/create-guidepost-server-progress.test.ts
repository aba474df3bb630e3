import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineGuidepost } from '../guides';
import { emptySnapshot, remoteAdapter } from '../persistence';
import type { RemoteAdapter } from '../persistence/remote-adapter';
import { FakeStorage } from '../persistence/testing/fake-storage';
import type { RemoteStore, Snapshot } from '../persistence/types';
import { recordEngine } from './testing/record-engine';

const START = Date.UTC(2026, 11, 1);

const definition = defineGuidepost({
  events: ['export'],
  guides: {
    release: { kind: 'announcement', title: 'Release' },
    hint: { kind: 'tooltip', target: 'export', body: 'Export here' },
  },
});

const releaseDismissed = (userId: string): Snapshot => ({
  ...emptySnapshot(userId),
  guides: {
    release: { status: 'dismissed', statusAt: 1, version: 1, resetAt: 0, shows: 1, dismissedAt: 1 },
  },
});

/** A server whose `load` the test answers; saves fail while it is offline. */
function createServer() {
  let answer: { resolve(value: unknown): void; reject(cause: unknown): void } | undefined;
  const server = {
    offline: false,
    saves: [] as Snapshot[],
    remote: {
      load: () =>
        new Promise<unknown>((resolve, reject) => {
          answer = { resolve, reject };
        }),
      save: async (_userId: string, snapshot: Snapshot) => {
        if (server.offline) throw new TypeError('Failed to fetch');
        server.saves.push(snapshot);
      },
    } satisfies RemoteStore,
    /** Answers the pending load, then lets the engine take the answer in. */
    async answer(value: unknown): Promise<void> {
      answer?.resolve(value);
      await settle();
    },
    async fail(cause: unknown): Promise<void> {
      answer?.reject(cause);
      await settle();
    },
  };
  return server;
}

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const adapters: RemoteAdapter[] = [];
afterEach(() => {
  for (const adapter of adapters.splice(0)) adapter.dispose();
});

/**
 * A page on a device whose own storage holds nothing of this user (a new browser, or Safari's
 * 7-day cap wiped it): progress comes from the server alone. Every state the store ever held
 * is kept, so a pop-up that showed for one frame is caught.
 */
function openPage(
  server: ReturnType<typeof createServer>,
  user: { id?: string } = { id: 'u1' },
  device = new FakeStorage(),
) {
  const storage = remoteAdapter(server.remote, {
    getStorage: () => device,
    flushOnPageEvents: false,
    debounceMs: 0,
    retry: { retries: 0 },
  });
  adapters.push(storage);
  const { engine, time, events, errors } = recordEngine(definition, {
    start: START,
    user,
    storage,
  });
  const modals = [engine.getState().modal];
  engine.subscribe((state) => modals.push(state.modal));
  const shown = () => events.filter((e) => e.name === 'guide_shown').map((e) => e.guideId);
  const codes = () => errors.map((error) => error.code);
  return { engine, time, storage, device, modals, shown, codes };
}

describe('progress held by the server alone', () => {
  it('never shows an announcement the server holds as dismissed, not even for a frame', async () => {
    const server = createServer();
    const page = openPage(server);
    expect(page.engine.getState()).toMatchObject({ ready: false, modal: [] });
    await server.answer(releaseDismissed('u1'));
    expect(page.engine.getState()).toMatchObject({
      ready: true,
      guides: { release: { status: 'dismissed', open: false }, hint: { open: true } },
    });
    expect(page.modals.every((modal) => modal.length === 0)).toBe(true);
    expect(page.shown()).toEqual(['hint']);
  });

  it('waits for a slow load, however long, instead of showing and then closing', async () => {
    const server = createServer();
    const page = openPage(server);
    page.time.advance(30_000);
    page.engine.track('export');
    page.engine.setRoute('/projects');
    expect(page.engine.explain('release').reasons.map((r) => r.code)).toEqual(['loading']);
    expect(page.engine.getState().guides.release.open).toBe(false);
    await server.answer(releaseDismissed('u1'));
    expect(page.modals.every((modal) => modal.length === 0)).toBe(true);
    expect(page.shown()).toEqual(['hint']);
    expect(page.engine.getState().snapshot.events.export?.count).toBe(1);
  });

  it('shows the announcement once the slow load says it was never seen', async () => {
    const server = createServer();
    const page = openPage(server);
    page.time.advance(30_000);
    expect(page.engine.getState().modal).toEqual([]);
    await server.answer(null);
    expect(page.engine.getState().modal).toEqual(['release']);
    expect(page.shown()).toEqual(['release', 'hint']);
  });

  it("keeps an identified user's once-only pop-ups waiting when the load fails", async () => {
    const server = createServer();
    const page = openPage(server);
    await server.fail(new TypeError('Failed to fetch'));
    expect(page.codes()).toContain('remote_load_failed');
    expect(page.engine.getState()).toMatchObject({
      ready: true,
      guides: { release: { open: false, status: 'idle' }, hint: { open: true } },
    });
    expect(page.engine.explain('release').reasons).toEqual([
      expect.objectContaining({ code: 'loading', message: expect.stringMatching(/could not/) }),
    ]);
    page.time.advance(60_000);
    page.engine.start('release');
    page.engine.track('export');
    expect(page.modals.every((modal) => modal.length === 0)).toBe(true);
    expect(page.shown()).toEqual(['hint']);
  });

  it('waits again for the next user after a failed load, and shows theirs once loaded', async () => {
    const server = createServer();
    const page = openPage(server);
    await server.fail(new TypeError('Failed to fetch'));
    page.engine.identify({ id: 'u2' });
    expect(page.engine.explain('release').reasons.map((r) => r.code)).toEqual(['loading']);
    await server.answer(null);
    expect(page.engine.getState().modal).toEqual(['release']);
  });

  it('shows an anonymous user the announcement when the load fails, and not again once dismissed', async () => {
    const device = new FakeStorage();
    const first = createServer();
    first.offline = true;
    const page = openPage(first, {}, device);
    await first.fail(new TypeError('Failed to fetch'));
    expect(page.engine.getState().modal).toEqual(['release']);
    page.engine.dismiss('release');
    await vi.waitFor(() => expect(page.codes()).toContain('remote_save_failed'));

    const second = createServer();
    second.offline = true;
    const reload = openPage(second, {}, device);
    await second.fail(new TypeError('Failed to fetch'));
    expect(reload.engine.getState().guides.release).toMatchObject({
      status: 'dismissed',
      open: false,
    });
    expect(reload.modals.every((modal) => modal.length === 0)).toBe(true);
  });
});
