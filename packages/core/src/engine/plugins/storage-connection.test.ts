import { describe, expect, it, vi } from 'vitest';
import { GuidepostError } from '../../errors/guidepost-error';
import { emptySnapshot } from '../../persistence';
import type { StorageAdapter } from '../../persistence/types';
import { createStorageConnection } from './storage-connection';

const boom = () => {
  throw new Error('boom');
};

describe('createStorageConnection', () => {
  it.each<[string, StorageAdapter]>([
    ['a load that throws', { load: boom, save: () => undefined }],
    ['a save that throws', { load: () => undefined, save: boom }],
    ['a subscribe that throws', { load: () => undefined, save: () => undefined, subscribe: boom }],
  ])('reports %s and never throws', (_, storage) => {
    const onError = vi.fn();
    const link = createStorageConnection(storage, { onError, loaded: vi.fn(), remote: vi.fn() });
    expect(() => {
      link.open('u1');
      link.save('u1', emptySnapshot('u1'));
      link.close();
    }).not.toThrow();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'adapter_failed' }));
  });

  it('drops an async answer for a user that is no longer open', async () => {
    const loaded = vi.fn();
    const link = createStorageConnection(
      { load: async (userId) => emptySnapshot(userId), save: () => undefined },
      { onError: vi.fn(), loaded, remote: vi.fn() },
    );
    expect(link.open('u1')).toEqual({ sync: false });
    link.open('u2');
    await Promise.resolve();
    await Promise.resolve();
    expect(loaded.mock.calls.map(([key]) => key)).toEqual(['u2']);
  });

  it('reports a save that rejects', async () => {
    const onError = vi.fn();
    const link = createStorageConnection(
      { load: () => undefined, save: () => Promise.reject(new Error('offline')) },
      { onError, loaded: vi.fn(), remote: vi.fn() },
    );
    link.save('u1', emptySnapshot('u1'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'adapter_failed' }));
  });

  it('tells a load that failed from one that found nothing', async () => {
    const loaded = vi.fn();
    const failing: StorageAdapter = {
      load: async (_userId, context) => {
        context.onError(new GuidepostError('remote_load_failed', 'offline'));
        return undefined;
      },
      save: () => undefined,
    };
    const empty: StorageAdapter = { load: async () => undefined, save: () => undefined };
    for (const storage of [failing, empty]) {
      createStorageConnection(storage, { onError: vi.fn(), loaded, remote: vi.fn() }).open('u1');
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(loaded.mock.calls).toEqual([
      ['u1', undefined, true],
      ['u1', undefined, false],
    ]);
  });

  it('counts a sync load that throws as failed, and one that reports only storage trouble as not', () => {
    const handlers = { onError: vi.fn(), loaded: vi.fn(), remote: vi.fn() };
    const unavailable: StorageAdapter = {
      load: (_userId, context) => {
        context.onError(new GuidepostError('storage_unavailable', 'no storage'));
        return undefined;
      },
      save: () => undefined,
    };
    expect(createStorageConnection({ load: boom, save: boom }, handlers).open('u1')).toEqual({
      sync: true,
      snapshot: undefined,
      failed: true,
    });
    expect(createStorageConnection(unavailable, handlers).open('u1')).toEqual({
      sync: true,
      snapshot: undefined,
      failed: false,
    });
  });
});
