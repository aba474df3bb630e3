import { describe, expect, it, vi } from 'vitest';
import { defineGuidepost } from '../guides';
import { emptySnapshot, memoryAdapter } from '../persistence';
import type { Snapshot } from '../persistence/types';
import type { ShowLocks } from './plugins/web-locks';
import { createGuidepost } from './create-guidepost';
import { createManualClock } from './manual-clock';
import { deferredStorage, sharedStorage } from './testing/storage-doubles';

const START = Date.UTC(2026, 11, 1);

const definition = defineGuidepost({
  guides: {
    release: { kind: 'announcement', title: 'Release' },
    hint: { kind: 'tooltip', target: 'export', body: 'Export here' },
  },
});

const dismissed: Snapshot = {
  ...emptySnapshot('u1'),
  guides: {
    release: { status: 'dismissed', statusAt: 1, version: 1, resetAt: 0, shows: 1, dismissedAt: 1 },
  },
};

/** One tooltip and one tracked event, for the tests of events tracked while loading. */
const tracksExport = defineGuidepost({
  events: ['export'],
  guides: { hint: { kind: 'tooltip', target: 'x', body: 'b' } },
});

function options(extra: Partial<Parameters<typeof createGuidepost>[1]> = {}) {
  const time = createManualClock(START);
  return {
    user: { id: 'u1' },
    now: time.now,
    scheduler: time.scheduler,
    locks: null,
    onError: () => undefined,
    ...extra,
  };
}

describe('async adapter', () => {
  it('holds every auto-start until the first load resolves', async () => {
    const storage = deferredStorage();
    const onEvent = vi.fn();
    const engine = createGuidepost(definition, options({ storage, onEvent }));
    expect(engine.getState()).toMatchObject({
      ready: false,
      guides: { release: { open: false }, hint: { open: false } },
    });
    expect(engine.explain('release').reasons.map((r) => r.code)).toEqual(['loading']);
    await storage.resolve(dismissed);
    expect(engine.getState()).toMatchObject({
      ready: true,
      guides: { release: { open: false, status: 'dismissed' }, hint: { open: true } },
    });
    expect(onEvent).not.toHaveBeenCalledWith(expect.objectContaining({ guideId: 'release' }));
  });

  it('lets guides run when the load fails, holding once-only pop-ups, and reports it', async () => {
    const storage = deferredStorage();
    const onError = vi.fn();
    const engine = createGuidepost(definition, options({ storage, onError }));
    await storage.reject(new Error('offline'));
    expect(engine.getState()).toMatchObject({
      ready: true,
      guides: { release: { open: false }, hint: { open: true } },
    });
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'adapter_failed' }));
  });

  it('shows an anonymous user the announcement when the load fails', async () => {
    const storage = deferredStorage();
    const engine = createGuidepost(definition, options({ storage, user: {} }));
    await storage.reject(new Error('offline'));
    expect(engine.getState()).toMatchObject({ ready: true, guides: { release: { open: true } } });
  });

  it('keeps events tracked while loading and saves only after the load', async () => {
    const storage = deferredStorage();
    const engine = createGuidepost(tracksExport, options({ storage }));
    engine.track('export');
    expect(storage.saves).toEqual([]);
    await storage.resolve(undefined);
    expect(storage.saves.at(-1)?.events.export?.count).toBe(1);
  });

  it('counts events tracked while loading on top of the stored counts', async () => {
    const storage = deferredStorage();
    const engine = createGuidepost(tracksExport, options({ storage }));
    engine.track('export');
    engine.track('export');
    await storage.resolve({ ...emptySnapshot('u1'), events: { export: { count: 5, recent: [] } } });
    expect(engine.getState().snapshot.events.export?.count).toBe(7);
  });
});

describe('saving', () => {
  it('stores the dismissal before the dialog closes', () => {
    const storage = memoryAdapter();
    const engine = createGuidepost(definition, options({ storage }));
    const openWhenSaved: boolean[] = [];
    const save = storage.save.bind(storage);
    storage.save = (userId, snapshot, context) => {
      openWhenSaved.push(engine.getState().guides.release.open);
      return save(userId, snapshot, context);
    };
    engine.dismiss('release');
    expect(openWhenSaved).toEqual([true]);
    expect(storage.load('u1', { onError: () => undefined })).toMatchObject({
      guides: { release: { status: 'dismissed' } },
    });
  });
});

