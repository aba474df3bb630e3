import { act, cleanup, render, screen } from '@testing-library/react';
import { StrictMode, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { Portal } from './portal';

afterEach(cleanup);

const portals = () => document.querySelectorAll('[data-guidepost-portal]');

describe('Portal', () => {
  it.each([
    ['by default', false],
    ['under StrictMode', true],
  ])('renders once, at the end of the body, %s', (_, strict) => {
    const content = (
      <main>
        <Portal>
          <p>Portalled</p>
        </Portal>
      </main>
    );
    render(strict ? <StrictMode>{content}</StrictMode> : content);
    expect(portals()).toHaveLength(1);
    const text = screen.getByText('Portalled');
    expect(text.parentElement?.parentElement).toBe(document.body);
    expect(screen.getByRole('main').contains(text)).toBe(false);
  });

  it('renders into a container, and follows it when it changes', () => {
    const first = document.createElement('section');
    const second = document.createElement('section');
    document.body.append(first, second);
    let move: () => void = () => undefined;
    function Host() {
      const [container, setContainer] = useState(first);
      move = () => setContainer(second);
      return (
        <Portal container={container}>
          <p>Inside</p>
        </Portal>
      );
    }
    render(<Host />);
    expect(first.textContent).toBe('Inside');
    act(() => move());
    expect(first.textContent).toBe('');
    expect(second.textContent).toBe('Inside');
    first.remove();
    second.remove();
  });

  it('leaves nothing behind when it unmounts, and renders nothing on the server', () => {
    const { unmount } = render(
      <Portal>
        <p>Gone</p>
      </Portal>,
    );
    unmount();
    expect(portals()).toHaveLength(0);
    expect(
      renderToString(
        <Portal>
          <p>Server</p>
        </Portal>,
      ),
    ).toBe('');
  });
});
