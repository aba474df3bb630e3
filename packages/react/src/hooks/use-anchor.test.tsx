import { cleanup, render } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveTarget } from '../dom/resolve-target';
import { useAnchor } from './use-anchor';

function Anchored({ name, markup }: { name: string; markup?: string }) {
  const anchor = useAnchor<HTMLButtonElement>(name);
  return (
    <button ref={anchor} data-guidepost={markup}>
      New project
    </button>
  );
}

afterEach(cleanup);

describe('useAnchor', () => {
  it('makes the element findable by its anchor name', () => {
    const { getByRole } = render(<Anchored name="new-project" />);
    expect(resolveTarget('new-project')).toBe(getByRole('button'));
  });

  it('follows a change of name', () => {
    const { getByRole, rerender } = render(<Anchored name="first" />);
    rerender(<Anchored name="second" />);
    expect(resolveTarget('first')).toBeNull();
    expect(resolveTarget('second')).toBe(getByRole('button'));
  });

  it('removes the anchor when the element unmounts', () => {
    const { getByRole, unmount } = render(<Anchored name="new-project" />);
    const button = getByRole('button');
    unmount();
    expect(button.hasAttribute('data-guidepost')).toBe(false);
  });

  it('survives StrictMode remounts', () => {
    const { getByRole } = render(
      <StrictMode>
        <Anchored name="new-project" />
      </StrictMode>,
    );
    expect(getByRole('button').getAttribute('data-guidepost')).toBe('new-project');
  });

  it('leaves a name that was already in the markup', () => {
    const element = document.createElement('button');
    element.setAttribute('data-guidepost', 'new-project');
    function Marked() {
      const anchor = useAnchor('new-project');
      anchor(element);
      anchor(null);
      return null;
    }
    render(<Marked />);
    expect(element.getAttribute('data-guidepost')).toBe('new-project');
  });

  it('restores a different earlier value when it lets go', () => {
    const { getByRole, unmount } = render(<Anchored name="new-project" markup="legacy" />);
    const button = getByRole('button');
    expect(button.getAttribute('data-guidepost')).toBe('new-project');
    unmount();
    expect(button.getAttribute('data-guidepost')).toBe('legacy');
  });
});
