import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterKeysReleased, watchHeldKeys } from './held-keys';

let stop: (() => void) | undefined;
afterEach(() => stop?.());

describe('held keys', () => {
  it('never waits for a key a script pressed: a keyDown without its keyUp holds nothing', () => {
    stop = watchHeldKeys(window);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter' }));
    const run = vi.fn();
    afterKeysReleased(window, run);
    expect(run).toHaveBeenCalledOnce();
  });

  it('runs at once when the keys are not watched', () => {
    const run = vi.fn();
    afterKeysReleased(window, run);
    expect(run).toHaveBeenCalledOnce();
  });
});
