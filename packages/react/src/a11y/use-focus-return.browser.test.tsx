import { cleanup, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { useFocusReturn } from './use-focus-return';

afterEach(cleanup);

function Tour({ onClose }: { onClose: () => void }) {
  const surfaceRef = useFocusReturn<HTMLDivElement>(true);
  return (
    <div role="dialog" aria-label="Tour step" ref={surfaceRef}>
      {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the step takes focus on open */}
      <button autoFocus onClick={onClose}>
        Done
      </button>
    </div>
  );
}

function App({ removeInvokerOnOpen }: { removeInvokerOnOpen: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <main>
      <div role="toolbar" aria-label="Actions" tabIndex={-1}>
        {open && removeInvokerOnOpen ? null : (
          <button onClick={() => setOpen(true)}>Take the tour</button>
        )}
      </div>
      {open ? <Tour onClose={() => setOpen(false)} /> : null}
    </main>
  );
}

describe('useFocusReturn in Chromium', () => {
  it('returns keyboard focus to the button that opened the step', async () => {
    render(<App removeInvokerOnOpen={false} />);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Done' }));
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Take the tour' })),
    );
  });

  it('moves focus to the nearest focusable ancestor when that button is gone', async () => {
    render(<App removeInvokerOnOpen />);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(screen.queryByRole('button', { name: 'Take the tour' })).toBeNull();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByRole('toolbar')));
    expect(document.activeElement?.isConnected).toBe(true);
  });
});
