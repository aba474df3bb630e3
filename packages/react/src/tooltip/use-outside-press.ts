import { useEffect } from 'react';

/**
 * Calls `onOutside` when the pointer goes down outside every element `inside` returns, while
 * `enabled`: a hint dialog closes when the user clicks elsewhere on the page.
 */
export function useOutsidePress(
  enabled: boolean,
  inside: () => readonly (Element | null)[],
  onOutside: () => void,
): void {
  useEffect(() => {
    if (!enabled || typeof document === 'undefined') return;
    const onPointerDown = (event: PointerEvent) => {
      const origin = event.target;
      if (!(origin instanceof Node)) return;
      if (inside().some((element) => element !== null && element.contains(origin))) return;
      onOutside();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [enabled, inside, onOutside]);
}
