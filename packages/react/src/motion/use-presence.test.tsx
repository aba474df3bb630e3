import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { usePresence } from './use-presence';

afterEach(cleanup);

function deferred() {
  let resolve = () => undefined as void;
  let reject = (_: unknown) => undefined as void;
  const promise = new Promise<void>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  return { promise, resolve, reject };
}

function Surface({ open, exit }: { open: boolean; exit?: () => Promise<void> }) {
  const { mounted, status } = usePresence(open, exit);
  return mounted ? <div role="dialog" aria-label="Step" data-state={status} /> : null;
}

const dialog = () => screen.queryByRole('dialog');

describe('usePresence', () => {
  it('mounts at once when opened', () => {
    render(<Surface open />);
    expect(dialog()?.getAttribute('data-state')).toBe('open');
  });

  it('keeps the surface mounted until its exit has finished', async () => {
    const exit = deferred();
    const run = () => exit.promise;
    const { rerender } = render(<Surface open exit={run} />);
    rerender(<Surface open={false} exit={run} />);
    expect(dialog()?.getAttribute('data-state')).toBe('exiting');
    await act(async () => {
      exit.resolve();
      await exit.promise;
    });
    expect(dialog()).toBeNull();
  });

  it('still unmounts when the exit fails', async () => {
    const exit = deferred();
    const run = () => exit.promise;
    const { rerender } = render(<Surface open exit={run} />);
    rerender(<Surface open={false} exit={run} />);
    await act(async () => {
      exit.reject(new Error('animation interrupted'));
      await exit.promise.catch(() => undefined);
    });
    expect(dialog()).toBeNull();
  });

  it('stays open when reopened during its exit, even after that exit settles', async () => {
    const exit = deferred();
    const run = () => exit.promise;
    const { rerender } = render(<Surface open exit={run} />);
    rerender(<Surface open={false} exit={run} />);
    rerender(<Surface open exit={run} />);
    await act(async () => {
      exit.resolve();
      await exit.promise;
    });
    expect(dialog()?.getAttribute('data-state')).toBe('open');
  });

  it('unmounts right after closing when there is no exit to play', async () => {
    const { rerender } = render(<Surface open />);
    rerender(<Surface open={false} />);
    await act(async () => {
      await Promise.resolve();
    });
    expect(dialog()).toBeNull();
  });

  it('never mounts a surface that starts closed', () => {
    render(<Surface open={false} exit={() => Promise.resolve()} />);
    expect(dialog()).toBeNull();
  });
});
