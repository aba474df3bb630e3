import { act, cleanup, render, screen } from '@testing-library/react';
import { StrictMode, useState, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useFocusReturn } from './use-focus-return';

afterEach(cleanup);

function Surface({ open, fallback }: { open: boolean; fallback?: () => Element | null }) {
  const surfaceRef = useFocusReturn<HTMLDivElement>(open, fallback ? { fallback } : {});
  if (!open) return null;
  return (
    <div role="dialog" aria-label="Tour step" ref={surfaceRef}>
      {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the surface takes focus on open */}
      <button autoFocus>Next</button>
    </div>
  );
}

function Page({
  open,
  invoker = true,
  toolbarFocusable = true,
  fallback,
  children,
}: {
  open: boolean;
  invoker?: boolean;
  toolbarFocusable?: boolean;
  fallback?: () => Element | null;
  children?: ReactNode;
}) {
  return (
    <main>
      <div role="toolbar" aria-label="Actions" tabIndex={toolbarFocusable ? -1 : undefined}>
        <div>{invoker ? <button>Take the tour</button> : null}</div>
      </div>
      <input aria-label="Search" />
      {children}
      <Surface open={open} {...(fallback ? { fallback } : {})} />
    </main>
  );
}

async function flush() {
  await act(async () => {
    await Promise.resolve();
  });
}

function openFromInvoker(element: ReactNode) {
  const result = render(element);
  act(() => screen.getByRole('button', { name: 'Take the tour' }).focus());
  return result;
}

describe('useFocusReturn', () => {
  it('gives focus back to the element that opened the surface', async () => {
    const { rerender } = openFromInvoker(<Page open={false} />);
    rerender(<Page open />);
    expect(screen.getByRole('button', { name: 'Next' })).toBe(document.activeElement);
    rerender(<Page open={false} />);
    await flush();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Take the tour' }));
  });

  it('does the same under StrictMode, and does not pull focus out on the simulated remount', async () => {
    const { rerender } = openFromInvoker(
      <StrictMode>
        <Page open={false} />
      </StrictMode>,
    );
    rerender(
      <StrictMode>
        <Page open />
      </StrictMode>,
    );
    await flush();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Next' }));
    rerender(
      <StrictMode>
        <Page open={false} />
      </StrictMode>,
    );
    await flush();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Take the tour' }));
  });

  it('focuses the closest focusable ancestor when the invoker was removed while open', async () => {
    const { rerender } = openFromInvoker(<Page open={false} />);
    rerender(<Page open />);
    rerender(<Page open invoker={false} />);
    rerender(<Page open={false} invoker={false} />);
    await flush();
    expect(document.activeElement).toBe(screen.getByRole('toolbar'));
    expect(document.activeElement?.isConnected).toBe(true);
  });

  it('tries the fallback before the ancestors', async () => {
    const fallback = () => screen.getByRole('textbox', { name: 'Search' });
    const { rerender } = openFromInvoker(<Page open={false} fallback={fallback} />);
    rerender(<Page open fallback={fallback} />);
    rerender(<Page open invoker={false} fallback={fallback} />);
    rerender(<Page open={false} invoker={false} fallback={fallback} />);
    await flush();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Search' }));
  });

  it('falls back to the body only when nothing nearby can take focus', async () => {
    const { rerender } = openFromInvoker(<Page open={false} toolbarFocusable={false} />);
    rerender(<Page open toolbarFocusable={false} />);
    rerender(<Page open invoker={false} toolbarFocusable={false} />);
    rerender(<Page open={false} invoker={false} toolbarFocusable={false} />);
    await flush();
    expect(document.activeElement).toBe(document.body);
  });

  it('returns focus when the surface unmounts while still open', async () => {
    function Host() {
      const [shown, setShown] = useState(false);
      return (
        <>
          <button onClick={() => setShown(true)}>Take the tour</button>
          {shown ? <Surface open /> : null}
          <button onClick={() => setShown(false)}>Remove the tour</button>
        </>
      );
    }
    render(<Host />);
    const invoker = screen.getByRole('button', { name: 'Take the tour' });
    act(() => invoker.focus());
    act(() => invoker.click());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Next' }));
    act(() => screen.getByRole('button', { name: 'Remove the tour' }).click());
    await flush();
    expect(document.activeElement).toBe(invoker);
  });

  it('keeps the first invoker when reopened while the surface is still exiting', async () => {
    function Exiting({ open }: { open: boolean }) {
      const surfaceRef = useFocusReturn<HTMLDivElement>(open);
      return (
        <>
          <button>Take the tour</button>
          <div
            role="dialog"
            aria-label="Tour step"
            ref={surfaceRef}
            data-state={open ? 'open' : 'exiting'}
          >
            <button>Next</button>
          </div>
        </>
      );
    }
    const { rerender } = render(<Exiting open={false} />);
    act(() => screen.getByRole('button', { name: 'Take the tour' }).focus());
    rerender(<Exiting open />);
    act(() => screen.getByRole('button', { name: 'Next' }).focus());
    rerender(<Exiting open={false} />);
    rerender(<Exiting open />);
    await flush();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Next' }));
    rerender(<Exiting open={false} />);
    await flush();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Take the tour' }));
  });

  it('leaves focus alone when the user has moved on to something else', async () => {
    const { rerender } = openFromInvoker(<Page open={false} />);
    rerender(<Page open />);
    act(() => screen.getByRole('textbox', { name: 'Search' }).focus());
    rerender(<Page open={false} />);
    await flush();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Search' }));
  });
});
