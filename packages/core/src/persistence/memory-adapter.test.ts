import { describe, expect, it, vi } from 'vitest';
import { emptySnapshot } from './empty-snapshot';
import { memoryAdapter } from './memory-adapter';
import type { Snapshot } from './types';

const dismissed: Snapshot = {
  ...emptySnapshot('u1'),
  guides: { welcome: { status: 'dismissed', version: 1, resetAt: 0, shows: 1, dismissedAt: 5 } },
};

describe('memoryAdapter', () => {
  it('loads what was saved for each user, and nothing for others', () => {
    const context = { onError: vi.fn() };
    const adapter = memoryAdapter();
    expect(adapter.load('u1', context)).toBeUndefined();
    adapter.save('u1', dismissed, context);
    expect(adapter.load('u1', context)).toBe(dismissed);
    expect(adapter.load('u2', context)).toBeUndefined();
    expect(context.onError).not.toHaveBeenCalled();
  });

  it('starts from the snapshots it is given', () => {
    expect(memoryAdapter([dismissed]).load('u1', { onError: vi.fn() })).toBe(dismissed);
  });
});
