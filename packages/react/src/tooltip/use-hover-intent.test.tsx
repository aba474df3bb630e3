import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useHoverIntent } from './use-hover-intent';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function Hint() {
  const [target, setTarget] = useState<HTMLButtonElement | null>(null);
  const [floating, setFloating] = useState<HTMLDivElement | null>(null);
  const [open, setOpen] = useState(false);
  useHoverIntent({
    enabled: true,
    reference: target,
    floating,
    onEnter: () => setOpen(true),
    onLeave: () => setOpen(false),
  });
  return (
    <>
      <button type="button" ref={setTarget}>
        Save
      </button>
      {open ? (
        <div role="tooltip" ref={setFloating}>
          Save often
        </div>
      ) : null}
    </>
  );
}

const target = () => screen.getByRole('button', { name: 'Save' });
const hint = () => screen.queryByRole('tooltip');
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('useHoverIntent', () => {
  it('opens once the pointer has rested on the target', () => {
    render(<Hint />);
    fireEvent.mouseEnter(target());
    wait(100);
    expect(hint()).toBeNull();
    wait(60);
    expect(hint()).not.toBeNull();
  });

  it('does not open when the pointer only passes over the target', () => {
    render(<Hint />);
    fireEvent.mouseEnter(target());
    wait(50);
    fireEvent.mouseLeave(target());
    wait(500);
    expect(hint()).toBeNull();
  });

  it.each([
    ['moves onto the hint', () => fireEvent.mouseEnter(hint() as Element), true],
    ['comes back to the target', () => fireEvent.mouseEnter(target()), true],
    ['goes elsewhere', () => undefined, false],
  ])('after leaving the target, stays open only if the pointer %s', (_, then, stays) => {
    render(<Hint />);
    fireEvent.mouseEnter(target());
    wait(200);
    fireEvent.mouseLeave(target());
    wait(50);
    then();
    wait(600);
    expect(hint() !== null).toBe(stays);
  });

  it('closes shortly after the pointer leaves the hint for the page', () => {
    render(<Hint />);
    fireEvent.mouseEnter(target());
    wait(200);
    fireEvent.mouseLeave(target());
    fireEvent.mouseEnter(hint() as Element);
    wait(500);
    expect(hint()).not.toBeNull();
    fireEvent.mouseLeave(hint() as Element);
    wait(150);
    expect(hint()).toBeNull();
  });
});
