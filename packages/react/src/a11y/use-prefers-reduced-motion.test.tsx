import { act, cleanup, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePrefersReducedMotion } from './use-prefers-reduced-motion';

function Probe() {
  return <output>{usePrefersReducedMotion() ? 'reduce' : 'animate'}</output>;
}

function fakeMatchMedia(initial: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    matches: initial,
    media: '(prefers-reduced-motion: reduce)',
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  };
  vi.stubGlobal(
    'matchMedia',
    vi.fn(() => query),
  );
  return {
    listeners,
    change(matches: boolean) {
      query.matches = matches;
      for (const listener of listeners) listener();
    },
  };
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('usePrefersReducedMotion', () => {
  it.each([
    [true, 'reduce'],
    [false, 'animate'],
  ])('reads the preference (reduce: %s)', (matches, shown) => {
    fakeMatchMedia(matches);
    render(<Probe />);
    expect(screen.getByRole('status').textContent).toBe(shown);
  });

  it('follows a change made while the page is open, and stops listening on unmount', () => {
    const media = fakeMatchMedia(false);
    const { unmount } = render(<Probe />);
    act(() => media.change(true));
    expect(screen.getByRole('status').textContent).toBe('reduce');
    act(() => media.change(false));
    expect(screen.getByRole('status').textContent).toBe('animate');
    unmount();
    expect(media.listeners.size).toBe(0);
  });

  it('is false where matchMedia does not exist', () => {
    vi.stubGlobal('matchMedia', undefined);
    render(<Probe />);
    expect(screen.getByRole('status').textContent).toBe('animate');
  });

  it('is false on the server, whatever the client prefers', () => {
    fakeMatchMedia(true);
    expect(renderToString(<Probe />)).toContain('animate');
  });
});