describe('other tabs', () => {
  it('closes a guide that another tab dismissed', () => {
    const shared = sharedStorage();
    const a = createGuidepost(definition, options({ storage: shared.tab() }));
    const b = createGuidepost(definition, options({ storage: shared.tab() }));
    expect(a.getState().guides.release.open).toBe(true);
    expect(b.getState().guides.release.open).toBe(true);
    a.dismiss('release');
    expect(b.getState().guides.release).toMatchObject({ open: false, status: 'dismissed' });
    expect(shared.read('u1')?.guides.release?.status).toBe('dismissed');
  });

  it('does not open a guide that another tab is showing', () => {
    const onHome = defineGuidepost({
      guides: { release: { kind: 'announcement', title: 'Release', trigger: { route: '/home' } } },
    });
    const shared = sharedStorage();
    const b = createGuidepost(onHome, options({ storage: shared.tab(), route: '/projects' }));
    const a = createGuidepost(onHome, options({ storage: shared.tab(), route: '/home' }));
    expect(a.getState().guides.release.open).toBe(true);
    expect(b.getState().guides.release).toMatchObject({ status: 'active', open: false });
    b.setRoute('/home');
    expect(b.getState().guides.release.open).toBe(false);
    expect(b.explain('release').reasons.map((r) => r.code)).toEqual(['elsewhere']);
  });

  it('writes back what it knows beyond another tab, and stops there', () => {
    const shared = sharedStorage();
    const a = createGuidepost(definition, options({ storage: shared.tab() }));
    const tab = shared.tab();
    const saves = vi.spyOn(tab, 'save');
    const b = createGuidepost(definition, options({ storage: tab }));
    b.dismiss('hint');
    a.dismiss('release');
    expect(shared.read('u1')?.guides).toMatchObject({
      release: { status: 'dismissed' },
      hint: { status: 'dismissed' },
    });
    expect(saves.mock.calls.length).toBeLessThan(4);
  });
});

describe('identify', () => {
  it('saves, loads the other user and re-evaluates', () => {
    const storage = memoryAdapter([{ ...dismissed, userId: 'u2' }]);
    const engine = createGuidepost(definition, options({ storage, user: {} }));
    expect(engine.getState()).toMatchObject({
      userId: undefined,
      snapshot: { userId: 'anonymous' },
    });
    engine.dismiss('hint');
    engine.identify({ id: 'u2', plan: 'pro' });
    expect(engine.getState()).toMatchObject({
      userId: 'u2',
      user: { plan: 'pro' },
      guides: { release: { open: false, status: 'dismissed' }, hint: { open: true } },
    });
    expect(storage.load('anonymous', { onError: () => undefined })?.guides.hint?.status).toBe(
      'dismissed',
    );
  });

  it('updates the attributes of the same user without reloading', () => {
    const storage = memoryAdapter();
    const load = vi.spyOn(storage, 'load');
    const engine = createGuidepost(definition, options({ storage }));
    engine.identify({ id: 'u1', plan: 'pro' });
    expect(load).toHaveBeenCalledTimes(1);
    expect(engine.getState().user).toEqual({ id: 'u1', plan: 'pro' });
  });
});

function fakeLocks(): ShowLocks & { held: Set<string> } {
  const held = new Set<string>();
  return {
    held,
    request(name, _options, callback) {
      return Promise.resolve().then(async () => {
        if (held.has(name)) return callback(null);
        held.add(name);
        try {
          await callback({ name });
        } finally {
          held.delete(name);
        }
      });
    },
  };
}

describe('cross-tab claim', () => {
  it('lets only one of two tabs show a once-only modal at the same instant', async () => {
    const locks = fakeLocks();
    const shared = sharedStorage();
    const a = createGuidepost(definition, options({ storage: shared.tab(), locks }));
    const b = createGuidepost(definition, options({ storage: shared.tab(), locks }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    const open = [a, b].filter((tab) => tab.getState().guides.release.open);
    expect(open).toHaveLength(1);
    expect([a, b].every((tab) => tab.getState().guides.hint.open)).toBe(true);
    expect(locks.held.size).toBe(1);
    open[0]?.dismiss('release');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(locks.held.size).toBe(0);
    expect([a, b].some((tab) => tab.getState().guides.release.open)).toBe(false);
  });
});

describe('defaults', () => {
  it('runs where there is no localStorage and no Web Locks, reporting instead of throwing', () => {
    const onError = vi.fn();
    const engine = createGuidepost(definition, { user: { id: 'u1' }, onError });
    expect(engine.getState()).toMatchObject({ ready: true, guides: { release: { open: true } } });
    engine.dismiss('release');
    expect(engine.getState().guides.release.status).toBe('dismissed');
    engine.destroy();
    engine.dismiss('hint');
    expect(engine.getState().guides.hint.status).toBe('active');
  });
});
