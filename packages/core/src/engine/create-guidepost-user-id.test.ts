import { describe, expect, it, vi } from 'vitest';
import { defineGuidepost } from '../guides';
import { memoryAdapter } from '../persistence';
import type { UserAttributes } from '../targeting/types';
import { createGuidepost } from './create-guidepost';

const definition = defineGuidepost({
  guides: { release: { kind: 'announcement', title: 'Release' } },
});

function start(user: UserAttributes, storage = memoryAdapter()) {
  const onError = vi.fn();
  const engine = createGuidepost(definition, { user, storage, locks: null, onError });
  return { engine, onError, storage };
}

describe('user ids', () => {
  it.each<[string, unknown, string]>([
    ['an object', {}, 'user.id must be a string or a finite number, got an object'],
    ['an array', ['u1'], 'user.id must be a string or a finite number, got an array'],
    ['a boolean', true, 'user.id must be a string or a finite number, got a boolean'],
    ['NaN', Number.NaN, 'user.id must be a string or a finite number, got NaN'],
    ['a 1 MB string', 'u'.repeat(1_000_000), 'user.id is 1,000,000 characters long; at most 512'],
  ])('refuses %s as an id, reports it, and treats the user as anonymous', (_name, id, message) => {
    const { engine, onError } = start({ id } as UserAttributes);
    expect(engine.getState().userId).toBeUndefined();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({
        code: 'invalid_user_id',
        path: 'user.id',
        message: expect.stringContaining(message) as string,
      }),
    );
  });

  it("never stores progress under '[object Object]', which every such user would share", () => {
    const storage = memoryAdapter();
    start({ id: { name: 'ada' } } as unknown as UserAttributes, storage).engine.dismiss('release');
    expect(storage.load('[object Object]', { onError: () => undefined })).toBeUndefined();
    expect(storage.load('anonymous', { onError: () => undefined })).toMatchObject({
      guides: { release: { status: 'dismissed' } },
    });
  });

  it('reads strings and finite numbers, and reports a refused id once until it changes', () => {
    const { engine, onError } = start({ id: 42 });
    expect(engine.getState().userId).toBe('42');
    engine.identify({ id: {} } as unknown as UserAttributes);
    engine.identify({ id: {}, plan: 'pro' } as unknown as UserAttributes);
    expect(onError).toHaveBeenCalledTimes(1);
    engine.identify({ id: 'u1' });
    expect(engine.getState().userId).toBe('u1');
    engine.identify({ id: false } as unknown as UserAttributes);
    expect(onError).toHaveBeenCalledTimes(2);
  });
});
