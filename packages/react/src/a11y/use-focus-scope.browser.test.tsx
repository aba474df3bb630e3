import { act, cleanup, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { useFocusScope, type InitialFocus } from './use-focus-scope';

afterEach(cleanup);

const button = (name: string) => screen.getByRole('button', { name });
const focused = () => document.activeElement;

interface DialogProps {
  readonly modal: boolean;
  readonly initialFocus?: InitialFocus;
  readonly reference: Element | null;
  readonly onClose: () => void;
  readonly onFocusOut?: () => void;
  readonly wrapWithReference?: boolean;
}

function Dialog({
  modal,
  initialFocus = 'first',
  reference,
  onClose,
  onFocusOut,
  wrapWithReference = false,
}: DialogProps) {
  const [extra, setExtra] = useState(true);
  const scopeRef = useFocusScope<HTMLDivElement>({
    open: true,
    modal,
    initialFocus,
    reference,
    tabFromReference: true,
    wrapWithReference,
    ...(onFocusOut === undefined ? {} : { onFocusOut }),
  });
  return (
    <div role="dialog" aria-label="Scope" tabIndex={-1} ref={scopeRef}>
      <button type="button" onClick={onClose}>
        First
      </button>
      {extra ? (
        <button type="button" onClick={() => setExtra(false)}>
          Remove me
        </button>
      ) : null}
      <button type="button" disabled>
        Disabled
      </button>
      <button type="button" tabIndex={-1}>
        Untabbable
      </button>
      <button type="button" style={{ visibility: 'hidden' }}>
        Invisible
      </button>
      <button type="button" onClick={onClose}>
        Last
      </button>
    </div>
  );
}

function Page(props: Omit<DialogProps, 'reference' | 'onClose'>) {
  const [open, setOpen] = useState(false);
  const [opener, setOpener] = useState<HTMLButtonElement | null>(null);
  return (
    <main>
      <button type="button">Before</button>
      <button type="button" ref={setOpener} onClick={() => setOpen(true)}>
        Open
      </button>
      <button type="button">After</button>
      {open ? <Dialog {...props} reference={opener} onClose={() => setOpen(false)} /> : null}
    </main>
  );
}

async function openWithKeyboard(): Promise<HTMLElement> {
  act(() => button('Open').focus());
  await userEvent.keyboard('{Enter}');
  return screen.getByRole('dialog');
}

describe('a modal focus scope in Chromium', () => {
  it('moves focus to the first tabbable control, cycles Tab inside, and returns focus on close', async () => {
    render(<Page modal />);
    const dialog = await openWithKeyboard();
    await vi.waitFor(() => expect(focused()).toBe(button('First')));

    const stops: string[] = [];
    for (let press = 0; press < 4; press += 1) {
      await userEvent.keyboard('{Tab}');
      stops.push(focused()?.textContent ?? '');
    }
    expect(stops).toEqual(['Remove me', 'Last', 'First', 'Remove me']);
    expect(dialog.contains(focused())).toBe(true);

    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(focused()).toBe(button('First'));
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(focused()).toBe(button('Last'));
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await vi.waitFor(() => expect(focused()).toBe(button('Open')));
  });

  it('takes Shift+Tab from the first control, or from the surface, to the last', async () => {
    render(<Page modal initialFocus="surface" />);
    const dialog = await openWithKeyboard();
    await vi.waitFor(() => expect(focused()).toBe(dialog));
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(focused()).toBe(button('Last'));
    await userEvent.keyboard('{Tab}');
    expect(focused()).toBe(button('First'));
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(focused()).toBe(button('Last'));
  });

  it('makes the rest of the page inert while open, and restores it after', async () => {
    render(<Page modal />);
    await openWithKeyboard();
    await vi.waitFor(() => expect(focused()).toBe(button('First')));
    expect(button('After').closest('[inert]')).not.toBeNull();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.querySelector('[inert]')).toBeNull();
  });

  it('keeps focus inside when the focused control is removed', async () => {
    render(<Page modal />);
    const dialog = await openWithKeyboard();
    await vi.waitFor(() => expect(focused()).toBe(button('First')));
    await userEvent.keyboard('{Tab}');
    expect(focused()).toBe(button('Remove me'));
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(focused()).toBe(dialog));
    await userEvent.keyboard('{Tab}');
    expect(dialog.contains(focused())).toBe(true);
  });
});

describe('a non-modal focus scope in Chromium', () => {
  it('sits after its reference in the Tab order without trapping', async () => {
    const onFocusOut = vi.fn();
    render(<Page modal={false} initialFocus="none" onFocusOut={onFocusOut} />);
    const dialog = await openWithKeyboard();
    expect(focused()).toBe(button('Open'));
    expect(button('After').closest('[inert]')).toBeNull();

    await userEvent.keyboard('{Tab}');
    expect(focused()).toBe(button('First'));
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(focused()).toBe(button('Open'));
    expect(onFocusOut).not.toHaveBeenCalled();

    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Tab}');
    expect(focused()).toBe(button('Last'));
    await userEvent.keyboard('{Tab}');
    expect(focused()).toBe(button('After'));
    expect(dialog.isConnected).toBe(true);
    expect(onFocusOut).toHaveBeenCalledTimes(1);

    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(focused()).toBe(button('Last'));
    await userEvent.keyboard('{Tab}');
    expect(focused()).toBe(button('After'));
    await userEvent.keyboard('{Tab}');
    expect(dialog.contains(focused())).toBe(false);
  });

  it('wrapping with its reference, sends Tab round the two and nowhere else', async () => {
    render(<Page modal={false} wrapWithReference />);
    const dialog = await openWithKeyboard();
    await vi.waitFor(() => expect(focused()).toBe(button('First')));
    expect(dialog.hasAttribute('aria-modal')).toBe(false);
    // The page is left as it is: only the Tab order changes.
    expect(document.querySelector('[inert]')).toBeNull();

    const stops: string[] = [];
    for (let press = 0; press < 4; press += 1) {
      await userEvent.keyboard('{Tab}');
      stops.push(focused()?.textContent ?? '');
    }
    expect(stops).toEqual(['Remove me', 'Last', 'Open', 'First']);
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(focused()).toBe(button('Open'));
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(focused()).toBe(button('Last'));

    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.querySelector('[inert]')).toBeNull();
    await vi.waitFor(() => expect(focused()).toBe(button('Open')));
  });
});
