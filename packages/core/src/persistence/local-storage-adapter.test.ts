// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeSnapshot } from './decode-snapshot';
import { emptySnapshot } from './empty-snapshot';
import { encodeSnapshot } from './encode-snapshot';
import { localStorageAdapter } from './local-storage-adapter';
import { FakeStorage } from './testing/fake-storage';
import { dismissedAt, withGuides } from './testing/snapshot-fixtures';

const KEY = 'guidepost:u1';
const welcomeDismissed = withGuides({ welcome: dismissedAt(5) });

function setup() {
  const onError = vi.fn();
  return { onError, context: { onError }, codes: () => onError.mock.calls.map(([e]) => e.code) };
}

beforeEach(() => window.localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('localStorageAdapter', () => {
  it('saves under guidepost:<userId> and loads it back', () => {
    const { context, onError } = setup();
    const adapter = localStorageAdapter();
    adapter.save('u1', welcomeDismissed, context);
    expect(decodeSnapshot(window.localStorage.getItem(KEY))).toMatchObject({
      status: 'ok',
      snapshot: welcomeDismissed,
    });
    expect(adapter.load('u1', context)).toStrictEqual(welcomeDismissed);
    expect(localStorageAdapter().load('u1', context)).toStrictEqual(welcomeDismissed);
    expect(onError).not.toHaveBeenCalled();
  });

  it('uses the configured prefix', () => {
    const storage = new FakeStorage();
    localStorageAdapter({ prefix: 'acme:', getStorage: () => storage }).save(
      'u1',
      welcomeDismissed,
      setup().context,
    );
    expect([...storage.items.keys()]).toStrictEqual(['acme:u1']);
  });

  describe('when the localStorage getter throws a SecurityError', () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
    beforeEach(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    });
    afterEach(() => {
      if (original) Object.defineProperty(window, 'localStorage', original);
    });

    it('imports and runs in memory, reporting once', async () => {
      vi.resetModules();
      const fresh = await import('./local-storage-adapter');
      const { context, codes } = setup();
      const adapter = fresh.localStorageAdapter();
      expect(adapter.load('u1', context)).toBeUndefined();
      adapter.save('u1', welcomeDismissed, context);
      adapter.save('u1', withGuides({ tips: dismissedAt(6) }), context);
      expect(adapter.load('u1', context)?.guides).toStrictEqual({
        tips: dismissedAt(6),
        welcome: dismissedAt(5),
      });
      expect(adapter.subscribe?.('u1', vi.fn(), context)).toBeTypeOf('function');
      expect(codes()).toStrictEqual(['storage_unavailable']);
    });
  });

  it('keeps going in memory when every write fails, reporting once', () => {
    const { context, codes } = setup();
    window.localStorage.setItem('other-app', 'keep me');
    window.localStorage.setItem(KEY, encodeSnapshot(withGuides({ old: dismissedAt(1) })));
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const adapter = localStorageAdapter();
    for (let i = 0; i < 20; i += 1) {
      adapter.save('u1', withGuides({ [`g${i}`]: dismissedAt(i) }), context);
    }
    expect(setItem).toHaveBeenCalledTimes(20);
    expect(Object.keys(adapter.load('u1', context)?.guides ?? {})).toHaveLength(21);
    expect(window.localStorage.getItem('other-app')).toBe('keep me');
    expect(decodeSnapshot(window.localStorage.getItem(KEY))).toMatchObject({
      snapshot: withGuides({ old: dismissedAt(1) }),
    });
    expect(codes()).toStrictEqual(['storage_write_failed']);
  });

  it.each([
    ['text that is not JSON', '{"v":1,"guides":'],
    ['foreign JSON', '{"hello":1}'],
    ['a JSON string', '"guidepost"'],
  ])('loads %s as empty, reports once, and overwrites it on the next save', (_, raw) => {
    const { context, codes } = setup();
    window.localStorage.setItem(KEY, raw);
    const adapter = localStorageAdapter();
    expect(adapter.load('u1', context)).toBeUndefined();
    expect(adapter.load('u1', context)).toBeUndefined();
    adapter.save('u1', welcomeDismissed, context);
    expect(adapter.load('u1', context)).toStrictEqual(welcomeDismissed);
    expect(decodeSnapshot(window.localStorage.getItem(KEY)).status).toBe('ok');
    expect(codes()).toStrictEqual(['storage_corrupt']);
  });

  it('keeps the good guide entries when one is broken, and reports once', () => {
    const { context, onError } = setup();
    window.localStorage.setItem(
      KEY,
      JSON.stringify({ v: 1, userId: 'u1', guides: { welcome: dismissedAt(5), bad: 42 } }),
    );
    const adapter = localStorageAdapter();
    expect(adapter.load('u1', context)).toStrictEqual(welcomeDismissed);
    adapter.load('u1', context);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({
      code: 'storage_corrupt',
      path: 'guides.bad',
    });
  });

  it('migrates the pre-release shape on load and writes v1 on the next save', () => {
    const { context, onError } = setup();
    const old = JSON.stringify({ userId: 'u1', dismissed: ['welcome'], completed: ['tips'] });
    window.localStorage.setItem(KEY, old);
    const adapter = localStorageAdapter();
    const loaded = adapter.load('u1', context);
    expect(loaded?.guides.welcome?.status).toBe('dismissed');
    expect(loaded?.guides.tips?.status).toBe('completed');
    expect(window.localStorage.getItem(KEY)).toBe(old);
    adapter.save('u1', loaded ?? emptySnapshot('u1'), context);
    expect(JSON.parse(window.localStorage.getItem(KEY) ?? '')).toMatchObject({
      v: 1,
      guides: { welcome: { status: 'dismissed' }, tips: { status: 'completed' } },
    });
    expect(onError).not.toHaveBeenCalled();
  });

  it('never reads nor overwrites a snapshot from a newer version, and reports once', () => {
    const { context, codes } = setup();
    const newer = JSON.stringify({ v: 2, userId: 'u1', progress: ['opaque'] });
    window.localStorage.setItem(KEY, newer);
    const adapter = localStorageAdapter();
    expect(adapter.load('u1', context)).toBeUndefined();
    adapter.save('u1', welcomeDismissed, context);
    adapter.save('u1', withGuides({ tips: dismissedAt(6) }), context);
    expect(window.localStorage.getItem(KEY)).toBe(newer);
    expect(Object.keys(adapter.load('u1', context)?.guides ?? {})).toStrictEqual([
      'tips',
      'welcome',
    ]);
    expect(codes()).toStrictEqual(['storage_newer_version']);
  });

  it('never overwrites a dismissal another tab wrote that this tab has not seen', () => {
    const { context } = setup();
    const tabA = localStorageAdapter();
    const tabB = localStorageAdapter();
    tabA.save('u1', welcomeDismissed, context);
    tabB.save('u1', withGuides({ tips: dismissedAt(9) }), context);
    expect(localStorageAdapter().load('u1', context)?.guides).toStrictEqual({
      tips: dismissedAt(9),
      welcome: dismissedAt(5),
    });
  });

  describe('subscribe', () => {
    const fire = (init: StorageEventInit) =>
      window.dispatchEvent(
        new StorageEvent('storage', { storageArea: window.localStorage, ...init }),
      );

    it('hands over snapshots another tab writes for this user', () => {
      const { context, onError } = setup();
      const listener = vi.fn();
      const stop = localStorageAdapter().subscribe?.('u1', listener, context);
      fire({ key: KEY, newValue: encodeSnapshot(welcomeDismissed) });
      expect(listener).toHaveBeenCalledTimes(1);
      expect(listener).toHaveBeenCalledWith(welcomeDismissed);
      stop?.();
      fire({ key: KEY, newValue: encodeSnapshot(welcomeDismissed) });
      expect(listener).toHaveBeenCalledTimes(1);
      expect(onError).not.toHaveBeenCalled();
    });

    it.each<[string, StorageEventInit]>([
      ['the key being cleared', { key: KEY, newValue: null }],
      ['the whole storage being cleared', { key: null, newValue: null }],
      ['another key', { key: 'guidepost:u2', newValue: encodeSnapshot(welcomeDismissed) }],
      ['another storage area', { key: KEY, storageArea: window.sessionStorage, newValue: '{}' }],
    ])('ignores %s', (_, init) => {
      const listener = vi.fn();
      localStorageAdapter().subscribe?.('u1', listener, setup().context);
      fire(init);
      expect(listener).not.toHaveBeenCalled();
    });

    it('reports an unreadable value from another tab once and hands nothing over', () => {
      const { context, codes } = setup();
      const listener = vi.fn();
      localStorageAdapter().subscribe?.('u1', listener, context);
      fire({ key: KEY, newValue: '{oops' });
      fire({ key: KEY, newValue: '{oops' });
      expect(listener).not.toHaveBeenCalled();
      expect(codes()).toStrictEqual(['storage_corrupt']);
    });
  });
});
