import { describe, expect, it, vi } from 'vitest';
import { claimShow, type ShowLocks } from './web-locks';

const boom = () => {
  throw new Error('boom');
};

describe('claimShow', () => {
  it.each<[string, ShowLocks]>([
    ['throws', { request: boom }],
    ['rejects', { request: () => Promise.reject(new Error('SecurityError')) }],
  ])('tells the caller when the lock manager %s', async (_, locks) => {
    const failed = vi.fn();
    claimShow(locks, 'x', { granted: vi.fn(), denied: vi.fn(), failed });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(failed).toHaveBeenCalledOnce();
  });
});
