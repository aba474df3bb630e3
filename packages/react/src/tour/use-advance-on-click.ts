import { useEffect } from 'react';

/**
 * Calls `advance` when the step's target is clicked, for steps with `advanceOn: { click: true }`.
 */
export function useAdvanceOnClick(
  target: Element | null,
  enabled: boolean,
  advance: () => void,
): void {
  useEffect(() => {
    if (!enabled || target === null) return;
    target.addEventListener('click', advance);
    return () => target.removeEventListener('click', advance);
  }, [target, enabled, advance]);
}
