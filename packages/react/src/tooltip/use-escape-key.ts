import { useEffect } from 'react';

/**
 * Calls `onEscape` when Escape is pressed while `enabled`, anywhere in the document or, with
 * `within`, only when focus is inside one of the elements it returns. A key an inner control
 * already handled (`defaultPrevented`, as an open menu inside the hint does) or typed while
 * composing text is left alone, so only the top-most layer closes; the one that closes the
 * hint is marked handled.
 */
export function useEscapeKey(
  enabled: boolean,
  onEscape: () => void,
  within?: () => readonly (Element | null)[],
): void {
  useEffect(() => {
    if (!enabled || typeof document === 'undefined') return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
      if (within !== undefined) {
        const origin = event.target;
        const inside = within().some(
          (element) => element !== null && origin instanceof Node && element.contains(origin),
        );
        if (!inside) return;
      }
      event.preventDefault();
      onEscape();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled, onEscape, within]);
}
