import { describe, expect, it, vi } from 'vitest';
import { emptySnapshot } from './empty-snapshot';
import { localStorageAdapter } from './local-storage-adapter';
import type { Snapshot } from './types';

const dismissed: Snapshot = {
  ...emptySnapshot('u1'),
  guides: { welcome: { status: 'dismissed', version: 1, resetAt: 0, shows: 1, dismissedAt: 5 } },
};

describe('localStorageAdapter on a server (no window)', () => {
  it('runs in memory for the session and reports once', () => {
    expect(typeof window).toBe('undefined');
    const onError = vi.fn();
    const adapter = localStorageAdapter();
    expect(adapter.load('u1', { onError })).toBeUndefined();
    adapter.save('u1', dismissed, { onError });
    adapter.save('u1', dismissed, { onError });
    expect(adapter.load('u1', { onError })).toStrictEqual(dismissed);
    const stop = adapter.subscribe?.('u1', vi.fn(), { onError });
    expect(() => stop?.()).not.toThrow();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'storage_unavailable' });
  });
});
